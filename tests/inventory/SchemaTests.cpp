// The inventory file: created with the schema, WAL mode and foreign keys; reopened
// without change; the version and application id mark it as KeyDesk's.
#include "InventorySchema.h"
#include "InventoryTestSupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace keydesk;
using namespace keydesk::test;

namespace {

class SchemaTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path() const { return m_dir.filePath(QStringLiteral("data/inventory.sqlite")); }

    QTemporaryDir m_dir;
};

TEST_F(SchemaTest, NewFileGetsTheSchemaInWalModeInAFolderItCreates)
{
    {
        Inventory inventory(path());
        const InventoryStatus status = openAndWait(inventory);
        ASSERT_EQ(status.state, InventoryStatus::State::Ready) << status.message().toStdString();
        EXPECT_EQ(status.problem, InventoryStatus::Problem::None);
        EXPECT_TRUE(status.message().isEmpty());
    }
    RawDatabase raw(path());
    ASSERT_TRUE(raw.isOpen()) << raw.lastError().toStdString();
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), InventorySchema::latestVersion);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA application_id")).toLongLong(), InventorySchema::applicationId);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    const QStringList tables = raw.column(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    EXPECT_EQ(
        tables,
        (QStringList{QStringLiteral("acknowledgements"), QStringLiteral("action_log"), QStringLiteral("created_keys"),
                     QStringLiteral("finding_notices"), QStringLiteral("keys"),
                     // schema 5: the leak scan
                     QStringLiteral("leak_history_sightings"), QStringLiteral("leak_scan_tips"),
                     QStringLiteral("leaked_keys"), QStringLiteral("maintenance"), QStringLiteral("observations"),
                     QStringLiteral("organisations"), QStringLiteral("rotations"), QStringLiteral("tracked_keys")}));
}

TEST_F(SchemaTest, TheFileAndItsWalAreOwnerOnlyWhateverTheUmask)
{
    const mode_t previous = umask(022);
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    {
        Inventory inventory(path());
        ASSERT_TRUE(openAndWait(inventory).isReady());
        ASSERT_TRUE(recordListing(inventory, organisation(QStringLiteral("work")), {sampleKey(1)}, at(1)).ok());
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QFileDevice::Permissions permissions = QFile::permissions(path() + suffix);
            EXPECT_EQ(permissions & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly)
                << QString(path() + suffix).toStdString() << " mode " << std::hex << int(permissions);
        }
    }
    // An older file that was readable by others is tightened when opened.
    ASSERT_TRUE(QFile::setPermissions(path(), ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    {
        Inventory inventory(path());
        ASSERT_TRUE(openAndWait(inventory).isReady());
    }
    EXPECT_EQ(QFile::permissions(path()) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
    umask(previous);
}

TEST_F(SchemaTest, ForeignKeysAreEnforcedOnTheInventorysConnection)
{
    Inventory inventory(path());
    ASSERT_TRUE(openAndWait(inventory).isReady());
    const Organisation org = organisation(QStringLiteral("work"));
    ASSERT_TRUE(recordListing(inventory, org, {sampleKey(1)}, at(1)).ok());
    // A created-key fingerprint for an unknown organisation row would dangle: the
    // inventory adds the organisation itself, and the file has no orphan anywhere.
    CreatedKeyFingerprint created = CreatedKeyFingerprint::of(
        QString(QStringLiteral("leadhql_pk_") + QString(24, u'x')));
    created.keyId = QStringLiteral("key-9");
    const auto remembered = awaitResult<bool>([&](QObject *context, InventoryCallback<bool> done) {
        inventory.rememberCreatedKey(organisation(QStringLiteral("other")), created, context, done);
    });
    ASSERT_TRUE(remembered.ok()) << remembered.error.toStdString();
    RawDatabase raw(path());
    EXPECT_TRUE(raw.column(QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM organisations")).toInt(), 2);
}

TEST_F(SchemaTest, ReopeningKeepsTheDataAndTheVersion)
{
    const Organisation org = organisation(QStringLiteral("work"));
    {
        Inventory inventory(path());
        ASSERT_TRUE(openAndWait(inventory).isReady());
        ASSERT_TRUE(recordListing(inventory, org, {sampleKey(1, 5), sampleKey(2, 7)}, at(1)).ok());
    }
    Inventory inventory(path());
    ASSERT_TRUE(openAndWait(inventory).isReady());
    const auto snapshot = lastKnown(inventory, org.name);
    ASSERT_TRUE(snapshot.ok()) << snapshot.error.toStdString();
    ASSERT_TRUE(snapshot.value.has_value());
    ASSERT_EQ(snapshot.value->keys.size(), 2);
    EXPECT_EQ(snapshot.value->keys.at(1).key.usageCount, 7);
    EXPECT_EQ(snapshot.value->organisation.listedAt, at(1));
}

TEST_F(SchemaTest, AnEmptyFileIsSetUpAsANewInventory)
{
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path()).absolutePath()));
    ASSERT_TRUE(writeFile(path(), {}));
    Inventory inventory(path());
    const InventoryStatus status = openAndWait(inventory);
    EXPECT_EQ(status.state, InventoryStatus::State::Ready);
    EXPECT_EQ(status.problem, InventoryStatus::Problem::None);
}

TEST_F(SchemaTest, AFileAtAnOlderVersionIsMigratedForward)
{
    // Version 0 of a KeyDesk file: marked as ours but without tables (a crash right
    // after the file was made): the migrations run from there.
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path()).absolutePath()));
    {
        RawDatabase raw(path(), false);
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(InventorySchema::applicationId)));
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE scratch (x)")));
        ASSERT_TRUE(raw.exec(QStringLiteral("DROP TABLE scratch")));
    }
    Inventory inventory(path());
    ASSERT_TRUE(openAndWait(inventory).isReady()) << inventory.status().message().toStdString();
    RawDatabase raw(path());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), InventorySchema::latestVersion);
}

} // namespace
