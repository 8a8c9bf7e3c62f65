#pragma once

#include "LeakScanSink.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <atomic>

namespace keydesk {

// Files and folders, on all cores: one thread walks the folders (never into `.git`,
// never through a symlink to a folder) and queues the regular files, workers scan them
// with a LeakStreamScanner each. Symlinks to files are followed after a stat(): a loop,
// a dangling link, a FIFO or a device is one problem line and never opened. `-` is stdin.
class TreeLeakScan final {
    Q_DECLARE_TR_FUNCTIONS(keydesk::TreeLeakScan)

public:
    TreeLeakScan(LeakScanSink &sink, bool binary, int threads, const std::atomic<bool> &cancelled);
    TreeLeakScan(const TreeLeakScan &) = delete;
    TreeLeakScan &operator=(const TreeLeakScan &) = delete;

    // LeakSighting::secret filled in (LeakScanOptions::keepKeys).
    void setKeepKeys(bool keep) { m_keepKeys = keep; }

    // Scans every path (bytes, as given: names need not be UTF-8).
    void run(const QList<QByteArray> &paths);

private:
    LeakScanSink &m_sink;
    bool m_binary;
    bool m_keepKeys = false;
    int m_threads;
    const std::atomic<bool> &m_cancelled;
};

} // namespace keydesk
