#include "LeakedKeyRegistry.h"

#include "InventoryDatabase.h"
#include "SqlValue.h"

using namespace Qt::StringLiterals;

namespace keydesk {

LeakedKeyRegistry::LeakedKeyRegistry(InventoryDatabase &database)
    : m_database(database)
    , m_upsert(database.connection(),
               uR"(INSERT INTO leaked_keys (organisation, key_id, fingerprint, location, first_seen_at, last_seen_at)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT (organisation, key_id) DO UPDATE SET fingerprint = excluded.fingerprint,
                       location = excluded.location, last_seen_at = excluded.last_seen_at)"_s)
    , m_select(database.connection(),
               uR"(SELECT organisation, key_id, fingerprint, location, first_seen_at, last_seen_at FROM leaked_keys
                   WHERE coalesce(?, '') = '' OR organisation = ? ORDER BY organisation, key_id)"_s)
{
}

QSqlError LeakedKeyRegistry::sighted(const QList<LeakedKey> &keys)
{
    if (keys.isEmpty())
        return {};
    return m_database.write([&]() -> QSqlError {
        for (const LeakedKey &key : keys) {
            // The location is a file name from the scanned tree: scrubbed like any logged text.
            if (const QSqlError error = m_upsert.run({key.organisation, key.keyId, key.fingerprint,
                                                      m_scrubber.scrubbed(key.location), SqlValue::time(key.firstSeenAt),
                                                      SqlValue::time(key.lastSeenAt)});
                error.isValid())
                return error;
        }
        return {};
    });
}

QSqlError LeakedKeyRegistry::keys(const QString &organisation, QList<LeakedKey> &keys)
{
    keys.clear();
    return m_database.read([&]() -> QSqlError {
        if (const QSqlError error = m_select.run({organisation, organisation}); error.isValid())
            return error;
        QSqlQuery &query = m_select.query();
        while (query.next()) {
            keys.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), SqlValue::toTime(query.value(4)),
                         SqlValue::toTime(query.value(5))});
        }
        const QSqlError error = query.lastError();
        m_select.finish();
        return error;
    });
}

} // namespace keydesk
