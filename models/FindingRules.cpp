#include "FindingRules.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace keydesk {

namespace {

constexpr qint64 secondsPerDay = 24 * 60 * 60;

qint64 daysIn(qint64 seconds)
{
    return seconds / secondsPerDay;
}

Finding findingAbout(const QString &organisation, const ApiKey &key, FindingCode code, Severity severity,
                     SuggestedAction action)
{
    Finding finding;
    finding.organisation = organisation;
    finding.keyId = key.id;
    finding.keyName = key.name;
    finding.code = code;
    finding.severity = severity;
    finding.action = action;
    return finding;
}

struct UsagePoint final {
    QDateTime at;
    qint64 count = 0;
};

// The key's usage counts over time, with its current count as a last point when the
// history does not end with it.
std::vector<UsagePoint> usagePoints(const ApiKey &key, const QList<Observation> &history, const QDateTime &now)
{
    std::vector<UsagePoint> points;
    for (const Observation &observation : history) {
        if (observation.usageCount && observation.observedAt.isValid())
            points.push_back({observation.observedAt, *observation.usageCount});
    }
    if (key.usageCount && (points.empty() || points.back().count != *key.usageCount)
        && (points.empty() || points.back().at < now))
        points.push_back({now, *key.usageCount});
    return points;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

} // namespace

FindingRules::FindingRules(WatchThresholds thresholds, DialectTraits traits)
    : m_thresholds(thresholds)
    , m_traits(traits)
{
}

QList<Finding> FindingRules::forKey(const QString &organisation, const ApiKey &key, const QList<Observation> &history,
                                    const QDateTime &now) const
{
    QList<Finding> findings;
    const auto add = [&](std::optional<Finding> finding) {
        if (!finding)
            return;
        finding->organisation = organisation;
        findings.append(std::move(*finding));
    };
    add(expiry(key, now));
    if (key.status(now) != KeyStatus::Active)
        return findings;
    add(age(key, now));
    add(rotationDue(key, now));
    add(neverUsed(key, now));
    add(idle(key, now));
    add(wokeUp(key, history, now));
    add(usageSpike(key, history, now));
    return findings;
}

std::optional<Finding> FindingRules::expiry(const ApiKey &key, const QDateTime &now) const
{
    if (!m_traits.managesKeys || key.revoked)
        return std::nullopt;
    if (!key.expiresAt.isValid()) {
        Finding finding = findingAbout({}, key, FindingCode::NoExpiry, Severity::Info,
                                       SuggestedAction::SetExpiryByRotating);
        return finding;
    }
    const qint64 left = now.secsTo(key.expiresAt);
    if (left <= 0) {
        Finding finding = findingAbout({}, key, FindingCode::Expired, Severity::Warning, SuggestedAction::Revoke);
        finding.at = key.expiresAt;
        finding.days = daysIn(-left);
        return finding;
    }
    Severity severity;
    if (left <= m_thresholds.expiresSoonCriticalDays * secondsPerDay)
        severity = Severity::Critical;
    else if (left <= m_thresholds.expiresSoonWarningDays * secondsPerDay)
        severity = Severity::Warning;
    else if (left <= m_thresholds.expiresSoonInfoDays * secondsPerDay)
        severity = Severity::Info;
    else
        return std::nullopt;
    Finding finding = findingAbout({}, key, FindingCode::ExpiresSoon, severity, SuggestedAction::Rotate);
    finding.at = key.expiresAt;
    finding.days = daysIn(left);
    return finding;
}

std::optional<Finding> FindingRules::age(const ApiKey &key, const QDateTime &now) const
{
    if (!m_traits.managesKeys || !key.createdAt.isValid())
        return std::nullopt;
    const qint64 age = key.createdAt.secsTo(now);
    if (age <= m_thresholds.oldDays * secondsPerDay)
        return std::nullopt;
    Finding finding = findingAbout({}, key, FindingCode::Old, Severity::Warning, SuggestedAction::Rotate);
    finding.at = key.createdAt;
    finding.days = daysIn(age);
    return finding;
}

// Like `old`, but by the profile's own period, and only when it has one.
std::optional<Finding> FindingRules::rotationDue(const ApiKey &key, const QDateTime &now) const
{
    const int period = m_thresholds.rotateEveryDays;
    if (period <= 0 || !m_traits.managesKeys || !key.createdAt.isValid())
        return std::nullopt;
    const qint64 age = key.createdAt.secsTo(now);
    if (age <= period * secondsPerDay)
        return std::nullopt;
    Finding finding = findingAbout({}, key, FindingCode::RotationDue, Severity::Warning, SuggestedAction::Rotate);
    finding.at = key.createdAt;
    finding.days = daysIn(age);
    finding.limit = period;
    return finding;
}

std::optional<Finding> FindingRules::neverUsed(const ApiKey &key, const QDateTime &now) const
{
    if (!m_traits.reportsLastUse || !key.createdAt.isValid() || key.lastUsedAt.isValid()
        || key.usageCount.value_or(0) > 0)
        return std::nullopt;
    const qint64 age = key.createdAt.secsTo(now);
    if (age <= m_thresholds.neverUsedDays * secondsPerDay)
        return std::nullopt;
    Finding finding = findingAbout({}, key, FindingCode::NeverUsed, Severity::Info, SuggestedAction::Revoke);
    finding.at = key.createdAt;
    finding.days = daysIn(age);
    return finding;
}

std::optional<Finding> FindingRules::idle(const ApiKey &key, const QDateTime &now) const
{
    if (!m_traits.reportsLastUse || !key.lastUsedAt.isValid())
        return std::nullopt;
    const qint64 quiet = key.lastUsedAt.secsTo(now);
    if (quiet <= m_thresholds.idleDays * secondsPerDay)
        return std::nullopt;
    Finding finding = findingAbout({}, key, FindingCode::Idle, Severity::Warning, SuggestedAction::Revoke);
    finding.at = key.lastUsedAt;
    finding.days = daysIn(quiet);
    return finding;
}

std::optional<Finding> FindingRules::wokeUp(const ApiKey &key, const QList<Observation> &history,
                                            const QDateTime &now) const
{
    if (!m_traits.reportsLastUse)
        return std::nullopt;
    // Every use the inventory saw, in order; a quiet spell is the gap between two of them.
    std::vector<QDateTime> uses;
    for (const Observation &observation : history) {
        if (observation.lastUsedAt.isValid())
            uses.push_back(observation.lastUsedAt);
    }
    if (key.lastUsedAt.isValid())
        uses.push_back(key.lastUsedAt);
    std::sort(uses.begin(), uses.end());
    uses.erase(std::unique(uses.begin(), uses.end()), uses.end());
    for (std::size_t i = uses.size(); i-- > 1;) {
        const QDateTime &use = uses[i];
        if (use.secsTo(now) > m_thresholds.recentEventDays * secondsPerDay)
            break;
        const qint64 quiet = uses[i - 1].secsTo(use);
        if (quiet >= m_thresholds.wokeUpQuietDays * secondsPerDay) {
            Finding finding = findingAbout({}, key, FindingCode::WokeUp, Severity::Critical, SuggestedAction::Rotate);
            finding.at = use;
            finding.days = daysIn(quiet);
            return finding;
        }
    }
    return std::nullopt;
}

std::optional<Finding> FindingRules::usageSpike(const ApiKey &key, const QList<Observation> &history,
                                                const QDateTime &now) const
{
    if (!m_traits.reportsUsageCount)
        return std::nullopt;
    struct Interval final {
        QDateTime end;
        qint64 requests;
        double rate; // requests per second
    };
    std::vector<Interval> intervals;
    const std::vector<UsagePoint> points = usagePoints(key, history, now);
    for (std::size_t i = 1; i < points.size(); ++i) {
        const qint64 seconds = points[i - 1].at.secsTo(points[i].at);
        const qint64 requests = points[i].count - points[i - 1].count;
        if (seconds <= 0 || requests < 0) // a counter that went back says nothing of a rate
            continue;
        intervals.push_back({points[i].at, requests, double(requests) / double(seconds)});
    }
    if (intervals.size() < 3) // the latest and at least two earlier ones
        return std::nullopt;
    const Interval latest = intervals.back();
    if (latest.end.secsTo(now) > m_thresholds.recentEventDays * secondsPerDay
        || latest.requests < m_thresholds.spikeMinimumRequests)
        return std::nullopt;
    std::vector<double> earlierRates;
    for (std::size_t i = 0; i + 1 < intervals.size(); ++i)
        earlierRates.push_back(intervals[i].rate);
    const double usual = median(std::move(earlierRates));
    // Rates are quotients: a burst of exactly ten times the usual rate must not miss by a
    // rounding error.
    constexpr double tolerance = 1e-9;
    if (latest.rate * (1 + tolerance) < m_thresholds.spikeFactor * usual)
        return std::nullopt;
    Finding finding = findingAbout({}, key, FindingCode::UsageSpike, Severity::Critical, SuggestedAction::Rotate);
    finding.at = latest.end;
    finding.requests = latest.requests;
    finding.factor = usual > 0 ? latest.rate / usual : 0;
    return finding;
}

std::optional<Finding> FindingRules::forOrganisation(const QString &organisation, const QList<ApiKey> &keys,
                                                     const QDateTime &now) const
{
    const int limit = m_traits.activeKeyLimit;
    if (limit <= 0)
        return std::nullopt;
    const auto active = std::count_if(keys.begin(), keys.end(),
                                      [&](const ApiKey &key) { return key.status(now) == KeyStatus::Active; });
    const qint64 left = limit - qint64(active);
    if (left > m_thresholds.limitInfoSlotsLeft)
        return std::nullopt;
    Finding finding;
    finding.organisation = organisation;
    finding.code = FindingCode::LimitNear;
    finding.severity = left <= 0 ? Severity::Warning : Severity::Info;
    finding.action = SuggestedAction::Revoke;
    finding.requests = active;
    finding.limit = limit;
    return finding;
}

void FindingRules::acknowledge(QList<Finding> &findings, const QList<FindingAcknowledgement> &acknowledgements,
                               const QDateTime &now)
{
    for (Finding &finding : findings) {
        for (const FindingAcknowledgement &acknowledgement : acknowledgements) {
            if (acknowledgement.covers(finding, now)) {
                finding.acknowledged = true;
                finding.acknowledgementNote = acknowledgement.note;
                break;
            }
        }
    }
}

void FindingRules::sortByUrgency(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.organisation != b.organisation)
            return a.organisation.localeAwareCompare(b.organisation) < 0;
        if (a.keyName != b.keyName)
            return a.keyName.localeAwareCompare(b.keyName) < 0;
        return a.code < b.code;
    });
}

} // namespace keydesk
