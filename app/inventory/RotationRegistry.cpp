#include "RotationRegistry.h"

#include "InventoryDatabase.h"
#include "SqlValue.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

const QString columns = u"organisation, old_key_id, old_key_name, new_key_id, new_key_name, state, started_at, "
                        "new_key_created_at, verified_at, baseline_taken, baseline_usage_count, "
                        "baseline_last_used_at, new_key_first_used_at, old_key_last_used_at, old_key_usage_count, "
                        "old_key_last_moved_at, quiet_for, auto_revoke, emergency, finished_at, reason, revision, id"_s;

// The NOT NULL text columns: a null QString would bind as NULL (and INSERT OR IGNORE
// would then skip the row without a word).
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

RotationRecord readRecord(const QSqlQuery &query)
{
    RotationRecord record;
    record.organisation = query.value(0).toString();
    record.oldKeyId = query.value(1).toString();
    record.oldKeyName = query.value(2).toString();
    record.newKeyId = query.value(3).toString();
    record.newKeyName = query.value(4).toString();
    // A state of a newer KeyDesk reads as failed: this one would not know how to go on.
    record.state = rotationStateFromId(query.value(5).toString()).value_or(RotationState::Failed);
    record.startedAt = SqlValue::toTime(query.value(6));
    record.newKeyCreatedAt = SqlValue::toTime(query.value(7));
    record.verifiedAt = SqlValue::toTime(query.value(8));
    record.baselineTaken = query.value(9).toBool();
    record.baselineUsageCount = SqlValue::toCount(query.value(10));
    record.baselineLastUsedAt = SqlValue::toTime(query.value(11));
    record.newKeyFirstUsedAt = SqlValue::toTime(query.value(12));
    record.oldKeyLastUsedAt = SqlValue::toTime(query.value(13));
    record.oldKeyUsageCount = SqlValue::toCount(query.value(14));
    record.oldKeyLastMovedAt = SqlValue::toTime(query.value(15));
    record.quietForSeconds = query.value(16).toLongLong();
    record.autoRevoke = query.value(17).toBool();
    record.emergency = query.value(18).toBool();
    record.finishedAt = SqlValue::toTime(query.value(19));
    record.reason = query.value(20).toString();
    record.revision = query.value(21).toInt();
    record.id = query.value(22).toString();
    return record;
}

} // namespace

RotationRegistry::RotationRegistry(InventoryDatabase &database)
    : m_database(database)
    , m_insert(database.connection(), u"INSERT OR IGNORE INTO rotations (%1) VALUES (%2)"_s.arg(
                                          columns, QStringList(23, u"?"_s).join(u", "_s)))
    , m_update(database.connection(),
               uR"(UPDATE rotations SET organisation = ?, old_key_id = ?, old_key_name = ?, new_key_id = ?,
                   new_key_name = ?, state = ?, started_at = ?, new_key_created_at = ?, verified_at = ?,
                   baseline_taken = ?, baseline_usage_count = ?, baseline_last_used_at = ?,
                   new_key_first_used_at = ?, old_key_last_used_at = ?, old_key_usage_count = ?,
                   old_key_last_moved_at = ?, quiet_for = ?, auto_revoke = ?, emergency = ?, finished_at = ?,
                   reason = ?, revision = ? WHERE id = ? AND revision = ?)"_s)
    , m_select(database.connection(),
               u"SELECT %1 FROM rotations WHERE (? = '' OR id = ?) AND (? = '' OR organisation = ?) "
               "ORDER BY started_at, id"_s.arg(columns))
{
}

QSqlError RotationRegistry::save(RotationRecord &record, bool &stored)
{
    stored = false;
    const int next = record.revision + 1;
    const QSqlError error = m_database.write([&]() -> QSqlError {
        PreparedStatement &statement = record.revision == 0 ? m_insert : m_update;
        const QVariant expected = record.revision == 0 ? QVariant() : QVariant(record.revision);
        QSqlError runError = statement.run({notNull(record.organisation),
                                            notNull(record.oldKeyId),
                                            notNull(record.oldKeyName),
                                            notNull(record.newKeyId),
                                            notNull(record.newKeyName),
                                            rotationStateId(record.state),
                                            SqlValue::time(record.startedAt),
                                            SqlValue::time(record.newKeyCreatedAt),
                                            SqlValue::time(record.verifiedAt),
                                            int(record.baselineTaken),
                                            SqlValue::count(record.baselineUsageCount),
                                            SqlValue::time(record.baselineLastUsedAt),
                                            SqlValue::time(record.newKeyFirstUsedAt),
                                            SqlValue::time(record.oldKeyLastUsedAt),
                                            SqlValue::count(record.oldKeyUsageCount),
                                            SqlValue::time(record.oldKeyLastMovedAt),
                                            record.quietForSeconds,
                                            int(record.autoRevoke),
                                            int(record.emergency),
                                            SqlValue::time(record.finishedAt),
                                            SqlValue::optionalText(record.reason),
                                            next,
                                            record.id,
                                            expected});
        if (!runError.isValid())
            stored = statement.query().numRowsAffected() > 0;
        return runError;
    });
    if (!error.isValid() && stored)
        record.revision = next;
    return error;
}

QSqlError RotationRegistry::rotations(const RotationFilter &filter, QList<RotationRecord> &rotations)
{
    rotations.clear();
    return m_database.read([&]() -> QSqlError {
        const QString id = filter.id.isNull() ? u""_s : filter.id;
        const QString organisation = filter.organisation.isNull() ? u""_s : filter.organisation;
        if (const QSqlError error = m_select.run({id, id, organisation, organisation}); error.isValid())
            return error;
        QSqlQuery &query = m_select.query();
        while (query.next()) {
            RotationRecord record = readRecord(query);
            if (!filter.openOnly || isOpen(record.state))
                rotations.append(record);
        }
        const QSqlError error = query.lastError();
        m_select.finish();
        return error;
    });
}

} // namespace keydesk
