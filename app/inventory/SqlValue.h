#pragma once

#include "ApiKey.h"
#include "KeyStatus.h"

#include <QDateTime>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace keydesk {

// How the inventory stores values: times as UTC milliseconds since the epoch (compact,
// sortable, no time zone parsing), absent values as NULL.
class SqlValue final {
public:
    static QVariant time(const QDateTime &when);
    static QDateTime toTime(const QVariant &value);
    static qint64 millis(const QDateTime &when) { return when.toMSecsSinceEpoch(); }
    static QVariant count(std::optional<qint64> count);
    static std::optional<qint64> toCount(const QVariant &value);
    // Text that may be absent (keyPrefix, createdBy): NULL when empty.
    static QVariant optionalText(const QString &text);
    // Statuses as small integers: 0 active, 1 revoked, 2 expired (stable: on disk).
    static int statusCode(KeyStatus status);
    static KeyStatus toStatus(const QVariant &value);
    // The key record stored in the keys table, read from the nine columns that start at
    // `first`: id, name, revoked, createdAt, expiresAt, lastUsedAt, usageCount, keyPrefix,
    // createdBy (InventoryReader and InventoryRecorder select them in that order).
    static ApiKey toKey(const QSqlQuery &query, int first);
};

} // namespace keydesk
