#include "LeakScanJob.h"

#include "LeakScan.h"
#include "LeakScanSink.h"

#include <QElapsedTimer>

namespace keydesk {

namespace {

constexpr qint64 progressIntervalMs = 100;

class SignallingSink final : public LeakScanSink {
public:
    explicit SignallingSink(LeakScanJob &job)
        : m_job(job)
    {
        m_clock.start();
    }
    void sighting(const LeakSighting &sighting) override { Q_EMIT m_job.sighted(sighting); }
    void problem(const LeakScanProblem &problem) override { Q_EMIT m_job.problemFound(problem); }
    void progress(qint64 files, qint64 bytes, const QString &path) override
    {
        m_progress.files += files;
        m_progress.bytes += bytes;
        m_progress.currentPath = path;
        if (m_clock.elapsed() - m_lastEmitMs >= progressIntervalMs)
            emitProgress();
    }
    void emitProgress()
    {
        const qint64 elapsed = std::max<qint64>(1, m_clock.elapsed());
        m_progress.bytesPerSecond = m_progress.bytes * 1000 / elapsed;
        m_lastEmitMs = m_clock.elapsed();
        Q_EMIT m_job.progressed(m_progress);
    }

private:
    LeakScanJob &m_job;
    QElapsedTimer m_clock;
    qint64 m_lastEmitMs = 0;
    LeakScanProgress m_progress;
};

} // namespace

LeakScanJob::LeakScanJob(QStringList paths, const LeakScanOptions &options, LeakHistoryState *state, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
    , m_options(options)
    , m_state(state)
{
}

LeakScanJob::~LeakScanJob() = default;

void LeakScanJob::cancel()
{
    m_cancelled.store(true);
}

void LeakScanJob::start()
{
    SignallingSink sink(*this);
    LeakScan scan(sink, m_options, m_state, m_cancelled);
    scan.run(m_paths);
    sink.emitProgress();
    Q_EMIT finished(m_cancelled.load());
}

} // namespace keydesk
