#include "HostileText.h"
#include "KeyFilterProxy.h"
#include "KeyTableModel.h"
#include "RelativeTime.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTimeZone>

using namespace keydesk;

QT_BEGIN_NAMESPACE
// Readable gtest failure messages.
void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}
void PrintTo(const QStringList &list, std::ostream *out)
{
    *out << list.join(QStringLiteral(" | ")).toStdString();
}
QT_END_NAMESPACE

namespace {

const QDateTime fixedNow(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);

ApiKey makeKey(const QString &id, const QString &name)
{
    ApiKey key;
    key.id = id;
    key.name = name;
    key.createdAt = fixedNow.addDays(-3);
    return key;
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

QStringList namesInOrder(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << cell(model, row, KeyTableModel::Name);
    return names;
}

class KeyTableModelTest : public ::testing::Test {
protected:
    KeyTableModel model{[] { return fixedNow; }};
    KeyFilterProxy proxy;
    // Fatal: a broken model contract aborts the suite with Qt's message.
    QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    void SetUp() override { proxy.setSourceModel(&model); }
};

} // namespace

TEST(RelativeTimeTest, WordsPastFutureAndSingular)
{
    EXPECT_EQ(relativeTime(fixedNow.addDays(-3), fixedNow), QStringLiteral("3 days ago"));
    EXPECT_EQ(relativeTime(fixedNow.addDays(5), fixedNow), QStringLiteral("in 5 days"));
    EXPECT_EQ(relativeTime(fixedNow.addDays(-1), fixedNow), QStringLiteral("1 day ago"));
    EXPECT_EQ(relativeTime(fixedNow.addSecs(-2 * 3600), fixedNow), QStringLiteral("2 hours ago"));
    EXPECT_EQ(relativeTime(fixedNow.addSecs(-60), fixedNow), QStringLiteral("1 minute ago"));
    EXPECT_EQ(relativeTime(fixedNow.addSecs(10), fixedNow), QStringLiteral("just now"));
    EXPECT_EQ(relativeTime(fixedNow.addDays(-90), fixedNow), QStringLiteral("3 months ago"));
    EXPECT_EQ(relativeTime(fixedNow.addDays(800), fixedNow), QStringLiteral("in 2 years"));
    EXPECT_EQ(relativeFuture(fixedNow.addSecs(20), fixedNow), QStringLiteral("in 1 minute"));
}

TEST_F(KeyTableModelTest, ShowsRelativeTimesWithExactTooltipsAndNever)
{
    ApiKey key = makeKey(QStringLiteral("k1"), QStringLiteral("Property Sync"));
    key.expiresAt = fixedNow.addDays(30);
    key.usageCount = 1234;
    ApiKey unused = makeKey(QStringLiteral("k2"), QStringLiteral("CRM"));
    unused.usageCount = 0;
    model.setKeys(Dialect::LeadHql, {key, unused});

    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(cell(model, 0, KeyTableModel::Created), QStringLiteral("3 days ago"));
    EXPECT_EQ(cell(model, 0, KeyTableModel::Expires), QStringLiteral("in 30 days"));
    EXPECT_EQ(cell(model, 0, KeyTableModel::Created, Qt::ToolTipRole), exactLocalTime(key.createdAt));
    EXPECT_EQ(cell(model, 0, KeyTableModel::Expires, Qt::ToolTipRole), exactLocalTime(key.expiresAt));
    EXPECT_EQ(cell(model, 1, KeyTableModel::Expires), QStringLiteral("never"));
    EXPECT_EQ(cell(model, 1, KeyTableModel::LastUsed), QStringLiteral("never"));
    EXPECT_EQ(cell(model, 0, KeyTableModel::UsageCount), QLocale::system().toString(qint64(1234)));
    EXPECT_EQ(cell(model, 0, KeyTableModel::Status), QStringLiteral("Active"));
    EXPECT_FALSE(model.data(model.index(0, KeyTableModel::Status), Qt::DecorationRole).isNull());
    EXPECT_TRUE(model.data(model.index(0, KeyTableModel::Status), Qt::ForegroundRole).canConvert<QBrush>());
}

TEST_F(KeyTableModelTest, StatusRevokedAndExpiredHaveTextAndIcon)
{
    ApiKey revoked = makeKey(QStringLiteral("r"), QStringLiteral("Old"));
    revoked.revoked = true;
    ApiKey expired = makeKey(QStringLiteral("e"), QStringLiteral("Lapsed"));
    expired.expiresAt = fixedNow.addDays(-1);
    model.setKeys(Dialect::LeadHql, {revoked, expired});

    EXPECT_EQ(cell(model, 0, KeyTableModel::Status), QStringLiteral("Revoked"));
    EXPECT_EQ(cell(model, 0, KeyTableModel::Status, KeyTableModel::StatusIdRole), QStringLiteral("revoked"));
    EXPECT_EQ(cell(model, 1, KeyTableModel::Status), QStringLiteral("Expired"));
    EXPECT_FALSE(model.data(model.index(1, KeyTableModel::Status), Qt::DecorationRole).isNull());
    EXPECT_EQ(model.activeCount(), 0);
}

TEST_F(KeyTableModelTest, UnreportedColumnsShowDashForTheDialect)
{
    ApiKey key = makeKey(QStringLiteral("1"), QStringLiteral("Zapier"));
    key.keyPrefix = QStringLiteral("ll_a1b2c3d4e5");
    key.createdBy = QStringLiteral("Alice Smith <alice@example.com>");
    model.setKeys(Dialect::LocalLeads, {key});

    EXPECT_FALSE(model.isColumnReported(KeyTableModel::UsageCount));
    EXPECT_TRUE(model.isColumnReported(KeyTableModel::CreatedBy));
    EXPECT_EQ(cell(model, 0, KeyTableModel::UsageCount), QStringLiteral("—"));
    EXPECT_TRUE(model.data(model.index(0, KeyTableModel::UsageCount), KeyTableModel::SortRole).isNull());
    EXPECT_EQ(cell(model, 0, KeyTableModel::Key), QStringLiteral("ll_a1b2c3d4e5"));
    EXPECT_EQ(cell(model, 0, KeyTableModel::CreatedBy), key.createdBy);
    EXPECT_FALSE(model.headerData(KeyTableModel::UsageCount, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

    model.setKeys(Dialect::LeadHql, {makeKey(QStringLiteral("2"), QStringLiteral("Sync"))});
    EXPECT_TRUE(model.isColumnReported(KeyTableModel::UsageCount));
    EXPECT_EQ(cell(model, 0, KeyTableModel::CreatedBy), QStringLiteral("—"));
}

TEST_F(KeyTableModelTest, PendingHandoffBadgeInKeyColumn)
{
    ApiKey key = makeKey(QStringLiteral("7"), QStringLiteral("New"));
    key.keyPrefix = QStringLiteral("ll_0123456789");
    model.setKeys(Dialect::LocalLeads, {key});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setPendingHandoffs({{QStringLiteral("7"), QStringLiteral("ll_0123456789…")}});

    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(model.data(model.index(0, KeyTableModel::Key), KeyTableModel::PendingHandoffRole).toBool());
    EXPECT_EQ(cell(model, 0, KeyTableModel::Key), QStringLiteral("ll_0123456789 · pending handoff"));
    EXPECT_FALSE(model.data(model.index(0, KeyTableModel::Key), Qt::DecorationRole).isNull());
    EXPECT_FALSE(model.data(model.index(0, KeyTableModel::Name), Qt::DecorationRole).isNull());
    EXPECT_TRUE(cell(model, 0, KeyTableModel::Name, Qt::ToolTipRole).contains(QStringLiteral("Pending handoff")));

    model.setPendingHandoffs({});
    EXPECT_EQ(cell(model, 0, KeyTableModel::Key), QStringLiteral("ll_0123456789"));
    EXPECT_TRUE(model.data(model.index(0, KeyTableModel::Name), Qt::DecorationRole).isNull());
}

TEST_F(KeyTableModelTest, PendingIdentifierFillsInWhereTheListHasNone)
{
    model.setKeys(Dialect::LeadHql, {makeKey(QStringLiteral("9"), QStringLiteral("Sync"))});
    EXPECT_FALSE(model.isColumnReported(KeyTableModel::Key));
    EXPECT_EQ(cell(model, 0, KeyTableModel::Key), QStringLiteral("—"));

    model.setPendingHandoffs({{QStringLiteral("9"), QStringLiteral("leadhql_pk_…a1b2")}});
    EXPECT_EQ(cell(model, 0, KeyTableModel::Key), QStringLiteral("leadhql_pk_…a1b2 · pending handoff"));
    EXPECT_EQ(cell(model, 0, KeyTableModel::Key, KeyTableModel::IdentifierRole), QStringLiteral("leadhql_pk_…a1b2"));
}

TEST_F(KeyTableModelTest, KeysExpiringWithinAWeekAreHighlighted)
{
    ApiKey soon = makeKey(QStringLiteral("s"), QStringLiteral("Soon"));
    soon.expiresAt = fixedNow.addDays(3).addSecs(600);
    ApiKey later = makeKey(QStringLiteral("l"), QStringLiteral("Later"));
    later.expiresAt = fixedNow.addDays(8);
    model.setKeys(Dialect::LeadHql, {soon, later});

    EXPECT_TRUE(model.data(model.index(0, KeyTableModel::Name), KeyTableModel::ExpiringSoonRole).toBool());
    EXPECT_TRUE(model.data(model.index(0, KeyTableModel::Name), Qt::BackgroundRole).canConvert<QBrush>());
    EXPECT_TRUE(model.data(model.index(0, KeyTableModel::Expires), Qt::FontRole).isValid());
    EXPECT_TRUE(
        cell(model, 0, KeyTableModel::Expires, Qt::ToolTipRole).startsWith(QStringLiteral("Expires in 3 days")));
    EXPECT_FALSE(model.data(model.index(1, KeyTableModel::Name), KeyTableModel::ExpiringSoonRole).toBool());
    EXPECT_FALSE(model.data(model.index(1, KeyTableModel::Name), Qt::BackgroundRole).isValid());
}

TEST_F(KeyTableModelTest, RefreshDiffsRowsInsteadOfResetting)
{
    model.setKeys(Dialect::LeadHql,
                  {makeKey(QStringLiteral("a"), QStringLiteral("A")), makeKey(QStringLiteral("b"), QStringLiteral("B")),
                   makeKey(QStringLiteral("c"), QStringLiteral("C")),
                   makeKey(QStringLiteral("d"), QStringLiteral("D"))});
    const QPersistentModelIndex keptC(model.index(2, KeyTableModel::Name));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    ApiKey renamedD = makeKey(QStringLiteral("d"), QStringLiteral("D2"));
    model.setKeys(Dialect::LeadHql, {makeKey(QStringLiteral("c"), QStringLiteral("C")), renamedD,
                                     makeKey(QStringLiteral("e"), QStringLiteral("E"))});

    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(removed.count(), 1); // a and b in one contiguous run
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(changed.count(), 1); // d renamed; c unchanged
    ASSERT_TRUE(keptC.isValid());
    EXPECT_EQ(keptC.data(KeyTableModel::KeyIdRole).toString(), QStringLiteral("c"));
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(cell(model, model.rowOfId(QStringLiteral("d")), KeyTableModel::Name), QStringLiteral("D2"));

    // Another organisation's dialect: a reset, since the columns mean something else.
    model.setKeys(Dialect::LocalLeads, {makeKey(QStringLiteral("x"), QStringLiteral("X"))});
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_F(KeyTableModelTest, DuplicateIdsFromTheServerKeepTheFirst)
{
    model.setKeys(Dialect::LeadHql, {makeKey(QStringLiteral("a"), QStringLiteral("First")),
                                     makeKey(QStringLiteral("a"), QStringLiteral("Second"))});
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(cell(model, 0, KeyTableModel::Name), QStringLiteral("First"));
}

TEST_F(KeyTableModelTest, ProxyPassesTheModelTester)
{
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(KeyTableModel::Created, Qt::DescendingOrder);
    model.setKeys(Dialect::LeadHql, {makeKey(QStringLiteral("a"), QStringLiteral("A")),
                                     makeKey(QStringLiteral("b"), QStringLiteral("B"))});
    proxy.setFilterText(QStringLiteral("a"));
    model.setKeys(Dialect::LeadHql, {makeKey(QStringLiteral("b"), QStringLiteral("B")),
                                     makeKey(QStringLiteral("c"), QStringLiteral("Ca"))});
    proxy.setFilterText({});
    model.clear();
    EXPECT_EQ(proxy.rowCount(), 0);
}

TEST_F(KeyTableModelTest, SortsDatesByTimeNotByText)
{
    ApiKey old = makeKey(QStringLiteral("1"), QStringLiteral("Old"));
    old.createdAt = fixedNow.addDays(-400); // "1 year ago": text would sort first
    ApiKey recent = makeKey(QStringLiteral("2"), QStringLiteral("Recent"));
    recent.createdAt = fixedNow.addSecs(-7200); // "2 hours ago"
    ApiKey middle = makeKey(QStringLiteral("3"), QStringLiteral("Middle"));
    middle.createdAt = fixedNow.addDays(-20); // "20 days ago"
    model.setKeys(Dialect::LeadHql, {recent, old, middle});

    proxy.sort(KeyTableModel::Created, Qt::AscendingOrder);
    EXPECT_EQ(namesInOrder(proxy),
              (QStringList{QStringLiteral("Old"), QStringLiteral("Middle"), QStringLiteral("Recent")}));
    proxy.sort(KeyTableModel::Created, Qt::DescendingOrder);
    EXPECT_EQ(namesInOrder(proxy),
              (QStringList{QStringLiteral("Recent"), QStringLiteral("Middle"), QStringLiteral("Old")}));
}

TEST_F(KeyTableModelTest, SortsUsageByNumberWithUnreportedFirst)
{
    ApiKey nine = makeKey(QStringLiteral("1"), QStringLiteral("Nine"));
    nine.usageCount = 9;
    ApiKey hundred = makeKey(QStringLiteral("2"), QStringLiteral("Hundred"));
    hundred.usageCount = 100;
    ApiKey ten = makeKey(QStringLiteral("3"), QStringLiteral("Ten"));
    ten.usageCount = 10;
    ApiKey unknown = makeKey(QStringLiteral("4"), QStringLiteral("Unknown"));
    model.setKeys(Dialect::LeadHql, {nine, hundred, ten, unknown});

    proxy.sort(KeyTableModel::UsageCount, Qt::AscendingOrder);
    EXPECT_EQ(namesInOrder(proxy), (QStringList{QStringLiteral("Unknown"), QStringLiteral("Nine"),
                                                QStringLiteral("Ten"), QStringLiteral("Hundred")}));
}

TEST_F(KeyTableModelTest, NeverExpiresSortsAfterAnyDateAndTiesAreStable)
{
    ApiKey never1 = makeKey(QStringLiteral("n1"), QStringLiteral("beta"));
    ApiKey never2 = makeKey(QStringLiteral("n2"), QStringLiteral("Alpha"));
    ApiKey soon = makeKey(QStringLiteral("s"), QStringLiteral("Soon"));
    soon.expiresAt = fixedNow.addDays(2);
    ApiKey far = makeKey(QStringLiteral("f"), QStringLiteral("Far"));
    far.expiresAt = fixedNow.addDays(300);
    model.setKeys(Dialect::LeadHql, {never1, far, never2, soon});

    proxy.sort(KeyTableModel::Expires, Qt::AscendingOrder);
    const QStringList expected{QStringLiteral("Soon"), QStringLiteral("Far"), QStringLiteral("Alpha"),
                               QStringLiteral("beta")};
    EXPECT_EQ(namesInOrder(proxy), expected);

    // The same order after a refresh that lists the records the other way round.
    model.clear();
    model.setKeys(Dialect::LeadHql, {soon, never2, far, never1});
    EXPECT_EQ(namesInOrder(proxy), expected);

    // Last used: never used comes before the oldest use.
    ApiKey used = makeKey(QStringLiteral("u"), QStringLiteral("Used"));
    used.lastUsedAt = fixedNow.addDays(-100);
    model.setKeys(Dialect::LeadHql, {used, never1});
    proxy.sort(KeyTableModel::LastUsed, Qt::AscendingOrder);
    EXPECT_EQ(namesInOrder(proxy), (QStringList{QStringLiteral("beta"), QStringLiteral("Used")}));
}

TEST_F(KeyTableModelTest, SortsNamesNaturallyAndStatusByOrder)
{
    ApiKey k10 = makeKey(QStringLiteral("1"), QStringLiteral("Key 10"));
    ApiKey k2 = makeKey(QStringLiteral("2"), QStringLiteral("key 2"));
    k2.revoked = true;
    ApiKey k3 = makeKey(QStringLiteral("3"), QStringLiteral("Key 3"));
    k3.expiresAt = fixedNow.addDays(-2);
    model.setKeys(Dialect::LeadHql, {k10, k2, k3});

    proxy.sort(KeyTableModel::Name, Qt::AscendingOrder);
    EXPECT_EQ(namesInOrder(proxy),
              (QStringList{QStringLiteral("key 2"), QStringLiteral("Key 3"), QStringLiteral("Key 10")}));
    proxy.sort(KeyTableModel::Status, Qt::AscendingOrder); // Active, Expired, Revoked
    EXPECT_EQ(namesInOrder(proxy),
              (QStringList{QStringLiteral("Key 10"), QStringLiteral("Key 3"), QStringLiteral("key 2")}));
}

TEST_F(KeyTableModelTest, FiltersByNameIdentifierAndStatus)
{
    ApiKey sync = makeKey(QStringLiteral("11"), QStringLiteral("Property Sync"));
    sync.keyPrefix = QStringLiteral("ll_a1b2c3d4e5");
    ApiKey crm = makeKey(QStringLiteral("12"), QStringLiteral("CRM Integration"));
    crm.keyPrefix = QStringLiteral("ll_ffee00aa11");
    crm.expiresAt = fixedNow.addDays(-1);
    model.setKeys(Dialect::LocalLeads, {sync, crm});

    const auto filtered = [this](const QString &text) {
        proxy.setFilterText(text);
        return namesInOrder(proxy);
    };
    proxy.sort(KeyTableModel::Name, Qt::AscendingOrder);
    EXPECT_EQ(filtered(QStringLiteral("sync")), QStringList{QStringLiteral("Property Sync")});
    EXPECT_EQ(filtered(QStringLiteral("LL_FFEE")), QStringList{QStringLiteral("CRM Integration")});
    EXPECT_EQ(filtered(QStringLiteral("expired")), QStringList{QStringLiteral("CRM Integration")});
    EXPECT_EQ(filtered(QStringLiteral("Active")), QStringList{QStringLiteral("Property Sync")});
    EXPECT_EQ(filtered(QStringLiteral("  integration   crm ")), QStringList{QStringLiteral("CRM Integration")});
    EXPECT_TRUE(filtered(QStringLiteral("sync expired")).isEmpty());
    EXPECT_EQ(filtered(QString()).size(), 2);
}

TEST_F(KeyTableModelTest, WhatTheServerSentIsShownEscapedAndFilteredAsReceived)
{
    ApiKey key = makeKey(QStringLiteral("<img src=x>\x1b"), QStringLiteral("Sync\x07\u202e"));
    key.createdBy = QStringLiteral("Eve <b>\x1b[2J</b>");
    ApiKey other = makeKey(QStringLiteral("k2"), QStringLiteral("Other"));
    other.keyPrefix = QStringLiteral("ll_\x1b]0;title\x07");
    model.setKeys(Dialect::LocalLeads, {key, other});

    EXPECT_EQ(cell(model, 0, KeyTableModel::Name), QStringLiteral("Sync\\x07\\u202e"));
    EXPECT_EQ(cell(model, 0, KeyTableModel::CreatedBy), QStringLiteral("Eve <b>\\x1b[2J</b>"));
    EXPECT_EQ(cell(model, 1, KeyTableModel::Key), QStringLiteral("ll_\\x1b]0;title\\x07"));
    // The roles that carry values keep them as received (Copy identifier, revoking by id).
    EXPECT_EQ(cell(model, 1, KeyTableModel::Key, KeyTableModel::IdentifierRole), other.keyPrefix);
    EXPECT_EQ(cell(model, 0, KeyTableModel::Name, KeyTableModel::KeyIdRole), key.id);

    // The id shows in the tooltip of a key without identifier: as text, never as an image.
    const QString tip = cell(model, 0, KeyTableModel::Key, Qt::ToolTipRole);
    EXPECT_EQ(test::shownAsToolTip(tip),
              QStringLiteral("LocalLeads does not show an identifier for keys; the key id is <img src=x>\\x1b."));
    EXPECT_EQ(cell(model, 0, KeyTableModel::Key, Qt::AccessibleTextRole),
              QStringLiteral("— (LocalLeads does not show an identifier for keys; the key id is <img src=x>\\x1b.)"));

    const auto filtered = [this](const QString &text) {
        proxy.setFilterText(text);
        return namesInOrder(proxy);
    };
    EXPECT_EQ(filtered(QStringLiteral("\u202e")), QStringList{QStringLiteral("Sync\\x07\\u202e")});
    EXPECT_EQ(filtered(QStringLiteral("\\u202e")), QStringList{QStringLiteral("Sync\\x07\\u202e")}); // as shown
    EXPECT_EQ(filtered(QStringLiteral("ll_\x1b]0")), QStringList{QStringLiteral("Other")});
    EXPECT_EQ(filtered(QStringLiteral("<b>\x1b[2J")), QStringList{QStringLiteral("Sync\\x07\\u202e")});
}

TEST_F(KeyTableModelTest, ASortedTableFollowsChangedInsertedAndRemovedRows)
{
    // KeyFilterProxy reads each row's sort value once per sort: a refresh that changes,
    // adds or removes keys must still be sorted by the new values.
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto used = [](const QString &id, int daysAgo) {
        ApiKey key = makeKey(id, QStringLiteral("Key ") + id);
        key.lastUsedAt = fixedNow.addDays(-daysAgo);
        return key;
    };
    model.setKeys(Dialect::LeadHql,
                  {used(QStringLiteral("a"), 3), used(QStringLiteral("b"), 2), used(QStringLiteral("c"), 1)});
    proxy.sort(KeyTableModel::LastUsed, Qt::DescendingOrder);
    EXPECT_EQ(namesInOrder(proxy),
              (QStringList{QStringLiteral("Key c"), QStringLiteral("Key b"), QStringLiteral("Key a")}));

    // "a" was used just now: an in-place update, the other rows unchanged.
    model.setKeys(Dialect::LeadHql,
                  {used(QStringLiteral("a"), 0), used(QStringLiteral("b"), 2), used(QStringLiteral("c"), 1)});
    EXPECT_EQ(namesInOrder(proxy),
              (QStringList{QStringLiteral("Key a"), QStringLiteral("Key c"), QStringLiteral("Key b")}));

    // "d" is new, "b" is gone.
    model.setKeys(Dialect::LeadHql,
                  {used(QStringLiteral("a"), 0), used(QStringLiteral("c"), 1), used(QStringLiteral("d"), 5)});
    EXPECT_EQ(namesInOrder(proxy),
              (QStringList{QStringLiteral("Key a"), QStringLiteral("Key c"), QStringLiteral("Key d")}));

    // A sort by another column, and back, reads the values again.
    proxy.sort(KeyTableModel::Name, Qt::DescendingOrder);
    EXPECT_EQ(namesInOrder(proxy),
              (QStringList{QStringLiteral("Key d"), QStringLiteral("Key c"), QStringLiteral("Key a")}));
    model.setKeys(Dialect::LeadHql,
                  {used(QStringLiteral("a"), 9), used(QStringLiteral("c"), 1), used(QStringLiteral("d"), 5)});
    proxy.sort(KeyTableModel::LastUsed, Qt::AscendingOrder);
    EXPECT_EQ(namesInOrder(proxy),
              (QStringList{QStringLiteral("Key a"), QStringLiteral("Key d"), QStringLiteral("Key c")}));
}

TEST_F(KeyTableModelTest, MergedOrganisationsKnowTheirOrganisationAndDialectPerRow)
{
    ApiKey local = makeKey(QStringLiteral("1"), QStringLiteral("Zapier"));
    local.createdBy = QStringLiteral("alice@example.com");
    ApiKey lead = makeKey(QStringLiteral("1"), QStringLiteral("Sync")); // the same id, another server
    lead.usageCount = 42;
    model.setOrganisations({{QStringLiteral("Acme"), Dialect::LocalLeads, {local}, true},
                            {QStringLiteral("Globex"), Dialect::LeadHql, {lead}, false}});

    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_TRUE(model.isMerged());
    EXPECT_TRUE(model.isColumnReported(KeyTableModel::Organisation));
    EXPECT_EQ(model.organisationAt(0), QStringLiteral("Acme"));
    EXPECT_EQ(model.dialectAt(1), Dialect::LeadHql);
    EXPECT_EQ(cell(model, 0, KeyTableModel::Organisation), QStringLiteral("Acme"));
    // The organisation not listed (yet, or its list failed) shows its last known rows, marked.
    EXPECT_EQ(cell(model, 1, KeyTableModel::Organisation), QStringLiteral("Globex · not refreshed"));
    EXPECT_EQ(cell(model, 1, KeyTableModel::Organisation, KeyTableModel::SortRole), QStringLiteral("Globex"));
    // Each row shows what its own dialect reports.
    EXPECT_EQ(cell(model, 0, KeyTableModel::CreatedBy), local.createdBy);
    EXPECT_EQ(cell(model, 0, KeyTableModel::UsageCount), QStringLiteral("—"));
    EXPECT_EQ(cell(model, 1, KeyTableModel::UsageCount), QStringLiteral("42"));
    EXPECT_EQ(cell(model, 1, KeyTableModel::CreatedBy), QStringLiteral("—"));

    // One organisation again: the column is not reported and rows have none.
    model.setKeys(Dialect::LocalLeads, {local});
    EXPECT_FALSE(model.isMerged());
    EXPECT_FALSE(model.isColumnReported(KeyTableModel::Organisation));
    EXPECT_FALSE(KeyTableModel::isColumnReported(Dialect::LocalLeads, KeyTableModel::Organisation));
    EXPECT_TRUE(model.organisationAt(0).isEmpty());
    EXPECT_EQ(cell(model, 0, KeyTableModel::Organisation), QStringLiteral("—"));
}

TEST_F(KeyTableModelTest, MergedRefreshMatchesRowsByOrganisationAndIdInPlace)
{
    const QString acme = QStringLiteral("Acme");
    const QString globex = QStringLiteral("Globex");
    model.setOrganisations(
        {{acme, Dialect::LocalLeads, {makeKey(QStringLiteral("1"), QStringLiteral("A1"))}, true},
         {globex,
          Dialect::LeadHql,
          {makeKey(QStringLiteral("1"), QStringLiteral("G1")), makeKey(QStringLiteral("2"), QStringLiteral("G2"))},
          false}});
    ASSERT_EQ(model.rowCount(), 3);
    const QPersistentModelIndex globexOne(model.index(1, KeyTableModel::Name));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Globex's list answers (refreshed now, key 2 gone); Acme's key 1 is the same record.
    model.setOrganisations({{acme, Dialect::LocalLeads, {makeKey(QStringLiteral("1"), QStringLiteral("A1"))}, true},
                            {globex, Dialect::LeadHql, {makeKey(QStringLiteral("1"), QStringLiteral("G1"))}, true}});

    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(changed.count(), 1);    // Globex's key 1: only its origin changed (refreshed)
    ASSERT_TRUE(globexOne.isValid()); // the selection of a row survives a refresh
    EXPECT_EQ(globexOne.data().toString(), QStringLiteral("G1"));
    EXPECT_EQ(model.organisationAt(globexOne.row()), globex);
    EXPECT_EQ(cell(model, globexOne.row(), KeyTableModel::Organisation), globex);
    EXPECT_EQ(model.rowCount(), 2);
}

TEST_F(KeyTableModelTest, MergedRowsTellLastKnownRecordsAndSortFilterByOrganisation)
{
    model.setOrganisations(
        {{QStringLiteral("Zenith"), Dialect::LeadHql, {makeKey(QStringLiteral("z"), QStringLiteral("Key b"))}, false},
         {QStringLiteral("Acme"), Dialect::LocalLeads, {makeKey(QStringLiteral("a"), QStringLiteral("Key a"))}, true}});
    EXPECT_EQ(model.headerData(KeyTableModel::Organisation, Qt::Horizontal).toString(), QStringLiteral("Organisation"));
    EXPECT_TRUE(cell(model, 0, KeyTableModel::Organisation, Qt::ToolTipRole).contains(QStringLiteral("last known")))
        << cell(model, 0, KeyTableModel::Organisation, Qt::ToolTipRole).toStdString();
    EXPECT_EQ(cell(model, 1, KeyTableModel::Organisation, Qt::ToolTipRole), QStringLiteral("LocalLeads"));

    proxy.sort(KeyTableModel::Organisation, Qt::AscendingOrder);
    EXPECT_EQ(namesInOrder(proxy), (QStringList{QStringLiteral("Key a"), QStringLiteral("Key b")}));
    proxy.setFilterText(QStringLiteral("zen"));
    EXPECT_EQ(namesInOrder(proxy), (QStringList{QStringLiteral("Key b")}));
}

TEST_F(KeyTableModelTest, MergedPendingBadgesBelongToTheirOwnOrganisation)
{
    // The same id on two servers: only the organisation whose key waits gets the badge.
    model.setOrganisations(
        {{QStringLiteral("Acme"), Dialect::LeadHql, {makeKey(QStringLiteral("7"), QStringLiteral("A"))}, true},
         {QStringLiteral("Globex"), Dialect::LeadHql, {makeKey(QStringLiteral("7"), QStringLiteral("G"))}, true}});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPendingHandoffsByOrganisation(
        {{QStringLiteral("Globex"), {{QStringLiteral("7"), QStringLiteral("leadhql_pk_…a1b2")}}}});

    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(model.data(model.index(0, KeyTableModel::Key), KeyTableModel::PendingHandoffRole).toBool());
    EXPECT_TRUE(model.data(model.index(1, KeyTableModel::Key), KeyTableModel::PendingHandoffRole).toBool());
    EXPECT_EQ(cell(model, 1, KeyTableModel::Key, KeyTableModel::IdentifierRole), QStringLiteral("leadhql_pk_…a1b2"));
    EXPECT_TRUE(cell(model, 0, KeyTableModel::Key, KeyTableModel::IdentifierRole).isEmpty());
}

TEST_F(KeyTableModelTest, MergedFindingMarksBelongToTheirOwnOrganisation)
{
    model.setOrganisations(
        {{QStringLiteral("Acme"), Dialect::LeadHql, {makeKey(QStringLiteral("7"), QStringLiteral("A"))}, true},
         {QStringLiteral("Globex"), Dialect::LeadHql, {makeKey(QStringLiteral("7"), QStringLiteral("G"))}, true}});
    model.setRowMarks(
        {{QStringLiteral("Globex"), {{QStringLiteral("7"), {QIcon(), QStringLiteral("Unused for 90 days")}}}}});
    EXPECT_FALSE(cell(model, 0, KeyTableModel::Name, Qt::ToolTipRole).contains(QStringLiteral("Unused")));
    EXPECT_TRUE(cell(model, 1, KeyTableModel::Name, Qt::ToolTipRole).contains(QStringLiteral("Unused")));
    EXPECT_EQ(model.rowOfKey(QStringLiteral("Globex"), QStringLiteral("7")), 1);
    EXPECT_EQ(model.rowOfKey(QStringLiteral("Acme"), QStringLiteral("7")), 0);
    EXPECT_EQ(model.rowOfKey(QStringLiteral("Initech"), QStringLiteral("7")), -1);

    // One organisation on screen: its marks apply by id, whatever its name.
    model.setKeys(Dialect::LeadHql, {makeKey(QStringLiteral("7"), QStringLiteral("G"))});
    EXPECT_TRUE(cell(model, 0, KeyTableModel::Name, Qt::ToolTipRole).contains(QStringLiteral("Unused")));
}
