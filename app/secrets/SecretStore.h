#pragma once

#include "SecretError.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace keydesk {

// One asynchronous keychain operation. Emits finished() exactly once (also on timeout),
// then deletes itself (deleteLater). Read secret()/entries()/error() inside the slot.
class SecretJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)
public:
    enum class Operation { Read, Write, Remove, List }; // List: entry() is the prefix

    explicit SecretJob(Operation operation, QString entry, QObject *parent = nullptr);
    ~SecretJob() override; // wipes the secret

    Operation operation() const { return m_operation; }
    const QString &entry() const { return m_entry; }
    const SecretError &error() const { return m_error; }
    bool ok() const { return !m_error.isError(); }
    const QString &secret() const { return m_secret; }       // Read
    const QStringList &entries() const { return m_entries; } // List: names, never secrets

    // Used by SecretStore implementations only.
    void finishWithSecret(QString secret);
    void finishWithEntries(QStringList entries);
    void finishWithError(SecretError error);
    void finishOk();

Q_SIGNALS:
    void finished();

private:
    void finish();

    Operation m_operation;
    QString m_entry;
    SecretError m_error;
    QString m_secret;
    QStringList m_entries;
    bool m_finished = false;
};

// Where secrets live: the OS keychain, or memory for "this session only" and the demo.
// There is deliberately no plaintext implementation.
class SecretStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    using QObject::QObject;
    ~SecretStore() override = default;

    virtual SecretJob *read(const QString &entry) = 0;
    virtual SecretJob *write(const QString &entry, const QString &secret) = 0;
    virtual SecretJob *remove(const QString &entry) = 0;
    // The names of the entries that start with `prefix`, found without reading any
    // secret. A store that cannot enumerate its entries finishes with Kind::Other.
    virtual SecretJob *list(const QString &prefix);
    // For messages: "GNOME Keyring / Secret Service", "memory (this session only)".
    virtual QString backendName() const = 0;
    virtual bool isPersistent() const = 0;

    // Entry names, one place for the layout of the keychain.
    static QString credentialEntry(const QString &profileName);
    static QString pendingKeyEntry(const QString &profileName, const QString &keyId);
    static QString pendingKeyPrefix(); // "pending/": every pendingKeyEntry starts with it
    struct PendingKeyEntry {
        QString profileName, keyId;
    };
    // The inverse of pendingKeyEntry(); nullopt for any other name. Profile names never
    // contain '/' (ProfileStore refuses them); a key id may.
    static std::optional<PendingKeyEntry> parsePendingKeyEntry(const QString &entry);
};

} // namespace keydesk
