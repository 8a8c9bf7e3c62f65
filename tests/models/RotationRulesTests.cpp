#include "RotationRules.h"

#include <gtest/gtest.h>

using namespace keydesk;

namespace {

const QDateTime startedAt = QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
const QDateTime verifiedAt = startedAt.addSecs(2);
constexpr qint64 quiet = 3600;

ApiKey key(const QString &id, std::optional<qint64> usage, const QDateTime &lastUsed)
{
    ApiKey k;
    k.id = id;
    k.name = id;
    k.createdAt = startedAt.addDays(-30);
    k.usageCount = usage;
    k.lastUsedAt = lastUsed;
    return k;
}

// A verified rotation: the successor used once by the verification (count 1).
RotationRecord verified()
{
    RotationRecord record;
    record.id = QStringLiteral("r1");
    record.organisation = QStringLiteral("acme");
    record.oldKeyId = QStringLiteral("old");
    record.oldKeyName = QStringLiteral("old");
    record.newKeyId = QStringLiteral("new");
    record.newKeyName = QStringLiteral("new");
    record.startedAt = startedAt;
    record.quietForSeconds = quiet;
    record.oldKeyLastUsedAt = startedAt.addSecs(-600);
    record.oldKeyUsageCount = 40;
    RotationRules::takeBaseline(record, key(QStringLiteral("new"), 1, verifiedAt), verifiedAt);
    return record;
}

QList<ApiKey> listing(const ApiKey &successor, const ApiKey &old)
{
    return {old, successor};
}

const ApiKey quietOld = key(QStringLiteral("old"), 40, startedAt.addSecs(-600));

} // namespace

TEST(RotationRules, UsageCountEqualToTheBaselineIsNotInUse)
{
    const RotationRecord record = verified();
    EXPECT_FALSE(RotationRules::successorInUse(record, key(QStringLiteral("new"), 1, verifiedAt)));
    EXPECT_TRUE(RotationRules::successorInUse(record, key(QStringLiteral("new"), 2, verifiedAt)));
}

TEST(RotationRules, LastUseEqualToTheVerificationIsNotInUse)
{
    RotationRecord record = verified();
    record.baselineUsageCount.reset(); // LocalLeads: no usage count
    EXPECT_FALSE(RotationRules::successorInUse(record, key(QStringLiteral("new"), std::nullopt, verifiedAt)));
    EXPECT_TRUE(RotationRules::successorInUse(record, key(QStringLiteral("new"), std::nullopt, verifiedAt.addSecs(1))));
}

TEST(RotationRules, LastUseIsComparedWithTheLaterOfVerificationAndBaseline)
{
    RotationRecord record = verified();
    record.baselineUsageCount.reset();
    record.baselineLastUsedAt = verifiedAt.addSecs(5); // the server's clock runs ahead
    EXPECT_FALSE(
        RotationRules::successorInUse(record, key(QStringLiteral("new"), std::nullopt, verifiedAt.addSecs(5))));
    EXPECT_TRUE(RotationRules::successorInUse(record, key(QStringLiteral("new"), std::nullopt, verifiedAt.addSecs(6))));
}

TEST(RotationRules, WithoutABaselineNothingIsInUse)
{
    RotationRecord record = verified();
    record.baselineTaken = false;
    EXPECT_FALSE(RotationRules::successorInUse(record, key(QStringLiteral("new"), 99, verifiedAt.addDays(1))));
}

TEST(RotationRules, NoUsageFiguresAtAllKeepWaitingForTheNewKey)
{
    // A dialect that reports neither a usage count nor a last use: never in use.
    RotationRecord record = verified();
    record.baselineUsageCount.reset();
    record.baselineLastUsedAt = {};
    record.oldKeyLastUsedAt = {};
    record.oldKeyUsageCount.reset();
    const ApiKey blind = key(QStringLiteral("new"), std::nullopt, {});
    const ApiKey blindOld = key(QStringLiteral("old"), std::nullopt, {});
    const RotationRules::Progress later = RotationRules::advance(record, listing(blind, blindOld),
                                                                 startedAt.addDays(30));
    EXPECT_EQ(later.record.state, RotationState::WaitingForNewKey);
    EXPECT_FALSE(later.revokeDue);
    EXPECT_FALSE(RotationRules::revokeDueAt(later.record).isValid());
}

TEST(RotationRules, NoUseReportedForTheOldKeyCountsFromTheFirstUseAlone)
{
    RotationRecord record = verified();
    record.oldKeyLastUsedAt = {};
    record.oldKeyUsageCount.reset();
    const QDateTime seen = verifiedAt.addSecs(60);
    const ApiKey blindOld = key(QStringLiteral("old"), std::nullopt, {});
    RotationRules::Progress step = RotationRules::advance(record,
                                                          listing(key(QStringLiteral("new"), 2, seen), blindOld), seen);
    EXPECT_EQ(step.record.newKeyFirstUsedAt, seen);
    EXPECT_EQ(RotationRules::revokeDueAt(step.record), seen.addSecs(quiet));
}

TEST(RotationRules, QuietExactlyAtThePeriodIsReadyOneSecondBeforeIsNot)
{
    RotationRecord record = verified();
    const QDateTime seen = verifiedAt.addSecs(60);
    const ApiKey used = key(QStringLiteral("new"), 2, seen);
    RotationRules::Progress first = RotationRules::advance(record, listing(used, quietOld), seen);
    ASSERT_EQ(first.events, QList<RotationRules::Event>{RotationRules::Event::NewKeyInUse});
    EXPECT_EQ(first.record.state, RotationState::WaitingForQuiet);
    EXPECT_FALSE(first.revokeDue);

    const RotationRules::Progress before = RotationRules::advance(first.record, listing(used, quietOld),
                                                                  seen.addSecs(quiet - 1));
    EXPECT_EQ(before.record.state, RotationState::WaitingForQuiet);
    EXPECT_FALSE(before.revokeDue);

    const RotationRules::Progress exactly = RotationRules::advance(first.record, listing(used, quietOld),
                                                                   seen.addSecs(quiet));
    EXPECT_EQ(exactly.record.state, RotationState::ReadyToRevoke);
    EXPECT_TRUE(exactly.revokeDue);
    EXPECT_EQ(exactly.events, QList<RotationRules::Event>{RotationRules::Event::ReadyToRevoke});

    const RotationRules::Progress past = RotationRules::advance(first.record, listing(used, quietOld),
                                                                seen.addSecs(quiet + 1));
    EXPECT_EQ(past.record.state, RotationState::ReadyToRevoke);
}

TEST(RotationRules, TheOldKeyMovingRestartsTheQuietPeriod)
{
    RotationRecord record = verified();
    const QDateTime seen = verifiedAt.addSecs(60);
    const ApiKey used = key(QStringLiteral("new"), 2, seen);
    const RotationRules::Progress first = RotationRules::advance(record, listing(used, quietOld), seen);
    const QDateTime moved = seen.addSecs(quiet - 10);
    const ApiKey oldUsed = key(QStringLiteral("old"), 41, moved.addSecs(-1));
    const RotationRules::Progress second = RotationRules::advance(first.record, listing(used, oldUsed), moved);
    EXPECT_EQ(second.record.oldKeyLastMovedAt, moved);
    EXPECT_EQ(RotationRules::revokeDueAt(second.record), moved.addSecs(quiet));
    const RotationRules::Progress third = RotationRules::advance(second.record, listing(used, oldUsed),
                                                                 seen.addSecs(quiet + 1));
    EXPECT_EQ(third.record.state, RotationState::WaitingForQuiet);
    EXPECT_EQ(RotationRules::advance(second.record, listing(used, oldUsed), moved.addSecs(quiet)).record.state,
              RotationState::ReadyToRevoke);
}

TEST(RotationRules, AnOldKeyQuietLongBeforeStillWaitsForTheNewKey)
{
    // However long the old key has been quiet, nothing is ready without the successor.
    const RotationRecord record = verified();
    const RotationRules::Progress step = RotationRules::advance(
        record, listing(key(QStringLiteral("new"), 1, verifiedAt), quietOld), startedAt.addDays(365));
    EXPECT_EQ(step.record.state, RotationState::WaitingForNewKey);
    EXPECT_FALSE(step.revokeDue);
}

TEST(RotationRules, AutoRevokeOffIsReadyButNotDue)
{
    RotationRecord record = verified();
    record.autoRevoke = false;
    const QDateTime seen = verifiedAt.addSecs(60);
    const ApiKey used = key(QStringLiteral("new"), 2, seen);
    const RotationRules::Progress first = RotationRules::advance(record, listing(used, quietOld), seen);
    const RotationRules::Progress ready = RotationRules::advance(first.record, listing(used, quietOld),
                                                                 seen.addSecs(quiet));
    EXPECT_EQ(ready.record.state, RotationState::ReadyToRevoke);
    EXPECT_FALSE(ready.revokeDue);
}

TEST(RotationRules, AMissingBaselineIsTakenFromTheNextListing)
{
    RotationRecord record = verified();
    record.baselineTaken = false;
    record.verifiedAt = {};
    const ApiKey now = key(QStringLiteral("new"), 7, verifiedAt.addSecs(30));
    const RotationRules::Progress step = RotationRules::advance(record, listing(now, quietOld), verifiedAt.addSecs(40));
    EXPECT_EQ(step.events, QList<RotationRules::Event>{RotationRules::Event::BaselineTaken});
    EXPECT_EQ(step.record.baselineUsageCount, 7);
    EXPECT_EQ(step.record.state, RotationState::WaitingForNewKey);
    EXPECT_TRUE(RotationRules::successorInUse(step.record, key(QStringLiteral("new"), 8, verifiedAt.addSecs(30))));
}

TEST(RotationRules, KeysThatDisappearFailTheRotation)
{
    const RotationRecord record = verified();
    const ApiKey successor = key(QStringLiteral("new"), 1, verifiedAt);
    const RotationRules::Progress noOld = RotationRules::advance(record, {successor}, verifiedAt.addSecs(5));
    EXPECT_EQ(noOld.record.state, RotationState::Failed);
    EXPECT_EQ(noOld.record.finishedAt, verifiedAt.addSecs(5));
    EXPECT_TRUE(noOld.record.reason.contains(QStringLiteral("no longer listed")));
    EXPECT_EQ(noOld.events, QList<RotationRules::Event>{RotationRules::Event::Failed});

    ApiKey revokedNew = successor;
    revokedNew.revoked = true;
    const RotationRules::Progress noNew = RotationRules::advance(record, listing(revokedNew, quietOld),
                                                                 verifiedAt.addSecs(5));
    EXPECT_EQ(noNew.record.state, RotationState::Failed);
    EXPECT_TRUE(noNew.record.reason.contains(QStringLiteral("revoked outside")));
}

TEST(RotationRules, AnOldKeyGoneWhileReadyIsDone)
{
    RotationRecord record = verified();
    record.state = RotationState::ReadyToRevoke;
    const RotationRules::Progress step = RotationRules::advance(record, {key(QStringLiteral("new"), 3, verifiedAt)},
                                                                verifiedAt.addSecs(5));
    EXPECT_EQ(step.record.state, RotationState::Done);
}

TEST(RotationRules, AnUnansweredCreateFailsAfterTheGrace)
{
    RotationRecord record;
    record.id = QStringLiteral("r2");
    record.oldKeyId = QStringLiteral("old");
    record.newKeyName = QStringLiteral("deploy");
    record.startedAt = startedAt;
    const QDateTime graceEnd = startedAt.addSecs(RotationRules::creationGraceSeconds);
    EXPECT_EQ(RotationRules::advance(record, {quietOld}, graceEnd).record.state, RotationState::WaitingForNewKey);
    EXPECT_EQ(RotationRules::advance(record, {quietOld}, graceEnd.addSecs(1)).record.state, RotationState::Failed);
}

TEST(RotationRules, FinalStatesStay)
{
    RotationRecord record = verified();
    record.state = RotationState::Cancelled;
    EXPECT_TRUE(RotationRules::advance(record, {}, verifiedAt.addDays(1)).events.isEmpty());
    EXPECT_EQ(RotationRules::stateAt(record, verifiedAt.addDays(1)), RotationState::Cancelled);
}

TEST(RotationRules, StateIdsRoundTrip)
{
    for (RotationState state :
         {RotationState::WaitingForNewKey, RotationState::WaitingForQuiet, RotationState::ReadyToRevoke,
          RotationState::Done, RotationState::Cancelled, RotationState::Failed})
        EXPECT_EQ(rotationStateFromId(rotationStateId(state)), state);
    EXPECT_EQ(rotationStateId(RotationState::WaitingForNewKey), QStringLiteral("waiting-for-new-key"));
    EXPECT_FALSE(rotationStateFromId(QStringLiteral("done ")));
}

TEST(RotationRules, TheSuccessorLivesAsLongAsTheOldKey)
{
    ApiKey old = key(QStringLiteral("old"), 1, {});
    EXPECT_EQ(RotationRules::successorLifetimeDays(old, 90), 90); // never expires
    old.expiresAt = old.createdAt.addDays(30).addSecs(1);
    EXPECT_EQ(RotationRules::successorLifetimeDays(old, 90), 31); // rounded up
    old.expiresAt = old.createdAt.addDays(-1);
    EXPECT_EQ(RotationRules::successorLifetimeDays(old, 90), 90);
}

TEST(RotationRules, RoomToRotateOffersNeverUsedThenLongestIdle)
{
    const auto finding = [](const char *id, FindingCode code, qint64 days) {
        Finding f;
        f.keyId = QString::fromLatin1(id);
        f.code = code;
        f.days = days;
        return f;
    };
    const QList<Finding> findings{
        finding("idle-short", FindingCode::Idle, 40), finding("old", FindingCode::NeverUsed, 0),
        finding("idle-long", FindingCode::Idle, 90),  finding("expiring", FindingCode::ExpiresSoon, 3),
        finding("unused", FindingCode::NeverUsed, 0), finding("unused", FindingCode::NoExpiry, 0),
        finding("", FindingCode::NeverUsed, 0)};
    EXPECT_EQ(RotationRules::roomToRotate(findings, QStringLiteral("old")),
              (QStringList{QStringLiteral("unused"), QStringLiteral("idle-long"), QStringLiteral("idle-short")}));
    EXPECT_TRUE(RotationRules::roomToRotate({}, QStringLiteral("old")).isEmpty());
}
