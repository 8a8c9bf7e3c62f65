#include "ReadOnlyReason.h"

#include "ProfileSession.h"
#include "RelativeTime.h"

#include <QCoreApplication>

namespace keydesk {

QString ReadOnlyReason::ofLastKnown(const QDateTime &shownAsOf, const QDateTime &now, const ProfileSession &session)
{
    if (!shownAsOf.isValid())
        return {};
    const QString age = relativeTime(shownAsOf, now);
    switch (session.state()) {
    case ProfileSession::State::Unsupported:
        return QCoreApplication::translate(
                   "keydesk::MainWindow",
                   "%1 documents no key-management API: these are the keys KeyDesk tracks for it, as of %2.")
            .arg(dialectDisplayName(session.profile()->dialect), age);
    case ProfileSession::State::Failed:
        return QCoreApplication::translate("keydesk::MainWindow",
                                           "The keys could not be listed: the table shows the last known keys (as "
                                           "of %1). Creating and revoking keys need the server.")
            .arg(age);
    default:
        return QCoreApplication::translate("keydesk::MainWindow",
                                           "The table shows the last known keys (as of %1) until the server answers.")
            .arg(age);
    }
}

QString ReadOnlyReason::ofRow(const std::optional<Profile> &rowProfile, bool managesKeys, bool ready)
{
    if (rowProfile && !managesKeys)
        return QCoreApplication::translate("keydesk::MainWindow",
                                           "%1 documents no key-management API: the keys of “%2” are revoked in its "
                                           "dashboard.")
            .arg(dialectDisplayName(rowProfile->dialect), rowProfile->name);
    if (rowProfile && !ready)
        return QCoreApplication::translate("keydesk::MainWindow",
                                           "The keys of “%1” are the last known ones until its server answers: "
                                           "revoking needs the server.")
            .arg(rowProfile->name);
    return {};
}

} // namespace keydesk
