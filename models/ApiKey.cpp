#include "ApiKey.h"

namespace keydesk {

KeyStatus ApiKey::status(const QDateTime &now) const
{
    if (revoked)
        return KeyStatus::Revoked;
    if (expiresAt.isValid() && expiresAt <= now)
        return KeyStatus::Expired;
    return KeyStatus::Active;
}

bool ApiKey::expiresWithin(const QDateTime &now, qint64 seconds) const
{
    // Only a key that still works can be "about to expire"; revoked and already
    // expired keys have their own status.
    if (status(now) != KeyStatus::Active || !expiresAt.isValid())
        return false;
    return now.secsTo(expiresAt) <= seconds;
}

} // namespace keydesk
