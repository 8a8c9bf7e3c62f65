// The watch over the inventory: findings judged from recorded listings and their
// history, acknowledgements stored, scrubbed and logged, notices remembered.
#include "InventoryTestSupport.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace keydesk;
using namespace keydesk::test;

namespace {

class FindingsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Inventory::Options options;
        options.clock = [this] { return m_now; };
        m_inventory = std::make_unique<Inventory>(m_dir.filePath(QStringLiteral("inventory.sqlite")), options);
        ASSERT_TRUE(openAndWait(*m_inventory).isReady());
    }

    QList<Finding> findings(const QStringList &organisations)
    {
        QList<WatchScope> scopes;
        for (const QString &name : organisations)
            scopes.append(WatchScope{name, {}});
        const auto result = awaitResult<QList<Finding>>(
            [&](QObject *context, auto done) { m_inventory->findings(scopes, context, done); });
        EXPECT_TRUE(result.ok()) << result.error.toStdString();
        return result.value;
    }

    std::optional<Finding> findingOf(const QList<Finding> &found, const QString &keyId, FindingCode code)
    {
        for (const Finding &finding : found) {
            if (finding.keyId == keyId && finding.code == code)
                return finding;
        }
        return std::nullopt;
    }

    void record(const Organisation &organisation, const QList<ApiKey> &listing)
    {
        ASSERT_TRUE(recordListing(*m_inventory, organisation, listing, m_now).ok());
    }

    QTemporaryDir m_dir;
    QDateTime m_now = at(100);
    std::unique_ptr<Inventory> m_inventory;
};

ApiKey keyUsed(int n, qint64 usage, const QDateTime &lastUsed, const QDateTime &created)
{
    ApiKey key = sampleKey(n, usage, lastUsed);
    key.createdAt = created;
    key.expiresAt = created.addDays(365);
    return key;
}

} // namespace

TEST_F(FindingsTest, ABurstAfterSteadyUseIsASpikeOnlyWithItsHistory)
{
    const Organisation acme = organisation(QStringLiteral("acme"));
    const QDateTime created = m_now.addDays(-10);
    qint64 usage = 100;
    for (int hour = 0; hour < 4; ++hour) { // steady: 10 requests an hour
        record(acme, {keyUsed(1, usage, m_now, created)});
        usage += 10;
        m_now = m_now.addSecs(3600);
    }
    EXPECT_FALSE(findingOf(findings({acme.name}), QStringLiteral("key-1"), FindingCode::UsageSpike));

    usage += 990; // then a thousand in the next hour
    record(acme, {keyUsed(1, usage, m_now, created)});
    const auto spike = findingOf(findings({acme.name}), QStringLiteral("key-1"), FindingCode::UsageSpike);
    ASSERT_TRUE(spike);
    EXPECT_EQ(spike->severity, Severity::Critical);
    EXPECT_EQ(spike->requests, 1000);
    EXPECT_EQ(spike->organisation, QStringLiteral("acme"));
    EXPECT_EQ(spike->keyName, QStringLiteral("Key 1"));
}

TEST_F(FindingsTest, AWakeUpIsSeenThroughTheRecordedLastUse)
{
    const Organisation shop = organisation(QStringLiteral("shop"), Dialect::LocalLeads);
    const QDateTime created = m_now.addDays(-80);
    record(shop, {keyUsed(1, 0, m_now.addDays(-40), created)});
    m_now = m_now.addDays(39);
    EXPECT_TRUE(findingOf(findings({shop.name}), QStringLiteral("key-1"), FindingCode::Idle));
    EXPECT_FALSE(findingOf(findings({shop.name}), QStringLiteral("key-1"), FindingCode::WokeUp));
    m_now = m_now.addDays(1);
    record(shop, {keyUsed(1, 0, m_now.addSecs(-60), created)});
    const auto found = findings({shop.name});
    ASSERT_TRUE(findingOf(found, QStringLiteral("key-1"), FindingCode::WokeUp));
    EXPECT_EQ(findingOf(found, QStringLiteral("key-1"), FindingCode::WokeUp)->days, 79);
}

TEST_F(FindingsTest, GoneKeysAndUnknownOrganisationsHaveNoFindingsButTheLimitCounts)
{
    const Organisation shop = organisation(QStringLiteral("shop"), Dialect::LocalLeads);
    QList<ApiKey> ten;
    for (int n = 1; n <= 10; ++n)
        ten.append(keyUsed(n, 0, m_now, m_now.addDays(-1)));
    record(shop, ten);
    auto limit = findingOf(findings({shop.name, QStringLiteral("never-listed")}), {}, FindingCode::LimitNear);
    ASSERT_TRUE(limit);
    EXPECT_EQ(limit->severity, Severity::Warning);

    ten.removeLast(); // revoked in the dashboard: gone from the list of active keys
    ApiKey old = keyUsed(1, 0, m_now, m_now.addDays(-200));
    old.id = QStringLiteral("key-1");
    ten[0] = old;
    record(shop, ten);
    const auto found = findings({shop.name});
    EXPECT_EQ(findingOf(found, {}, FindingCode::LimitNear)->severity, Severity::Info);
    EXPECT_TRUE(findingOf(found, QStringLiteral("key-1"), FindingCode::Old));
    for (const Finding &finding : found)
        EXPECT_NE(finding.keyId, QStringLiteral("key-10"));
}

TEST_F(FindingsTest, AcknowledgementsMarkFindingsAreScrubbedAndLogged)
{
    const Organisation acme = organisation(QStringLiteral("acme"));
    ApiKey key = keyUsed(1, 0, {}, m_now.addDays(-100));
    key.expiresAt = {};
    record(acme, {key});
    auto old = findingOf(findings({acme.name}), QStringLiteral("key-1"), FindingCode::Old);
    ASSERT_TRUE(old);
    EXPECT_FALSE(old->acknowledged);

    const QString pasted = QStringLiteral("leadhql_pk_") + QString(40, QLatin1Char('a'));
    FindingAcknowledgement acknowledgement;
    acknowledgement.organisation = acme.name;
    acknowledgement.keyId = key.id;
    acknowledgement.code = FindingCode::Old;
    acknowledgement.severity = old->severity;
    acknowledgement.note = QStringLiteral("rotation planned, old one was ") + pasted;
    acknowledgement.until = m_now.addDays(30);
    const auto stored = awaitResult<bool>(
        [&](QObject *context, auto done) { m_inventory->acknowledge(acknowledgement, key.name, context, done); });
    ASSERT_TRUE(stored.ok()) << stored.error.toStdString();

    const auto found = findings({acme.name});
    old = findingOf(found, QStringLiteral("key-1"), FindingCode::Old);
    ASSERT_TRUE(old);
    EXPECT_TRUE(old->acknowledged);
    EXPECT_TRUE(old->acknowledgementNote.startsWith(QStringLiteral("rotation planned")));
    EXPECT_FALSE(old->acknowledgementNote.contains(pasted));
    EXPECT_FALSE(findingOf(found, QStringLiteral("key-1"), FindingCode::NoExpiry)->acknowledged);

    ActionLogFilter filter;
    filter.actions = {ActionLogEntry::acknowledge()};
    const auto log = actionLog(*m_inventory, filter);
    ASSERT_EQ(log.value.size(), 1);
    EXPECT_EQ(log.value.first().keyId, QStringLiteral("key-1"));
    EXPECT_TRUE(log.value.first().detail.startsWith(QStringLiteral("old: rotation planned")));
    EXPECT_FALSE(log.value.first().detail.contains(pasted));
    RawDatabase raw(m_inventory->path());
    EXPECT_EQ(
        raw.scalar(QStringLiteral("SELECT count(*) FROM acknowledgements WHERE note LIKE '%aaaaaaaaaaaa%'")).toInt(),
        0);

    m_now = m_now.addDays(31); // the acknowledgement ended
    EXPECT_FALSE(findingOf(findings({acme.name}), QStringLiteral("key-1"), FindingCode::Old)->acknowledged);

    const auto withdrawn = awaitResult<bool>(
        [&](QObject *context, auto done) { m_inventory->withdrawAcknowledgement(*old, context, done); });
    ASSERT_TRUE(withdrawn.ok());
    EXPECT_TRUE(withdrawn.value);
    filter.actions = {ActionLogEntry::unacknowledge()};
    EXPECT_EQ(actionLog(*m_inventory, filter).value.size(), 1);
}

TEST_F(FindingsTest, NoticesRoundTrip)
{
    FindingNotice notice;
    notice.identity = QStringLiteral("acme\x1fkey-1\x1fidle\x1fwarning");
    notice.notifiedAt = m_now;
    notice.snoozedUntil = m_now.addDays(1);
    ASSERT_TRUE(awaitResult<bool>([&](QObject *context, auto done) {
                    m_inventory->setFindingNotices({notice}, context, done);
                }).ok());
    const auto notices = awaitResult<QHash<QString, FindingNotice>>(
        [&](QObject *context, auto done) { m_inventory->findingNotices(context, done); });
    ASSERT_TRUE(notices.ok());
    ASSERT_TRUE(notices.value.contains(notice.identity));
    EXPECT_EQ(notices.value.value(notice.identity).snoozedUntil, m_now.addDays(1));
    EXPECT_FALSE(notices.value.value(notice.identity).isDueAgain(m_now));
    EXPECT_TRUE(notices.value.value(notice.identity).isDueAgain(m_now.addDays(1)));
}
