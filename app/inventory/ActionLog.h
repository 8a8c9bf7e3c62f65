#pragma once

#include "ActionLogEntry.h"
#include "LogTextScrubber.h"
#include "PreparedStatement.h"

#include <QList>
#include <QSqlError>

namespace keydesk {

class InventoryDatabase;

// The action log table: what KeyDesk did (create, revoke, handoff, profile changes, and
// later rotations and scans), with time, organisation, key, outcome and a short detail.
// Text fields pass LogTextScrubber on the way in: never a secret in the file.
class ActionLog final {
public:
    explicit ActionLog(InventoryDatabase &database);
    ActionLog(const ActionLog &) = delete;
    ActionLog &operator=(const ActionLog &) = delete;

    // One write transaction.
    QSqlError append(const ActionLogEntry &entry);
    // `entry` as append() stores it: its free text scrubbed.
    ActionLogEntry asStored(const ActionLogEntry &entry) const;
    // Oldest first.
    QSqlError entries(const ActionLogFilter &filter, QList<ActionLogEntry> &entries);

private:
    InventoryDatabase &m_database;
    PreparedStatement m_insert;
    LogTextScrubber m_scrubber;
};

} // namespace keydesk
