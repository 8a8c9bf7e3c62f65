#pragma once

#include "LeakSighting.h"

#include <QList>
#include <QSqlError>
#include <QStringList>

namespace keydesk {

// What earlier history scans of a repository read (docs/design.md#leak-scan): the tips
// they reached, and what they found there, so that the next scan reads only new objects
// and still reports the old sightings. The inventory keeps it (LeakScanRegistry); used
// only from the thread the scan runs on.
class LeakHistoryState {
public:
    virtual ~LeakHistoryState() = default;
    virtual QSqlError scannedTips(const QString &gitDir, QStringList &tips) = 0;
    virtual QSqlError earlierSightings(const QString &gitDir, QList<LeakSighting> &sightings) = 0;
    // Replaces the tips; adds `sightings` (found beyond the old tips) to the earlier ones.
    virtual QSqlError remember(const QString &gitDir, const QStringList &tips, const QList<LeakSighting> &sightings,
                               bool replaceSightings) = 0;
};

} // namespace keydesk
