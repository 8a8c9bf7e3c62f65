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

} // namespace keydesk
