#pragma once

#include "CreatedKey.h"
#include "PendingHandoff.h"

#include <QList>
#include <QObject>
#include <QString>

namespace keydesk {

class SecretJob;
class SecretStore;

// Pending copy-once handoffs. An index file (JSON, written atomically with QSaveFile;
// no secret in it) plus the secret in the SecretStore under
// SecretStore::pendingKeyEntry(profile, keyId).
class HandoffStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffStore)
public:
    // Loads the index at once (a small file). A missing file is an empty index; a
    // corrupt one is renamed aside (".corrupt-<timestamp>") and reported by problem().
    HandoffStore(SecretStore *secrets, QString indexFilePath, QObject *parent = nullptr);
    ~HandoffStore() override;

    QList<PendingHandoff> pending(const QString &profileName) const;
    QList<PendingHandoff> allPending() const;
    bool isPending(const QString &profileName, const QString &keyId) const;
    // The entry, or nullptr-like empty value (keyId empty) when not pending.
    PendingHandoff entry(const QString &profileName, const QString &keyId) const;
    // Translated, empty when all is well: e.g. the index file was corrupt (kept aside)
    // or could not be written.
    QString problem() const;
    QString indexFilePath() const { return m_indexFilePath; }
    SecretStore *secretStore() const { return m_secrets; }

    // Step 2 of docs/design.md#copy-once-handoff: records the index entry, then writes the secret to the keychain.
    // When the write fails the entry stays, with secretStored == false.
    SecretJob *begin(const QString &profileName, const CreatedKey &created);
    // The secret for a later handoff.
    SecretJob *fetch(const QString &profileName, const QString &keyId);
    // "I have stored the key": deletes the keychain entry (unless keepInKeychain) and the
    // index entry. When removing the keychain entry fails (other than "not found"), the
    // index entry stays, so the secret is never left behind unlisted.
    SecretJob *complete(const QString &profileName, const QString &keyId, bool keepInKeychain);
    // "Keep for later handoff": remembers whether the user wants a copy kept afterwards.
    void setKeepInKeychain(const QString &profileName, const QString &keyId, bool keep);
    // Key revoked, or its secret is gone: drop entry + secret (fire and forget).
    void forget(const QString &profileName, const QString &keyId);

Q_SIGNALS:
    void changed();

private:
    void load();
    bool save();
    int indexOf(const QString &profileName, const QString &keyId) const;
    void setSecretStored(const QString &profileName, const QString &keyId, bool stored);
    void removeEntry(const QString &profileName, const QString &keyId);

    SecretStore *m_secrets;
    QString m_indexFilePath;
    QList<PendingHandoff> m_entries;
    QString m_problem;
};

} // namespace keydesk
