#pragma once

#include "DeliveryResult.h"
#include "Destination.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

namespace keydesk {

class SecretJob;
class SecretStore;
class ToolProcess;

// What one delivery needs besides the key's destination.
struct DeliveryRequest final {
    Destination destination;
    QString secret;           // wiped by KeyDelivery when it ends
    QString keyName;          // keychain: the entry's account ("user") attribute
    QStringList commandArgv;  // command: the saved template, program first
    QString databasePassword; // keepassxc: asked each time, never stored; wiped
};

// Hands one key to its destination and checks that it arrived (docs/design.md#delivery):
// the keychain (a lasting entry, read back), pass and keepassxc-cli (the key on stdin,
// read back with `pass show` / `keepassxc-cli show`), or a saved command (the key on its
// stdin; its exit status decides). Fingerprints (SHA-256) are compared, never shown. The
// caller deletes its pending copy only when result().delivered(). Asynchronous: finished()
// once; the object stays until its parent deletes it.
class KeyDelivery final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyDelivery)
public:
    static constexpr std::chrono::milliseconds defaultTimeout{60000};
    // A keychain store for a label (the QtKeychain service): KeychainSecretStore in the
    // product, another in tests.
    using KeychainFactory = std::function<SecretStore *(const QString &label, QObject *parent)>;

    // `environment`: what the tools run with (PATH finds them, HOME / PASSWORD_STORE_DIR /
    // GNUPGHOME configure them); the caller leaves its own secrets out of it.
    KeyDelivery(QProcessEnvironment environment, KeychainFactory keychain,
                std::chrono::milliseconds timeout = defaultTimeout, QObject *parent = nullptr);
    ~KeyDelivery() override;

    void start(DeliveryRequest request);
    const DeliveryResult &result() const { return m_result; }
    bool isRunning() const { return m_running; }

    // The program's full path on the environment's PATH, empty when it is not installed.
    static QString findTool(const QString &program, const QProcessEnvironment &environment);
    // What a program-less status line says for a missing tool: "pass is not installed".
    static QString notInstalledMessage(const QString &program);
    // Where `pass` keeps its entries for this environment.
    static QString passStoreDirectory(const QProcessEnvironment &environment);

Q_SIGNALS:
    void finished();
    // A step began ("Writing…", "Reading back…"), for a progress line.
    void progress(const QString &step);

private:
    void deliver();
    void deliverToKeychain();
    void deliverToPass();
    void deliverToKeePassXc();
    void deliverToCommand();
    // Runs `program` (found on PATH) with `input` on stdin; `then` gets the result.
    void run(const QString &program, const QStringList &arguments, QByteArray input,
             std::function<void(ToolProcess *)> then);
    void compareReadBack(const QString &readBack, const QString &how);
    void fail(const QString &message, const ToolProcess *process = nullptr);
    void succeed(DeliveryResult::Outcome outcome, const QString &message, const ToolProcess *process = nullptr);
    void end();
    QString describeFailure(const QString &program, const ToolProcess &process) const;
    QString redactedOutput(const ToolProcess &process) const;

    QProcessEnvironment m_environment;
    KeychainFactory m_keychainFactory;
    std::chrono::milliseconds m_timeout;
    DeliveryRequest m_request;
    DeliveryResult m_result;
    SecretStore *m_keychain = nullptr;
    QPointer<ToolProcess> m_process;
    bool m_running = false;
};

} // namespace keydesk
