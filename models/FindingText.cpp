#include "FindingText.h"

namespace keydesk {

namespace {

QString day(const QDateTime &when)
{
    return when.toUTC().date().toString(Qt::ISODate);
}

} // namespace

QString FindingText::title(FindingCode code)
{
    switch (code) {
    case FindingCode::ExpiresSoon:
        return tr("Expires soon");
    case FindingCode::Expired:
        return tr("Expired but active");
    case FindingCode::NoExpiry:
        return tr("Never expires");
    case FindingCode::Old:
        return tr("Old key");
    case FindingCode::NeverUsed:
        return tr("Never used");
    case FindingCode::Idle:
        return tr("Idle");
    case FindingCode::WokeUp:
        return tr("Used again after a quiet spell");
    case FindingCode::UsageSpike:
        return tr("Usage spike");
    case FindingCode::LimitNear:
        return tr("Key limit nearly reached");
    case FindingCode::RotationDue:
        return tr("Rotation due");
    }
    return {};
}

// English has one singular form per text; %n gives translators their own plural forms
// (thresholds are configurable, so any count can occur).
QString FindingText::reason(const Finding &finding)
{
    const int days = int(finding.days);
    const int requests = int(finding.requests);
    switch (finding.code) {
    case FindingCode::ExpiresSoon:
        if (days < 1)
            return tr("Expires in less than a day, on %1.").arg(day(finding.at));
        return (days == 1 ? tr("Expires in %n day, on %1.", nullptr, days)
                          : tr("Expires in %n days, on %1.", nullptr, days))
            .arg(day(finding.at));
    case FindingCode::Expired:
        return tr("Expired on %1, but the server still lists it as active.").arg(day(finding.at));
    case FindingCode::NoExpiry:
        return tr("Never expires: a leaked copy would work for good.");
    case FindingCode::Old:
        return (days == 1 ? tr("Created %n day ago, on %1: rotate keys periodically.", nullptr, days)
                          : tr("Created %n days ago, on %1: rotate keys periodically.", nullptr, days))
            .arg(day(finding.at));
    case FindingCode::NeverUsed:
        return days == 1 ? tr("Created %n day ago and never used: perhaps no longer needed.", nullptr, days)
                         : tr("Created %n days ago and never used: perhaps no longer needed.", nullptr, days);
    case FindingCode::Idle:
        return (days == 1 ? tr("Last used %n day ago, on %1: perhaps no longer needed.", nullptr, days)
                          : tr("Last used %n days ago, on %1: perhaps no longer needed.", nullptr, days))
            .arg(day(finding.at));
    case FindingCode::WokeUp:
        return (days == 1 ? tr("Used on %1 after %n day without use: check that this use is expected.", nullptr, days)
                          : tr("Used on %1 after %n days without use: check that this use is expected.", nullptr, days))
            .arg(day(finding.at));
    case FindingCode::UsageSpike:
        if (finding.factor > 0)
            return (requests == 1 ? tr("%n request in the latest interval, %1 times its usual rate: check that "
                                       "this use is expected.",
                                       nullptr, requests)
                                  : tr("%n requests in the latest interval, %1 times its usual rate: check that "
                                       "this use is expected.",
                                       nullptr, requests))
                .arg(qRound64(finding.factor));
        return requests == 1 ? tr("%n request in the latest interval of a key that was not used before: check "
                                  "that this use is expected.",
                                  nullptr, requests)
                             : tr("%n requests in the latest interval of a key that was not used before: check "
                                  "that this use is expected.",
                                  nullptr, requests);
    case FindingCode::LimitNear:
        return tr("%1 of %2 active keys: revoke keys no longer needed before the next create fails.")
            .arg(finding.requests)
            .arg(finding.limit);
    case FindingCode::RotationDue: {
        const int period = int(finding.limit);
        const QString policy = period == 1 ? tr("the policy is to rotate every %n day", nullptr, period)
                                           : tr("the policy is to rotate every %n days", nullptr, period);
        return (days == 1 ? tr("Created %n day ago, on %1: %2.", nullptr, days)
                          : tr("Created %n days ago, on %1: %2.", nullptr, days))
            .arg(day(finding.at), policy);
    }
    }
    return {};
}

QString FindingText::actionLabel(SuggestedAction action)
{
    switch (action) {
    case SuggestedAction::Rotate:
        return tr("Rotate");
    case SuggestedAction::Revoke:
        return tr("Revoke");
    case SuggestedAction::SetExpiryByRotating:
        return tr("Set an expiry by rotating");
    }
    return {};
}

QString FindingText::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return tr("Info");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

} // namespace keydesk
