#include "CreateKeyRequest.h"

#include <QTimeZone>

namespace keydesk {

namespace {

constexpr qint64 secondsPerDay = 24 * 60 * 60;

} // namespace

Expiry Expiry::onDate(QDate date, const QTimeZone &zone)
{
    // startOfDay() also copes with days that begin with a DST gap (it takes the first
    // valid moment).
    return {Kind::OnDate, 0, date, date.isValid() ? date.startOfDay(zone).toUTC() : QDateTime()};
}

QDateTime Expiry::instant(const QDateTime &now) const
{
    switch (kind) {
    case Kind::Never:
        return {};
    case Kind::InDays:
        // Seconds on a UTC clock: addDays() on a local time would give 23 or 25 hours
        // across a DST change.
        return now.toUTC().addSecs(qint64(days) * secondsPerDay);
    case Kind::OnDate:
        return startsAt;
    }
    return {};
}

qint64 Expiry::wholeDaysFrom(const QDateTime &now) const
{
    if (kind == Kind::InDays)
        return days;
    const QDateTime end = instant(now);
    if (!end.isValid())
        return 0;
    const qint64 seconds = now.toUTC().secsTo(end);
    // Rounded up, so the key never expires before the start of the chosen day.
    return seconds > 0 ? (seconds + secondsPerDay - 1) / secondsPerDay : seconds / secondsPerDay;
}

} // namespace keydesk
