#pragma once

#include "ApiKey.h"
#include "CreatedKey.h"

#include <QDateTime>
#include <QJsonObject>

namespace keydesk {

// docs/design.md#json-output: `id name status createdAt expiresAt lastUsedAt usageCount keyPrefix
// createdBy`, status active|revoked|expired, absent values null, ISO 8601 UTC with ms.
QJsonObject toNormalisedJson(const ApiKey &key, const QDateTime &now);
// The same plus `key` (the secret), for `create --json`.
QJsonObject toNormalisedJson(const CreatedKey &created, const QDateTime &now);

} // namespace keydesk
