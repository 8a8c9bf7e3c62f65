#pragma once

#include <QDateTime>
#include <QString>

namespace keydesk {

// "3 days ago", "in 5 days", "just now": a coarse, translated distance between two
// instants for table cells. Both must be valid; the caller words a missing date
// ("never") itself because its meaning depends on the column.
QString relativeTime(const QDateTime &when, const QDateTime &now);

// "in 3 days", "in 5 hours": how far ahead `when` is, for expiry warnings. A past
// `when` yields relativeTime()'s "ago" wording.
QString relativeFuture(const QDateTime &when, const QDateTime &now);

// The exact local date and time in the system locale's long format (tooltips).
QString exactLocalTime(const QDateTime &when);

} // namespace keydesk
