#pragma once

#include "DesktopOptions.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <functional>
#include <memory>

class QApplication;
class QNetworkAccessManager;
class QSettings;

namespace keydesk {

class BackgroundWatch;
class CloseToBackground;
class DemoEnvironment;
class HandoffStore;
class Inventory;
class KeychainSecretStore;
class MainWindow;
class ProfileStore;
class ScreenshotRunner;
class SecretStore;
class SecretClipboard;
class SmokeTest;
class UnixSignalWatcher;

// Everything `keydesk` makes once its QApplication exists: the application's identity
// and translations, the user's collaborators (or the demo's), the inventory and the
// window, shown and started. main.cpp runs it; so does tests/bench (the launch figures),
// so that what is measured is the launch users get.
class DesktopLaunch final {
public:
    DesktopLaunch(QApplication &app, DesktopOptions options, QElapsedTimer sinceLaunch);
    ~DesktopLaunch();
    DesktopLaunch(const DesktopLaunch &) = delete;
    DesktopLaunch &operator=(const DesktopLaunch &) = delete;

    // What `keydesk` does: the options (answered without a display when that is all
    // there is to do), the QApplication, the launch and its event loop. `started` runs
    // once the window is shown and started (tests/bench watches its first frames).
    static int run(int &argc, char **argv, const std::function<void(DesktopLaunch &)> &started = {});

    // Shows the window and starts it; false when the demo's servers could not start
    // (`error` says why).
    bool start(QString *error);
    MainWindow *window() const { return m_window.get(); }

private:
    // Selects an organisation and lists it, once: when the window is first shown (with
    // --background only once the tray or a notification asks for it).
    void startWindow();
    void showWindow(const QString &organisation);
    // The background watch (docs/design.md#background-watch): --background, or "Keep
    // KeyDesk running in the system tray". It refreshes every profile on its own.
    void setWatching(bool watching);

    QApplication &m_app;
    DesktopOptions m_options;
    QElapsedTimer m_sinceLaunch;
    std::function<QDateTime()> m_clock;
    // In the order they are made; destroyed in reverse.
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<HandoffStore> m_handoffs;
    std::unique_ptr<SecretClipboard> m_secretClipboard;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SmokeTest> m_smokeTest;
    std::unique_ptr<ScreenshotRunner> m_screenshots;
    std::unique_ptr<CloseToBackground> m_closing;
    std::unique_ptr<BackgroundWatch> m_watch;
    std::unique_ptr<UnixSignalWatcher> m_terminationSignals;
    // Where the window's collaborators are: the user's, or the demo's.
    SecretStore *m_secrets = nullptr;
    ProfileStore *m_profileStore = nullptr;
    bool m_windowStarted = false;
};

} // namespace keydesk
