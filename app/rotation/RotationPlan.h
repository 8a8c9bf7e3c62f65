#pragma once

#include "ApiKey.h"
#include "Organisation.h"

#include <QString>

namespace keydesk {

// What a rotation is asked to do (Key → Rotate…, `keydesk-cli rotate`).
struct RotationPlan final {
    static constexpr qint64 defaultQuietForSeconds = 24 * 3600;
    // The successor's lifetime when the old key never expires (docs/design.md#rotation).
    static constexpr int defaultExpiryDays = 90;

    Organisation organisation;
    ApiKey oldKey; // as last listed
    QString newKeyName;
    qint64 quietForSeconds = defaultQuietForSeconds;
    bool autoRevoke = true;
    // A leaked key: revoke the old key right after the successor exists, without
    // waiting for the successor's use (the caller confirmed what will break).
    bool emergency = false;
};

} // namespace keydesk
