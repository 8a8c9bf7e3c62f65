// Expiry is defined by UTC instants (models/CreateKeyRequest.h): the same choice means
// the same moment whatever the time zone, across DST changes too. Zones at the edges:
// UTC−12 (Etc/GMT+12), UTC+12 (Etc/GMT-12), UTC+14 (Pacific/Kiritimati), Berlin (DST at
// 02:00) and Santiago (DST at midnight: the day starts at 01:00).
#include "QtPrinters.h"

#include "CreateKeyRequest.h"
#include "DialectCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace keydesk;

namespace {

constexpr qint64 day = 24 * 60 * 60;

const char *const zoneIds[] = {"Etc/GMT+12",    "Etc/GMT-12",       "Pacific/Kiritimati",
                               "Europe/Berlin", "America/Santiago", "UTC"};

QTimeZone zone(const char *id)
{
    const QTimeZone tz{QByteArray(id)};
    EXPECT_TRUE(tz.isValid()) << id << ": is tzdata installed?";
    return tz;
}

QDateTime at(int year, int month, int dayOfMonth, int hour, int minute, const QTimeZone &tz)
{
    return QDateTime(QDate(year, month, dayOfMonth), QTime(hour, minute), tz);
}

QJsonObject encoded(Dialect dialect, const Expiry &expiry, const QDateTime &now)
{
    return QJsonDocument::fromJson(DialectCodec::create(dialect)->encodeCreate({QStringLiteral("k"), expiry}, now))
        .object();
}

} // namespace

TEST(Expiry, InDaysIsTwentyFourHoursADayAcrossADstChange)
{
    const QTimeZone berlin = zone("Europe/Berlin");
    // The evening before the spring change (2025-03-30 02:00 → 03:00) and before the
    // autumn one (2025-10-26 03:00 → 02:00).
    for (const QDateTime &now : {at(2025, 3, 29, 22, 15, berlin), at(2025, 10, 25, 22, 15, berlin)}) {
        for (const int days : {1, 2, 30}) {
            const QDateTime end = Expiry::inDays(days).instant(now);
            EXPECT_EQ(now.secsTo(end), days * day) << now.toString(Qt::ISODate).toStdString();
            EXPECT_EQ(end.timeSpec(), Qt::UTC);
            // So the wall clock moves by an hour: that is the point.
            EXPECT_NE(end.toTimeZone(berlin).time(), now.time());
        }
        // What LocalLeads receives is that instant, in UTC.
        const QString sent =
            encoded(Dialect::LocalLeads, Expiry::inDays(1), now).value(QLatin1String("expiresAt")).toString();
        EXPECT_EQ(QDateTime::fromString(sent, Qt::ISODateWithMs), now.addSecs(day)) << sent.toStdString();
        EXPECT_TRUE(sent.endsWith(u'Z')) << sent.toStdString();
        EXPECT_EQ(encoded(Dialect::LeadHql, Expiry::inDays(1), now).value(QLatin1String("expiresInDays")).toInt(), 1);
    }
}

TEST(Expiry, InDaysIsTheSameInstantInEveryZone)
{
    const QDateTime utcNow(QDate(2026, 1, 10), QTime(23, 30), QTimeZone::utc());
    for (const char *id : zoneIds) {
        // The same moment, read on a clock of that zone.
        const QDateTime now = utcNow.toTimeZone(zone(id));
        const QString sent =
            encoded(Dialect::LocalLeads, Expiry::inDays(1), now).value(QLatin1String("expiresAt")).toString();
        EXPECT_EQ(sent, QStringLiteral("2026-01-11T23:30:00.000Z")) << id;
    }
}

TEST(Expiry, ADateStartsAtMidnightWhereItWasChosen)
{
    struct Case final {
        const char *zone;
        QDate date;
        const char *startsAt; // UTC
    };
    const Case cases[] = {
        {"Etc/GMT+12", QDate(2026, 1, 11), "2026-01-11T12:00:00.000Z"},
        {"Etc/GMT-12", QDate(2026, 1, 11), "2026-01-10T12:00:00.000Z"},
        {"Pacific/Kiritimati", QDate(2026, 1, 11), "2026-01-10T10:00:00.000Z"},
        {"Europe/Berlin", QDate(2025, 3, 30), "2025-03-29T23:00:00.000Z"},   // the spring change day (CET)
        {"Europe/Berlin", QDate(2025, 3, 31), "2025-03-30T22:00:00.000Z"},   // the day after (CEST)
        {"Europe/Berlin", QDate(2025, 10, 27), "2025-10-26T23:00:00.000Z"},  // after the autumn change
        {"America/Santiago", QDate(2024, 9, 8), "2024-09-08T04:00:00.000Z"}, // begins 01:00 -03
        {"UTC", QDate(2027, 1, 1), "2027-01-01T00:00:00.000Z"},
    };
    for (const Case &c : cases) {
        const Expiry expiry = Expiry::onDate(c.date, zone(c.zone));
        EXPECT_EQ(expiry.date, c.date);
        EXPECT_EQ(expiry.startsAt.toString(Qt::ISODateWithMs), QString::fromLatin1(c.startsAt)) << c.zone;
        const QDateTime now = expiry.startsAt.addDays(-3);
        EXPECT_EQ(encoded(Dialect::LocalLeads, expiry, now).value(QLatin1String("expiresAt")).toString(),
                  QString::fromLatin1(c.startsAt))
            << c.zone;
    }
}

TEST(Expiry, LeadHqlDaysNeverEndBeforeTheChosenDayAndWithinADayOfItsStart)
{
    // Every half hour over the days around both Berlin changes (and a plain week
    // elsewhere), for tomorrow, the day after and a month ahead: the server's
    // now + expiresInDays × 24 h lands on or after the chosen day's start, and less
    // than 24 hours after it (so at most a DST hour into the next day).
    struct Window final {
        const char *zone;
        QDate first;
    };
    const Window windows[] = {{"Europe/Berlin", QDate(2025, 3, 27)},     {"Europe/Berlin", QDate(2025, 10, 23)},
                              {"America/Santiago", QDate(2024, 9, 5)},   {"Etc/GMT+12", QDate(2026, 1, 8)},
                              {"Pacific/Kiritimati", QDate(2026, 1, 8)}, {"Etc/GMT-12", QDate(2026, 1, 8)}};
    for (const Window &window : windows) {
        const QTimeZone tz = zone(window.zone);
        for (QDateTime now = window.first.startOfDay(tz); now < window.first.addDays(5).startOfDay(tz);
             now = now.addSecs(30 * 60)) {
            const QDate today = now.toTimeZone(tz).date();
            for (const int ahead : {1, 2, 31}) {
                const Expiry expiry = Expiry::onDate(today.addDays(ahead), tz);
                const qint64 days =
                    encoded(Dialect::LeadHql, expiry, now).value(QLatin1String("expiresInDays")).toInteger();
                const QDateTime serverEnd = now.toUTC().addSecs(days * day);
                ASSERT_GE(days, 1) << window.zone << ' ' << now.toString(Qt::ISODate).toStdString();
                ASSERT_GE(serverEnd, expiry.startsAt) << window.zone << ' ' << now.toString(Qt::ISODate).toStdString();
                ASSERT_LT(expiry.startsAt.secsTo(serverEnd), day)
                    << window.zone << ' ' << now.toString(Qt::ISODate).toStdString();
            }
        }
    }
}

TEST(Expiry, NeverHasNoInstant)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_FALSE(Expiry::never().instant(now).isValid());
    EXPECT_EQ(Expiry::never().wholeDaysFrom(now), 0);
    EXPECT_FALSE(encoded(Dialect::LocalLeads, Expiry::never(), now).contains(QLatin1String("expiresAt")));
    EXPECT_FALSE(encoded(Dialect::LeadHql, Expiry::never(), now).contains(QLatin1String("expiresInDays")));
}
