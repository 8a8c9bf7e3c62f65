#pragma once

#include "ActionLogEntry.h"
#include "PreparedStatement.h"
#include "RotationRecord.h"

#include <QList>
#include <QSqlError>
#include <QString>

#include <optional>

namespace keydesk {

class InventoryDatabase;

// Which rotations to read; empty members do not filter. Oldest first.
struct RotationFilter final {
    QString id;
    QString organisation;
    bool openOnly = false;
};

// What Inventory::saveRotation delivers: the record as stored (with its new revision),
// or nullopt when another process changed it first; and the log entries as stored.
struct RotationSave final {
    std::optional<RotationRecord> record;
    QList<ActionLogEntry> logged;
};

// The rotations table (InventorySchema version 4). Every change is compare-and-set on
// the record's revision: a change made from a revision another process has already
// replaced is refused, so two KeyDesk processes never both take one step.
class RotationRegistry final {
public:
    explicit RotationRegistry(InventoryDatabase &database);
    RotationRegistry(const RotationRegistry &) = delete;
    RotationRegistry &operator=(const RotationRegistry &) = delete;

    // One write transaction. Revision 0 inserts (refused when the id exists), any other
    // updates that revision; `stored` says whether it did, and the record then carries
    // its new revision.
    QSqlError save(RotationRecord &record, bool &stored);
    QSqlError rotations(const RotationFilter &filter, QList<RotationRecord> &rotations);

private:
    InventoryDatabase &m_database;
    PreparedStatement m_insert;
    PreparedStatement m_update;
    PreparedStatement m_select;
};

} // namespace keydesk
