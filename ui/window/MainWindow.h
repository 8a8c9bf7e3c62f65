#pragma once

#include "ApiError.h"
#include "Preferences.h"
#include "WindowLeakScan.h"
#include "WindowMenus.h"
#include "WindowPreferences.h"
#include "WindowSettings.h"

#include <QDateTime>
#include <QMainWindow>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class QClipboard;
class QComboBox;
class QLineEdit;
class QNetworkAccessManager;
class QSettings;
class QTableView;

namespace Ui {
class MainWindow;
}

namespace keydesk {

class AllOrganisations;
class BannerMessages;
class EmptyStatePage;
class ErrorBanner;
class HandoffStore;
class Inventory;
class InventoryExportCommand;
class InventoryPanels;
class KeyCommands;
class KeyFilterProxy;
class KeyFlows;
class KeyTableLayout;
class KeyTableModel;
class LeakScanDialog;
class MemorySecretStore;
class PendingBadges;
class ProfileDialog;
class ProfileEditor;
class ProfileSelector;
class ProfileSession;
class ProfileStore;
class RotationEngine;
class SecretClipboard;
class SecretStore;
class WindowActions;
class WindowInventory;
class WindowRotations;
struct InventorySnapshot;
class WindowStatusBar;
class WindowWatch;
struct ApiKey;

// The desktop window: one organisation at a time (toolbar selector) or all of them in
// one table, their API keys in a sortable, filterable table, and the create / reveal / revoke / hand-off flows.
// Problems show in an inline banner, never as a stack of message boxes. Nothing here
// waits: every request and keychain job is asynchronous.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    struct Services {
        QNetworkAccessManager *network = nullptr;
        SecretStore *secrets = nullptr; // the keychain (a memory store in the demo)
        QSettings *settings = nullptr;  // profiles live here too; window layout, preferences
        ProfileStore *profiles = nullptr;
        HandoffStore *handoffs = nullptr;
        SecretClipboard *secretClipboard = nullptr; // for revealed keys (via KeyFlows)
        QClipboard *clipboard = nullptr;            // "Copy identifier": never a secret
        std::function<QDateTime()> clock;           // UTC now
        Inventory *inventory = nullptr;             // the local inventory; null: no history, details, Log
    };

    explicit MainWindow(Services services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // "KeyDesk — Demo" in the title.
    void setDemoMode(bool demo);
    // Selects the last used organisation (or the first) and loads its keys.
    void start();

    // For tests and the --smoke-test / --screenshot-dir modes.
    KeyFlows *flows() const { return m_flows; }
    QString currentProfileName() const;
    bool selectProfile(const QString &name);
    // The "All organisations" entry: every profile's keys in one table (AllOrganisations),
    // remembered as the choice like a profile. False with fewer than two profiles (there
    // is no such entry).
    bool showAllOrganisations();
    bool isShowingAllOrganisations() const;
    const KeyTableModel &keyModel() const { return *m_model; }
    QTableView *keyTable() const;
    ErrorBanner *banner() const { return m_banner; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *profileSelector() const;
    QString emptyStateText() const; // empty while the table is shown
    QString statusText() const;     // "Last refreshed …" and why Create is disabled
    QDateTime lastRefreshed() const;
    ProfileDialog *openProfileDialog() const;
    Inventory *inventory() const { return m_services.inventory; }
    // The table shows the inventory's last known keys listed at this time (null: the
    // server's own list, or nothing).
    QDateTime shownAsOf() const { return m_shownAsOf; }
    InventoryExportCommand *exportCommand() const { return m_menus->exportCommand(); }
    WindowWatch *watch() const { return m_watch; } // the Health view, with an inventory only
    RotationEngine *rotations() const;             // the window's rotation assistant (null: no inventory)
    const Preferences &preferences() const { return m_preferences->preferences(); }
    // File → Scan for Leaked Keys… (made when first opened; null before).
    LeakScanDialog *leakScanDialog() const { return m_leakScan->dialog(); }
    void showLeakScan() { m_leakScan->show(); }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void keysLoaded(const QString &profileName, int count);
    void loadFailed(const QString &profileName, const keydesk::ApiError &error);
    // The organisation's last known keys from the inventory are on screen (before its list).
    void lastKnownShown(const QString &profileName, int count);
    // The key selected in the table changed (an empty id: none): the details pane follows it.
    void currentKeyChanged(const keydesk::ApiKey &key);
    // At start and whenever the user changed them (the background watch follows).
    void preferencesApplied(const keydesk::Preferences &preferences);
    // File → Quit: end KeyDesk, also when it keeps running in the tray.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpToolBar();
    void setUpTable();
    void reloadProfiles(const QString &select);
    void openProfile(const QString &name);
    void onProfileOpened();
    void onKeysListed(const QList<ApiKey> &keys);
    void onLastKnownRead(const InventorySnapshot &snapshot);
    void onAllOrganisationsChanged();
    void applyPreferences();
    void updateActions();
    void updateEmptyState();
    void updateBusy();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Services m_services;
    WindowSettings m_settings;           // the window's own entries in m_services.settings
    MemorySecretStore *m_sessionSecrets; // credentials for "this session only"
    KeyFlows *m_flows;
    KeyTableModel *m_model;
    KeyFilterProxy *m_proxy;
    ErrorBanner *m_banner;
    PendingBadges *m_badges;
    ProfileSession *m_session; // the organisation on screen
    AllOrganisations *m_all;   // or every organisation (m_session has none open then)
    QStringList m_organisationProblems; // AllOrganisations::problems() last shown
    BannerMessages *m_messages;
    ProfileEditor *m_profileEditor;
    WindowInventory *m_inventory;
    QDateTime m_shownAsOf;
    // Made once the form is set up:
    std::unique_ptr<WindowActions> m_actions;
    KeyCommands *m_commands = nullptr;
    ProfileSelector *m_profileSelector = nullptr;
    QLineEdit *m_filter = nullptr;
    EmptyStatePage *m_emptyState = nullptr;
    KeyTableLayout *m_layout = nullptr;
    WindowStatusBar *m_status = nullptr;
    InventoryPanels *m_inventoryPanels = nullptr;
    WindowWatch *m_watch = nullptr;
    WindowRotations *m_rotations = nullptr;
    WindowLeakScan *m_leakScan = nullptr;
    WindowMenus *m_menus = nullptr;
    QTimer m_refreshTimer;
    WindowPreferences *m_preferences = nullptr;
    bool m_demo = false;
    bool m_reopenAll = false; // start(): "All organisations" was the choice last time
};

} // namespace keydesk
