#include "InventoryTestSupport.h"
#include "KeyDetailsPane.h"
#include "RotationTimeline.h"

#include <gtest/gtest.h>

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace keydesk;
using namespace keydesk::test;

namespace {

const QDateTime timelineNow = at(20, 12);

// Started two days ago; the successor created and verified at once.
RotationRecord started()
{
    RotationRecord record;
    record.id = QStringLiteral("rot-1");
    record.organisation = QStringLiteral("Acme");
    record.oldKeyId = QStringLiteral("key-1");
    record.oldKeyName = QStringLiteral("Key 1");
    record.newKeyId = QStringLiteral("key-2");
    record.newKeyName = QStringLiteral("Key 1");
    record.startedAt = timelineNow.addDays(-2);
    record.newKeyCreatedAt = record.startedAt.addSecs(1);
    record.verifiedAt = record.startedAt.addSecs(2);
    record.baselineTaken = true;
    record.baselineUsageCount = 1;
    record.oldKeyLastUsedAt = timelineNow.addSecs(-5 * 3600);
    record.oldKeyLastMovedAt = record.oldKeyLastUsedAt;
    record.quietForSeconds = 24 * 3600;
    return record;
}

} // namespace

TEST(RotationTimeline, ShowsEachStateOfARotationRecord)
{
    RotationTimeline timeline([] { return timelineNow; });
    EXPECT_TRUE(timeline.isHidden());
    using Step = RotationTimeline::Step;

    RotationRecord record = started();
    timeline.setRotation(record);
    EXPECT_FALSE(timeline.isHidden());
    EXPECT_TRUE(timeline.isStepReached(Step::Created));
    EXPECT_TRUE(timeline.isStepReached(Step::Verified));
    EXPECT_FALSE(timeline.isStepReached(Step::NewKeyInUse));
    EXPECT_TRUE(timeline.stepText(Step::NewKeyInUse).contains(QStringLiteral("not seen in use")));
    EXPECT_TRUE(timeline.stepText(Step::RevokeDue).contains(QStringLiteral("once the new key is in use")));
    EXPECT_TRUE(timeline.stateText().contains(QStringLiteral("Waiting for the new key to be used")));
    EXPECT_TRUE(timeline.revokeNowButton()->isVisibleTo(&timeline));
    EXPECT_TRUE(timeline.cancelButton()->isVisibleTo(&timeline));

    // In use for a day; the old key used 5 hours ago: due 19 hours from now.
    record.state = RotationState::WaitingForQuiet;
    record.newKeyFirstUsedAt = timelineNow.addDays(-1);
    timeline.setRotation(record);
    EXPECT_TRUE(timeline.isStepReached(Step::NewKeyInUse));
    EXPECT_FALSE(timeline.isStepReached(Step::OldKeyLastUsed));
    EXPECT_TRUE(timeline.stepText(Step::OldKeyLastUsed).contains(QStringLiteral("5 hours ago")))
        << timeline.stepText(Step::OldKeyLastUsed).toStdString();
    EXPECT_TRUE(timeline.stepText(Step::RevokeDue).startsWith(QStringLiteral("Revoke due in 19 hours")))
        << timeline.stepText(Step::RevokeDue).toStdString();

    record.state = RotationState::ReadyToRevoke;
    record.autoRevoke = false;
    timeline.setRotation(record);
    EXPECT_TRUE(timeline.isStepReached(Step::OldKeyLastUsed));
    EXPECT_TRUE(timeline.stateText().startsWith(QStringLiteral("Ready to revoke")));

    record.state = RotationState::Done;
    record.finishedAt = timelineNow;
    timeline.setRotation(record);
    EXPECT_TRUE(timeline.isStepReached(Step::RevokeDue));
    EXPECT_TRUE(timeline.stepText(Step::RevokeDue).startsWith(QStringLiteral("Old key revoked")));
    EXPECT_FALSE(timeline.revokeNowButton()->isVisibleTo(&timeline));
    EXPECT_FALSE(timeline.cancelButton()->isVisibleTo(&timeline));

    record.state = RotationState::Failed;
    record.reason = QStringLiteral("The old key is gone");
    timeline.setRotation(record);
    EXPECT_TRUE(timeline.stepText(Step::RevokeDue).contains(QStringLiteral("The old key is gone")));
    timeline.setRotation(std::nullopt);
    EXPECT_TRUE(timeline.isHidden());
}

TEST(RotationTimeline, TheDetailsPaneShowsTheSelectedKeysRotation)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    Inventory inventory(directory.filePath(QStringLiteral("inventory.sqlite")));
    ASSERT_TRUE(openAndWait(inventory).isReady());
    RotationRecord record = started();
    record.state = RotationState::WaitingForQuiet;
    record.newKeyFirstUsedAt = timelineNow.addDays(-1);
    const auto saved = awaitResult<RotationSave>(
        [&](QObject *context, auto done) { inventory.saveRotation(record, {}, context, done); });
    ASSERT_TRUE(saved.ok()) << saved.error.toStdString();

    KeyDetailsPane pane(&inventory, [] { return timelineNow; });
    QSignalSpy shown(&pane, &KeyDetailsPane::rotationShown);
    QSignalSpy revokeNow(&pane, &KeyDetailsPane::revokeNowRequested);
    for (const int n : {1, 2}) { // the old key and its successor
        shown.clear();
        pane.showKey(record.organisation, Dialect::LeadHql, sampleKey(n, 10));
        ASSERT_TRUE(shown.wait(20000));
        EXPECT_TRUE(pane.timeline()->isVisibleTo(&pane)) << n;
        EXPECT_EQ(pane.timeline()->rotation()->id, record.id);
    }
    pane.timeline()->revokeNowButton()->click();
    ASSERT_EQ(revokeNow.count(), 1);
    EXPECT_EQ(revokeNow.first().at(0).value<RotationRecord>().id, record.id);

    shown.clear();
    pane.showKey(record.organisation, Dialect::LeadHql, sampleKey(3, 10)); // not rotating
    ASSERT_TRUE(shown.wait(20000));
    EXPECT_FALSE(pane.timeline()->isVisibleTo(&pane));
}
