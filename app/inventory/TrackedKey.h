#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace keydesk {

// A key tracked by hand (Trust Leads documents no list endpoint, so its dashboard's
// keys are entered one by one): what the inventory keeps of it, never the secret. In
// lastKnown() it is one of its organisation's keys, id keyId, name `name`, identifier
// maskedIdentifier, revoked once a verification was refused.
struct TrackedKey final {
    QString organisation;
    QString keyId; // idFor(fingerprint): stable, so tracking the same key again updates it
    QString name;
    QString fingerprint;      // lowercase hex SHA-256 of the secret (CreatedKeyFingerprint)
    QString maskedIdentifier; // "lfk_sk_…q7r8"
    QString lastFour;
    QDateTime trackedAt;               // UTC
    QDateTime verifiedAt;              // UTC: the latest verification
    bool accepted = true;              // what the latest verification said
    bool verifiedPeriodically = false; // the secret waits in the keychain for re-verification

    // Fingerprint, masked identifier, last four and id of `secret`; the caller fills in
    // the rest.
    static TrackedKey of(QStringView secret);
    // "tracked-" and the first 16 hex digits of the fingerprint.
    static QString idFor(const QString &fingerprint);
    // What the inventory accepts: a SHA-256 hex fingerprint, its id, at most 4 last
    // characters, a name and the times (so that a caller's mistake cannot store a secret).
    bool isValid() const;
};

} // namespace keydesk
