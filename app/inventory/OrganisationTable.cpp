#include "OrganisationTable.h"

#include "SqlValue.h"

using namespace Qt::StringLiterals;

namespace keydesk {

OrganisationTable::OrganisationTable(const QSqlDatabase &database)
    : m_select(database,
               u"SELECT id, dialect, base_url, first_listed_at, listed_at FROM organisations WHERE name = ?"_s)
    , m_insert(database, u"INSERT INTO organisations (name, dialect, base_url) VALUES (?, ?, coalesce(?, ''))"_s)
    , m_update(database, u"UPDATE organisations SET dialect = ?, base_url = coalesce(?, '') WHERE id = ?"_s)
    , m_listed(database,
               u"UPDATE organisations SET listed_at = ?, first_listed_at = coalesce(first_listed_at, ?) WHERE id = ?"_s)
{
}

QSqlError OrganisationTable::find(const QString &name, std::optional<Row> &row)
{
    row.reset();
    if (const QSqlError error = m_select.run({name}); error.isValid())
        return error;
    QSqlQuery &query = m_select.query();
    if (query.next()) {
        Row found;
        found.id = query.value(0).toLongLong();
        found.organisation.name = name;
        found.organisation.dialect = dialectFromId(query.value(1).toString()).value_or(Dialect::LeadHql);
        found.organisation.baseUrl = QUrl(query.value(2).toString());
        found.firstListedAt = SqlValue::toTime(query.value(3));
        found.listedAt = SqlValue::toTime(query.value(4));
        row = found;
    }
    m_select.finish();
    return {};
}

QSqlError OrganisationTable::ensure(const Organisation &organisation, Row &row)
{
    std::optional<Row> found;
    if (const QSqlError error = find(organisation.name, found); error.isValid())
        return error;
    const QString dialect = dialectId(organisation.dialect);
    const QString baseUrl = organisation.baseUrl.toString();
    if (!found) {
        if (const QSqlError error = m_insert.run({organisation.name, dialect, baseUrl}); error.isValid())
            return error;
        row = Row{};
        row.id = m_insert.query().lastInsertId().toLongLong();
        row.organisation = organisation;
        return {};
    }
    row = *found;
    if (found->organisation.dialect != organisation.dialect || found->organisation.baseUrl != organisation.baseUrl) {
        if (const QSqlError error = m_update.run({dialect, baseUrl, row.id}); error.isValid())
            return error;
        row.organisation = organisation;
    }
    return {};
}

QSqlError OrganisationTable::setListedAt(Row &row, const QDateTime &listedAt)
{
    if (const QSqlError error = m_listed.run({SqlValue::time(listedAt), SqlValue::time(listedAt), row.id});
        error.isValid())
        return error;
    row.listedAt = listedAt;
    if (!row.firstListedAt.isValid())
        row.firstListedAt = listedAt;
    return {};
}

} // namespace keydesk
