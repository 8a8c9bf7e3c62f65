// What goes wrong with the file: damaged (moved aside, started anew), written by a
// newer KeyDesk or by another program (refused untouched), a read-only folder or a full
// disk (no history, saying so, and nothing else breaks).
#include "InventorySchema.h"
#include "InventoryTestSupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace keydesk;
using namespace keydesk::test;

namespace {

struct FileState {
    QByteArray bytes;
    QDateTime modified;
    QStringList folder;
};

FileState stateOf(const QString &path)
{
    return {fileBytes(path), QFileInfo(path).lastModified(), filesIn(QFileInfo(path).absolutePath())};
}

class ReliabilityTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    void TearDown() override
    {
        for (const QString &mount : std::as_const(m_mounts))
            runCommand(QStringLiteral("umount"), {QStringLiteral("-l"), mount});
    }
    QString path() const { return m_dir.filePath(QStringLiteral("inventory.sqlite")); }

    // A small tmpfs of its own (root only: the suite runs as root under tests/run.sh).
    QString mountTmpfs(const QString &name, const QString &options)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        QString output;
        if (!runCommand(QStringLiteral("mount"),
                        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                         QStringLiteral("tmpfs"), folder},
                        &output)) {
            ADD_FAILURE() << "mount failed: " << output.toStdString();
            return {};
        }
        m_mounts.prepend(folder);
        return folder;
    }

    // Writes a key-shaped inventory with one organisation, then closes it.
    void seed(const QString &file)
    {
        Inventory inventory(file);
        ASSERT_TRUE(openAndWait(inventory).isReady()) << inventory.status().message().toStdString();
        ASSERT_TRUE(
            recordListing(inventory, organisation(QStringLiteral("work")), {sampleKey(1, 1), sampleKey(2, 2)}, at(1))
                .ok());
    }

    QTemporaryDir m_dir;
    QStringList m_mounts;
};

TEST_F(ReliabilityTest, AFileThatIsNoDatabaseIsMovedAsideAndANewOneStarted)
{
    const QByteArray garbage = QByteArray("this is not SQLite").repeated(400);
    ASSERT_TRUE(writeFile(path(), garbage));
    const QDateTime now(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    Inventory::Options options;
    options.clock = [now] { return now; };
    Inventory inventory(path(), options);
    const InventoryStatus status = openAndWait(inventory);
    ASSERT_EQ(status.state, InventoryStatus::State::Ready) << status.message().toStdString();
    EXPECT_EQ(status.problem, InventoryStatus::Problem::Recovered);
    EXPECT_EQ(status.movedAsideTo, path() + QStringLiteral(".corrupt-20260304T050607"));
    EXPECT_EQ(fileBytes(status.movedAsideTo), garbage);
    EXPECT_TRUE(status.message().contains(QStringLiteral("damaged"))) << status.message().toStdString();
    EXPECT_TRUE(status.message().contains(QDir::toNativeSeparators(status.movedAsideTo)));
    // The new file works, and is rebuilt by the next listing.
    ASSERT_TRUE(recordListing(inventory, organisation(QStringLiteral("work")), {sampleKey(1)}, at(1)).ok());
    EXPECT_TRUE(lastKnown(inventory, QStringLiteral("work")).value.has_value());
}

TEST_F(ReliabilityTest, DamageInsideAValidFileIsFoundOnUseAndTheFileStartedAnew)
{
    seed(path());
    {
        // Keep page 1 (header and schema), overwrite the table pages.
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        ASSERT_GT(size, 4096 * 3);
        QByteArray noise(int(size - 4096), '\0');
        for (char &byte : noise)
            byte = char(QRandomGenerator::global()->bounded(256));
        file.seek(4096);
        file.write(noise);
    }
    Inventory inventory(path());
    ASSERT_TRUE(openAndWait(inventory).isReady());
    const auto read = lastKnown(inventory, QStringLiteral("work"));
    // The damaged file went aside on the first read; the read was answered by the new
    // file, which knows nothing yet.
    EXPECT_TRUE(read.ok()) << read.error.toStdString();
    EXPECT_FALSE(read.value.has_value());
    EXPECT_EQ(inventory.status().problem, InventoryStatus::Problem::Recovered);
    EXPECT_TRUE(QFileInfo::exists(inventory.status().movedAsideTo));
    EXPECT_TRUE(recordListing(inventory, organisation(QStringLiteral("work")), {sampleKey(1)}, at(2)).ok());
    RawDatabase raw(path());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

TEST_F(ReliabilityTest, AFileFromANewerKeyDeskIsRefusedUntouched)
{
    for (const bool wal : {false, true}) {
        SCOPED_TRACE(wal ? "WAL mode" : "rollback journal");
        const QString file = m_dir.filePath(wal ? QStringLiteral("newer-wal.sqlite") : QStringLiteral("newer.sqlite"));
        {
            RawDatabase raw(file, false);
            if (wal) {
                ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            }
            ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE future (x)")));
            ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO future VALUES ('from the future')")));
            ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(InventorySchema::applicationId)));
            ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(InventorySchema::latestVersion + 7)));
        }
        const FileState before = stateOf(file);
        {
            Inventory inventory(file);
            const InventoryStatus status = openAndWait(inventory);
            EXPECT_EQ(status.state, InventoryStatus::State::NoHistory);
            EXPECT_EQ(status.problem, InventoryStatus::Problem::NewerVersion);
            EXPECT_EQ(status.fileVersion, InventorySchema::latestVersion + 7);
            EXPECT_TRUE(status.message().contains(QStringLiteral("newer version of KeyDesk")))
                << status.message().toStdString();
            // Writes are refused with the same words, and nothing else breaks.
            const auto refused = recordListing(inventory, organisation(QStringLiteral("work")), {sampleKey(1)}, at(1));
            EXPECT_FALSE(refused.ok());
            EXPECT_EQ(refused.error, status.message());
            EXPECT_FALSE(lastKnown(inventory, QStringLiteral("work")).ok());
        }
        const FileState after = stateOf(file);
        EXPECT_EQ(after.bytes, before.bytes);
        EXPECT_EQ(after.modified, before.modified);
        if (!wal) {
            EXPECT_EQ(after.folder, before.folder); // not even a journal was made
        }
    }
}

TEST_F(ReliabilityTest, ADatabaseOfAnotherProgramIsRefusedUntouched)
{
    {
        RawDatabase raw(path(), false);
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE photos (name)")));
    }
    const FileState before = stateOf(path());
    {
        Inventory inventory(path());
        const InventoryStatus status = openAndWait(inventory);
        EXPECT_EQ(status.problem, InventoryStatus::Problem::NotAnInventory);
        EXPECT_FALSE(status.isReady());
        EXPECT_TRUE(status.message().contains(QStringLiteral("not a KeyDesk inventory")));
    }
    const FileState after = stateOf(path());
    EXPECT_EQ(after.bytes, before.bytes);
    EXPECT_EQ(after.folder, before.folder);
}

TEST_F(ReliabilityTest, AReadOnlyFolderLeavesNoHistoryAndSaysSo)
{
    QString folder;
    if (isRoot()) {
        folder = mountTmpfs(QStringLiteral("readonly"), QStringLiteral("ro,size=1m"));
    } else {
        folder = m_dir.filePath(QStringLiteral("readonly"));
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
    ASSERT_FALSE(folder.isEmpty());
    const QString file = folder + QStringLiteral("/inventory.sqlite");
    Inventory inventory(file);
    const InventoryStatus status = openAndWait(inventory);
    EXPECT_EQ(status.state, InventoryStatus::State::NoHistory);
    EXPECT_EQ(status.problem, InventoryStatus::Problem::ReadOnly) << status.message().toStdString();
    EXPECT_TRUE(status.message().contains(QStringLiteral("read-only")));
    EXPECT_TRUE(status.message().contains(QStringLiteral("without history")));
    // Every call still answers, with the reason.
    const auto refused = recordListing(inventory, organisation(QStringLiteral("work")), {sampleKey(1)}, at(1));
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error.contains(QStringLiteral("read-only")));
    EXPECT_FALSE(
        logAction(
            inventory,
            ActionLogEntry{at(1), QStringLiteral("work"), ActionLogEntry::create(), {}, {}, ActionLogEntry::ok(), {}})
            .ok());
    EXPECT_TRUE(filesIn(folder).isEmpty());
    if (!isRoot())
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_F(ReliabilityTest, AnInventoryOnAFileSystemThatBecameReadOnlyIsReadableWithoutHistory)
{
    if (!isRoot())
        GTEST_SKIP() << "needs root to remount a file system read-only";
    const QString folder = mountTmpfs(QStringLiteral("remounted"), QStringLiteral("size=1m"));
    ASSERT_FALSE(folder.isEmpty());
    const QString file = folder + QStringLiteral("/inventory.sqlite");
    seed(file);
    QString output;
    ASSERT_TRUE(
        runCommand(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), folder}, &output))
        << output.toStdString();
    const FileState before = stateOf(file);
    {
        Inventory inventory(file);
        const InventoryStatus status = openAndWait(inventory);
        EXPECT_EQ(status.state, InventoryStatus::State::NoHistory);
        EXPECT_EQ(status.problem, InventoryStatus::Problem::ReadOnly) << status.message().toStdString();
        EXPECT_FALSE(recordListing(inventory, organisation(QStringLiteral("work")), {sampleKey(1)}, at(2)).ok());
    }
    EXPECT_EQ(stateOf(file).bytes, before.bytes);
}

TEST_F(ReliabilityTest, AFullDiskLeavesNoHistoryUntilThereIsSpaceAgain)
{
    if (!isRoot())
        GTEST_SKIP() << "needs root to mount a small tmpfs";
    const QString folder = mountTmpfs(QStringLiteral("small"), QStringLiteral("size=4m"));
    ASSERT_FALSE(folder.isEmpty());
    const QString file = folder + QStringLiteral("/inventory.sqlite");
    Inventory inventory(file);
    ASSERT_TRUE(openAndWait(inventory).isReady()) << inventory.status().message().toStdString();
    const Organisation org = organisation(QStringLiteral("work"));
    ASSERT_TRUE(recordListing(inventory, org, {sampleKey(1, 1), sampleKey(2, 1)}, at(1)).ok());

    // Fill the disk to the last byte.
    const QString filler = folder + QStringLiteral("/filler");
    {
        QFile fill(filler);
        ASSERT_TRUE(fill.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (fill.write(block) == block.size() && fill.flush()) {
        }
        const QByteArray byte(1, 'x');
        while (fill.write(byte) == 1 && fill.flush()) {
        }
    }
    QList<ApiKey> big;
    for (int n = 0; n < 3000; ++n) {
        ApiKey key = sampleKey(n, n);
        key.name = QStringLiteral("A key with a long name so that the listing needs many pages %1").arg(n);
        big << key;
    }
    const auto full = recordListing(inventory, org, big, at(2));
    EXPECT_FALSE(full.ok());
    EXPECT_EQ(inventory.status().state, InventoryStatus::State::NoHistory);
    EXPECT_EQ(inventory.status().problem, InventoryStatus::Problem::DiskFull)
        << inventory.status().message().toStdString();
    EXPECT_TRUE(full.error.contains(QStringLiteral("full"))) << full.error.toStdString();
    // Nothing else breaks: what was recorded reads as before, the log call answers.
    const auto known = lastKnown(inventory, org.name);
    ASSERT_TRUE(known.ok()) << known.error.toStdString();
    ASSERT_TRUE(known.value.has_value());
    EXPECT_EQ(known.value->keys.size(), 2);
    EXPECT_EQ(known.value->organisation.listedAt, at(1));

    // With space again, the next write records and history is back.
    ASSERT_TRUE(QFile::remove(filler));
    const auto again = recordListing(inventory, org, big, at(3));
    EXPECT_TRUE(again.ok()) << again.error.toStdString();
    EXPECT_TRUE(inventory.status().isReady());
    RawDatabase raw(file);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM keys")).toInt(), 3000);
}

TEST_F(ReliabilityTest, AFullDiskAtTheFirstStartRetriesWhenThereIsSpace)
{
    if (!isRoot())
        GTEST_SKIP() << "needs root to mount a small tmpfs";
    const QString folder = mountTmpfs(QStringLiteral("tiny"), QStringLiteral("size=200k"));
    ASSERT_FALSE(folder.isEmpty());
    const QString filler = folder + QStringLiteral("/filler");
    {
        QFile fill(filler);
        ASSERT_TRUE(fill.open(QIODevice::WriteOnly));
        const QByteArray byte(1, 'x');
        while (fill.write(QByteArray(4096, 'x')) == 4096 && fill.flush()) {
        }
        while (fill.write(byte) == 1 && fill.flush()) {
        }
    }
    const QString file = folder + QStringLiteral("/inventory.sqlite");
    Inventory inventory(file);
    const InventoryStatus status = openAndWait(inventory);
    EXPECT_EQ(status.state, InventoryStatus::State::NoHistory);
    EXPECT_EQ(status.problem, InventoryStatus::Problem::DiskFull) << status.message().toStdString();
    EXPECT_TRUE(status.message().contains(QStringLiteral("full")));

    ASSERT_TRUE(QFile::remove(filler));
    const auto recorded = recordListing(inventory, organisation(QStringLiteral("work")), {sampleKey(1)}, at(1));
    EXPECT_TRUE(recorded.ok()) << recorded.error.toStdString();
    EXPECT_TRUE(inventory.status().isReady());
}

} // namespace
