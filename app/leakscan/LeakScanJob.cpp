#include "LeakScanJob.h"

#include "InventoryDatabase.h"
#include "InventoryLeakState.h"
#include "LeakInventoryMatcher.h"
#include "LeakScan.h"
#include "LeakScanSink.h"
#include "LeakedKeyRegistry.h"

#include <QElapsedTimer>
#include <QThread>

#include <memory>

namespace keydesk {

namespace {

constexpr qint64 progressIntervalMs = 100;

QString locationOf(const LeakSighting &sighting)
{
    if (!sighting.commit.isEmpty())
        return sighting.commit.left(12) + u' ' + sighting.path;
    return sighting.path + u':' + QString::number(sighting.line);
}

class MatchingSink final : public LeakScanSink {
public:
    MatchingSink(LeakScanJob &job, const LeakInventoryMatcher *matcher, LeakIgnoreList &ignore, const QDateTime &now)
        : m_job(job)
        , m_matcher(matcher)
        , m_ignore(ignore)
        , m_now(now)
    {
        m_clock.start();
    }
    void sighting(const LeakSighting &sighting) override
    {
        if (m_ignore.ignores(sighting.fingerprint)) {
            ++m_summary.ignored;
            return;
        }
        LeakResult result{sighting, m_matcher ? m_matcher->match(sighting) : std::nullopt};
        if (result.match) {
            result.sighting.secret.fill(u'\0');
            result.sighting.secret.clear();
            if (result.match->status == KeyStatus::Active) {
                LeakedKey &leaked = m_leaked[result.match->organisation + u'\n' + result.match->keyId];
                leaked = {result.match->organisation, result.match->keyId, sighting.fingerprint,
                          locationOf(sighting), m_now, m_now};
            }
        }
        Q_EMIT m_job.found(result);
    }
    void problem(const LeakScanProblem &problem) override { Q_EMIT m_job.problemFound(problem); }
    void progress(qint64 files, qint64 bytes, const QString &path) override
    {
        m_summary.files += files;
        m_summary.bytes += bytes;
        m_progress.files = m_summary.files;
        m_progress.bytes = m_summary.bytes;
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
    LeakScanSummary &summary() { return m_summary; }
    QList<LeakedKey> leaked() const { return m_leaked.values(); }

private:
    LeakScanJob &m_job;
    const LeakInventoryMatcher *m_matcher;
    LeakIgnoreList &m_ignore;
    QDateTime m_now;
    QElapsedTimer m_clock;
    qint64 m_lastEmitMs = 0;
    LeakScanProgress m_progress;
    LeakScanSummary m_summary;
    QHash<QString, LeakedKey> m_leaked;
};

} // namespace

LeakScanJob::LeakScanJob(LeakScanRequest request, Clock clock, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

LeakScanJob::~LeakScanJob() = default;

void LeakScanJob::cancel()
{
    m_cancelled.store(true);
}

void LeakScanJob::startOnOwnThread()
{
    auto *thread = new QThread;
    moveToThread(thread);
    connect(thread, &QThread::started, this, &LeakScanJob::start);
    // Queued to the caller's thread (the QThread object lives there), after what the
    // receivers connected before were sent: they see finished() while the job still exists.
    connect(this, &LeakScanJob::finished, thread, &QThread::quit);
    connect(thread, &QThread::finished, this, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void LeakScanJob::start()
{
    const QDateTime now = m_clock();
    QString inventoryError;
    std::unique_ptr<InventoryDatabase> database;
    std::unique_ptr<LeakInventoryMatcher> matcher;
    std::unique_ptr<InventoryLeakState> state;
    if (!m_request.inventoryPath.isEmpty()) {
        database = std::make_unique<InventoryDatabase>(m_request.inventoryPath, InventoryDatabase::Options{});
        const InventoryStatus status = database->open(now);
        if (status.isReady()) {
            matcher = std::make_unique<LeakInventoryMatcher>(*database);
            if (const QSqlError error = matcher->load(m_request.organisations, now); error.isValid()) {
                inventoryError = error.text();
                matcher.reset();
            }
            state = std::make_unique<InventoryLeakState>(*database);
        } else {
            inventoryError = status.detail;
            database.reset();
        }
    }

    MatchingSink sink(*this, matcher.get(), m_request.ignore, now);
    LeakScan scan(sink, m_request.options, state.get(), m_cancelled);
    scan.run(m_request.paths);
    sink.emitProgress();

    if (database && !m_cancelled) {
        LeakedKeyRegistry registry(*database);
        if (const QSqlError error = registry.sighted(sink.leaked()); error.isValid() && inventoryError.isEmpty())
            inventoryError = error.text();
    }
    LeakScanSummary summary = sink.summary();
    summary.cancelled = m_cancelled.load();
    summary.staleIgnores = m_request.ignore.staleEntries();
    summary.inventoryError = inventoryError;
    state.reset();
    matcher.reset();
    database.reset();
    Q_EMIT finished(summary);
}

} // namespace keydesk
