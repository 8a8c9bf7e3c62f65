#pragma once

#include <QString>

namespace keydesk {

// How far a scan is, for a progress bar (LeakScanJob::progressed).
struct LeakScanProgress final {
    qint64 files = 0; // files and blobs done
    qint64 bytes = 0;
    qint64 bytesPerSecond = 0;
    QString currentPath;
};

} // namespace keydesk
