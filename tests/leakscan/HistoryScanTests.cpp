// The git history (HistoryLeakScan through LeakScan): keys committed and deleted, packed
// by `git gc`, staged, stashed, reachable only from the reflog; incremental scans with
// the inventory's state; shallow and damaged repositories; git missing.
#include "LeakScanTestSupport.h"

#include "InventoryDatabase.h"
#include "InventoryLeakState.h"
#include "LeakScan.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

using namespace keydesk;
using namespace keydesk::test;

namespace {

LeakScanOptions history()
{
    LeakScanOptions options;
    options.history = true;
    return options;
}

QString head(const QString &repo)
{
    return QString::fromLatin1(git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).trimmed());
}

// The sightings of the history only (commit or blob set).
QList<LeakSighting> fromHistory(const CollectingSink &sink)
{
    QList<LeakSighting> out;
    for (const LeakSighting &sighting : sink.sightings) {
        if (!sighting.blob.isEmpty())
            out.append(sighting);
    }
    return out;
}

} // namespace

TEST(HistoryScan, KeyCommittedThenDeletedIsFoundWithItsCommitAndPath)
{
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo"));
    initRepository(repo);
    commitFile(repo, QStringLiteral("README"), "hello\n", QStringLiteral("first"));
    commitFile(repo, QStringLiteral("config/secrets.env"), "KEY=" + localLeadsKey(1) + "\n", QStringLiteral("oops"));
    const QString leakingCommit = head(repo);
    git(repo, {QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("config/secrets.env")});
    git(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("remove")});

    EXPECT_TRUE(scan({repo}).sightings.isEmpty()); // the working tree is clean
    const CollectingSink sink = scan({repo}, history());
    const QList<LeakSighting> found = fromHistory(sink);
    ASSERT_EQ(found.size(), 1) << sink.problemText().toStdString();
    EXPECT_EQ(found[0].fingerprint, fingerprintOf(localLeadsKey(1)));
    EXPECT_EQ(found[0].commit, leakingCommit);
    EXPECT_EQ(found[0].path, QStringLiteral("config/secrets.env"));
    EXPECT_EQ(found[0].line, 1);
    EXPECT_EQ(found[0].column, 5);
    EXPECT_TRUE(sink.problems.isEmpty()) << sink.problemText().toStdString();
}

TEST(HistoryScan, OneBlobInManyCommitsIsReadOnceAndReportedPerCommitThatAddsIt)
{
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo"));
    initRepository(repo);
    const QByteArray content = "token: " + trustLeadsKey(1) + "\n";
    commitFile(repo, QStringLiteral("a.yml"), content, QStringLiteral("one"));
    for (int i = 0; i < 5; ++i)
        commitFile(repo, QStringLiteral("other.txt"), QByteArray::number(i), QStringLiteral("more"));
    commitFile(repo, QStringLiteral("copy/b.yml"), content, QStringLiteral("copy"));
    const CollectingSink sink = scan({repo}, LeakScanOptions{false, true, false, false, 1});
    const QList<LeakSighting> found = fromHistory(sink);
    ASSERT_EQ(found.size(), 2);
    QStringList paths{found[0].path, found[1].path};
    paths.sort();
    EXPECT_EQ(paths, (QStringList{QStringLiteral("a.yml"), QStringLiteral("copy/b.yml")}));
    EXPECT_NE(found[0].commit, found[1].commit);
    // Blobs: a.yml (= copy/b.yml), README-less history: other.txt × 5 versions. Each once,
    // plus the working tree's three files.
    EXPECT_EQ(sink.files, 3 + 6);
}

TEST(HistoryScan, PackedObjectsAfterGitGc)
{
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo"));
    initRepository(repo);
    commitFile(repo, QStringLiteral("k.txt"), leadHqlKey(1), QStringLiteral("key"));
    commitFile(repo, QStringLiteral("k.txt"), "gone", QStringLiteral("gone"));
    git(repo, {QStringLiteral("gc"), QStringLiteral("-q"), QStringLiteral("--aggressive")});
    ASSERT_TRUE(QDir(repo + QStringLiteral("/.git/objects/pack")).entryList({QStringLiteral("*.pack")}).size() == 1);
    const QList<LeakSighting> found = fromHistory(scan({repo}, history()));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].fingerprint, fingerprintOf(leadHqlKey(1)));
}

TEST(HistoryScan, StagedIndexOnly)
{
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo"));
    initRepository(repo);
    commitFile(repo, QStringLiteral("README"), "hi", QStringLiteral("first"));
    writeFile(repo + QStringLiteral("/new.env"), "K=" + localLeadsKey(7));
    git(repo, {QStringLiteral("add"), QStringLiteral("new.env")});
    // The working copy changes again after staging: the index is what is committed.
    writeFile(repo + QStringLiteral("/new.env"), "K=nothing");
    LeakScanOptions staged;
    staged.staged = true;
    const CollectingSink sink = scan({repo}, staged);
    ASSERT_EQ(sink.sightings.size(), 1) << sink.problemText().toStdString();
    EXPECT_EQ(sink.sightings[0].path, QStringLiteral("new.env"));
    EXPECT_TRUE(sink.sightings[0].commit.isEmpty());
    EXPECT_FALSE(sink.sightings[0].blob.isEmpty());
}

TEST(HistoryScan, StashAndReflogOnlyCommits)
{
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo"));
    initRepository(repo);
    commitFile(repo, QStringLiteral("app.cfg"), "clean\n", QStringLiteral("first"));
    // Stashed work with a key.
    writeFile(repo + QStringLiteral("/app.cfg"), "key " + trustLeadsKey(1) + "\n");
    git(repo, {QStringLiteral("stash"), QStringLiteral("-q")});
    // A commit that only the reflog still reaches.
    commitFile(repo, QStringLiteral("later.cfg"), "key " + localLeadsKey(2) + "\n", QStringLiteral("undone"));
    git(repo, {QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard"), QStringLiteral("HEAD~1")});
    const CollectingSink sink = scan({repo}, history());
    QStringList expected{fingerprintOf(trustLeadsKey(1)), fingerprintOf(localLeadsKey(2))};
    expected.sort();
    QStringList found;
    for (const LeakSighting &sighting : fromHistory(sink))
        found.append(sighting.fingerprint);
    found.removeDuplicates();
    found.sort();
    EXPECT_EQ(found, expected) << sink.problemText().toStdString();
}

TEST(HistoryScan, IncrementalReadsOnlyNewObjectsAndStillReportsOldSightings)
{
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo"));
    initRepository(repo);
    for (int i = 0; i < 10; ++i)
        commitFile(repo, QStringLiteral("f%1.txt").arg(i), QByteArray::number(i), QStringLiteral("c"));
    // A Trust Leads key: no LocalLeads prefix, an empty text the state must still store.
    commitFile(repo, QStringLiteral("old.env"), trustLeadsKey(1), QStringLiteral("old key"));
    git(repo, {QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("old.env")});
    git(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("rm")});

    InventoryDatabase database(dir.filePath(QStringLiteral("inventory.sqlite")), {});
    ASSERT_TRUE(database.open(QDateTime::currentDateTimeUtc()).isReady());
    InventoryLeakState state(database);
    std::atomic<bool> cancelled{false};
    LeakScanOptions options;
    options.history = true;

    CollectingSink first;
    LeakScan(first, options, &state, cancelled).run({repo});
    EXPECT_EQ(fromHistory(first).size(), 1);
    EXPECT_EQ(first.files, 10 + 11); // the working tree, then every blob of the history

    commitFile(repo, QStringLiteral("new.env"), localLeadsKey(2), QStringLiteral("new key"));
    CollectingSink second;
    LeakScan(second, options, &state, cancelled).run({repo});
    QStringList expected{fingerprintOf(trustLeadsKey(1)), fingerprintOf(localLeadsKey(2))};
    expected.sort();
    QStringList found;
    for (const LeakSighting &sighting : fromHistory(second))
        found.append(sighting.fingerprint);
    found.removeDuplicates();
    found.sort();
    EXPECT_EQ(found, expected);
    // The working tree (10 files and new.env) and the one new blob: nothing of the old history.
    EXPECT_EQ(second.files, 11 + 1);

    LeakScanOptions full = options;
    full.full = true;
    CollectingSink third;
    LeakScan(third, full, &state, cancelled).run({repo});
    EXPECT_EQ(third.files, 11 + 12); // the working tree, every blob of the history
}

TEST(HistoryScan, ShallowCloneIsReported)
{
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo"));
    initRepository(repo);
    commitFile(repo, QStringLiteral("a"), "1", QStringLiteral("1"));
    commitFile(repo, QStringLiteral("a"), "2", QStringLiteral("2"));
    const QString shallow = dir.filePath(QStringLiteral("shallow"));
    git(dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--depth"), QStringLiteral("1"),
                     QStringLiteral("file://") + repo, shallow});
    const CollectingSink sink = scan({shallow}, history());
    EXPECT_TRUE(sink.hasProblem(QStringLiteral("shallow"), QStringLiteral("shallow clone")))
        << sink.problemText().toStdString();
}

TEST(HistoryScan, MissingObjectIsReportedAndTheScanGoesOn)
{
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo"));
    initRepository(repo);
    commitFile(repo, QStringLiteral("lost.txt"), "this blob will be deleted", QStringLiteral("1"));
    commitFile(repo, QStringLiteral("key.txt"), localLeadsKey(3), QStringLiteral("2"));
    const QString blob = QString::fromLatin1(
        git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD:lost.txt")}).trimmed());
    ASSERT_TRUE(QFile::remove(repo + QStringLiteral("/.git/objects/") + blob.left(2) + u'/' + blob.mid(2)));
    LeakScanOptions options = history();
    const CollectingSink sink = scan({repo}, options);
    EXPECT_FALSE(sink.problems.isEmpty());
    EXPECT_TRUE(sink.problemText().contains(QStringLiteral("damaged"))
                || sink.problemText().contains(QStringLiteral("cannot be read")))
        << sink.problemText().toStdString();
    // The working tree is still scanned.
    EXPECT_TRUE(sink.fingerprints().contains(fingerprintOf(localLeadsKey(3))));
}

TEST(HistoryScan, WithoutGitTheHistoryIsOneLineAndTheFilesAreScanned)
{
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo"));
    initRepository(repo);
    commitFile(repo, QStringLiteral("k"), localLeadsKey(1), QStringLiteral("1"));
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(dir.filePath(QStringLiteral("empty-bin"))));
    const CollectingSink sink = scan({repo}, history());
    qputenv("PATH", path);
    EXPECT_TRUE(sink.hasProblem(QString(), QStringLiteral("git is not installed"))) << sink.problemText().toStdString();
    EXPECT_EQ(sink.sightings.size(), 1);
}

TEST(HistoryScan, NotARepositoryIsOneLine)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("plain/a.txt")), "nothing");
    const CollectingSink sink = scan({dir.filePath(QStringLiteral("plain"))}, history());
    EXPECT_TRUE(sink.hasProblem(QStringLiteral("plain"), QStringLiteral("not in a git repository")))
        << sink.problemText().toStdString();
}
