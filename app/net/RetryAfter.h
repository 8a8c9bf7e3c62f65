#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace keydesk {

// Reads an HTTP Retry-After value: delta-seconds ("120") or an HTTP date
// ("Wed, 21 Oct 2015 07:28:00 GMT", also the obsolete asctime form), relative to `now`.
// Returns the wait in milliseconds (0 for a date in the past), nullopt when absent or
// unreadable.
std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now);

} // namespace keydesk
