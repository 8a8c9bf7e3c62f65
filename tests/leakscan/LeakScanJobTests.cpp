// LeakScanJob as the window uses it: on a worker thread, results through queued signals,
// cancel from the caller's thread, and matching against a real inventory file.
#include "LeakScanTestSupport.h"

#include "CreatedKeyRegistry.h"
#include "InventoryDatabase.h"
#include "InventoryRecorder.h"
#include "LeakScanJob.h"
#include "LeakedKeyRegistry.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace keydesk;
using namespace keydesk::test;

namespace {

struct JobRun final {
    QList<LeakResult> results;
    QList<LeakScanProblem> problems;
    LeakScanSummary summary;
    QList<Qt::HANDLE> signalThreads;
    QList<LeakScanProgress> progress;
};

JobRun runJob(LeakScanRequest request, bool cancelFirst = false)
{
    JobRun run;
    QThread thread;
    auto *job = new LeakScanJob(std::move(request));
    job->moveToThread(&thread);
    QObject receiver;
    QObject::connect(job, &LeakScanJob::found, &receiver, [&](const LeakResult &result) {
        run.results.append(result);
        run.signalThreads.append(QThread::currentThreadId());
    });
    QObject::connect(job, &LeakScanJob::progressed, &receiver,
                     [&](const LeakScanProgress &progress) { run.progress.append(progress); });
    QObject::connect(job, &LeakScanJob::problemFound, &receiver,
                     [&](const LeakScanProblem &problem) { run.problems.append(problem); });
    QSignalSpy finished(job, &LeakScanJob::finished);
    QObject::connect(&thread, &QThread::started, job, &LeakScanJob::start);
    QObject::connect(&thread, &QThread::finished, job, &QObject::deleteLater);
    if (cancelFirst)
        job->cancel();
    thread.start();
    EXPECT_TRUE(finished.wait(60000));
    if (!finished.isEmpty())
        run.summary = finished.first().first().value<LeakScanSummary>();
    thread.quit();
    thread.wait();
    return run;
}

} // namespace

TEST(LeakScanJob, ReportsOnTheCallersThreadThroughQueuedSignals)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("a.txt")), localLeadsKey(1) + "\n" + trustLeadsKey(2));
    LeakScanRequest request;
    request.paths = {dir.path()};
    const JobRun run = runJob(request);
    ASSERT_EQ(run.results.size(), 2);
    for (const Qt::HANDLE thread : run.signalThreads)
        EXPECT_EQ(thread, QThread::currentThreadId());
    EXPECT_FALSE(run.results[0].match);
    EXPECT_TRUE(run.results[0].isLiveOrUnknown());
    EXPECT_FALSE(run.summary.cancelled);
    EXPECT_EQ(run.summary.files, 1);
    // The last progress report, at the end, has the whole scan.
    ASSERT_FALSE(run.progress.isEmpty());
    EXPECT_EQ(run.progress.last().files, 1);
    EXPECT_EQ(run.progress.last().bytes, localLeadsKey(1).size() + 1 + trustLeadsKey(2).size());
    EXPECT_TRUE(run.progress.last().currentPath.endsWith(QStringLiteral("a.txt")));
}

TEST(LeakScanJob, CancelledBeforeItReadsAnything)
{
    QTemporaryDir dir;
    for (int i = 0; i < 50; ++i)
        writeFile(dir.filePath(QStringLiteral("f%1.txt").arg(i)), localLeadsKey(i));
    LeakScanRequest request;
    request.paths = {dir.path()};
    const JobRun run = runJob(request, true);
    EXPECT_TRUE(run.summary.cancelled);
    EXPECT_TRUE(run.results.isEmpty());
}

TEST(LeakScanJob, MatchesTheInventoryAndRemembersLiveLeaks)
{
    QTemporaryDir dir;
    const QString inventoryPath = dir.filePath(QStringLiteral("inventory.sqlite"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Organisation acme{QStringLiteral("Acme"), Dialect::LocalLeads, QUrl(QStringLiteral("https://ll.example"))};
    const QByteArray created = localLeadsKey(1); // created through KeyDesk: fingerprint known
    const QByteArray listed = localLeadsKey(2);  // only listed: its keyPrefix known
    const QByteArray revoked = localLeadsKey(3);
    {
        InventoryDatabase database(inventoryPath, {});
        ASSERT_TRUE(database.open(now).isReady());
        InventoryRecorder recorder(database);
        ApiKey one{QStringLiteral("k1"),
                   QStringLiteral("CRM sync"),
                   false,
                   now.addDays(-3),
                   {},
                   now.addSecs(-7200),
                   std::nullopt,
                   QString::fromLatin1(created.left(13)),
                   {}};
        ApiKey two{QStringLiteral("k2"),
                   QStringLiteral("Website"),
                   false,
                   now.addDays(-9),
                   {},
                   {},
                   std::nullopt,
                   QString::fromLatin1(listed.left(13)),
                   {}};
        ApiKey three{QStringLiteral("k3"),
                     QStringLiteral("Old"),
                     true,
                     now.addDays(-90),
                     {},
                     {},
                     std::nullopt,
                     QString::fromLatin1(revoked.left(13)),
                     {}};
        RecordSummary summary;
        ASSERT_FALSE(recorder.record(acme, {one, two, three}, now, summary).isValid());
        CreatedKeyRegistry registry(database);
        CreatedKeyFingerprint print = CreatedKeyFingerprint::of(QString::fromLatin1(created));
        print.keyId = QStringLiteral("k1");
        print.createdAt = now.addDays(-3);
        ASSERT_FALSE(registry.remember(acme, print).isValid());
    }
    writeFile(dir.filePath(QStringLiteral("tree/a.env")),
              created + "\n" + listed + "\n" + revoked + "\n" + localLeadsKey(4));
    LeakScanRequest request;
    request.paths = {dir.filePath(QStringLiteral("tree"))};
    request.inventoryPath = inventoryPath;
    const JobRun run = runJob(request);
    ASSERT_EQ(run.results.size(), 4) << run.summary.inventoryError.toStdString();
    EXPECT_TRUE(run.summary.inventoryError.isEmpty()) << run.summary.inventoryError.toStdString();
    QHash<qint64, LeakResult> byLine;
    for (const LeakResult &result : run.results)
        byLine.insert(result.sighting.line, result);
    ASSERT_TRUE(byLine[1].match);
    EXPECT_EQ(byLine[1].match->by, LeakMatch::By::Fingerprint);
    EXPECT_EQ(byLine[1].match->organisation, QStringLiteral("Acme"));
    EXPECT_EQ(byLine[1].match->keyId, QStringLiteral("k1"));
    EXPECT_EQ(byLine[1].match->keyName, QStringLiteral("CRM sync"));
    EXPECT_EQ(byLine[1].match->status, KeyStatus::Active);
    EXPECT_EQ(byLine[1].match->lastUsedAt, now.addSecs(-7200));
    ASSERT_TRUE(byLine[2].match);
    EXPECT_EQ(byLine[2].match->by, LeakMatch::By::KeyPrefix);
    EXPECT_EQ(byLine[2].match->keyId, QStringLiteral("k2"));
    ASSERT_TRUE(byLine[3].match);
    EXPECT_EQ(byLine[3].match->status, KeyStatus::Revoked);
    EXPECT_FALSE(byLine[3].isLiveOrUnknown());
    EXPECT_FALSE(byLine[4].match);

    InventoryDatabase database(inventoryPath, {});
    ASSERT_TRUE(database.open(now).isReady());
    QList<LeakedKey> leaked;
    ASSERT_FALSE(LeakedKeyRegistry(database).keys({}, leaked).isValid());
    ASSERT_EQ(leaked.size(), 2); // the two live ones
    EXPECT_EQ(leaked[0].keyId, QStringLiteral("k1"));
    EXPECT_EQ(leaked[1].keyId, QStringLiteral("k2"));
    EXPECT_TRUE(leaked[0].location.endsWith(QStringLiteral("a.env:1")));

    // Narrowed to another organisation, nothing matches.
    request.organisations = {QStringLiteral("Other")};
    const JobRun narrowed = runJob(request);
    for (const LeakResult &result : narrowed.results)
        EXPECT_FALSE(result.match);
}

TEST(LeakScanJob, OnItsOwnThreadItReportsThenDeletesItselfAndTheThread)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("a.txt")), localLeadsKey(1));
    LeakScanRequest request;
    request.paths = {dir.path()};
    auto *job = new LeakScanJob(std::move(request));
    QObject receiver;
    int found = 0;
    bool finished = false;
    bool jobAliveAtFinish = false;
    bool jobDeleted = false;
    QThread *thread = nullptr;
    bool threadDeleted = false;
    QObject::connect(job, &LeakScanJob::found, &receiver, [&] { ++found; });
    QObject::connect(job, &LeakScanJob::finished, &receiver, [&] {
        finished = true;
        jobAliveAtFinish = !jobDeleted;
        thread = job->thread();
        QObject::connect(thread, &QObject::destroyed, &receiver, [&] { threadDeleted = true; });
    });
    QObject::connect(
        job, &QObject::destroyed, &receiver, [&] { jobDeleted = true; }, Qt::QueuedConnection);
    job->startOnOwnThread();
    EXPECT_NE(job->thread(), QThread::currentThread());
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished; }, 60000));
    EXPECT_TRUE(jobAliveAtFinish);
    EXPECT_EQ(found, 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return jobDeleted && threadDeleted; }, 20000));
}
