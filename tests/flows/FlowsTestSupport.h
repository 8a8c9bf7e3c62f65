#pragma once

#include "ApiClient.h"
#include "HandoffStore.h"
#include "KeyFlows.h"
#include "SandboxProcess.h"
#include "SecretClipboard.h"
#include "TestSecretStores.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>
#include <optional>

namespace keydesk::test {

// A window, its secret clipboard, a HandoffStore on a temporary index and a KeyFlows,
// talking to a real sandbox over loopback.
struct FlowsFixture {
    explicit FlowsFixture(const QString &dialect, SecretStore *secrets = nullptr);
    ~FlowsFixture();

    // "Restart" the window: KeyFlows, window (and its dialogs) and HandoffStore are
    // destroyed and made again on the same index file and keychain.
    void recreateWindow();

    KeyFlows::Target target() const { return {client.get(), profileName}; }
    QList<ApiKey> listKeys();                          // through the real API
    CreatedKey createKeyDirectly(const QString &name); // through the API, no flow

    std::unique_ptr<SandboxProcess> sandbox;
    QTemporaryDir dir;
    QString indexPath;
    QString profileName;
    QNetworkAccessManager network;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<SecretStore> ownSecrets;
    SecretStore *secrets = nullptr;
    std::unique_ptr<QWidget> window;
    std::unique_ptr<SecretClipboard> clipboard;
    std::unique_ptr<HandoffStore> handoffs;
    std::unique_ptr<KeyFlows> flows;
};

// The key with this id among `keys`, if any.
std::optional<ApiKey> findKey(const QList<ApiKey> &keys, const QString &id);

// The visible dialog of type T among the window's children, or nullptr.
template <typename T>
T *visibleDialog(QWidget *window)
{
    const QList<T *> dialogs = window->findChildren<T *>();
    for (T *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

template <typename T>
T *waitForDialog(QWidget *window, int timeoutMs = 30000)
{
    T *found = nullptr;
    return QTest::qWaitFor([&] { return (found = visibleDialog<T>(window)) != nullptr; }, timeoutMs) ? found : nullptr;
}

// Where screenshots of the dialogs go (looked at by people, not compared).
void saveScreenshot(QWidget *widget, const QString &name);

} // namespace keydesk::test
