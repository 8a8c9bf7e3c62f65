#pragma once

#include "LeakScanSink.h"
#include "LeakStreamScanner.h"

#include <QByteArray>
#include <QCoreApplication>

#include <atomic>
#include <sys/stat.h>

namespace keydesk {

// Scans one regular file or an open descriptor (stdin) through a LeakStreamScanner.
// A path that is not a regular file (FIFO, device, socket) is never opened; a file that
// cannot be read or changes while it is read is one problem line (docs/security.md §2).
class FileLeakScan final {
    Q_DECLARE_TR_FUNCTIONS(keydesk::FileLeakScan)

public:
    // What became of one file.
    enum class Outcome { Scanned, Binary, Skipped, Cancelled };

    // `status`: the stat() of `path` (symlinks followed) the caller already has.
    static Outcome scanPath(const QByteArray &path, const struct stat &status, LeakStreamScanner &scanner,
                            const std::atomic<bool> &cancelled, LeakScanProblem &problem);
    // Reads `fd` to its end (stdin: `-`).
    static Outcome scanDescriptor(int fd, const QString &shownAs, LeakStreamScanner &scanner, const std::atomic<bool> &cancelled,
                                  LeakScanProblem &problem);
    // "FIFO", "character device"… for the "not a regular file" line.
    static QString kindOf(mode_t mode);
    static QString errorText(int error);
};

} // namespace keydesk
