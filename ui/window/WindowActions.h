#pragma once

#include "ApiKey.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace Ui {
class MainWindow;
}

namespace keydesk {

// The main window's actions (menus, toolbar, the table's context menu): their
// shortcuts, icons and menu roles; and, whenever the organisation or the selection
// changes, which of them can run, with a tooltip that says what each does or why not.
class WindowActions final {
    Q_DECLARE_TR_FUNCTIONS(WindowActions)
public:
    struct State {
        bool hasProfile = false;
        bool managesKeys = false; // the dialect has key-management endpoints
        bool ready = false;       // its keys are listed and a client is connected
        QString createBlocked;    // why Create is not possible; empty when it is
        // The table shows the inventory's last known keys, not the server's: why creating
        // and revoking are off (the read-only actions stay). Empty for a live list.
        QString readOnly;
        std::optional<ApiKey> selected;
        bool selectedRevoked = false;
        bool selectedPending = false; // its full key waits in the keychain
        // Several rows selected: Revoke is the bulk revoke, possible when every selected
        // row's organisation can revoke now and one key is not revoked yet.
        int selectedCount = 0;
        bool bulkRevocable = false;
        // The view of every organisation: Create needs one chosen (createBlocked says so),
        // Refresh lists them all; the other fields are the selected row's organisation's.
        bool severalOrganisations = false;
        // The rotation assistant is there (an inventory) and the selected key is not
        // being rotated already.
        bool rotationAvailable = false;
        bool selectedRotating = false;
        bool selectedActive = false; // only an active key can be rotated (as in the CLI)
    };

    // `window` is asked for the style's fallback icons.
    WindowActions(Ui::MainWindow &ui, const QWidget *window);
    WindowActions(const WindowActions &) = delete;
    WindowActions &operator=(const WindowActions &) = delete;

    void update(const State &state);

private:
    Ui::MainWindow &m_ui;
};

} // namespace keydesk
