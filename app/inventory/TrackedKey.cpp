#include "TrackedKey.h"

#include "CreatedKeyFingerprint.h"

using namespace Qt::StringLiterals;

namespace keydesk {

TrackedKey TrackedKey::of(QStringView secret)
{
    const CreatedKeyFingerprint print = CreatedKeyFingerprint::of(secret);
    TrackedKey key;
    key.fingerprint = print.fingerprint;
    key.maskedIdentifier = print.maskedIdentifier;
    key.lastFour = print.lastFour;
    key.keyId = idFor(key.fingerprint);
    return key;
}

QString TrackedKey::idFor(const QString &fingerprint)
{
    return u"tracked-"_s + fingerprint.left(16);
}

bool TrackedKey::isValid() const
{
    CreatedKeyFingerprint print;
    print.fingerprint = fingerprint;
    print.lastFour = lastFour;
    print.keyId = keyId;
    print.createdAt = trackedAt;
    return print.isValid() && keyId == idFor(fingerprint) && !name.trimmed().isEmpty() && verifiedAt.isValid();
}

} // namespace keydesk
