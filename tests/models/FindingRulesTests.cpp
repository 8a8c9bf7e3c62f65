#include "FindingRules.h"
#include "FindingText.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace keydesk;

namespace {

const QDateTime judgedAt = QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
constexpr qint64 day = 24 * 3600;

ApiKey activeKey()
{
    ApiKey key;
    key.id = QStringLiteral("k1");
    key.name = QStringLiteral("CRM sync");
    key.createdAt = judgedAt.addDays(-3);
    key.expiresAt = judgedAt.addDays(60);
    key.lastUsedAt = judgedAt.addSecs(-3600);
    key.usageCount = 5;
    return key;
}

FindingRules rules(Dialect dialect = Dialect::LeadHql, WatchThresholds thresholds = {})
{
    return FindingRules(thresholds, DialectTraits::of(dialect));
}

QList<FindingCode> codes(const QList<Finding> &findings)
{
    QList<FindingCode> result;
    for (const Finding &finding : findings)
        result.append(finding.code);
    return result;
}

std::optional<Finding> find(const QList<Finding> &findings, FindingCode code)
{
    for (const Finding &finding : findings) {
        if (finding.code == code)
            return finding;
    }
    return std::nullopt;
}

std::optional<Finding> judge(const ApiKey &key, const QList<Observation> &history = {},
                             Dialect dialect = Dialect::LeadHql, FindingCode code = FindingCode::ExpiresSoon)
{
    return find(rules(dialect).forKey(QStringLiteral("Acme"), key, history, judgedAt), code);
}

std::optional<Severity> expirySeverity(qint64 secondsLeft)
{
    ApiKey key = activeKey();
    key.expiresAt = judgedAt.addSecs(secondsLeft);
    const auto finding = judge(key);
    return finding ? std::optional<Severity>(finding->severity) : std::nullopt;
}

Observation observed(const QDateTime &at, std::optional<qint64> usage, const QDateTime &lastUsed = {})
{
    Observation observation;
    observation.observedAt = at;
    observation.usageCount = usage;
    observation.lastUsedAt = lastUsed;
    return observation;
}

} // namespace

TEST(FindingRules, AFreshWellKeptKeyHasNoFinding)
{
    EXPECT_TRUE(rules().forKey(QStringLiteral("Acme"), activeKey(), {}, judgedAt).isEmpty());
}

TEST(FindingRules, ExpiresSoonSeverityAtEachBoundary)
{
    EXPECT_EQ(expirySeverity(30 * day + 1), std::nullopt);
    EXPECT_EQ(expirySeverity(30 * day), Severity::Info);
    EXPECT_EQ(expirySeverity(7 * day + 1), Severity::Info);
    EXPECT_EQ(expirySeverity(7 * day), Severity::Warning);
    EXPECT_EQ(expirySeverity(day + 1), Severity::Warning);
    EXPECT_EQ(expirySeverity(day), Severity::Critical);
    EXPECT_EQ(expirySeverity(1), Severity::Critical);
}

TEST(FindingRules, ExpiresSoonCarriesDaysLeftAndTheRotateAction)
{
    ApiKey key = activeKey();
    key.expiresAt = judgedAt.addSecs(5 * day + 3600);
    auto finding = judge(key);
    ASSERT_TRUE(finding);
    EXPECT_EQ(finding->days, 5);
    EXPECT_EQ(finding->action, SuggestedAction::Rotate);
    EXPECT_EQ(finding->organisation, QStringLiteral("Acme"));
    EXPECT_EQ(finding->keyId, QStringLiteral("k1"));
    EXPECT_EQ(FindingText::reason(*finding), QStringLiteral("Expires in 5 days, on 2026-06-20."));
    finding->days = 1;
    EXPECT_EQ(FindingText::reason(*finding), QStringLiteral("Expires in 1 day, on 2026-06-20."));
    finding->code = FindingCode::Idle;
    EXPECT_EQ(FindingText::reason(*finding),
              QStringLiteral("Last used 1 day ago, on 2026-06-20: perhaps no longer needed."));
    finding->days = 46;
    EXPECT_EQ(FindingText::reason(*finding),
              QStringLiteral("Last used 46 days ago, on 2026-06-20: perhaps no longer needed."));
}

TEST(FindingRules, ExpiredButListedIsAWarningFromTheExpiryInstantOn)
{
    ApiKey key = activeKey();
    key.expiresAt = judgedAt;
    const auto findings = rules().forKey(QStringLiteral("Acme"), key, {}, judgedAt);
    EXPECT_EQ(codes(findings), QList<FindingCode>{FindingCode::Expired});
    EXPECT_EQ(findings.first().severity, Severity::Warning);
    EXPECT_EQ(findings.first().action, SuggestedAction::Revoke);
    key.expiresAt = judgedAt.addSecs(1);
    EXPECT_EQ(codes(rules().forKey(QStringLiteral("Acme"), key, {}, judgedAt)),
              QList<FindingCode>{FindingCode::ExpiresSoon});
}

TEST(FindingRules, RevokedKeysHaveNoFindings)
{
    ApiKey key = activeKey();
    key.revoked = true;
    key.expiresAt = judgedAt.addDays(-1);
    key.createdAt = judgedAt.addDays(-400);
    key.lastUsedAt = judgedAt.addDays(-100);
    EXPECT_TRUE(rules().forKey(QStringLiteral("Acme"), key, {}, judgedAt).isEmpty());
}

TEST(FindingRules, NoExpiryOnlyWhereTheServerListsTheExpiry)
{
    ApiKey key = activeKey();
    key.expiresAt = {};
    const auto finding = judge(key, {}, Dialect::LocalLeads, FindingCode::NoExpiry);
    ASSERT_TRUE(finding);
    EXPECT_EQ(finding->severity, Severity::Info);
    EXPECT_EQ(finding->action, SuggestedAction::SetExpiryByRotating);
    // A Trust Leads key tracked by hand: its expiry is unknown, not "never".
    EXPECT_TRUE(rules(Dialect::TrustLeads).forKey(QStringLiteral("Acme"), key, {}, judgedAt).isEmpty());
}

TEST(FindingRules, OldAfterNinetyDays)
{
    ApiKey key = activeKey();
    key.createdAt = judgedAt.addSecs(-90 * day);
    EXPECT_FALSE(judge(key, {}, Dialect::LeadHql, FindingCode::Old));
    key.createdAt = judgedAt.addSecs(-90 * day - 1);
    const auto finding = judge(key, {}, Dialect::LeadHql, FindingCode::Old);
    ASSERT_TRUE(finding);
    EXPECT_EQ(finding->severity, Severity::Warning);
    EXPECT_EQ(finding->days, 90);
}

namespace {

std::optional<Finding> judgeRotation(const ApiKey &key, int rotateEveryDays, Dialect dialect = Dialect::LeadHql)
{
    WatchThresholds thresholds;
    thresholds.rotateEveryDays = rotateEveryDays;
    return find(rules(dialect, thresholds).forKey(QStringLiteral("Acme"), key, {}, judgedAt), FindingCode::RotationDue);
}

} // namespace

TEST(FindingRules, RotationDueOneSecondAfterThePolicysDays)
{
    ApiKey key = activeKey();
    key.createdAt = judgedAt.addSecs(-30 * day);
    EXPECT_FALSE(judgeRotation(key, 30)); // exactly 30 days old: not yet
    key.createdAt = judgedAt.addSecs(-30 * day - 1);
    const auto finding = judgeRotation(key, 30);
    ASSERT_TRUE(finding);
    EXPECT_EQ(finding->severity, Severity::Warning);
    EXPECT_EQ(finding->action, SuggestedAction::Rotate);
    EXPECT_EQ(finding->days, 30);
    EXPECT_EQ(finding->limit, 30);
    EXPECT_EQ(finding->at, key.createdAt);
    EXPECT_EQ(FindingText::title(FindingCode::RotationDue), QStringLiteral("Rotation due"));
    EXPECT_EQ(FindingText::reason(*finding),
              QStringLiteral("Created 30 days ago, on 2026-05-16: the policy is to rotate every 30 days."));
    EXPECT_EQ(findingCodeId(FindingCode::RotationDue), QStringLiteral("rotation-due"));
}

TEST(FindingRules, RotationDueNeedsAPolicyAndALiveKey)
{
    ApiKey key = activeKey();
    key.createdAt = judgedAt.addDays(-400);
    EXPECT_FALSE(judgeRotation(key, 0)); // no policy (the default)
    EXPECT_FALSE(find(rules().forKey(QStringLiteral("Acme"), key, {}, judgedAt), FindingCode::RotationDue));
    EXPECT_TRUE(judgeRotation(key, 1));
    key.revoked = true;
    EXPECT_FALSE(judgeRotation(key, 1));
    key.revoked = false;
    key.expiresAt = judgedAt.addDays(-1); // expired: the expired rule says what to do
    EXPECT_FALSE(judgeRotation(key, 1));
    key.expiresAt = {};
    EXPECT_FALSE(judgeRotation(key, 1, Dialect::TrustLeads)); // no creation date the server lists
    key.createdAt = {};
    EXPECT_FALSE(judgeRotation(key, 1));
}

TEST(FindingRules, NeverUsedAfterSevenDaysWithoutAnyUse)
{
    ApiKey key = activeKey();
    key.lastUsedAt = {};
    key.usageCount = 0;
    key.createdAt = judgedAt.addSecs(-7 * day);
    EXPECT_FALSE(judge(key, {}, Dialect::LeadHql, FindingCode::NeverUsed));
    key.createdAt = judgedAt.addSecs(-7 * day - 1);
    const auto finding = judge(key, {}, Dialect::LeadHql, FindingCode::NeverUsed);
    ASSERT_TRUE(finding);
    EXPECT_EQ(finding->severity, Severity::Info);
    EXPECT_EQ(finding->action, SuggestedAction::Revoke);

    key.usageCount = 1; // counted but no time reported: used all the same
    EXPECT_FALSE(judge(key, {}, Dialect::LeadHql, FindingCode::NeverUsed));
    key.usageCount = std::nullopt; // LocalLeads reports no count
    EXPECT_TRUE(judge(key, {}, Dialect::LocalLeads, FindingCode::NeverUsed));
    EXPECT_FALSE(judge(key, {}, Dialect::TrustLeads, FindingCode::NeverUsed));
}

TEST(FindingRules, IdleAfterFortyFiveDays)
{
    ApiKey key = activeKey();
    key.lastUsedAt = judgedAt.addSecs(-45 * day);
    EXPECT_FALSE(judge(key, {}, Dialect::LocalLeads, FindingCode::Idle));
    key.lastUsedAt = judgedAt.addSecs(-45 * day - 1);
    const auto finding = judge(key, {}, Dialect::LocalLeads, FindingCode::Idle);
    ASSERT_TRUE(finding);
    EXPECT_EQ(finding->severity, Severity::Warning);
    EXPECT_EQ(finding->days, 45);
}

TEST(FindingRules, WokeUpAfterThirtyQuietDays)
{
    const QDateTime previousUse = judgedAt.addDays(-35);
    const QList<Observation> history{observed(judgedAt.addDays(-34), 10, previousUse)};
    ApiKey key = activeKey();
    key.lastUsedAt = previousUse.addSecs(30 * day);
    auto finding = judge(key, history, Dialect::LocalLeads, FindingCode::WokeUp);
    ASSERT_TRUE(finding);
    EXPECT_EQ(finding->severity, Severity::Critical);
    EXPECT_EQ(finding->days, 30);
    EXPECT_EQ(finding->at, key.lastUsedAt);

    key.lastUsedAt = previousUse.addSecs(30 * day - 1);
    EXPECT_FALSE(judge(key, history, Dialect::LocalLeads, FindingCode::WokeUp));
}

TEST(FindingRules, WokeUpStaysAWeekWhileTheKeyKeepsBeingUsed)
{
    const QDateTime quietEnd = judgedAt.addDays(-6);
    const QList<Observation> history{observed(judgedAt.addDays(-50), 1, judgedAt.addDays(-50)),
                                     observed(quietEnd, 2, quietEnd),
                                     observed(judgedAt.addDays(-3), 9, judgedAt.addDays(-3))};
    EXPECT_TRUE(judge(activeKey(), history, Dialect::LeadHql, FindingCode::WokeUp));

    const QList<Observation> older{observed(judgedAt.addDays(-60), 1, judgedAt.addDays(-60)),
                                   observed(judgedAt.addDays(-8), 2, judgedAt.addDays(-8))};
    EXPECT_FALSE(judge(activeKey(), older, Dialect::LeadHql, FindingCode::WokeUp));
}

TEST(FindingRules, AFirstUseIsNotAWakeUp)
{
    ApiKey key = activeKey();
    key.createdAt = judgedAt.addDays(-60);
    key.lastUsedAt = judgedAt.addDays(-1);
    const QList<Observation> history{observed(judgedAt.addDays(-59), 0)};
    EXPECT_FALSE(judge(key, history, Dialect::LeadHql, FindingCode::WokeUp));
}

namespace {

// Hourly points of 10 requests each, then a last hour of `lastHour` requests.
QList<Observation> steadyThenBurst(int earlierIntervals, qint64 lastHour, ApiKey &key)
{
    QList<Observation> history;
    qint64 count = 100;
    for (int i = earlierIntervals; i >= 0; --i) {
        history.append(observed(judgedAt.addSecs(-3600 * (i + 1)), count, judgedAt.addSecs(-3600 * (i + 1))));
        count += 10;
    }
    count += lastHour - 10;
    history.append(observed(judgedAt, count, judgedAt));
    key.usageCount = count;
    key.lastUsedAt = judgedAt;
    return history;
}

} // namespace

TEST(FindingRules, UsageSpikeAtTenTimesTheMedianRateAndAHundredRequests)
{
    ApiKey key = activeKey();
    WatchThresholds thresholds;
    thresholds.spikeMinimumRequests = 100;
    auto history = steadyThenBurst(2, 100, key); // earlier: 10/h, 10/h; latest 100/h
    auto finding = find(rules(Dialect::LeadHql, thresholds).forKey(QStringLiteral("Acme"), key, history, judgedAt),
                        FindingCode::UsageSpike);
    ASSERT_TRUE(finding);
    EXPECT_EQ(finding->severity, Severity::Critical);
    EXPECT_EQ(finding->requests, 100);
    EXPECT_NEAR(finding->factor, 10.0, 1e-6);

    history = steadyThenBurst(2, 99, key); // 99 requests: under the minimum (and 9.9×)
    EXPECT_FALSE(judge(key, history, Dialect::LeadHql, FindingCode::UsageSpike));

    thresholds.spikeMinimumRequests = 50;
    history = steadyThenBurst(2, 99, key); // enough requests, but 9.9× the usual rate
    EXPECT_FALSE(find(rules(Dialect::LeadHql, thresholds).forKey(QStringLiteral("Acme"), key, history, judgedAt),
                      FindingCode::UsageSpike));
}

TEST(FindingRules, UsageSpikeNeedsTwoEarlierIntervals)
{
    ApiKey key = activeKey();
    const auto history = steadyThenBurst(1, 1000, key);
    EXPECT_FALSE(judge(key, history, Dialect::LeadHql, FindingCode::UsageSpike));
}

TEST(FindingRules, UsageSpikeCountsTheCurrentListingWhenTheHistoryLagsBehind)
{
    ApiKey key = activeKey();
    auto history = steadyThenBurst(2, 10, key); // no burst recorded yet
    key.usageCount = *key.usageCount + 500;     // the listing being judged has one
    const auto finding = find(rules().forKey(QStringLiteral("Acme"), key, history, judgedAt.addSecs(3600)),
                              FindingCode::UsageSpike);
    ASSERT_TRUE(finding);
    EXPECT_EQ(finding->requests, 500);
}

TEST(FindingRules, AUsageCounterThatWentBackIsNotASpike)
{
    ApiKey key = activeKey();
    auto history = steadyThenBurst(3, 10, key);
    history.append(observed(judgedAt.addSecs(60), 0, judgedAt));
    key.usageCount = 0;
    EXPECT_FALSE(
        find(rules().forKey(QStringLiteral("Acme"), key, history, judgedAt.addSecs(60)), FindingCode::UsageSpike));
}

TEST(FindingRules, LimitNearAtNineAndTenOfTenActiveKeys)
{
    const auto limitFinding = [](int active, int expired, Dialect dialect = Dialect::LocalLeads) {
        QList<ApiKey> keys;
        for (int i = 0; i < active + expired; ++i) {
            ApiKey key = activeKey();
            key.id = QString::number(i);
            if (i >= active)
                key.expiresAt = judgedAt.addDays(-1);
            keys.append(key);
        }
        return rules(dialect).forOrganisation(QStringLiteral("Acme"), keys, judgedAt);
    };
    EXPECT_FALSE(limitFinding(8, 2));
    ASSERT_TRUE(limitFinding(9, 0));
    EXPECT_EQ(limitFinding(9, 0)->severity, Severity::Info);
    EXPECT_EQ(limitFinding(10, 0)->severity, Severity::Warning);
    EXPECT_EQ(limitFinding(10, 0)->requests, 10);
    EXPECT_TRUE(limitFinding(10, 0)->keyId.isEmpty());
    EXPECT_FALSE(limitFinding(10, 0, Dialect::LeadHql)); // no documented limit
}

TEST(FindingRules, ThresholdsAreConfigurable)
{
    WatchThresholds thresholds;
    thresholds.oldDays = 2;
    const auto findings = FindingRules(thresholds, DialectTraits::of(Dialect::LeadHql))
                              .forKey(QStringLiteral("Acme"), activeKey(), {}, judgedAt);
    EXPECT_TRUE(find(findings, FindingCode::Old));
}

TEST(FindingAcknowledgement, CoversUpToItsSeverityUntilItEnds)
{
    Finding finding;
    finding.organisation = QStringLiteral("Acme");
    finding.keyId = QStringLiteral("k1");
    finding.code = FindingCode::ExpiresSoon;
    finding.severity = Severity::Warning;

    FindingAcknowledgement acknowledgement;
    acknowledgement.organisation = QStringLiteral("Acme");
    acknowledgement.keyId = QStringLiteral("k1");
    acknowledgement.code = FindingCode::ExpiresSoon;
    acknowledgement.severity = Severity::Warning;
    acknowledgement.note = QStringLiteral("renewal booked");
    acknowledgement.until = judgedAt.addDays(1);
    EXPECT_TRUE(acknowledgement.covers(finding, judgedAt));
    EXPECT_FALSE(acknowledgement.covers(finding, judgedAt.addDays(1)));

    finding.severity = Severity::Critical;
    EXPECT_FALSE(acknowledgement.covers(finding, judgedAt));

    finding.severity = Severity::Info;
    finding.keyId = QStringLiteral("k2");
    EXPECT_FALSE(acknowledgement.covers(finding, judgedAt));

    QList<Finding> findings{finding};
    findings.first().keyId = QStringLiteral("k1");
    acknowledgement.until = {};
    FindingRules::acknowledge(findings, {acknowledgement}, judgedAt.addYears(5));
    EXPECT_TRUE(findings.first().acknowledged);
    EXPECT_EQ(findings.first().acknowledgementNote, QStringLiteral("renewal booked"));
}

TEST(FindingRules, SortsWorstFirst)
{
    QList<Finding> findings(3);
    findings[0].severity = Severity::Info;
    findings[1].severity = Severity::Critical;
    findings[2].severity = Severity::Warning;
    FindingRules::sortByUrgency(findings);
    EXPECT_EQ(findings[0].severity, Severity::Critical);
    EXPECT_EQ(findings[1].severity, Severity::Warning);
    EXPECT_EQ(findings[2].severity, Severity::Info);
}

TEST(Finding, IdsRoundTripAndIdentityIncludesTheSeverity)
{
    for (auto code : {FindingCode::ExpiresSoon, FindingCode::Expired, FindingCode::NoExpiry, FindingCode::Old,
                      FindingCode::NeverUsed, FindingCode::Idle, FindingCode::WokeUp, FindingCode::UsageSpike,
                      FindingCode::LimitNear, FindingCode::RotationDue})
        EXPECT_EQ(findingCodeFromId(findingCodeId(code)), code);
    EXPECT_EQ(findingCodeId(FindingCode::UsageSpike), QStringLiteral("usage-spike"));
    EXPECT_EQ(severityFromId(QStringLiteral("critical")), Severity::Critical);
    EXPECT_FALSE(severityFromId(QStringLiteral("urgent")));
    Finding a;
    Finding b = a;
    b.severity = Severity::Critical;
    EXPECT_NE(a.identity(), b.identity());
}
