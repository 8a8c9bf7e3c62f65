#include "ActionLog.h"

#include "InventoryDatabase.h"
#include "SqlValue.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace keydesk {

ActionLog::ActionLog(InventoryDatabase &database)
    : m_database(database)
    , m_insert(database.connection(),
               uR"(INSERT INTO action_log (at, organisation, action, key_id, key_name, outcome, detail)
                   VALUES (?, coalesce(?, ''), ?, ?, ?, coalesce(?, ''), ?))"_s)
{
}

QSqlError ActionLog::append(const ActionLogEntry &entry)
{
    return m_database.write([&]() -> QSqlError {
        return m_insert.run({SqlValue::time(entry.at), m_scrubber.scrubbed(entry.organisation), entry.action,
                             SqlValue::optionalText(m_scrubber.scrubbed(entry.keyId)),
                             SqlValue::optionalText(m_scrubber.scrubbed(entry.keyName)), entry.outcome,
                             SqlValue::optionalText(m_scrubber.scrubbed(entry.detail))});
    });
}

ActionLogEntry ActionLog::asStored(const ActionLogEntry &entry) const
{
    ActionLogEntry stored = entry;
    stored.organisation = m_scrubber.scrubbed(entry.organisation);
    stored.keyId = m_scrubber.scrubbed(entry.keyId);
    stored.keyName = m_scrubber.scrubbed(entry.keyName);
    stored.detail = m_scrubber.scrubbed(entry.detail);
    return stored;
}

QSqlError ActionLog::entries(const ActionLogFilter &filter, QList<ActionLogEntry> &entries)
{
    entries.clear();
    QStringList conditions;
    QVariantList values;
    if (filter.since.isValid()) {
        conditions << u"at >= ?"_s;
        values << SqlValue::time(filter.since);
    }
    if (filter.until.isValid()) {
        conditions << u"at < ?"_s;
        values << SqlValue::time(filter.until);
    }
    if (!filter.organisation.isEmpty()) {
        conditions << u"organisation = ?"_s;
        values << filter.organisation;
    }
    if (!filter.keyId.isEmpty()) {
        conditions << u"key_id = ?"_s;
        values << filter.keyId;
    }
    if (!filter.actions.isEmpty()) {
        QStringList marks;
        for (const QString &action : filter.actions) {
            marks << u"?"_s;
            values << action;
        }
        conditions << u"action IN (%1)"_s.arg(marks.join(u", "_s));
    }
    QString sql = u"SELECT id, at, organisation, action, key_id, key_name, outcome, detail FROM action_log"_s;
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    if (filter.limit > 0)
        sql = u"SELECT * FROM (%1 ORDER BY at DESC, id DESC LIMIT %2)"_s.arg(sql).arg(filter.limit);
    sql += u" ORDER BY at, id"_s;

    return m_database.read([&]() -> QSqlError {
        entries.clear();
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return query.lastError();
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            return query.lastError();
        while (query.next()) {
            ActionLogEntry entry;
            entry.at = SqlValue::toTime(query.value(1));
            entry.organisation = query.value(2).toString();
            entry.action = query.value(3).toString();
            entry.keyId = query.value(4).toString();
            entry.keyName = query.value(5).toString();
            entry.outcome = query.value(6).toString();
            entry.detail = query.value(7).toString();
            entries.append(entry);
        }
        return query.lastError();
    });
}

} // namespace keydesk
