// The Inventory front: calls return at once, the work runs on the inventory's thread in
// call order, and results come back on the caller's thread; a locked file is waited for
// there, never here.
#include "InventoryTestSupport.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

using namespace keydesk;
using namespace keydesk::test;

namespace {

class ThreadingTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path() const { return m_dir.filePath(QStringLiteral("inventory.sqlite")); }

    QTemporaryDir m_dir;
};

TEST_F(ThreadingTest, ARecordWhileAnotherProcessHoldsTheLockWaitsOnTheInventorysThread)
{
    // A busy timeout far shorter than the lock is held: only the retry keeps it alive.
    Inventory::Options options;
    options.busyTimeoutMs = 50;
    options.busyRetryMs = 60000;
    Inventory inventory(path(), options);
    ASSERT_TRUE(openAndWait(inventory).isReady());
    const Organisation org = organisation(QStringLiteral("work"));
    ASSERT_TRUE(recordListing(inventory, org, {sampleKey(1, 1)}, at(1)).ok());

    RawDatabase other(path(), false);
    ASSERT_TRUE(other.exec(QStringLiteral("BEGIN IMMEDIATE"))) << other.lastError().toStdString();

    std::optional<InventoryResult<RecordSummary>> result;
    QThread *deliveredOn = nullptr;
    inventory.record(org, {sampleKey(1, 2)}, at(2), &inventory, [&](const InventoryResult<RecordSummary> &r) {
        result = r;
        deliveredOn = QThread::currentThread();
    });
    // This thread goes on: its timers fire while the write waits for the lock.
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &timer, [&ticks] { ++ticks; });
    timer.start(10);
    QTest::qWait(600);
    timer.stop();
    EXPECT_GT(ticks, 5);
    EXPECT_FALSE(result.has_value()) << "the write gave up while the lock was held: "
                                     << (result ? result->error.toStdString() : std::string());

    ASSERT_TRUE(other.exec(QStringLiteral("COMMIT")));
    ASSERT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, 60000));
    EXPECT_TRUE(result->ok()) << result->error.toStdString();
    EXPECT_EQ(result->value.observations, 1);
    EXPECT_EQ(deliveredOn, QThread::currentThread());
    EXPECT_TRUE(inventory.status().isReady());
}

TEST_F(ThreadingTest, ResultsComeInCallOrderAndAReadSeesTheWritesBeforeIt)
{
    Inventory inventory(path());
    inventory.open(); // not waited for: the calls queue behind it
    const Organisation org = organisation(QStringLiteral("work"));
    QStringList order;
    QList<QThread *> threads;
    const auto note = [&](const QString &what) {
        order << what;
        threads << QThread::currentThread();
    };
    inventory.record(org, {sampleKey(1, 1)}, at(1), &inventory, [&](const InventoryResult<RecordSummary> &r) {
        note(r.ok() ? QStringLiteral("record") : r.error);
    });
    inventory.record(org, {sampleKey(1, 2)}, at(2), &inventory, [&](const InventoryResult<RecordSummary> &r) {
        note(r.ok() ? QStringLiteral("record") : r.error);
    });
    int points = -1;
    inventory.history(org.name, QStringLiteral("key-1"), &inventory, [&](const InventoryResult<QList<Observation>> &r) {
        points = int(r.value.size());
        note(QStringLiteral("history"));
    });
    ActionLogEntry entry;
    entry.organisation = org.name;
    entry.action = ActionLogEntry::revoke();
    entry.outcome = ActionLogEntry::ok();
    inventory.logAction(entry, &inventory, [&](const InventoryResult<bool> &) { note(QStringLiteral("log")); });
    int logged = -1;
    inventory.actionLog({}, &inventory, [&](const InventoryResult<QList<ActionLogEntry>> &r) {
        logged = int(r.value.size());
        note(QStringLiteral("read log"));
    });
    bool idle = false;
    inventory.whenIdle(&inventory, [&] {
        idle = true;
        note(QStringLiteral("idle"));
    });
    ASSERT_TRUE(QTest::qWaitFor([&idle] { return idle; }, 60000));
    EXPECT_EQ(order, (QStringList{QStringLiteral("record"), QStringLiteral("record"), QStringLiteral("history"),
                                  QStringLiteral("log"), QStringLiteral("read log"), QStringLiteral("idle")}));
    EXPECT_EQ(points, 2);
    EXPECT_EQ(logged, 1);
    for (QThread *thread : std::as_const(threads))
        EXPECT_EQ(thread, QThread::currentThread());
}

TEST_F(ThreadingTest, SignalsAnnounceStatusRecordsAndLogEntries)
{
    Inventory inventory(path());
    QSignalSpy status(&inventory, &Inventory::statusChanged);
    QSignalSpy recorded(&inventory, &Inventory::recorded);
    QSignalSpy logged(&inventory, &Inventory::actionLogged);
    ASSERT_TRUE(openAndWait(inventory).isReady());
    EXPECT_EQ(status.count(), 1);
    ASSERT_TRUE(recordListing(inventory, organisation(QStringLiteral("work")), {sampleKey(1)}, at(1)).ok());
    ASSERT_EQ(recorded.count(), 1);
    EXPECT_EQ(recorded.first().at(0).toString(), QStringLiteral("work"));
    ActionLogEntry entry;
    entry.organisation = QStringLiteral("work");
    entry.action = ActionLogEntry::create();
    entry.outcome = ActionLogEntry::ok();
    ASSERT_TRUE(logAction(inventory, entry).ok());
    EXPECT_EQ(logged.count(), 1);
}

TEST_F(ThreadingTest, ACallbackWhoseContextIsGoneIsNotCalled)
{
    Inventory inventory(path());
    ASSERT_TRUE(openAndWait(inventory).isReady());
    bool called = false;
    auto context = std::make_unique<QObject>();
    inventory.record(organisation(QStringLiteral("work")), {sampleKey(1)}, at(1), context.get(),
                     [&called](const InventoryResult<RecordSummary> &) { called = true; });
    context.reset();
    bool idle = false;
    inventory.whenIdle(&inventory, [&idle] { idle = true; });
    ASSERT_TRUE(QTest::qWaitFor([&idle] { return idle; }, 60000));
    EXPECT_FALSE(called);
    // The work itself was done.
    EXPECT_TRUE(lastKnown(inventory, QStringLiteral("work")).value.has_value());
}

TEST_F(ThreadingTest, DestroyingTheInventoryFinishesTheWritesAlreadyAsked)
{
    const Organisation org = organisation(QStringLiteral("work"));
    {
        Inventory inventory(path());
        inventory.open();
        for (int n = 0; n < 50; ++n)
            inventory.record(org, {sampleKey(1, n)}, at(1).addSecs(60 * n));
    }
    Inventory inventory(path());
    ASSERT_TRUE(openAndWait(inventory).isReady());
    const auto history = historyOf(inventory, org.name, QStringLiteral("key-1"));
    EXPECT_EQ(history.value.size(), 50);
}

TEST_F(ThreadingTest, TwoInventoriesOnOneFileSeeEachOthersWrites)
{
    // As the window and the CLI do: each caches what it knows, and notices the other.
    Inventory window(path());
    Inventory cli(path());
    ASSERT_TRUE(openAndWait(window).isReady());
    ASSERT_TRUE(openAndWait(cli).isReady());
    const Organisation org = organisation(QStringLiteral("work"));
    ASSERT_TRUE(recordListing(window, org, {sampleKey(1, 1), sampleKey(2, 1)}, at(1)).ok());
    const auto byCli = recordListing(cli, org, {sampleKey(2, 5), sampleKey(3, 1)}, at(2));
    ASSERT_TRUE(byCli.ok()) << byCli.error.toStdString();
    EXPECT_EQ(byCli.value.added, 1);
    EXPECT_EQ(byCli.value.gone, 1);
    // The same listing again from the window: nothing is new to the file.
    const auto byWindow = recordListing(window, org, {sampleKey(2, 5), sampleKey(3, 1)}, at(3));
    ASSERT_TRUE(byWindow.ok()) << byWindow.error.toStdString();
    EXPECT_EQ(byWindow.value.added, 0);
    EXPECT_EQ(byWindow.value.observations, 0);
    EXPECT_EQ(byWindow.value.gone, 0);
    EXPECT_EQ(historyOf(window, org.name, QStringLiteral("key-2")).value.size(), 2);
}

} // namespace
