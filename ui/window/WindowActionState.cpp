#include "WindowActionState.h"

#include "KeyCommands.h"
#include "KeyTableModel.h"
#include "ProfileSession.h"
#include "RelativeTime.h"

#include <QCoreApplication>

namespace keydesk {

WindowActions::State WindowActionState::read(const Sources &sources)
{
    const ProfileSession &current = *sources.session;
    const KeyCommands &commands = *sources.commands;
    WindowActions::State state;
    const std::optional<Profile> &profile = current.profile();
    state.hasProfile = profile.has_value();
    state.managesKeys = profile && DialectTraits::of(profile->dialect).managesKeys;
    state.ready = current.client() && current.state() == ProfileSession::State::Loaded;
    state.createBlocked = commands.createBlockedReason();
    state.readOnly = ofLastKnown(sources.shownAsOf, sources.clock(), current);
    state.selected = commands.selectedKey();
    state.selectedRevoked = state.selected && state.selected->status(sources.clock()) == KeyStatus::Revoked;
    state.selectedPending = commands.isSelectedPending();
    state.selectedCount = commands.selectedCount();
    state.bulkRevocable = state.selectedCount > 1 && commands.selectedForBulkRevoke().has_value();
    state.rotationAvailable = sources.rotationAvailable;
    state.selectedRotating = state.selected && !sources.model->rotationLabel(state.selected->id).isEmpty();
    state.selectedActive = state.selected && state.selected->status(sources.clock()) == KeyStatus::Active;
    if (sources.model->isMerged()) {
        // The selected row's organisation decides what its key can do; Create waits for
        // one organisation to be chosen (KeyCommands::createBlockedReason).
        const ProfileSession *session = commands.selectedSession();
        const std::optional<Profile> &rowProfile = session ? session->profile() : std::nullopt;
        state.hasProfile = false;
        state.severalOrganisations = true;
        state.managesKeys = rowProfile && DialectTraits::of(rowProfile->dialect).managesKeys;
        state.ready = session && session->client() && session->state() == ProfileSession::State::Loaded;
        state.readOnly = ofRow(rowProfile, state.managesKeys, state.ready);
    }
    return state;
}

QString WindowActionState::ofLastKnown(const QDateTime &shownAsOf, const QDateTime &now, const ProfileSession &session)
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

QString WindowActionState::ofRow(const std::optional<Profile> &rowProfile, bool managesKeys, bool ready)
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
