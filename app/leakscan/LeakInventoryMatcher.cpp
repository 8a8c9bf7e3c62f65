#include "LeakInventoryMatcher.h"

#include "CreatedKeyRegistry.h"
#include "InventoryDatabase.h"
#include "InventoryReader.h"
#include "SqlValue.h"
#include "TrackedKeyRegistry.h"

namespace keydesk {

LeakInventoryMatcher::LeakInventoryMatcher(InventoryDatabase &database)
    : m_database(database)
{
}

QSqlError LeakInventoryMatcher::load(const QStringList &organisations, const QDateTime &now)
{
    m_now = now;
    m_keys.clear();
    m_byFingerprint.clear();
    m_byIdentifier.clear();
    InventoryReader reader(m_database);
    if (const QSqlError error = reader.keys(organisations, m_keys); error.isValid())
        return error;
    QHash<QString, qsizetype> index; // "organisation\nkeyId" → index into m_keys
    QStringList names;
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        const InventoryKey &key = m_keys.at(i);
        index.insert(key.organisation + u'\n' + key.key.id, i);
        if (!names.contains(key.organisation))
            names.append(key.organisation);
        // A gone key is still a key: its leak is still worth naming.
        if (!key.key.keyPrefix.isEmpty())
            m_byIdentifier.insert(key.key.keyPrefix, i);
    }
    // Fingerprints: the keys created through KeyDesk, and the keys tracked by hand. A key
    // created but not listed since is known by the action log: its name, and whether
    // KeyDesk revoked it.
    const bool all = organisations.isEmpty();
    QSqlError error = m_database.read([&]() -> QSqlError {
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral(
                "SELECT o.name, o.dialect, c.key_id, c.fingerprint, c.masked_identifier, c.created_at, "
                "(SELECT l.key_name FROM action_log AS l WHERE l.organisation = o.name AND l.key_id = c.key_id "
                "AND l.action = 'create' ORDER BY l.at DESC LIMIT 1), "
                "EXISTS (SELECT 1 FROM action_log AS r WHERE r.organisation = o.name AND r.key_id = c.key_id "
                "AND r.action = 'revoke' AND r.outcome = 'ok') "
                "FROM created_keys AS c JOIN organisations AS o ON o.id = c.organisation_id")))
            return query.lastError();
        while (query.next()) {
            const QString organisation = query.value(0).toString();
            if (!all && !organisations.contains(organisation))
                continue;
            const QString keyId = query.value(2).toString();
            auto it = index.constFind(organisation + u'\n' + keyId);
            if (it == index.cend()) {
                InventoryKey created;
                created.organisation = organisation;
                created.dialect = dialectFromId(query.value(1).toString()).value_or(Dialect::LeadHql);
                created.key.id = keyId;
                created.key.name = query.value(6).toString();
                created.key.keyPrefix = query.value(4).toString();
                created.key.createdAt = SqlValue::toTime(query.value(5));
                m_keys.append(created);
                it = index.insert(organisation + u'\n' + keyId, m_keys.size() - 1);
            }
            // Revoked through KeyDesk since the last listing: a revoke cannot be undone.
            if (query.value(7).toBool())
                m_keys[*it].key.revoked = true;
            m_byFingerprint.insert(query.value(3).toString(), *it);
        }
        return query.lastError();
    });
    if (error.isValid())
        return error;
    TrackedKeyRegistry tracked(m_database);
    for (const QString &name : std::as_const(names)) {
        QList<TrackedKey> keys;
        if (const QSqlError trackedError = tracked.keys(name, keys); trackedError.isValid())
            return trackedError;
        for (const TrackedKey &key : std::as_const(keys)) {
            const auto it = index.constFind(name + u'\n' + key.keyId);
            if (it != index.cend())
                m_byFingerprint.insert(key.fingerprint, *it);
        }
    }
    return {};
}

LeakMatch LeakInventoryMatcher::matchOf(const InventoryKey &key, LeakMatch::By by) const
{
    LeakMatch match;
    match.organisation = key.organisation;
    match.keyId = key.key.id;
    match.keyName = key.key.name;
    match.status = key.key.status(m_now);
    match.lastUsedAt = key.key.lastUsedAt;
    match.by = by;
    return match;
}

std::optional<LeakMatch> LeakInventoryMatcher::match(const LeakSighting &sighting) const
{
    if (const auto it = m_byFingerprint.constFind(sighting.fingerprint); it != m_byFingerprint.cend())
        return matchOf(m_keys.at(*it), LeakMatch::By::Fingerprint);
    const auto sameDialect = [&](qsizetype i) { return m_keys.at(i).dialect == sighting.dialect; };
    if (!sighting.localLeadsPrefix.isEmpty()) {
        if (const auto it = m_byIdentifier.constFind(sighting.localLeadsPrefix);
            it != m_byIdentifier.cend() && sameDialect(*it))
            return matchOf(m_keys.at(*it), LeakMatch::By::KeyPrefix);
    }
    if (const auto it = m_byIdentifier.constFind(sighting.masked);
        !sighting.masked.isEmpty() && it != m_byIdentifier.cend() && sameDialect(*it))
        return matchOf(m_keys.at(*it), LeakMatch::By::MaskedIdentifier);
    return std::nullopt;
}

} // namespace keydesk
