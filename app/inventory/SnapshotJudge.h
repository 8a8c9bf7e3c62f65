#pragma once

#include "Finding.h"
#include "FindingAcknowledgement.h"
#include "InventorySnapshot.h"
#include "LeakedKey.h"
#include "Observation.h"
#include "WatchThresholds.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace keydesk {

// Applies FindingRules to an organisation's last known inventory: every key still
// listed with its history, the organisation's key limit, then the acknowledgements.
class SnapshotJudge final {
public:
    static QList<Finding> findings(const InventorySnapshot &snapshot,
                                   const QHash<QString, QList<Observation>> &histories,
                                   const WatchThresholds &thresholds,
                                   const QList<FindingAcknowledgement> &acknowledgements, const QDateTime &now);
    // The same, and `leaked` for the keys a leak scan found live (LeakedKeyRegistry).
    static QList<Finding> findings(const InventorySnapshot &snapshot,
                                   const QHash<QString, QList<Observation>> &histories,
                                   const WatchThresholds &thresholds,
                                   const QList<FindingAcknowledgement> &acknowledgements, const QDateTime &now,
                                   const QList<LeakedKey> &leaked);
};

} // namespace keydesk
