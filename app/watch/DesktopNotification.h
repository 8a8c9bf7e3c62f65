#pragma once

#include "Finding.h"
#include "RotationRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace keydesk {

// One desktop notification about new findings: a single finding, or the summary of
// those beyond FindingAnnouncer::maxSeparate ("5 more findings").
struct DesktopNotification final {
    Q_DECLARE_TR_FUNCTIONS(DesktopNotification)
public:
    QString summary; // plain text
    QString body;    // plain text, lines separated by \n
    Severity severity = Severity::Info;
    QList<Finding> findings; // what "Open" and "Snooze a day" act on
    // A rotation's notice (readyToRevoke): "Open" shows its organisation and old key.
    QString organisation;
    QString keyId;

    // "Expires soon: ci-deploy" with "acme (LocalLeads) — Expires in 5 days, on …".
    static DesktopNotification about(const Finding &finding);
    // "3 more findings", listing up to a few of them.
    static DesktopNotification summaryOf(const QList<Finding> &findings);
    // "Ready to revoke: Zapier automation": a rotation without auto-revoke is ready.
    static DesktopNotification readyToRevoke(const RotationRecord &rotation);
};

} // namespace keydesk
