#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace keydesk {

// What the watch found about a key or an organisation (FindingRules; docs/design.md#watch).
enum class FindingCode {
    ExpiresSoon,
    Expired,
    NoExpiry,
    Old,
    NeverUsed,
    Idle,
    WokeUp,
    UsageSpike,
    LimitNear,
    RotationDue, // the profile's rotation policy (WatchThresholds::rotateEveryDays)
};
// Ordered: a higher value is worse.
enum class Severity { Info, Warning, Critical };
enum class SuggestedAction { Rotate, Revoke, SetExpiryByRotating };

// "expires-soon", "usage-spike", ... (CLI JSON, the inventory, notifications).
QString findingCodeId(FindingCode code);
std::optional<FindingCode> findingCodeFromId(const QString &id);
// "info" | "warning" | "critical".
QString severityId(Severity severity);
std::optional<Severity> severityFromId(const QString &id);

struct Finding final {
    QString organisation;
    QString keyId; // empty: about the organisation (limit-near)
    QString keyName;
    FindingCode code = FindingCode::NoExpiry;
    Severity severity = Severity::Info;
    SuggestedAction action = SuggestedAction::Rotate;
    // The figures the reason is made of (FindingText), by code: expires-soon/expired the
    // expiry, old the creation, never-used the creation, idle the last use, woke-up the
    // use that ended the quiet spell, usage-spike the end of the interval, rotation-due
    // the creation.
    QDateTime at;
    qint64 days = 0;     // old, idle, rotation-due: age; woke-up: the quiet spell; expires-soon: days left
    qint64 requests = 0; // usage-spike: in the latest interval; limit-near: active keys
    qint64 limit = 0;    // limit-near: the organisation's active key limit; rotation-due: the policy's days
    double factor = 0;   // usage-spike: latest rate ÷ median earlier rate (0: earlier rate 0)
    bool acknowledged = false;
    QString acknowledgementNote;

    // Identifies one finding across refreshes: the same key, rule and severity. A finding
    // whose severity rises (expires in 7 days, then in 1) is a new one.
    QString identity() const;
};

} // namespace keydesk
