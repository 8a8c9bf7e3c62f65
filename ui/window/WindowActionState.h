#pragma once

#include "Profile.h"
#include "WindowActions.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace keydesk {

class KeyCommands;
class KeyTableModel;
class ProfileSession;

// What the main window's actions can do now (WindowActions::State), read from the
// organisation on screen, the table's selection and its rotation marks.
class WindowActionState final {
public:
    WindowActionState() = delete;

    struct Sources {
        const ProfileSession *session = nullptr; // the organisation on screen
        const KeyCommands *commands = nullptr;   // the selection
        const KeyTableModel *model = nullptr;
        // The table shows the organisation's last known keys, listed at this time
        // (invalid: the server's own list).
        QDateTime shownAsOf;
        std::function<QDateTime()> clock;
        bool rotationAvailable = false;
    };
    static WindowActions::State read(const Sources &sources);

private:
    // Why the keys on screen can be looked at but not created or revoked (State::readOnly):
    // empty when they can. The texts are the main window's (its translation context).
    static QString ofLastKnown(const QDateTime &shownAsOf, const QDateTime &now, const ProfileSession &session);
    // The view of every organisation: the selected row's organisation.
    static QString ofRow(const std::optional<Profile> &rowProfile, bool managesKeys, bool ready);
};

} // namespace keydesk
