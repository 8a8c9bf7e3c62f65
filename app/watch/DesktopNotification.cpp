#include "DesktopNotification.h"

#include "FindingText.h"
#include "UntrustedText.h"

#include <algorithm>

namespace keydesk {

namespace {

// Key names come from the server: shown only through UntrustedText.
QString subject(const Finding &finding)
{
    return UntrustedText::forDisplay(finding.keyId.isEmpty() ? finding.organisation : finding.keyName);
}

constexpr int summaryLines = 4;

} // namespace

DesktopNotification DesktopNotification::about(const Finding &finding)
{
    DesktopNotification notification;
    notification.summary = tr("%1: %2").arg(FindingText::title(finding.code), subject(finding));
    notification.body = tr("%1 (%2). %3")
                            .arg(UntrustedText::forDisplay(finding.organisation),
                                 FindingText::severityLabel(finding.severity), FindingText::reason(finding));
    notification.severity = finding.severity;
    notification.findings = {finding};
    return notification;
}

DesktopNotification DesktopNotification::readyToRevoke(const RotationRecord &rotation)
{
    DesktopNotification notification;
    notification.summary = tr("Ready to revoke: %1").arg(UntrustedText::forDisplay(rotation.oldKeyName));
    notification.body = tr("%1. Its successor “%2” is in use and the old key has gone quiet: revoke it in KeyDesk "
                           "(automatic revoke is off for this rotation).")
                            .arg(UntrustedText::forDisplay(rotation.organisation),
                                 UntrustedText::forDisplay(rotation.newKeyName));
    notification.severity = Severity::Warning;
    notification.organisation = rotation.organisation;
    notification.keyId = rotation.oldKeyId;
    return notification;
}

DesktopNotification DesktopNotification::summaryOf(const QList<Finding> &findings)
{
    DesktopNotification notification;
    const int count = int(findings.size());
    notification.summary = count == 1 ? tr("%n more finding", nullptr, count) : tr("%n more findings", nullptr, count);
    QStringList lines;
    for (const Finding &finding : findings.mid(0, summaryLines))
        lines.append(tr("%1: %2 (%3)")
                         .arg(FindingText::title(finding.code), subject(finding),
                              UntrustedText::forDisplay(finding.organisation)));
    if (count > summaryLines)
        lines.append(tr("and %n more", nullptr, count - summaryLines));
    notification.body = lines.join(QLatin1Char('\n'));
    for (const Finding &finding : findings)
        notification.severity = std::max(notification.severity, finding.severity);
    notification.findings = findings;
    return notification;
}

} // namespace keydesk
