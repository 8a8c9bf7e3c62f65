#pragma once

#include "HandoffStore.h"
#include "Inventory.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfileStore.h"
#include "SandboxServer.h"
#include "SecretClipboard.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace keydesk::test {

// Everything a MainWindow needs, on throwaway storage: settings in a temporary ini file,
// secrets in memory, in-process sandboxes on loopback (real HTTP).
class UiTestEnvironment final {
public:
    UiTestEnvironment();
    ~UiTestEnvironment();
    UiTestEnvironment(const UiTestEnvironment &) = delete;
    UiTestEnvironment &operator=(const UiTestEnvironment &) = delete;

    // A listening sandbox; seeded with the demo keys when `seed`.
    SandboxServer *startSandbox(Dialect dialect, bool seed);
    // Saves a profile for `server` and stores `credential`, or a fresh one it issues.
    void addProfile(const QString &name, SandboxServer *server, const QString &credential = {});
    // Saves a profile for a server elsewhere (a keydesk-sandbox process) with `credential`.
    void addProfile(const QString &name, Dialect dialect, const QUrl &url, const QString &credential);
    std::unique_ptr<MainWindow> makeWindow();
    // A real inventory (SQLite file in `directory`), opened; later windows get it too.
    Inventory &useInventory();
    // Runs the event loop until every inventory call made so far has finished.
    bool waitForInventory(int timeoutMs = 20000);
    // The window's clock: real time moved by `clockOffsetSeconds`.
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addSecs(clockOffsetSeconds); }

    qint64 clockOffsetSeconds = 0;
    QTemporaryDir directory;
    QSettings settings;
    ProfileStore profiles;
    MemorySecretStore secrets;
    HandoffStore handoffs;
    SecretClipboard secretClipboard;
    QNetworkAccessManager network;
    std::vector<std::unique_ptr<SandboxServer>> servers;
    std::unique_ptr<Inventory> inventory; // null unless useInventory()
};

// Waits (generously: a busy 2-core machine) for the window's next list answer.
bool waitForKeys(MainWindow &window, int timeoutMs = 20000);

} // namespace keydesk::test
