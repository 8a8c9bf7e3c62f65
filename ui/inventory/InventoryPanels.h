#pragma once

#include "ApiKey.h"
#include "Dialect.h"
#include "Profile.h"
#include "RotationRecord.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QNetworkAccessManager;

namespace keydesk {

class ActionLogWindow;
class Inventory;
class KeyDetailsPane;
class SecretStore;
class TrackedKeyVerifier;

// What the inventory adds to the main window, so that the window needs only a few
// lines: the key details pane in a dock, View → Log…, Key → Track a Key… (for Trust
// Leads profiles) and the periodic verification of tracked keys on each refresh.
class InventoryPanels final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryPanels)
public:
    struct Services {
        QNetworkAccessManager *network = nullptr;
        SecretStore *secrets = nullptr; // the keychain
        Inventory *inventory = nullptr;
        std::function<QDateTime()> clock; // UTC now
    };

    // Adds the dock to `window`, a View menu before `beforeMenu` and Track a Key… to
    // `keyMenu`.
    InventoryPanels(Services services, QMainWindow *window, QMenu *keyMenu, QAction *beforeMenu);
    ~InventoryPanels() override;

    // Made on first use, or by prepare().
    KeyDetailsPane *detailsPane();
    QAction *logAction() const { return m_log; }
    QMenu *viewMenu() const { return m_view; }
    QAction *trackAction() const { return m_track; }
    TrackedKeyVerifier *verifier() const { return m_verifier; }

public Q_SLOTS:
    // Makes what the window's first frame did not need (the details pane), once the
    // window is on screen with what the inventory knew.
    void prepare();
    // The organisation on screen (none: nullopt).
    void setProfile(const std::optional<keydesk::Profile> &profile);
    // The key selected in its table (an empty id: none).
    void showKey(const keydesk::ApiKey &key);
    // The window refreshed: tracked keys kept for periodic verification are checked.
    void refreshed();
    // The same for each of `profiles` (the view of every organisation) that lists no keys.
    void verifyTracked(const QList<keydesk::Profile> &profiles);
    void openLog();
    void openTrackDialog();

Q_SIGNALS:
    // A key was tracked in the organisation on screen: the window shows it from the inventory.
    void keyTracked(const QString &organisation, const QString &keyId);
    // The details pane's rotation timeline: "Revoke Now", "Cancel Rotation".
    void revokeNowRequested(const keydesk::RotationRecord &rotation);
    void cancelRotationRequested(const keydesk::RotationRecord &rotation);

private:
    Services m_services;
    QMainWindow *m_window;
    std::optional<Profile> m_profile;
    KeyDetailsPane *m_pane = nullptr;
    QDockWidget *m_dock;
    QMenu *m_view;
    QAction *m_log;
    QAction *m_track;
    TrackedKeyVerifier *m_verifier;
    QPointer<ActionLogWindow> m_logWindow;
};

} // namespace keydesk
