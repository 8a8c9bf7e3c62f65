#pragma once

#include "Dialect.h"
#include "Observation.h"

#include <QDateTime>
#include <QList>
#include <QPointF>

namespace keydesk {

// What the details chart draws for one key and one range, computed from its history
// (pure, so tests check the points): x is UTC milliseconds since the epoch.
//   UsageCount (LeadHQL): the usage count at each observation in the range, with the
//     value carried in at the range's start and held until now.
//   UsesPerBin (LocalLeads): each distinct last-used time the inventory saw is one
//     observed use; the points are the start of each bin (an hour for Day, a day
//     otherwise, a week for All beyond half a year) and its number of uses.
struct UsageSeries final {
    enum class Range { Day, Week, Month, All };
    enum class Kind { UsageCount, UsesPerBin, None };

    Kind kind = Kind::None;
    QList<QPointF> points;
    QDateTime from; // the range shown (UTC)
    QDateTime to;
    qint64 binMs = 0; // UsesPerBin
    double maxValue = 0;

    static Kind kindFor(Dialect dialect);
    static UsageSeries build(Dialect dialect, const QList<Observation> &history, Range range, const QDateTime &now);
};

} // namespace keydesk
