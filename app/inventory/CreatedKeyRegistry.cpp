#include "CreatedKeyRegistry.h"

#include "InventoryDatabase.h"
#include "SqlValue.h"

using namespace Qt::StringLiterals;

namespace keydesk {

CreatedKeyRegistry::CreatedKeyRegistry(InventoryDatabase &database)
    : m_database(database)
    , m_organisations(database.connection())
    , m_insert(database.connection(), uR"(INSERT OR REPLACE INTO created_keys
                       (organisation_id, key_id, fingerprint, masked_identifier, last_four, created_at)
                   VALUES (?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?))"_s)
    , m_select(database.connection(),
               uR"(SELECT o.name, c.key_id, c.fingerprint, c.masked_identifier, c.last_four, c.created_at
                   FROM created_keys AS c JOIN organisations AS o ON o.id = c.organisation_id
                   WHERE c.fingerprint = ? ORDER BY c.created_at)"_s)
{
}

QSqlError CreatedKeyRegistry::remember(const Organisation &organisation, const CreatedKeyFingerprint &key)
{
    if (!key.isValid())
        return QSqlError(u"invalid fingerprint"_s, u"not a SHA-256 fingerprint, or no key id or time"_s,
                         QSqlError::StatementError);
    return m_database.write([&]() -> QSqlError {
        OrganisationTable::Row row;
        if (const QSqlError error = m_organisations.ensure(organisation, row); error.isValid())
            return error;
        return m_insert.run({row.id, key.keyId, key.fingerprint, m_scrubber.scrubbed(key.maskedIdentifier),
                             key.lastFour, SqlValue::time(key.createdAt)});
    });
}

QSqlError CreatedKeyRegistry::withFingerprint(const QString &fingerprint, QList<CreatedKeyFingerprint> &keys)
{
    keys.clear();
    if (const QSqlError error = m_select.run({fingerprint.toLower()}); error.isValid())
        return error;
    QSqlQuery &query = m_select.query();
    while (query.next()) {
        CreatedKeyFingerprint key;
        key.organisation = query.value(0).toString();
        key.keyId = query.value(1).toString();
        key.fingerprint = query.value(2).toString();
        key.maskedIdentifier = query.value(3).toString();
        key.lastFour = query.value(4).toString();
        key.createdAt = SqlValue::toTime(query.value(5));
        keys.append(key);
    }
    const QSqlError error = query.lastError();
    m_select.finish();
    return error;
}

} // namespace keydesk
