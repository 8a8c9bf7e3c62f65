#include "InventoryTestSupport.h"
#include "KeyDetailsPane.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace keydesk;
using namespace keydesk::test;

namespace {

// A LeadHQL key used 10, 25, 25 (unchanged: no observation), 40 times over two months.
class KeyDetailsPaneTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(directory.isValid());
        inventory = std::make_unique<Inventory>(directory.filePath(QStringLiteral("inventory.sqlite")));
        ASSERT_TRUE(openAndWait(*inventory).isReady());
    }
    void record(const Organisation &org, const ApiKey &key, const QDateTime &when)
    {
        ASSERT_TRUE(recordListing(*inventory, org, {key}, when).ok());
    }
    bool waitShown(KeyDetailsPane &, QSignalSpy &spy) { return spy.count() > 0 || spy.wait(20000); }

    QTemporaryDir directory;
    std::unique_ptr<Inventory> inventory;
    const QDateTime now = at(60, 12);
};

} // namespace

TEST_F(KeyDetailsPaneTest, LeadHqlHistoryBecomesUsageCountPointsForEachRange)
{
    const Organisation org = organisation(QStringLiteral("Acme"));
    record(org, sampleKey(1, 10), at(1));     // two months before now
    record(org, sampleKey(1, 25), at(50));    // ten days before
    record(org, sampleKey(1, 25), at(55));    // no change: no point
    record(org, sampleKey(1, 40), at(60, 6)); // six hours before

    KeyDetailsPane pane(inventory.get(), [this] { return now; });
    QSignalSpy shown(&pane, &KeyDetailsPane::historyShown);
    pane.showKey(org.name, Dialect::LeadHql, sampleKey(1, 40));
    ASSERT_TRUE(waitShown(pane, shown));
    EXPECT_TRUE(pane.isChartShown());
    const double t = double(now.toMSecsSinceEpoch());
    const auto ms = [](const QDateTime &when) { return double(when.toMSecsSinceEpoch()); };

    pane.setRange(UsageSeries::Range::Day);
    // 25 carried in at the start, 40 at six hours ago, held until now.
    EXPECT_EQ(pane.series().points, (QList<QPointF>{{ms(now.addDays(-1)), 25}, {ms(at(60, 6)), 40}, {t, 40}}));
    pane.setRange(UsageSeries::Range::Week);
    EXPECT_EQ(pane.series().points, (QList<QPointF>{{ms(now.addDays(-7)), 25}, {ms(at(60, 6)), 40}, {t, 40}}));
    pane.setRange(UsageSeries::Range::Month);
    EXPECT_EQ(pane.series().points,
              (QList<QPointF>{{ms(now.addDays(-30)), 10}, {ms(at(50)), 25}, {ms(at(60, 6)), 40}, {t, 40}}));
    pane.setRange(UsageSeries::Range::All);
    EXPECT_EQ(pane.series().points, (QList<QPointF>{{ms(at(1)), 10}, {ms(at(50)), 25}, {ms(at(60, 6)), 40}, {t, 40}}));
    // What the chart draws is the series.
    EXPECT_EQ(pane.chartSeries()->points(), pane.series().points);
    EXPECT_EQ(pane.fieldText(QStringLiteral("usageCountValue")), QStringLiteral("40"));
    EXPECT_TRUE(pane.fieldText(QStringLiteral("firstSeenValue")).contains(QStringLiteral("2026")));
}

TEST_F(KeyDetailsPaneTest, LocalLeadsLastUseTimesBecomeUsesPerBin)
{
    const Organisation org = organisation(QStringLiteral("Northwind"), Dialect::LocalLeads);
    ApiKey key = sampleKey(2);
    key.usageCount.reset();
    key.keyPrefix = QStringLiteral("ll_a1b2c3d4e5");
    key.createdBy = QStringLiteral("Alice Smith <alice@example.com>");
    const QList<QDateTime> uses{at(58, 9), at(59, 10, 5), at(59, 10, 40), at(60, 11)};
    record(org, key, at(57));
    for (const QDateTime &use : uses) {
        key.lastUsedAt = use;
        record(org, key, use.addSecs(60));
    }
    KeyDetailsPane pane(inventory.get(), [this] { return now; });
    QSignalSpy shown(&pane, &KeyDetailsPane::historyShown);
    pane.showKey(org.name, Dialect::LocalLeads, key);
    ASSERT_TRUE(waitShown(pane, shown));
    EXPECT_EQ(pane.series().kind, UsageSeries::Kind::UsesPerBin);

    pane.setRange(UsageSeries::Range::Day); // hourly: the two uses at 10:xx yesterday share a bin
    const qint64 hour = 3600 * 1000;
    EXPECT_EQ(pane.series().binMs, hour);
    QMap<qint64, double> nonZero;
    for (const QPointF &point : pane.series().points) {
        if (point.y() > 0)
            nonZero.insert(qint64(point.x()), point.y());
    }
    EXPECT_EQ(nonZero, (QMap<qint64, double>{{at(60, 11).toMSecsSinceEpoch(), 1}}));
    pane.setRange(UsageSeries::Range::Week); // daily
    nonZero.clear();
    for (const QPointF &point : pane.series().points) {
        if (point.y() > 0)
            nonZero.insert(qint64(point.x()), point.y());
    }
    EXPECT_EQ(nonZero,
              (QMap<qint64, double>{
                  {at(58).toMSecsSinceEpoch(), 1}, {at(59).toMSecsSinceEpoch(), 2}, {at(60).toMSecsSinceEpoch(), 1}}));
    EXPECT_EQ(pane.series().points.size(), 8); // 7 days back from noon: 8 day bins
    EXPECT_EQ(pane.fieldText(QStringLiteral("createdByValue")), key.createdBy);
    EXPECT_EQ(pane.fieldText(QStringLiteral("identifierValue")), QStringLiteral("ll_a1b2c3d4e5"));
}

TEST_F(KeyDetailsPaneTest, AKeyWithoutHistorySaysSo)
{
    KeyDetailsPane pane(inventory.get(), [this] { return now; });
    QSignalSpy shown(&pane, &KeyDetailsPane::historyShown);
    pane.showKey(QStringLiteral("Acme"), Dialect::LeadHql, sampleKey(7, 3));
    ASSERT_TRUE(waitShown(pane, shown));
    EXPECT_FALSE(pane.isChartShown());
    EXPECT_EQ(pane.emptyStateText(),
              QStringLiteral("No history yet: KeyDesk records this key's usage at every refresh."));
    EXPECT_EQ(pane.fieldText(QStringLiteral("firstSeenValue")), QStringLiteral("not in the inventory yet"));
}

TEST_F(KeyDetailsPaneTest, AnAnswerForAKeyNoLongerSelectedIsDropped)
{
    const Organisation org = organisation(QStringLiteral("Acme"));
    record(org, sampleKey(1, 10), at(50));
    record(org, sampleKey(1, 20), at(59));
    KeyDetailsPane pane(inventory.get(), [this] { return now; });
    QSignalSpy shown(&pane, &KeyDetailsPane::historyShown);
    // Key 1's history is asked for, then the selection moves on before it arrives.
    pane.showKey(org.name, Dialect::LeadHql, sampleKey(1, 20));
    pane.clear();
    bool idle = false;
    inventory->whenIdle(&pane, [&idle] { idle = true; });
    ASSERT_TRUE(QTest::qWaitFor([&idle] { return idle; }, 20000));
    QCoreApplication::processEvents();
    EXPECT_EQ(shown.count(), 0);
    EXPECT_TRUE(pane.series().points.isEmpty());
    EXPECT_EQ(pane.emptyStateText(), QStringLiteral("Select a key to see its details and usage over time."));

    // Another key of the same organisation, then back: only the last one lands.
    pane.showKey(org.name, Dialect::LeadHql, sampleKey(2, 0));
    pane.showKey(org.name, Dialect::LeadHql, sampleKey(1, 20));
    ASSERT_TRUE(shown.wait(20000));
    idle = false;
    inventory->whenIdle(&pane, [&idle] { idle = true; });
    ASSERT_TRUE(QTest::qWaitFor([&idle] { return idle; }, 20000));
    QCoreApplication::processEvents();
    ASSERT_EQ(shown.count(), 1);
    EXPECT_EQ(shown.at(0).at(0).toString(), QStringLiteral("key-1"));
    EXPECT_TRUE(pane.isChartShown());
}

TEST_F(KeyDetailsPaneTest, ServerTextIsShownEscapedAsPlainText)
{
    ApiKey key = sampleKey(3, 1);
    key.name = QStringLiteral("<b>bold</b>\x1b]0;evil\x07");
    KeyDetailsPane pane(inventory.get(), [this] { return now; });
    pane.showKey(QStringLiteral("Acme"), Dialect::LeadHql, key);
    for (QLabel *label : pane.findChildren<QLabel *>())
        EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->objectName().toStdString();
    bool found = false;
    for (QLabel *label : pane.findChildren<QLabel *>())
        found = found || label->text() == QStringLiteral("<b>bold</b>\\x1b]0;evil\\x07");
    EXPECT_TRUE(found);
}

TEST_F(KeyDetailsPaneTest, ARecordedListingUpdatesTheKeyOnScreen)
{
    const Organisation org = organisation(QStringLiteral("Acme"));
    record(org, sampleKey(1, 10), at(50));
    KeyDetailsPane pane(inventory.get(), [this] { return now; });
    QSignalSpy shown(&pane, &KeyDetailsPane::historyShown);
    pane.showKey(org.name, Dialect::LeadHql, sampleKey(1, 10));
    ASSERT_TRUE(waitShown(pane, shown));
    EXPECT_EQ(pane.fieldText(QStringLiteral("usageCountValue")), QStringLiteral("10"));
    shown.clear();
    record(org, sampleKey(1, 35), at(59)); // a refresh: the window records the listing
    ASSERT_TRUE(shown.wait(20000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&pane] { return pane.fieldText(QStringLiteral("usageCountValue")) == QStringLiteral("35"); }, 20000));
    EXPECT_EQ(pane.series().points.constLast().y(), 35);
}
