#pragma once

#include "LeakScanOptions.h"
#include "LeakScanSink.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>

namespace keydesk {

class LeakHistoryState;

// One whole scan (docs/design.md#leak-scan): the files and folders (TreeLeakScan, `-`
// for stdin), then with `history` the git history of each path's repository (once per
// repository, incremental through `state` unless `full`), with `staged` the index.
// Blocking: the window runs it through LeakScanJob on a worker thread.
class LeakScan final {
    Q_DECLARE_TR_FUNCTIONS(keydesk::LeakScan)

public:
    // `state` may be null: every history scan is then a full one, and nothing is kept.
    LeakScan(LeakScanSink &sink, const LeakScanOptions &options, LeakHistoryState *state,
             const std::atomic<bool> &cancelled);
    LeakScan(const LeakScan &) = delete;
    LeakScan &operator=(const LeakScan &) = delete;

    void run(const QStringList &paths);

private:
    void scanRepository(const QString &path);

    LeakScanSink &m_sink;
    LeakScanOptions m_options;
    LeakHistoryState *m_state;
    const std::atomic<bool> &m_cancelled;
    QStringList m_repositoriesDone;
};

} // namespace keydesk
