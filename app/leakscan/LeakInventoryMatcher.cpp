#include "LeakInventoryMatcher.h"

#include "CreatedKeyRegistry.h"
#include "InventoryDatabase.h"
#include "InventoryReader.h"
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
    // Fingerprints: the keys created through KeyDesk, and the keys tracked by hand.
    QSqlError error = m_database.read([&]() -> QSqlError {
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral("SELECT o.name, c.key_id, c.fingerprint FROM created_keys AS c "
                                       "JOIN organisations AS o ON o.id = c.organisation_id")))
            return query.lastError();
        while (query.next()) {
            const auto it = index.constFind(query.value(0).toString() + u'\n' + query.value(1).toString());
            if (it != index.cend())
                m_byFingerprint.insert(query.value(2).toString(), *it);
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
