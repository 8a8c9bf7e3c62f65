// Real processes: a writer killed with SIGKILL at random points leaves a consistent
// file, and two writers on one file at the same time both succeed.
#include "InventoryTestSupport.h"

#include <gtest/gtest.h>

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

using namespace keydesk;
using namespace keydesk::test;

namespace {

const QString writer = QStringLiteral(KEYDESK_INVENTORY_WRITER_PATH);
constexpr int keysPerListing = 40;

// Reads lines from a running writer until at least `count` "logged" lines (or it ends);
// returns how many it read, more than `count` when several arrived at once (a loaded
// machine lets the writer run ahead of this process).
int readLogged(QProcess &process, int count, QByteArray &transcript)
{
    int logged = 0;
    const QDeadlineTimer deadline(60000);
    while (logged < count && !deadline.hasExpired()) {
        if (!process.canReadLine() && !process.waitForReadyRead(1000)) {
            if (process.state() != QProcess::Running)
                break;
            continue;
        }
        while (process.canReadLine()) {
            const QByteArray line = process.readLine();
            transcript += line;
            if (line.startsWith("logged "))
                ++logged;
        }
    }
    return logged;
}

class ProcessTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path() const { return m_dir.filePath(QStringLiteral("inventory.sqlite")); }

    // The invariants of a file written by inventory-writer for `org`: intact, log
    // rounds 0..L without gap, every key at the same round U (a listing is recorded
    // whole or not at all) with U == L or L + 1 (killed between record and log), and
    // exactly one observation per round (none lost, none doubled).
    void expectConsistent(const QString &org, int *lastRound = nullptr)
    {
        if (!QFileInfo::exists(path()))
            return; // killed before the file was made
        RawDatabase raw(path());
        ASSERT_TRUE(raw.isOpen()) << raw.lastError().toStdString();
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"))
            << raw.lastError().toStdString() << ", " << QFileInfo(path()).size() << " bytes";
        EXPECT_TRUE(raw.column(QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
        if (raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'action_log'")).toInt() == 0)
            return; // killed before the schema was committed: an empty file
        const QStringList rounds = raw.column(
            QStringLiteral("SELECT detail FROM action_log WHERE organisation = '%1' ORDER BY CAST(detail AS INTEGER)")
                .arg(org));
        for (int i = 0; i < rounds.size(); ++i)
            ASSERT_EQ(rounds.at(i).toInt(), i) << "log rounds " << rounds.join(u',').toStdString();
        const int logged = int(rounds.size()) - 1;
        if (lastRound)
            *lastRound = logged;
        const QString keysOfOrg =
            QStringLiteral("FROM keys WHERE organisation_id = (SELECT id FROM organisations WHERE name = '%1')")
                .arg(org);
        const int keyCount = raw.scalar(QStringLiteral("SELECT count(*) ") + keysOfOrg).toInt();
        if (keyCount == 0) {
            EXPECT_EQ(logged, -1);
            return;
        }
        EXPECT_EQ(keyCount, keysPerListing);
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(DISTINCT usage_count) ") + keysOfOrg).toInt(), 1);
        const int recorded = raw.scalar(QStringLiteral("SELECT max(usage_count) ") + keysOfOrg).toInt();
        EXPECT_TRUE(recorded == logged || recorded == logged + 1) << "recorded " << recorded << ", logged " << logged;
        const QString perKey =
            QStringLiteral(
                "SELECT count(*) FROM (SELECT k.id FROM keys AS k JOIN observations AS o ON o.key_row = k.id "
                "WHERE k.organisation_id = (SELECT id FROM organisations WHERE name = '%1') "
                "GROUP BY k.id HAVING count(*) != %2 OR max(o.usage_count) != %3 OR count(DISTINCT o.usage_count) != %2)")
                .arg(org)
                .arg(recorded + 1)
                .arg(recorded);
        EXPECT_EQ(raw.scalar(perKey).toInt(), 0) << "a key whose history is not one observation per round";
    }

    QTemporaryDir m_dir;
};

TEST_F(ProcessTest, SigkillAtRandomPointsLeavesAConsistentFile)
{
    QRandomGenerator random(QRandomGenerator::global()->generate());
    int lastRound = -1;
    int progressed = 0;
    for (int attempt = 0; attempt < 16; ++attempt) {
        SCOPED_TRACE(attempt);
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(writer, {QStringLiteral("loop"), path(), QStringLiteral("loop")});
        ASSERT_TRUE(process.waitForStarted(10000));
        QByteArray transcript;
        // Some kills while the file is made or opened, most in the middle of writing.
        const int rounds = attempt < 3 ? 0 : int(random.bounded(1, 30));
        if (rounds > 0) {
            ASSERT_GE(readLogged(process, rounds, transcript), rounds)
                << transcript.toStdString() << process.readAllStandardError().toStdString();
        }
        QThread::usleep(random.bounded(attempt < 3 ? 40000 : 3000));
        process.kill(); // SIGKILL
        ASSERT_TRUE(process.waitForFinished(10000));
        ASSERT_EQ(process.exitStatus(), QProcess::CrashExit);
        int round = -1;
        expectConsistent(QStringLiteral("loop"), &round);
        if (HasFatalFailure())
            return;
        EXPECT_GE(round, lastRound) << "a committed round was lost";
        if (round > lastRound)
            ++progressed;
        lastRound = round;
    }
    EXPECT_GE(progressed, 10) << "the writer made progress between kills";
}

TEST_F(ProcessTest, TwoProcessesRecordingAtTheSameTimeBothSucceed)
{
    constexpr int rounds = 120;
    // A short busy timeout: the writers meet often, and the retries carry them.
    QProcess first;
    QProcess second;
    first.start(writer, {QStringLiteral("count"), path(), QStringLiteral("window"), QString::number(rounds),
                         QStringLiteral("20")});
    second.start(writer, {QStringLiteral("count"), path(), QStringLiteral("cli"), QString::number(rounds),
                          QStringLiteral("20")});
    ASSERT_TRUE(first.waitForStarted(10000));
    ASSERT_TRUE(second.waitForStarted(10000));
    ASSERT_TRUE(first.waitForFinished(180000));
    ASSERT_TRUE(second.waitForFinished(180000));
    const QByteArray firstOut = first.readAllStandardOutput();
    const QByteArray secondOut = second.readAllStandardOutput();
    EXPECT_EQ(first.exitCode(), 0) << firstOut.right(2000).toStdString() << first.readAllStandardError().toStdString();
    EXPECT_EQ(second.exitCode(), 0) << secondOut.right(2000).toStdString()
                                    << second.readAllStandardError().toStdString();
    EXPECT_TRUE(firstOut.contains("done failures=0"));
    EXPECT_TRUE(secondOut.contains("done failures=0"));

    int windowRounds = -1;
    int cliRounds = -1;
    expectConsistent(QStringLiteral("window"), &windowRounds);
    expectConsistent(QStringLiteral("cli"), &cliRounds);
    EXPECT_EQ(windowRounds, rounds - 1);
    EXPECT_EQ(cliRounds, rounds - 1);
    RawDatabase raw(path());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM keys WHERE organisation_id = "
                                        "(SELECT id FROM organisations WHERE name = 'shared')"))
                  .toInt(),
              keysPerListing);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM action_log")).toInt(), 2 * rounds);
}

} // namespace
