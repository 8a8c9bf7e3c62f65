#pragma once

#include "SecretStore.h"

#include <chrono>

namespace keydesk {

// Secrets in the OS keychain through QtKeychain (on Linux: the Secret Service via
// libsecret, i.e. GNOME Keyring or KWallet). Never falls back to plaintext.
//
// With the libsecret backend an entry is an item of the default collection with the
// label <service> and the attributes {user: <entry>, server: <service>,
// type: "plaintext"} (schema "org.qt.keychain"), so
//   secret-tool lookup server <service> user <entry>
// reads it back.
//
// Every job has a time limit; any failure (and every "not found") is diagnosed over
// D-Bus so the error names the real cause (no bus, no service, locked collection).
// QtKeychain runs its jobs one after another: while one waits (for example for an
// unlock prompt), later jobs wait too and may reach their own time limit.
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)
public:
    static constexpr std::chrono::milliseconds defaultTimeout{20000};
    // The diagnosis after a failure gets at most this long (or the job's timeout, if
    // shorter) on top of the job's own time.
    static constexpr std::chrono::milliseconds maxDiagnosisTime{5000};

    explicit KeychainSecretStore(QString service = QStringLiteral("KeyDesk"),
                                 std::chrono::milliseconds timeout = defaultTimeout, QObject *parent = nullptr);

    SecretJob *read(const QString &entry) override;
    SecretJob *write(const QString &entry, const QString &secret) override;
    SecretJob *remove(const QString &entry) override;
    // Over D-Bus, not QtKeychain (which cannot enumerate): SecretServiceSearch.
    SecretJob *list(const QString &prefix) override;
    QString backendName() const override;
    bool isPersistent() const override { return true; }

    const QString &service() const { return m_service; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

private:
    template <typename KeychainJob>
    SecretJob *startJob(SecretJob::Operation operation, const QString &entry, const QString *secret);

    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace keydesk
