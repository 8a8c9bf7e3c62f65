#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace keydesk {

// Reads the claims of a JWT without verifying it: for display and expiry warnings
// only, never for a security decision.
struct JwtClaims final {
    bool isJwt = false;  // three base64url parts with a JSON payload
    QDateTime expiresAt; // `exp`, null when absent or not a number
    QDateTime issuedAt;  // `iat`
    QString subject;     // `sub`
};

JwtClaims readJwtClaims(QStringView token);

} // namespace keydesk
