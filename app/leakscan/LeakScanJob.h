#pragma once

#include "LeakResult.h"
#include "LeakScanProblem.h"
#include "LeakScanProgress.h"
#include "LeakScanRequest.h"
#include "LeakScanSummary.h"

#include <QDateTime>
#include <QObject>

#include <atomic>
#include <functional>

namespace keydesk {

// A whole leak scan as the CLI and the window run it (docs/design.md#leak-scan): move it
// to a worker thread, connect, then invoke start() there (QThread::started or a queued
// call). On that thread it opens its own connection to the inventory, matches each
// sighting (LeakInventoryMatcher), leaves out what the ignore file lists, remembers the
// history scans and the live matches (the `leaked` finding), and reports through queued
// signals: progress at most every 100 ms, each result, each problem line, then
// finished(). cancel() may be called from any thread; the scan stops after the current
// chunk. Nothing here makes the caller's thread wait.
class LeakScanJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeakScanJob)

public:
    using Clock = std::function<QDateTime()>;

    explicit LeakScanJob(LeakScanRequest request, Clock clock = {}, QObject *parent = nullptr);
    ~LeakScanJob() override;

    void cancel();
    // Moves the job to a new thread of its own and starts it there; the thread quits once
    // finished() has reached the receivers connected before this call (queued, on the
    // caller's thread, which needs an event loop), then deletes the job and itself, so
    // nobody waits for it (the window's dialog, the demo). Connect first.
    void startOnOwnThread();

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void progressed(const keydesk::LeakScanProgress &progress);
    void found(const keydesk::LeakResult &result);
    void problemFound(const keydesk::LeakScanProblem &problem);
    void finished(const keydesk::LeakScanSummary &summary);

private:
    LeakScanRequest m_request;
    Clock m_clock;
    std::atomic<bool> m_cancelled{false};
};

} // namespace keydesk
