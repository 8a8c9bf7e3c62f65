#pragma once

#include <QDateTime>
#include <QString>

namespace keydesk {

// One key whose secret has been created but not yet handed over (docs/design.md#copy-once-handoff, step 5).
// Holds no secret: that lives in the SecretStore under
// SecretStore::pendingKeyEntry(profileName, keyId).
struct PendingHandoff final {
    QString profileName, keyId, keyName, maskedIdentifier; // keyName empty: not known (see adopted)
    QDateTime createdAt, expiresAt;                        // UTC; expiresAt null = never expires
    bool keepInKeychain = false;                           // user asked to keep a copy there after handoff
    // False until the keychain write has succeeded; stays false when it failed, so the
    // UI can say that the secret is not saved anywhere.
    bool secretStored = false;
    // Handed over with a copy kept in the keychain: no longer pending, but still listed so
    // that the keychain scan knows the copy is wanted and does not offer it again.
    bool handedOff = false;
    // Found in the keychain without an index entry (the index was lost, damaged or written
    // over by an older KeyDesk): only the profile and the key id are known.
    bool adopted = false;
};

inline bool operator==(const PendingHandoff &a, const PendingHandoff &b)
{
    return a.profileName == b.profileName && a.keyId == b.keyId && a.keyName == b.keyName
           && a.maskedIdentifier == b.maskedIdentifier && a.createdAt == b.createdAt && a.expiresAt == b.expiresAt
           && a.keepInKeychain == b.keepInKeychain && a.secretStored == b.secretStored && a.handedOff == b.handedOff
           && a.adopted == b.adopted;
}

inline bool operator!=(const PendingHandoff &a, const PendingHandoff &b)
{
    return !(a == b);
}

} // namespace keydesk
