#pragma once

#include "LeakHistoryState.h"
#include "PreparedStatement.h"

namespace keydesk {

class InventoryDatabase;

// LeakHistoryState in the inventory (schema 5: leak_scan_tips, leak_history_sightings).
class InventoryLeakState final : public LeakHistoryState {
public:
    explicit InventoryLeakState(InventoryDatabase &database);
    InventoryLeakState(const InventoryLeakState &) = delete;
    InventoryLeakState &operator=(const InventoryLeakState &) = delete;

    QSqlError scannedTips(const QString &gitDir, QStringList &tips) override;
    QSqlError earlierSightings(const QString &gitDir, QList<LeakSighting> &sightings) override;
    QSqlError remember(const QString &gitDir, const QStringList &tips, const QList<LeakSighting> &sightings,
                       bool replaceSightings) override;

private:
    InventoryDatabase &m_database;
    PreparedStatement m_tips;
    PreparedStatement m_sightings;
    PreparedStatement m_clearTips;
    PreparedStatement m_clearSightings;
    PreparedStatement m_insertTip;
    PreparedStatement m_insertSighting;
};

} // namespace keydesk
