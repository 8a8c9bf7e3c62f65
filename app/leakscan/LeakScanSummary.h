#pragma once

#include <QStringList>

namespace keydesk {

// How a scan ended (LeakScanJob::finished).
struct LeakScanSummary final {
    bool cancelled = false;
    qint64 files = 0; // files and blobs read
    qint64 bytes = 0;
    qint64 ignored = 0;       // sightings the ignore file left out
    QStringList staleIgnores; // ignore entries no sighting used
    QString inventoryError;   // matching or remembering failed: every key counts as unknown
};

} // namespace keydesk
