#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace keydesk {

// What the inventory keeps of a key created through KeyDesk, so that later features
// (leak scan, rotation, tracked keys) recognise the key without holding it: the SHA-256
// of the secret (hex), the masked identifier and the last 4 characters. Never the secret.
struct CreatedKeyFingerprint final {
    QString organisation;
    QString keyId;
    QString fingerprint;      // lowercase hex SHA-256 of the secret's UTF-8 bytes
    QString maskedIdentifier; // KeyFormat::maskedIdentifier, empty for an unknown shape
    QString lastFour;
    QDateTime createdAt; // UTC

    // The fingerprint, masked identifier and last four characters of `secret`; the
    // caller fills in the organisation, the key id and the time.
    static CreatedKeyFingerprint of(QStringView secret);
    // The lowercase hex SHA-256 that of() computes, for matching a found key.
    static QString fingerprintOf(QStringView secret);
    // A SHA-256 hex fingerprint, at most 4 last characters, a key id and a time: what
    // the inventory accepts (so that a caller's mistake cannot store a secret).
    bool isValid() const;
};

} // namespace keydesk
