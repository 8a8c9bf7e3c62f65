#pragma once

#include "KeyStatus.h"

#include <QDateTime>
#include <QString>

namespace keydesk {

// Which key of the inventory a found key is (LeakInventoryMatcher).
struct LeakMatch final {
    // How sure: the fingerprint of a key KeyDesk created or tracks is certain; the
    // LocalLeads keyPrefix (13 characters) or a masked identifier with its last 4
    // characters is very likely.
    enum class By { Fingerprint, KeyPrefix, MaskedIdentifier };

    QString organisation;
    QString keyId;
    QString keyName;
    KeyStatus status = KeyStatus::Active;
    QDateTime lastUsedAt; // null: never used, or not reported
    By by = By::Fingerprint;
};

} // namespace keydesk
