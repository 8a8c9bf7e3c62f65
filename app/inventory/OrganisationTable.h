#pragma once

#include "Organisation.h"
#include "PreparedStatement.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace keydesk {

// The organisations table, for the writers (InventoryRecorder, CreatedKeyRegistry);
// call inside a write transaction.
class OrganisationTable final {
public:
    struct Row final {
        qint64 id = 0;
        Organisation organisation;
        QDateTime firstListedAt;
        QDateTime listedAt;
    };

    explicit OrganisationTable(const QSqlDatabase &database);
    OrganisationTable(const OrganisationTable &) = delete;
    OrganisationTable &operator=(const OrganisationTable &) = delete;

    QSqlError find(const QString &name, std::optional<Row> &row);
    // The row of `organisation.name`, inserted if new; its dialect and base URL are
    // brought up to date (a profile edited to another server keeps its history).
    QSqlError ensure(const Organisation &organisation, Row &row);
    QSqlError setListedAt(Row &row, const QDateTime &listedAt);

private:
    PreparedStatement m_select;
    PreparedStatement m_insert;
    PreparedStatement m_update;
    PreparedStatement m_listed;
};

} // namespace keydesk
