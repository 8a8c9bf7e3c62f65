#pragma once

#include "KeyStatus.h"

#include <QDateTime>
#include <QVariant>

#include <optional>

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
};

} // namespace keydesk
