#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace keydesk {

namespace {

constexpr qint64 secondsPerMinute = 60;
constexpr qint64 secondsPerHour = 60 * secondsPerMinute;
constexpr qint64 secondsPerDay = 24 * secondsPerHour;

enum class Unit { Minute, Hour, Day, Month, Year };

// The four source texts of one unit, indexed by Unit.
struct UnitTexts final {
    const char *pastOne;
    const char *pastMany;
    const char *futureOne;
    const char *futureMany;
};

// Each unit has a separate singular source text on purpose: without an English
// translation file Qt would print "%n day(s)" literally, and a translator still gets
// both texts as numerus forms, so every language keeps its own plural rules.
constexpr UnitTexts unitTexts[] = {
    {QT_TRANSLATE_N_NOOP("RelativeTime", "%n minute ago"), QT_TRANSLATE_N_NOOP("RelativeTime", "%n minutes ago"),
     QT_TRANSLATE_N_NOOP("RelativeTime", "in %n minute"), QT_TRANSLATE_N_NOOP("RelativeTime", "in %n minutes")},
    {QT_TRANSLATE_N_NOOP("RelativeTime", "%n hour ago"), QT_TRANSLATE_N_NOOP("RelativeTime", "%n hours ago"),
     QT_TRANSLATE_N_NOOP("RelativeTime", "in %n hour"), QT_TRANSLATE_N_NOOP("RelativeTime", "in %n hours")},
    {QT_TRANSLATE_N_NOOP("RelativeTime", "%n day ago"), QT_TRANSLATE_N_NOOP("RelativeTime", "%n days ago"),
     QT_TRANSLATE_N_NOOP("RelativeTime", "in %n day"), QT_TRANSLATE_N_NOOP("RelativeTime", "in %n days")},
    {QT_TRANSLATE_N_NOOP("RelativeTime", "%n month ago"), QT_TRANSLATE_N_NOOP("RelativeTime", "%n months ago"),
     QT_TRANSLATE_N_NOOP("RelativeTime", "in %n month"), QT_TRANSLATE_N_NOOP("RelativeTime", "in %n months")},
    {QT_TRANSLATE_N_NOOP("RelativeTime", "%n year ago"), QT_TRANSLATE_N_NOOP("RelativeTime", "%n years ago"),
     QT_TRANSLATE_N_NOOP("RelativeTime", "in %n year"), QT_TRANSLATE_N_NOOP("RelativeTime", "in %n years")},
};

QString unitText(Unit unit, int n, bool future)
{
    const UnitTexts &texts = unitTexts[static_cast<int>(unit)];
    const char *source = future ? (n == 1 ? texts.futureOne : texts.futureMany)
                                : (n == 1 ? texts.pastOne : texts.pastMany);
    return QCoreApplication::translate("RelativeTime", source, nullptr, n);
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
        return unitText(unit, n, true);
    }
    const auto [unit, n] = coarse(-seconds);
    return unitText(unit, n, false);
}

QString relativeFuture(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(when);
    if (seconds > 0 && seconds < secondsPerMinute)
        return unitText(Unit::Minute, 1, true);
    return relativeTime(when, now);
}

QString exactLocalTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

} // namespace keydesk
