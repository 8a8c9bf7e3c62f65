#include "TrackedKeyRegistry.h"

#include "InventoryDatabase.h"
#include "SqlValue.h"

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

QSqlError refused(const QString &why)
{
    return QSqlError(u"invalid tracked key"_s, why, QSqlError::StatementError);
}

} // namespace

TrackedKeyRegistry::TrackedKeyRegistry(InventoryDatabase &database)
    : m_database(database)
    , m_organisations(database.connection())
    , m_upsertKey(database.connection(),
                  uR"(INSERT INTO keys (organisation_id, key_id, name, revoked, key_prefix, first_seen_at, last_seen_at)
                      VALUES (?, ?, ?, ?, ?, ?, ?)
                      ON CONFLICT (organisation_id, key_id) DO UPDATE SET name = excluded.name,
                          revoked = excluded.revoked, key_prefix = excluded.key_prefix,
                          last_seen_at = excluded.last_seen_at, gone_at = NULL)"_s)
    , m_keyRow(database.connection(), u"SELECT id FROM keys WHERE organisation_id = ? AND key_id = ?"_s)
    , m_upsertTracked(database.connection(),
                      uR"(INSERT OR REPLACE INTO tracked_keys (key_row, fingerprint, masked_identifier, last_four,
                              tracked_at, verified_at, accepted, periodic)
                          VALUES (?, ?, ?, ?, ?, ?, ?, ?))"_s)
    // Only when the status changed (the file grows with changes, not with checks).
    , m_observe(database.connection(),
                uR"(INSERT OR REPLACE INTO observations (key_row, observed_at, status, usage_count, last_used_at)
                    SELECT ?, ?, ?, NULL, NULL
                    WHERE coalesce((SELECT status FROM observations WHERE key_row = ?
                                    ORDER BY observed_at DESC LIMIT 1), -1) != ?)"_s)
    , m_updateKey(database.connection(),
                  uR"(UPDATE keys SET revoked = ?, last_seen_at = CASE WHEN ? THEN ? ELSE last_seen_at END
                      WHERE id = ?)"_s)
    , m_updateTracked(database.connection(),
                      u"UPDATE tracked_keys SET verified_at = ?, accepted = ? WHERE key_row = ?"_s)
    , m_select(database.connection(),
               uR"(SELECT k.key_id, k.name, t.fingerprint, t.masked_identifier, t.last_four, t.tracked_at,
                          t.verified_at, t.accepted, t.periodic
                   FROM tracked_keys AS t JOIN keys AS k ON k.id = t.key_row
                   JOIN organisations AS o ON o.id = k.organisation_id
                   WHERE o.name = ? ORDER BY k.name, k.key_id)"_s)
{
}

QSqlError TrackedKeyRegistry::setStatus(qint64 row, bool accepted, const QDateTime &at)
{
    const int status = SqlValue::statusCode(accepted ? KeyStatus::Active : KeyStatus::Revoked);
    return m_observe.run({row, SqlValue::time(at), status, row, status});
}

QSqlError TrackedKeyRegistry::track(const Organisation &organisation, const TrackedKey &key)
{
    if (!key.isValid())
        return refused(u"not a SHA-256 fingerprint with its id, a name and the times"_s);
    return m_database.write([&]() -> QSqlError {
        OrganisationTable::Row organisationRow;
        if (const QSqlError error = m_organisations.ensure(organisation, organisationRow); error.isValid())
            return error;
        const QString masked = m_scrubber.scrubbed(key.maskedIdentifier);
        if (const QSqlError error = m_upsertKey.run(
                {organisationRow.id, key.keyId, m_scrubber.scrubbed(key.name.trimmed()), int(!key.accepted),
                 SqlValue::optionalText(masked), SqlValue::time(key.trackedAt), SqlValue::time(key.verifiedAt)});
            error.isValid())
            return error;
        if (const QSqlError error = m_keyRow.run({organisationRow.id, key.keyId}); error.isValid())
            return error;
        if (!m_keyRow.query().next()) {
            const QSqlError error = m_keyRow.query().lastError();
            m_keyRow.finish();
            return error.isValid() ? error : refused(u"the key's row is missing"_s);
        }
        const qint64 row = m_keyRow.query().value(0).toLongLong();
        m_keyRow.finish();
        if (const QSqlError error = m_upsertTracked.run({row, key.fingerprint, masked, key.lastFour,
                                                         SqlValue::time(key.trackedAt), SqlValue::time(key.verifiedAt),
                                                         int(key.accepted), int(key.verifiedPeriodically)});
            error.isValid())
            return error;
        if (const QSqlError error = setStatus(row, key.accepted, key.verifiedAt); error.isValid())
            return error;
        return m_organisations.setListedAt(organisationRow, key.verifiedAt);
    });
}

QSqlError TrackedKeyRegistry::verified(const Organisation &organisation, const QString &keyId, bool accepted,
                                       const QDateTime &at, bool &found)
{
    return m_database.write([&]() -> QSqlError {
        found = false;
        OrganisationTable::Row organisationRow;
        if (const QSqlError error = m_organisations.ensure(organisation, organisationRow); error.isValid())
            return error;
        if (const QSqlError error = m_keyRow.run({organisationRow.id, keyId}); error.isValid())
            return error;
        const bool known = m_keyRow.query().next();
        const qint64 row = known ? m_keyRow.query().value(0).toLongLong() : 0;
        m_keyRow.finish();
        if (!known)
            return {};
        if (const QSqlError error = m_updateTracked.run({SqlValue::time(at), int(accepted), row}); error.isValid())
            return error;
        if (m_updateTracked.query().numRowsAffected() < 1)
            return {}; // a listed key, not a tracked one
        found = true;
        if (const QSqlError error = m_updateKey.run({int(!accepted), int(accepted), SqlValue::time(at), row});
            error.isValid())
            return error;
        if (const QSqlError error = setStatus(row, accepted, at); error.isValid())
            return error;
        return m_organisations.setListedAt(organisationRow, at);
    });
}

QSqlError TrackedKeyRegistry::keys(const QString &organisation, QList<TrackedKey> &keys)
{
    return m_database.read([&]() -> QSqlError {
        keys.clear();
        if (const QSqlError error = m_select.run({organisation}); error.isValid())
            return error;
        QSqlQuery &query = m_select.query();
        while (query.next()) {
            TrackedKey key;
            key.organisation = organisation;
            key.keyId = query.value(0).toString();
            key.name = query.value(1).toString();
            key.fingerprint = query.value(2).toString();
            key.maskedIdentifier = query.value(3).toString();
            key.lastFour = query.value(4).toString();
            key.trackedAt = SqlValue::toTime(query.value(5));
            key.verifiedAt = SqlValue::toTime(query.value(6));
            key.accepted = query.value(7).toInt() != 0;
            key.verifiedPeriodically = query.value(8).toInt() != 0;
            keys.append(key);
        }
        const QSqlError error = query.lastError();
        m_select.finish();
        return error;
    });
}

} // namespace keydesk
