#include "LeakScan.h"

#include "FileLeakScan.h"
#include "HistoryLeakScan.h"
#include "LeakHistoryState.h"
#include "TreeLeakScan.h"

#include <QFile>

#include <unistd.h>

namespace keydesk {

namespace {

// Passes everything on and keeps the history's sightings for the remembered state.
class RecordingSink final : public LeakScanSink {
public:
    explicit RecordingSink(LeakScanSink &next)
        : m_next(next)
    {
    }
    void sighting(const LeakSighting &sighting) override
    {
        m_sightings.append(sighting);
        m_next.sighting(sighting);
    }
    void problem(const LeakScanProblem &problem) override { m_next.problem(problem); }
    void progress(qint64 files, qint64 bytes, const QString &path) override { m_next.progress(files, bytes, path); }
    const QList<LeakSighting> &sightings() const { return m_sightings; }

private:
    LeakScanSink &m_next;
    QList<LeakSighting> m_sightings;
};

} // namespace

LeakScan::LeakScan(LeakScanSink &sink, const LeakScanOptions &options, LeakHistoryState *state,
                   const std::atomic<bool> &cancelled)
    : m_sink(sink)
    , m_options(options)
    , m_state(state)
    , m_cancelled(cancelled)
{
}

void LeakScan::run(const QStringList &paths)
{
    QList<QByteArray> files;
    for (const QString &path : paths) {
        if (path == QStringLiteral("-")) {
            LeakStreamScanner scanner(!m_options.binary);
            scanner.setKeepKeys(m_options.keepKeys);
            LeakScanProblem problem;
            FileLeakScan::scanDescriptor(STDIN_FILENO, QStringLiteral("-"), scanner, m_cancelled, problem);
            for (const LeakSighting &sighting : scanner.takeSightings())
                m_sink.sighting(sighting);
            if (!problem.message.isEmpty())
                m_sink.problem(problem);
            m_sink.progress(1, scanner.bytesScanned(), path);
        } else {
            files.append(QFile::encodeName(path));
        }
    }
    if (!m_options.staged || m_options.history) {
        TreeLeakScan tree(m_sink, m_options.binary, m_options.threads, m_cancelled);
        tree.setKeepKeys(m_options.keepKeys);
        tree.run(files);
    }
    if (!m_options.history && !m_options.staged)
        return;
    for (const QString &path : paths) {
        if (m_cancelled)
            return;
        if (path != QStringLiteral("-"))
            scanRepository(path);
    }
}

void LeakScan::scanRepository(const QString &path)
{
    GitRepository repository;
    LeakScanProblem problem;
    if (!HistoryLeakScan::locate(path, repository, problem)) {
        m_sink.problem(problem);
        return;
    }
    if (m_repositoriesDone.contains(repository.gitDir))
        return;
    m_repositoriesDone.append(repository.gitDir);
    HistoryLeakScan history(m_sink, m_options.binary, m_cancelled);
    history.setKeepKeys(m_options.keepKeys);
    if (m_options.staged)
        history.scanStaged(repository);
    if (!m_options.history)
        return;

    QStringList scannedTips;
    QList<LeakSighting> earlier;
    const bool incremental = m_state && !m_options.full;
    if (incremental) {
        if (const QSqlError error = m_state->scannedTips(repository.gitDir, scannedTips); error.isValid())
            m_sink.problem({repository.gitDir, tr("the earlier scans are not known: %1").arg(error.text())});
        m_state->earlierSightings(repository.gitDir, earlier);
        for (const LeakSighting &sighting : std::as_const(earlier))
            m_sink.sighting(sighting);
    }
    RecordingSink recording(m_sink);
    HistoryLeakScan recorded(recording, m_options.binary, m_cancelled);
    recorded.setKeepKeys(m_options.keepKeys);
    QStringList tips;
    if (!recorded.scanHistory(repository, incremental ? scannedTips : QStringList{}, tips) || m_cancelled)
        return;
    if (m_state) {
        if (const QSqlError error = m_state->remember(repository.gitDir, tips, recording.sightings(), !incremental);
            error.isValid())
            m_sink.problem({repository.gitDir, tr("the scan could not be remembered: %1").arg(error.text())});
    }
}

} // namespace keydesk
