#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace keydesk {

namespace {

constexpr qint64 secondsPerMinute = 60;
constexpr qint64 secondsPerHour = 60 * secondsPerMinute;
constexpr qint64 secondsPerDay = 24 * secondsPerHour;

enum class Unit { Minute, Hour, Day, Month, Year };

// Each unit has a separate singular source text on purpose: without an English
// translation file Qt would print "%n day(s)" literally, and a translator still gets
// both texts as numerus forms, so every language keeps its own plural rules.
QString pastText(Unit unit, int n)
{
    switch (unit) {
    case Unit::Minute:
        return n == 1 ? QCoreApplication::translate("RelativeTime", "%n minute ago", nullptr, n)
                      : QCoreApplication::translate("RelativeTime", "%n minutes ago", nullptr, n);
    case Unit::Hour:
        return n == 1 ? QCoreApplication::translate("RelativeTime", "%n hour ago", nullptr, n)
                      : QCoreApplication::translate("RelativeTime", "%n hours ago", nullptr, n);
    case Unit::Day:
        return n == 1 ? QCoreApplication::translate("RelativeTime", "%n day ago", nullptr, n)
                      : QCoreApplication::translate("RelativeTime", "%n days ago", nullptr, n);
    case Unit::Month:
        return n == 1 ? QCoreApplication::translate("RelativeTime", "%n month ago", nullptr, n)
                      : QCoreApplication::translate("RelativeTime", "%n months ago", nullptr, n);
    case Unit::Year:
        return n == 1 ? QCoreApplication::translate("RelativeTime", "%n year ago", nullptr, n)
                      : QCoreApplication::translate("RelativeTime", "%n years ago", nullptr, n);
    }
    return {};
}

QString futureText(Unit unit, int n)
{
    switch (unit) {
    case Unit::Minute:
        return n == 1 ? QCoreApplication::translate("RelativeTime", "in %n minute", nullptr, n)
                      : QCoreApplication::translate("RelativeTime", "in %n minutes", nullptr, n);
    case Unit::Hour:
        return n == 1 ? QCoreApplication::translate("RelativeTime", "in %n hour", nullptr, n)
                      : QCoreApplication::translate("RelativeTime", "in %n hours", nullptr, n);
    case Unit::Day:
        return n == 1 ? QCoreApplication::translate("RelativeTime", "in %n day", nullptr, n)
                      : QCoreApplication::translate("RelativeTime", "in %n days", nullptr, n);
    case Unit::Month:
        return n == 1 ? QCoreApplication::translate("RelativeTime", "in %n month", nullptr, n)
                      : QCoreApplication::translate("RelativeTime", "in %n months", nullptr, n);
    case Unit::Year:
        return n == 1 ? QCoreApplication::translate("RelativeTime", "in %n year", nullptr, n)
                      : QCoreApplication::translate("RelativeTime", "in %n years", nullptr, n);
    }
    return {};
}

// Whole units, rounded down: "in 6 days" for 6 days 20 hours never overstates the time
// left before an expiry.
std::pair<Unit, int> coarse(qint64 seconds)
{
    if (seconds < secondsPerHour)
        return {Unit::Minute, int(qMax<qint64>(1, seconds / secondsPerMinute))};
    if (seconds < secondsPerDay)
        return {Unit::Hour, int(seconds / secondsPerHour)};
    const qint64 days = seconds / secondsPerDay;
    if (days < 60)
        return {Unit::Day, int(days)};
    if (days < 730)
        return {Unit::Month, int(days / 30)};
    return {Unit::Year, int(days / 365)};
}

} // namespace

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(when);
    if (qAbs(seconds) < secondsPerMinute)
        return QCoreApplication::translate("RelativeTime", "just now");
    if (seconds > 0) {
        const auto [unit, n] = coarse(seconds);
        return futureText(unit, n);
    }
    const auto [unit, n] = coarse(-seconds);
    return pastText(unit, n);
}

QString relativeFuture(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(when);
    if (seconds > 0 && seconds < secondsPerMinute)
        return futureText(Unit::Minute, 1);
    return relativeTime(when, now);
}

QString exactLocalTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

} // namespace keydesk
