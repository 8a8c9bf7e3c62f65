#pragma once

#include "GitRepository.h"
#include "LeakScanSink.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <atomic>

namespace keydesk {

// The git history of a repository: every blob reachable from every ref, the stash and
// every reflog (git rev-list --objects --all --reflog), each read once through one
// `git cat-file --batch` however many commits hold it; the commits and paths of the blobs
// that hold a key come from one `git log --raw` pass. The index (`--staged`) the same way
// through `git ls-files -s`. Incremental: commits reachable from `scannedTips` (what an
// earlier scan read) are left out. Shallow and damaged repositories are problem lines.
class HistoryLeakScan final {
    Q_DECLARE_TR_FUNCTIONS(keydesk::HistoryLeakScan)

public:
    HistoryLeakScan(LeakScanSink &sink, bool binary, const std::atomic<bool> &cancelled);
    HistoryLeakScan(const HistoryLeakScan &) = delete;
    HistoryLeakScan &operator=(const HistoryLeakScan &) = delete;

    // LeakSighting::secret filled in (LeakScanOptions::keepKeys).
    void setKeepKeys(bool keep) { m_keepKeys = keep; }

    // The repository holding `path`; false with a problem line when there is none.
    static bool locate(const QString &path, GitRepository &repository, LeakScanProblem &problem);

    // Scans what is new since `scannedTips`; `tips` receives what to remember for next
    // time. False when the history could not be read (the problem was reported).
    bool scanHistory(const GitRepository &repository, const QStringList &scannedTips, QStringList &tips);
    bool scanStaged(const GitRepository &repository);

private:
    struct Blob final {
        QByteArray id;
        QByteArray path;
    };
    // Reads each blob through cat-file; the sightings of each, by blob id.
    bool readBlobs(const GitRepository &repository, const QList<Blob> &blobs,
                   QHash<QByteArray, QList<LeakSighting>> &found);
    QStringList existingCommits(const GitRepository &repository, const QStringList &ids);
    void reportWhereAdded(const GitRepository &repository, const QHash<QByteArray, QList<LeakSighting>> &found,
                          const QHash<QByteArray, QByteArray> &pathOf);
    void problem(const GitRepository &repository, const QString &message);

    LeakScanSink &m_sink;
    bool m_binary;
    bool m_keepKeys = false;
    const std::atomic<bool> &m_cancelled;
};

} // namespace keydesk
