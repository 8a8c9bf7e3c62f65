#pragma once

#include "KeyStatus.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace keydesk {

// The normalised key record, whatever the dialect. Absent values are null QDateTime /
// empty QString / std::nullopt. Never holds the secret itself (see CreatedKey).
struct ApiKey final {
    QString id;
    QString name;
    bool revoked = false;             // server says revoked (LeadHQL status "revoked")
    QDateTime createdAt;              // UTC
    QDateTime expiresAt;              // UTC, null = never expires
    QDateTime lastUsedAt;             // UTC, null = never used / not reported
    std::optional<qint64> usageCount; // nullopt = the dialect does not report it
    QString keyPrefix;                // visible identifier ("ll_a1b2c3d4e5", "leadhql_pk_…a1b2")
    QString createdBy;                // "Alice Smith <alice@example.com>", empty if not reported

    KeyStatus status(const QDateTime &now) const;
    bool expiresWithin(const QDateTime &now, qint64 seconds) const;
};

} // namespace keydesk
