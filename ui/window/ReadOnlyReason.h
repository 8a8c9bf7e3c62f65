#pragma once

#include "Profile.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace keydesk {

class ProfileSession;

// Why the keys on screen can be looked at but not created or revoked (WindowActions::State::
// readOnly): empty when they can. The texts are the main window's (its translation context).
class ReadOnlyReason final {
public:
    ReadOnlyReason() = delete;

    // The table shows the organisation's last known keys, listed at `shownAsOf` (invalid:
    // the server's own list).
    static QString ofLastKnown(const QDateTime &shownAsOf, const QDateTime &now, const ProfileSession &session);
    // The view of every organisation: the selected row's organisation.
    static QString ofRow(const std::optional<Profile> &rowProfile, bool managesKeys, bool ready);
};

} // namespace keydesk
