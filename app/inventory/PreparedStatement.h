#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

namespace keydesk {

// One SQL statement, prepared on first use and reused: the inventory's writers run
// the same few statements thousands of times per listing. Written with positional `?`
// placeholders, bound by name: Qt 6.4 formats and hashes a name for every positional
// bindValue(), half the cost of a 13-column insert (tests/bench: inventory-record-10k-new).
class PreparedStatement final {
public:
    PreparedStatement(const QSqlDatabase &database, QString sql);
    PreparedStatement(const PreparedStatement &) = delete;
    PreparedStatement &operator=(const PreparedStatement &) = delete;

    // Binds `values` to the positional placeholders, in order, and runs the statement.
    // For a SELECT, read the rows from query() and call finish() afterwards.
    QSqlError run(std::initializer_list<QVariant> values);
    QSqlQuery &query() { return m_query; }
    void finish() { m_query.finish(); }

private:
    QSqlQuery m_query;
    QStringList m_names; // the names of the placeholders, in order (before m_sql: made with it)
    QString m_sql;       // the `?` replaced by :p0, :p1, …
    bool m_prepared = false;
};

} // namespace keydesk
