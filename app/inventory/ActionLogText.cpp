#include "ActionLogText.h"

#include "ActionLogEntry.h"
#include "UntrustedText.h"

#include <QCoreApplication>

namespace keydesk {

// The words keep the Log window's translation context (keydesk::ActionLogModel), where they
// were first translated.
QStringList ActionLogText::knownActions()
{
    return {ActionLogEntry::create(),        ActionLogEntry::revoke(),           ActionLogEntry::handoffStored(),
            ActionLogEntry::handoffKept(),   ActionLogEntry::handoffExpired(),   ActionLogEntry::profileAdd(),
            ActionLogEntry::profileChange(), ActionLogEntry::profileRemove(),    ActionLogEntry::trackKey(),
            ActionLogEntry::verifyKey(),     ActionLogEntry::acknowledge(),      ActionLogEntry::unacknowledge(),
            ActionLogEntry::rotationStart(), ActionLogEntry::rotationVerified(), ActionLogEntry::rotationInUse(),
            ActionLogEntry::rotationReady(), ActionLogEntry::rotationRevoked(),  ActionLogEntry::rotationCancelled(),
            ActionLogEntry::rotationFailed(), ActionLogEntry::deliver()};
}

QStringList ActionLogText::knownOutcomes()
{
    return {ActionLogEntry::ok(), ActionLogEntry::failed(), ActionLogEntry::unknown()};
}

QString ActionLogText::actionLabel(const QString &action)
{
    if (action == ActionLogEntry::create())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Create");
    if (action == ActionLogEntry::revoke())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Revoke");
    if (action == ActionLogEntry::handoffStored())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Handoff: stored");
    if (action == ActionLogEntry::handoffKept())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Handoff: kept for later");
    if (action == ActionLogEntry::handoffExpired())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Handoff: expired");
    if (action == ActionLogEntry::profileAdd())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Profile added");
    if (action == ActionLogEntry::profileChange())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Profile changed");
    if (action == ActionLogEntry::profileRemove())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Profile removed");
    if (action == ActionLogEntry::trackKey())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Track key");
    if (action == ActionLogEntry::verifyKey())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Verify tracked key");
    if (action == ActionLogEntry::acknowledge())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Acknowledge finding");
    if (action == ActionLogEntry::unacknowledge())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Withdraw acknowledgement");
    if (action == ActionLogEntry::rotationStart())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Rotation started");
    if (action == ActionLogEntry::rotationVerified())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Rotation: new key verified");
    if (action == ActionLogEntry::rotationInUse())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Rotation: new key in use");
    if (action == ActionLogEntry::rotationReady())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Rotation: ready to revoke");
    if (action == ActionLogEntry::rotationRevoked())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Rotation: old key revoked");
    if (action == ActionLogEntry::rotationCancelled())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Rotation cancelled");
    if (action == ActionLogEntry::rotationFailed())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Rotation failed");
    if (action == ActionLogEntry::deliver())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Deliver key");
    return UntrustedText::forDisplay(action);
}

QString ActionLogText::outcomeLabel(const QString &outcome)
{
    if (outcome == ActionLogEntry::ok())
        return QCoreApplication::translate("keydesk::ActionLogModel", "OK");
    if (outcome == ActionLogEntry::failed())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Failed");
    if (outcome == ActionLogEntry::unknown())
        return QCoreApplication::translate("keydesk::ActionLogModel", "Unknown", "outcome");
    return UntrustedText::forDisplay(outcome);
}

} // namespace keydesk
