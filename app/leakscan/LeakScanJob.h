#pragma once

#include "LeakScanOptions.h"
#include "LeakScanProblem.h"
#include "LeakScanProgress.h"
#include "LeakSighting.h"

#include <QObject>
#include <QStringList>

#include <atomic>

namespace keydesk {

class LeakHistoryState;

// A scan for the window: move it to a worker thread, connect, then invoke start() there
// (a queued call or QThread::started). It reports through queued signals, at most every
// 100 ms for progress; cancel() may be called from any thread and the scan stops after
// the current chunk. The GUI thread never waits on it.
class LeakScanJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeakScanJob)

public:
    // `state`: used on the job's thread only, may be null (no incremental history).
    LeakScanJob(QStringList paths, const LeakScanOptions &options, LeakHistoryState *state = nullptr,
                QObject *parent = nullptr);
    ~LeakScanJob() override;

    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void progressed(const keydesk::LeakScanProgress &progress);
    void sighted(const keydesk::LeakSighting &sighting);
    void problemFound(const keydesk::LeakScanProblem &problem);
    void finished(bool cancelled);

private:
    QStringList m_paths;
    LeakScanOptions m_options;
    LeakHistoryState *m_state;
    std::atomic<bool> m_cancelled{false};
};

} // namespace keydesk
