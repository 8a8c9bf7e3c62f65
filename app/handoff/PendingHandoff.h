#pragma once

#include <QDateTime>
#include <QString>

namespace keydesk {

// One key whose secret has been created but not yet handed over (docs/design.md#copy-once-handoff, step 5).
// Holds no secret: that lives in the SecretStore under
// SecretStore::pendingKeyEntry(profileName, keyId).
struct PendingHandoff final {
    QString profileName, keyId, keyName, maskedIdentifier;
    QDateTime createdAt, expiresAt;   // UTC; expiresAt null = never expires
    bool keepInKeychain = false;      // user asked to keep a copy there after handoff
    // False until the keychain write has succeeded; stays false when it failed, so the
    // UI can say that the secret is not saved anywhere.
    bool secretStored = false;
};

inline bool operator==(const PendingHandoff &a, const PendingHandoff &b)
{
    return a.profileName == b.profileName && a.keyId == b.keyId && a.keyName == b.keyName
        && a.maskedIdentifier == b.maskedIdentifier && a.createdAt == b.createdAt && a.expiresAt == b.expiresAt
        && a.keepInKeychain == b.keepInKeychain && a.secretStored == b.secretStored;
}

inline bool operator!=(const PendingHandoff &a, const PendingHandoff &b)
{
    return !(a == b);
}

} // namespace keydesk
