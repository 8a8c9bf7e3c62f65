#pragma once

#include "LeakIgnoreList.h"
#include "LeakScanOptions.h"

#include <QStringList>

namespace keydesk {

// Everything one LeakScanJob needs, given before it starts.
struct LeakScanRequest final {
    QStringList paths; // files, folders, `-` for stdin
    LeakScanOptions options;
    // The inventory file to match against and to remember the history scans in; empty:
    // no matching (every key is unknown) and every history scan is a full one.
    QString inventoryPath;
    QStringList organisations; // match only among these (all when empty)
    LeakIgnoreList ignore;
};

} // namespace keydesk
