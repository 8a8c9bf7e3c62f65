#pragma once

#include "InventoryKey.h"
#include "InventorySnapshot.h"
#include "Observation.h"
#include "Organisation.h"
#include "PreparedStatement.h"

#include <QHash>
#include <QList>
#include <QSqlError>
#include <QStringList>

#include <optional>

namespace keydesk {

class InventoryDatabase;

// What the window, the CLI and the exports read: the organisations, the last known
// inventory of one, the history of one key and the rows of an export. Each call is one
// read transaction (a consistent snapshot, even while another process writes).
class InventoryReader final {
public:
    explicit InventoryReader(InventoryDatabase &database);
    InventoryReader(const InventoryReader &) = delete;
    InventoryReader &operator=(const InventoryReader &) = delete;

    // By name.
    QSqlError organisations(QList<KnownOrganisation> &organisations);
    // nullopt when the organisation was never recorded.
    QSqlError snapshot(const QString &organisation, std::optional<InventorySnapshot> &snapshot);
    // Oldest first; empty when the key is unknown.
    QSqlError history(const QString &organisation, const QString &keyId, QList<Observation> &history);
    // Every key of the named organisations (all when empty), by organisation name, then
    // first seen, then id.
    QSqlError keys(const QStringList &organisations, QList<InventoryKey> &keys);
    // What the watch judges: snapshot() and the history of each of its keys, by key id,
    // in one read transaction.
    QSqlError watchInput(const QString &organisation, std::optional<InventorySnapshot> &snapshot,
                         QHash<QString, QList<Observation>> &histories);

private:
    QSqlError readKeys(const QString &condition, const QVariantList &values, QList<InventoryKey> &keys);
    QSqlError readSnapshot(const QString &organisation, std::optional<InventorySnapshot> &snapshot);
    QSqlError readOrganisations(const QString &condition, const QVariantList &values,
                                QList<KnownOrganisation> &organisations);

    InventoryDatabase &m_database;
    PreparedStatement m_history;
    PreparedStatement m_histories;
};

} // namespace keydesk
