#pragma once

#include "KeyDelivery.h"

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace keydesk::test {

// The real tools of a delivery, set up in a folder of the test's own: a throwaway GnuPG
// home with a key without passphrase and a password store on it (pass), a KeePassXC
// database with a known password, and a folder of scripts put first on PATH.
class VaultTools final {
public:
    static constexpr const char *databasePassword = "correct horse battery";

    VaultTools();
    ~VaultTools(); // stops this GnuPG home's agent

    bool isValid() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    // PATH = scripts folder first, then the system's; GNUPGHOME, PASSWORD_STORE_DIR set.
    QProcessEnvironment environment() const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString scriptsDir() const { return m_dir.filePath(QStringLiteral("bin")); }
    QString passStore() const { return m_dir.filePath(QStringLiteral("password-store")); }
    QString gnupgHome() const { return m_gnupg.path(); }
    QString database() const { return m_dir.filePath(QStringLiteral("keys.kdbx")); }
    // A script in the scripts folder (shadowing a tool of the same name), made executable.
    void writeScript(const QString &name, const QByteArray &body) const;
    // Runs a tool with `input` on stdin and returns its stdout (waits: test code only).
    QByteArray runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {}) const;
    // The KeePassXC database (created on first call).
    bool createDatabase();

private:
    QTemporaryDir m_dir;
    // gpg-agent's sockets go into GNUPGHOME, whose path must stay short (sun_path).
    QTemporaryDir m_gnupg{QStringLiteral("/tmp/keydesk-gnupg-XXXXXX")};
    QString m_error;
};

// Runs one delivery to its end (an event loop: test code only).
DeliveryResult deliver(const DeliveryRequest &request, const QProcessEnvironment &environment,
                       std::chrono::milliseconds timeout = KeyDelivery::defaultTimeout);

} // namespace keydesk::test
