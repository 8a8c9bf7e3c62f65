// Thinning old observations: all of the last week, at most one per hour up to 90 days,
// at most one per day beyond; the first and last of each key always stay.
#include "InventoryTestSupport.h"
#include "ObservationThinner.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace keydesk;
using namespace keydesk::test;

namespace {

constexpr int days = 100;
constexpr int stepMinutes = 10;

class ThinningTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path() const { return m_dir.filePath(QStringLiteral("inventory.sqlite")); }

    // A busy key whose usage changes at every refresh for `days` days, and a quiet key
    // that was busy on the first day only. Records are queued without waiting, in order.
    void simulate(Inventory &inventory)
    {
        const Organisation org = organisation(QStringLiteral("work"));
        const int steps = days * 24 * 60 / stepMinutes;
        qint64 quietUsage = 0;
        for (int step = 0; step <= steps; ++step) {
            const QDateTime when = at(1).addSecs(qint64(step) * stepMinutes * 60);
            if (step < 24 * 60 / stepMinutes && step % 6 == 0)
                ++quietUsage; // hourly on day 1, then never again
            inventory.record(org, {sampleKey(1, step, when), sampleKey(2, quietUsage)}, when);
        }
        m_end = at(1).addSecs(qint64(steps) * stepMinutes * 60);
        bool idle = false;
        inventory.whenIdle(&inventory, [&idle] { idle = true; });
        ASSERT_TRUE(QTest::qWaitFor([&idle] { return idle; }, 600000));
    }

    QTemporaryDir m_dir;
    QDateTime m_end;
};

TEST_F(ThinningTest, OldObservationsAreHourlyThenDailyAndTheNewestWeekIsWhole)
{
    {
        Inventory inventory(path());
        ASSERT_TRUE(openAndWait(inventory).isReady());
        simulate(inventory);
        ASSERT_TRUE(inventory.status().isReady()) << inventory.status().message().toStdString();
    }
    RawDatabase raw(path());
    const qint64 end = m_end.toMSecsSinceEpoch();
    const qint64 hourly =
        raw.scalar(QStringLiteral("SELECT value FROM maintenance WHERE name = 'thinned_hourly_before'")).toLongLong();
    const qint64 daily = raw.scalar(QStringLiteral("SELECT value FROM maintenance WHERE name = 'thinned_daily_before'"))
                             .toLongLong();
    // It ran from time to time (every 6 hours of listings), not once at the end.
    EXPECT_GE(hourly, end - ObservationThinner::keepAllMs - ObservationThinner::intervalMs);
    EXPECT_LE(hourly, end - ObservationThinner::keepAllMs);
    EXPECT_GE(daily, end - ObservationThinner::hourlyMs - ObservationThinner::intervalMs);

    const QString busy = QStringLiteral("(SELECT id FROM keys WHERE key_id = 'key-1')");
    const auto count = [&](const QString &where) {
        return raw
            .scalar(QStringLiteral("SELECT count(*) FROM observations WHERE key_row = %1 AND %2").arg(busy, where))
            .toLongLong();
    };
    const qint64 stepMs = stepMinutes * 60 * 1000;
    // Everything since the last threshold is there.
    const qint64 recent = count(QStringLiteral("observed_at >= %1").arg(hourly));
    EXPECT_EQ(recent, (end - hourly + stepMs - 1) / stepMs + ((end - hourly) % stepMs == 0 ? 1 : 0));
    // Between the thresholds: one per hour, the last of its hour.
    const QString hourlyRange = QStringLiteral("observed_at >= %1 AND observed_at < %2").arg(daily).arg(hourly);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM (SELECT observed_at / 3600000 AS b FROM observations "
                                        "WHERE key_row = %1 AND %2 GROUP BY b HAVING count(*) > 1)")
                             .arg(busy, hourlyRange))
                  .toInt(),
              0);
    const qint64 hours = count(hourlyRange);
    EXPECT_GE(hours, (hourly - daily) / ObservationThinner::hourMs - 1);
    EXPECT_LE(hours, (hourly - daily) / ObservationThinner::hourMs + 2);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM observations WHERE key_row = %1 AND %2 "
                                        "AND observed_at % 3600000 != %3 AND observed_at / 3600000 < %4 / 3600000 "
                                        "AND observed_at / 3600000 > %5 / 3600000")
                             .arg(busy, hourlyRange)
                             .arg(ObservationThinner::hourMs - stepMs)
                             .arg(hourly)
                             .arg(daily))
                  .toInt(),
              0)
        << "each hour keeps its last observation";
    // Before: one per day, plus the very first observation of the key.
    const QString dailyRange = QStringLiteral("observed_at < %1").arg(daily);
    const qint64 firstAt = at(1).toMSecsSinceEpoch();
    EXPECT_EQ(count(QStringLiteral("observed_at = %1").arg(firstAt)), 1) << "the first observation stays";
    EXPECT_EQ(
        raw.scalar(QStringLiteral("SELECT count(*) FROM (SELECT observed_at / 86400000 AS b FROM observations "
                                  "WHERE key_row = %1 AND %2 AND observed_at != %3 GROUP BY b HAVING count(*) > 1)")
                       .arg(busy, dailyRange)
                       .arg(firstAt))
            .toInt(),
        0);
    const qint64 dayCount = count(dailyRange);
    EXPECT_GE(dayCount, (daily - firstAt) / ObservationThinner::dayMs);
    EXPECT_LE(dayCount, (daily - firstAt) / ObservationThinner::dayMs + 2);
    EXPECT_EQ(count(QStringLiteral("observed_at = %1").arg(end)), 1) << "the last observation stays";

    // The quiet key changed hourly on day 1 only: its first and last observations stay,
    // the rest of that day is thinned to the last of the day (which is its last).
    const QStringList quiet = raw.column(QStringLiteral(
        "SELECT observed_at FROM observations WHERE key_row = (SELECT id FROM keys WHERE key_id = 'key-2') ORDER BY observed_at"));
    EXPECT_EQ(quiet, (QStringList{QString::number(firstAt), QString::number(at(1, 23).toMSecsSinceEpoch())}));
    // And the history still reads oldest first.
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

TEST_F(ThinningTest, ItIsNotRunOnEveryRecord)
{
    Inventory inventory(path());
    ASSERT_TRUE(openAndWait(inventory).isReady());
    const Organisation org = organisation(QStringLiteral("work"));
    // Ten days of hourly changes recorded within one hour of "now": never due twice.
    ASSERT_TRUE(recordListing(inventory, org, {sampleKey(1, 0)}, at(20)).ok());
    RawDatabase raw(path());
    const QString firstRun = raw.scalar(QStringLiteral("SELECT value FROM maintenance WHERE name = 'thinned_at'"))
                                 .toString();
    for (int minute = 1; minute < 60; ++minute)
        ASSERT_TRUE(recordListing(inventory, org, {sampleKey(1, minute)}, at(20, 0, minute)).ok());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT value FROM maintenance WHERE name = 'thinned_at'")).toString(),
              firstRun);
    ASSERT_TRUE(recordListing(inventory, org, {sampleKey(1, 99)}, at(20, 6)).ok());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT value FROM maintenance WHERE name = 'thinned_at'")).toLongLong(),
              at(20, 6).toMSecsSinceEpoch());
}

} // namespace
