// The rotations table (schema 4): every field round-trips, and a change made from a
// revision another writer already replaced is refused, so two KeyDesk processes never
// both take one rotation step.
#include "InventoryTestSupport.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace keydesk;
using namespace keydesk::test;

namespace {

RotationRecord sampleRotation()
{
    RotationRecord record;
    record.id = QStringLiteral("rot-1");
    record.organisation = QStringLiteral("work");
    record.oldKeyId = QStringLiteral("key-1");
    record.oldKeyName = QStringLiteral("Key 1");
    record.newKeyName = QStringLiteral("Key 1");
    record.startedAt = at(2, 9);
    record.oldKeyLastUsedAt = at(2, 8);
    record.oldKeyUsageCount = 40;
    record.quietForSeconds = 3600;
    record.autoRevoke = false;
    return record;
}

class RotationRegistryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_inventory = std::make_unique<Inventory>(m_dir.filePath(QStringLiteral("inventory.sqlite")));
        ASSERT_TRUE(openAndWait(*m_inventory).isReady());
    }
    InventoryResult<RotationSave> save(const RotationRecord &record, const QList<ActionLogEntry> &log = {})
    {
        return awaitResult<RotationSave>(
            [&](QObject *context, auto done) { m_inventory->saveRotation(record, log, context, done); });
    }
    QList<RotationRecord> read(const RotationFilter &filter = {})
    {
        const auto result = awaitResult<QList<RotationRecord>>(
            [&](QObject *context, auto done) { m_inventory->rotations(filter, context, done); });
        EXPECT_TRUE(result.ok()) << result.error.toStdString();
        return result.value;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Inventory> m_inventory;
};

} // namespace

TEST_F(RotationRegistryTest, EveryFieldRoundTrips)
{
    const auto inserted = save(sampleRotation());
    ASSERT_TRUE(inserted.ok()) << inserted.error.toStdString();
    ASSERT_TRUE(inserted.value.record);
    RotationRecord next = *inserted.value.record;
    EXPECT_EQ(next.revision, 1);
    next.newKeyId = QStringLiteral("key-2");
    next.newKeyCreatedAt = at(2, 9, 1);
    next.verifiedAt = at(2, 9, 2);
    next.baselineTaken = true;
    next.baselineUsageCount = 1;
    next.baselineLastUsedAt = at(2, 9, 2);
    next.newKeyFirstUsedAt = at(3);
    next.oldKeyLastMovedAt = at(3, 1);
    next.state = RotationState::WaitingForQuiet;
    next.emergency = true;
    next.reason = QStringLiteral("why");
    ActionLogEntry step;
    step.action = ActionLogEntry::rotationInUse();
    step.keyId = next.oldKeyId;
    step.outcome = ActionLogEntry::ok();
    const auto updated = save(next, {step});
    ASSERT_TRUE(updated.ok()) << updated.error.toStdString();
    ASSERT_TRUE(updated.value.record);
    ASSERT_EQ(updated.value.logged.size(), 1);
    EXPECT_EQ(updated.value.logged.at(0).organisation, QStringLiteral("work"));

    const QList<RotationRecord> stored = read();
    ASSERT_EQ(stored.size(), 1);
    const RotationRecord &got = stored.at(0);
    EXPECT_EQ(got.revision, 2);
    EXPECT_EQ(got.newKeyId, QStringLiteral("key-2"));
    EXPECT_EQ(got.state, RotationState::WaitingForQuiet);
    EXPECT_EQ(got.verifiedAt, at(2, 9, 2));
    EXPECT_EQ(got.baselineUsageCount, 1);
    EXPECT_EQ(got.oldKeyUsageCount, 40);
    EXPECT_EQ(got.oldKeyLastMovedAt, at(3, 1));
    EXPECT_EQ(got.quietForSeconds, 3600);
    EXPECT_FALSE(got.autoRevoke);
    EXPECT_TRUE(got.emergency);
    EXPECT_EQ(got.reason, QStringLiteral("why"));
    EXPECT_EQ(actionLog(*m_inventory).value.size(), 1);
}

TEST_F(RotationRegistryTest, AStaleRevisionIsRefusedAndLogsNothing)
{
    const auto inserted = save(sampleRotation());
    ASSERT_TRUE(inserted.value.record);
    RotationRecord first = *inserted.value.record;
    RotationRecord second = first;
    first.state = RotationState::Cancelled;
    ASSERT_TRUE(save(first).value.record);
    second.state = RotationState::Done;
    ActionLogEntry step;
    step.action = ActionLogEntry::rotationRevoked();
    step.outcome = ActionLogEntry::ok();
    const auto refused = save(second, {step});
    ASSERT_TRUE(refused.ok()) << refused.error.toStdString();
    EXPECT_FALSE(refused.value.record);
    EXPECT_TRUE(actionLog(*m_inventory).value.isEmpty());
    EXPECT_EQ(read().at(0).state, RotationState::Cancelled);
    // The same id twice is refused as well.
    EXPECT_FALSE(save(sampleRotation()).value.record);
}

TEST_F(RotationRegistryTest, TheFilterNarrowsByOrganisationIdAndOpenOnes)
{
    RotationRecord other = sampleRotation();
    other.id = QStringLiteral("rot-2");
    other.organisation = QStringLiteral("home");
    other.startedAt = at(3);
    RotationRecord ended = sampleRotation();
    ended.id = QStringLiteral("rot-3");
    ended.state = RotationState::Failed;
    ended.startedAt = at(4);
    for (const RotationRecord &record : {sampleRotation(), other, ended})
        ASSERT_TRUE(save(record).value.record);
    EXPECT_EQ(read().size(), 3);
    RotationFilter work;
    work.organisation = QStringLiteral("work");
    EXPECT_EQ(read(work).size(), 2);
    work.openOnly = true;
    ASSERT_EQ(read(work).size(), 1);
    EXPECT_EQ(read(work).at(0).id, QStringLiteral("rot-1"));
    RotationFilter byId;
    byId.id = QStringLiteral("rot-2");
    ASSERT_EQ(read(byId).size(), 1);
    EXPECT_EQ(read(byId).at(0).organisation, QStringLiteral("home"));
}
