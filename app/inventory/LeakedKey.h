#pragma once

#include <QDateTime>
#include <QString>

namespace keydesk {

// A key of the inventory that a leak scan found live somewhere (docs/design.md#leak-scan):
// the `leaked` finding until it is revoked or expires. Never the secret.
struct LeakedKey final {
    QString organisation;
    QString keyId;
    QString fingerprint; // lowercase hex SHA-256
    QString location;    // where it was seen last: "path:line" or "commit path"
    QDateTime firstSeenAt;
    QDateTime lastSeenAt;
};

} // namespace keydesk
