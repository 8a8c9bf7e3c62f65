#include "HistoryLeakScan.h"

#include "DisplayPath.h"
#include "GitBatchPipe.h"
#include "GitCommand.h"
#include "LeakStreamScanner.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSet>

#include <cstring>
#include <thread>

namespace keydesk {

namespace {

// A header of `git cat-file --batch`: "<id> blob <size>" or "<id> missing".
struct BatchHeader final {
    QByteArray id;
    QByteArray type;
    qint64 size = -1;
};

BatchHeader parseHeader(const QByteArray &line)
{
    const QList<QByteArray> fields = line.split(' ');
    BatchHeader header;
    header.id = fields.value(0);
    header.type = fields.value(1);
    if (fields.size() >= 3)
        header.size = fields[2].toLongLong();
    return header;
}

// Reads one line from a running process, waiting as needed; false at its end.
bool readLine(QProcess &process, QByteArray &line)
{
    while (!process.canReadLine()) {
        if (process.state() == QProcess::NotRunning && !process.canReadLine())
            return false;
        process.waitForReadyRead(-1);
    }
    line = process.readLine();
    line.chop(1);
    return true;
}

} // namespace

HistoryLeakScan::HistoryLeakScan(LeakScanSink &sink, bool binary, const std::atomic<bool> &cancelled)
    : m_sink(sink)
    , m_binary(binary)
    , m_cancelled(cancelled)
{
}

bool HistoryLeakScan::locate(const QString &path, GitRepository &repository, LeakScanProblem &problem)
{
    const QFileInfo info(path);
    const QString directory = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    QByteArray output;
    QString error;
    if (!GitCommand::run(directory,
                         {QStringLiteral("rev-parse"), QStringLiteral("--absolute-git-dir"),
                          QStringLiteral("--is-shallow-repository"), QStringLiteral("--show-toplevel")},
                         {}, output, error)) {
        problem = {path, GitCommand::program().isEmpty() ? error : tr("not in a git repository: %1").arg(error)};
        return false;
    }
    const QList<QByteArray> lines = output.split('\n');
    repository.gitDir = QDir::cleanPath(QString::fromUtf8(lines.value(0)));
    repository.shallow = lines.value(1) == "true";
    repository.topLevel = QString::fromUtf8(lines.value(2));
    return true;
}

void HistoryLeakScan::problem(const GitRepository &repository, const QString &message)
{
    m_sink.problem({repository.topLevel.isEmpty() ? repository.gitDir : repository.topLevel, message});
}

QStringList HistoryLeakScan::existingCommits(const GitRepository &repository, const QStringList &ids)
{
    if (ids.isEmpty())
        return {};
    QByteArray output;
    QString error;
    const QByteArray input = ids.join(u'\n').toLatin1() + '\n';
    if (!GitCommand::run(repository.gitDir, {QStringLiteral("cat-file"), QStringLiteral("--batch-check")}, input,
                         output, error))
        return {};
    QStringList existing;
    for (const QByteArray &line : output.split('\n')) {
        const BatchHeader header = parseHeader(line);
        if (header.type == "commit")
            existing.append(QString::fromLatin1(header.id));
    }
    return existing;
}

bool HistoryLeakScan::readBlobs(const GitRepository &repository, const QList<Blob> &blobs,
                                QHash<QByteArray, QList<LeakSighting>> &found)
{
    if (blobs.isEmpty())
        return true;
    QByteArray ids;
    ids.reserve(blobs.size() * 41);
    for (const Blob &blob : blobs)
        ids += blob.id + '\n';
    GitBatchPipe pipe;
    QString error;
    if (!pipe.start(repository.gitDir, std::move(ids), error)) {
        problem(repository, error);
        return false;
    }

    LeakStreamScanner scanner(!m_binary);
    scanner.setKeepKeys(m_keepKeys);
    bool ok = true;
    for (const Blob &blob : blobs) {
        if (m_cancelled)
            break;
        QByteArray line;
        if (!pipe.readLine(line)) {
            ok = false;
            break;
        }
        const BatchHeader header = parseHeader(line);
        if (header.type == "missing" || header.size < 0) {
            problem(repository, tr("blob %1 (%2) is missing: the repository is damaged")
                                    .arg(QString::fromLatin1(blob.id), DisplayPath::of(blob.path)));
            continue;
        }
        scanner.reset(DisplayPath::of(blob.path));
        qint64 remaining = header.size;
        bool scanning = true;
        char discard[65536];
        while (remaining > 0) {
            const qsizetype n = scanning ? pipe.read(scanner.space(),
                                                     qsizetype(std::min<qint64>(remaining, scanner.spaceSize())))
                                         : pipe.read(discard,
                                                     qsizetype(std::min<qint64>(remaining, qint64(sizeof discard))));
            if (n <= 0) {
                ok = false;
                break;
            }
            remaining -= n;
            if (scanning)
                scanning = scanner.advance(n);
        }
        if (!ok)
            break;
        char newline = 0;
        if (pipe.read(&newline, 1) != 1 || newline != '\n') {
            ok = false;
            break;
        }
        if (scanning)
            scanner.finish();
        QList<LeakSighting> sightings = scanner.takeSightings();
        if (!sightings.isEmpty())
            found[blob.id] += sightings;
        m_sink.progress(1, header.size, DisplayPath::of(blob.path));
    }
    if (m_cancelled) {
        pipe.stop();
        return true;
    }
    if (!pipe.finish() || !ok) {
        problem(repository, tr("git cat-file stopped before the end: the repository may be damaged"));
        return false;
    }
    return true;
}

bool HistoryLeakScan::scanHistory(const GitRepository &repository, const QStringList &scannedTips, QStringList &tips)
{
    if (repository.shallow)
        problem(repository, tr("shallow clone: the commits before its cut-off were not scanned"));
    QByteArray output;
    QString error;
    // The tips of every ref, the stash and every reflog entry: what to leave out next time.
    if (!GitCommand::run(repository.gitDir,
                         {QStringLiteral("rev-list"), QStringLiteral("--no-walk"), QStringLiteral("--all"),
                          QStringLiteral("--reflog")},
                         {}, output, error)) {
        // An empty repository has no refs: nothing to scan.
        if (error.contains(QStringLiteral("bad revision")) || error.contains(QStringLiteral("unknown revision"))) {
            tips.clear();
            return true;
        }
        problem(repository, tr("the history cannot be read: %1").arg(error));
        return false;
    }
    tips.clear();
    for (const QByteArray &line : output.split('\n')) {
        if (!line.isEmpty())
            tips.append(QString::fromLatin1(line));
    }
    if (tips.isEmpty())
        return true;
    QByteArray excluded;
    for (const QString &tip : existingCommits(repository, scannedTips))
        excluded += '^' + tip.toLatin1() + '\n';
    if (!GitCommand::run(repository.gitDir,
                         {QStringLiteral("rev-list"), QStringLiteral("--objects"), QStringLiteral("--all"),
                          QStringLiteral("--reflog"), QStringLiteral("--filter=object:type=blob"),
                          QStringLiteral("--stdin")},
                         excluded, output, error)) {
        problem(repository, tr("the history cannot be read: %1").arg(error));
        return false;
    }
    QList<Blob> blobs;
    QHash<QByteArray, QByteArray> pathOf;
    for (const QByteArray &line : output.split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space < 0)
            continue; // a commit
        Blob blob{line.left(space), line.mid(space + 1)};
        pathOf.insert(blob.id, blob.path);
        blobs.append(std::move(blob));
    }
    output.clear();
    QHash<QByteArray, QList<LeakSighting>> found;
    if (!readBlobs(repository, blobs, found))
        return false;
    if (!found.isEmpty() && !m_cancelled)
        reportWhereAdded(repository, found, pathOf);
    return !m_cancelled;
}

void HistoryLeakScan::reportWhereAdded(const GitRepository &repository,
                                       const QHash<QByteArray, QList<LeakSighting>> &found,
                                       const QHash<QByteArray, QByteArray> &pathOf)
{
    // One pass over the history's tree changes: which commits add each blob, at which path.
    QProcess process;
    QString error;
    QSet<QByteArray> reported;
    if (GitCommand::start(process, repository.gitDir,
                          {QStringLiteral("log"), QStringLiteral("--all"), QStringLiteral("--reflog"),
                           QStringLiteral("--raw"), QStringLiteral("--no-abbrev"), QStringLiteral("--no-renames"),
                           QStringLiteral("--format=commit %H")},
                          error)) {
        process.closeWriteChannel();
        QByteArray commit;
        QByteArray line;
        while (readLine(process, line)) {
            if (line.startsWith("commit ")) {
                commit = line.mid(7);
                continue;
            }
            if (!line.startsWith(':'))
                continue;
            // ":100644 100644 <old> <new> M\t<path>"
            const qsizetype tab = line.indexOf('\t');
            const QList<QByteArray> fields = line.left(tab).split(' ');
            const QByteArray added = fields.value(3);
            const auto hit = found.constFind(added);
            if (hit == found.cend() || tab < 0)
                continue;
            const QByteArray path = line.mid(tab + 1);
            for (LeakSighting sighting : *hit) {
                sighting.commit = QString::fromLatin1(commit);
                sighting.blob = QString::fromLatin1(added);
                sighting.path = DisplayPath::of(path);
                m_sink.sighting(sighting);
            }
            reported.insert(added);
        }
        process.waitForFinished(-1);
    }
    // A blob no commit adds (a stash's index, a tree written by hand): its path, no commit.
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (reported.contains(it.key()))
            continue;
        for (LeakSighting sighting : it.value()) {
            sighting.blob = QString::fromLatin1(it.key());
            sighting.path = DisplayPath::of(pathOf.value(it.key()));
            m_sink.sighting(sighting);
        }
    }
}

bool HistoryLeakScan::scanStaged(const GitRepository &repository)
{
    QByteArray output;
    QString error;
    if (!GitCommand::run(repository.topLevel.isEmpty() ? repository.gitDir : repository.topLevel,
                         {QStringLiteral("ls-files"), QStringLiteral("--stage"), QStringLiteral("-z")}, {}, output,
                         error)) {
        problem(repository, tr("the index cannot be read: %1").arg(error));
        return false;
    }
    QList<Blob> blobs;
    QList<Blob> unique;
    QSet<QByteArray> seen;
    for (const QByteArray &entry : output.split('\0')) {
        // "<mode> <id> <stage>\t<path>"
        const qsizetype tab = entry.indexOf('\t');
        if (tab < 0)
            continue;
        const QList<QByteArray> fields = entry.left(tab).split(' ');
        if (fields.value(0).startsWith("160000"))
            continue; // a submodule's commit
        blobs.append({fields.value(1), entry.mid(tab + 1)});
        if (!seen.contains(blobs.last().id)) {
            seen.insert(blobs.last().id);
            unique.append(blobs.last());
        }
    }
    QHash<QByteArray, QList<LeakSighting>> found;
    if (!readBlobs(repository, unique, found))
        return false;
    for (const Blob &blob : blobs) {
        for (LeakSighting sighting : found.value(blob.id)) {
            sighting.blob = QString::fromLatin1(blob.id);
            sighting.path = DisplayPath::of(blob.path);
            m_sink.sighting(sighting);
        }
    }
    return true;
}

} // namespace keydesk
