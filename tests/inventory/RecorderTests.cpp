// Recording listings: the last known record of each key, an observation only when
// status, usage count or last use changed, and keys that vanish marked gone.
#include "InventoryTestSupport.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace keydesk;
using namespace keydesk::test;

namespace {

class RecorderTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_inventory = std::make_unique<Inventory>(path());
        ASSERT_TRUE(openAndWait(*m_inventory).isReady()) << m_inventory->status().message().toStdString();
    }
    QString path() const { return m_dir.filePath(QStringLiteral("inventory.sqlite")); }
    Inventory &inventory() { return *m_inventory; }

    int count(const QString &table)
    {
        RawDatabase raw(path());
        return raw.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }

    RecordSummary record(const Organisation &org, const QList<ApiKey> &listing, const QDateTime &when)
    {
        const auto result = recordListing(inventory(), org, listing, when);
        EXPECT_TRUE(result.ok()) << result.error.toStdString();
        return result.value;
    }

    const InventoryKey *find(const InventorySnapshot &snapshot, const QString &id)
    {
        for (const InventoryKey &key : snapshot.keys) {
            if (key.key.id == id)
                return &key;
        }
        return nullptr;
    }

    InventorySnapshot snapshot(const QString &org)
    {
        const auto result = lastKnown(inventory(), org);
        EXPECT_TRUE(result.ok()) << result.error.toStdString();
        return result.value.value_or(InventorySnapshot{});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Inventory> m_inventory;
};

TEST_F(RecorderTest, TheSameListingRecordedAHundredTimesAddsNoRows)
{
    const Organisation org = organisation(QStringLiteral("work"));
    QList<ApiKey> listing;
    for (int n = 0; n < 20; ++n)
        listing << sampleKey(n, n * 10, at(1, 8));

    const RecordSummary first = record(org, listing, at(1, 9));
    EXPECT_EQ(first.added, 20);
    EXPECT_EQ(first.observations, 20);
    for (int refresh = 1; refresh < 100; ++refresh) {
        const RecordSummary again = record(org, listing, at(1, 9).addSecs(300 * refresh));
        EXPECT_EQ(again.added + again.updated + again.observations + again.gone, 0) << "refresh " << refresh;
    }
    EXPECT_EQ(count(QStringLiteral("organisations")), 1);
    EXPECT_EQ(count(QStringLiteral("keys")), 20);
    EXPECT_EQ(count(QStringLiteral("observations")), 20);
    // ...while the inventory knows when it last saw them.
    const InventorySnapshot known = snapshot(org.name);
    EXPECT_EQ(known.organisation.listedAt, at(1, 9).addSecs(300 * 99));
    ASSERT_EQ(known.keys.size(), 20);
    EXPECT_EQ(known.keys.first().firstSeenAt, at(1, 9));
    EXPECT_EQ(known.keys.first().lastSeenAt, at(1, 9).addSecs(300 * 99));
}

TEST_F(RecorderTest, AChangeOfUsageLastUseOrStatusAddsOneObservation)
{
    const Organisation org = organisation(QStringLiteral("work"));
    ApiKey key = sampleKey(1, 10, at(1, 8));
    record(org, {key}, at(1, 9));

    key.usageCount = 11;
    EXPECT_EQ(record(org, {key}, at(1, 10)).observations, 1);
    key.lastUsedAt = at(1, 10, 30);
    EXPECT_EQ(record(org, {key}, at(1, 11)).observations, 1);
    key.revoked = true;
    EXPECT_EQ(record(org, {key}, at(1, 12)).observations, 1);
    // A rename changes the record, not the history.
    key.name = QStringLiteral("Renamed");
    const RecordSummary renamed = record(org, {key}, at(1, 13));
    EXPECT_EQ(renamed.updated, 1);
    EXPECT_EQ(renamed.observations, 0);

    const auto history = historyOf(inventory(), org.name, key.id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history.value.size(), 4);
    EXPECT_EQ(history.value.at(0).observedAt, at(1, 9));
    EXPECT_EQ(history.value.at(0).usageCount, 10);
    EXPECT_EQ(history.value.at(1).usageCount, 11);
    EXPECT_EQ(history.value.at(2).lastUsedAt, at(1, 10, 30));
    EXPECT_EQ(history.value.at(3).status, KeyStatus::Revoked);
    EXPECT_EQ(snapshot(org.name).keys.first().key.name, QStringLiteral("Renamed"));
}

TEST_F(RecorderTest, PassingItsExpiryIsAnObservedStatusChange)
{
    const Organisation org = organisation(QStringLiteral("work"));
    ApiKey key = sampleKey(1, 3);
    key.expiresAt = at(2);
    record(org, {key}, at(1));
    EXPECT_EQ(record(org, {key}, at(3)).observations, 1);
    const auto history = historyOf(inventory(), org.name, key.id);
    ASSERT_EQ(history.value.size(), 2);
    EXPECT_EQ(history.value.at(0).status, KeyStatus::Active);
    EXPECT_EQ(history.value.at(1).status, KeyStatus::Expired);
}

TEST_F(RecorderTest, AFirstListingRecordsTheStatusOfEachNewKey)
{
    const Organisation org = organisation(QStringLiteral("work"));
    ApiKey revoked = sampleKey(1, 4);
    revoked.revoked = true;
    revoked.expiresAt = at(1); // revoked wins over expired
    ApiKey expired = sampleKey(2, 5);
    expired.expiresAt = at(2);
    ApiKey active = sampleKey(3, 6);
    active.expiresAt = at(4);
    ApiKey endsNow = sampleKey(4);
    endsNow.expiresAt = at(3);
    record(org, {revoked, expired, active, endsNow}, at(3));
    const auto statusOf = [&](const ApiKey &key) {
        const auto history = historyOf(inventory(), org.name, key.id);
        EXPECT_EQ(history.value.size(), 1);
        return history.value.isEmpty() ? KeyStatus::Active : history.value.first().status;
    };
    EXPECT_EQ(statusOf(revoked), KeyStatus::Revoked);
    EXPECT_EQ(statusOf(expired), KeyStatus::Expired);
    EXPECT_EQ(statusOf(active), KeyStatus::Active);
    EXPECT_EQ(statusOf(endsNow), KeyStatus::Expired);
    EXPECT_EQ(historyOf(inventory(), org.name, active.id).value.first().usageCount, 6);
    // ...and the next listing, unchanged, adds nothing: the file and the cache agree.
    EXPECT_EQ(record(org, {revoked, expired, active, endsNow}, at(3, 1)).observations, 0);
}

TEST_F(RecorderTest, AKeyMissingFromALocalLeadsListingIsGoneAndComesBack)
{
    const Organisation org = organisation(QStringLiteral("leads"), Dialect::LocalLeads);
    ApiKey a = sampleKey(1);
    a.usageCount.reset();
    ApiKey b = sampleKey(2);
    b.usageCount.reset();
    record(org, {a, b}, at(1, 9));
    record(org, {a, b}, at(1, 10));

    const RecordSummary without = record(org, {a}, at(1, 11));
    EXPECT_EQ(without.gone, 1);
    InventorySnapshot known = snapshot(org.name);
    const InventoryKey *gone = find(known, b.id);
    ASSERT_NE(gone, nullptr);
    EXPECT_TRUE(gone->isGone());
    EXPECT_EQ(gone->goneAt, at(1, 11));
    EXPECT_EQ(gone->lastSeenAt, at(1, 10)); // the last listing that had it
    EXPECT_FALSE(find(known, a.id)->isGone());
    EXPECT_EQ(find(known, a.id)->lastSeenAt, at(1, 11));
    // Still gone, and not "gone again", on the next refresh.
    EXPECT_EQ(record(org, {a}, at(1, 12)).gone, 0);
    EXPECT_EQ(find(snapshot(org.name), b.id)->goneAt, at(1, 11));

    const RecordSummary back = record(org, {a, b}, at(1, 13));
    EXPECT_EQ(back.returned, 1);
    known = snapshot(org.name);
    EXPECT_FALSE(find(known, b.id)->isGone());
    EXPECT_EQ(find(known, b.id)->firstSeenAt, at(1, 9));
}

TEST_F(RecorderTest, AKeyMissingFromALeadHqlListingIsGoneToo)
{
    // LeadHQL lists revoked keys: one that disappears was deleted on the server.
    const Organisation org = organisation(QStringLiteral("hq"), Dialect::LeadHql);
    record(org, {sampleKey(1), sampleKey(2)}, at(1));
    EXPECT_EQ(record(org, {sampleKey(1)}, at(2)).gone, 1);
    EXPECT_TRUE(find(snapshot(org.name), QStringLiteral("key-2"))->isGone());
}

TEST_F(RecorderTest, TrustLeadsHasNoFullListingSoNothingIsMarkedGone)
{
    const Organisation org = organisation(QStringLiteral("trust"), Dialect::TrustLeads);
    record(org, {sampleKey(1), sampleKey(2)}, at(1));
    EXPECT_EQ(record(org, {sampleKey(1)}, at(2)).gone, 0);
    const InventorySnapshot known = snapshot(org.name);
    EXPECT_FALSE(find(known, QStringLiteral("key-2"))->isGone());
    EXPECT_EQ(find(known, QStringLiteral("key-2"))->lastSeenAt, at(1));
    EXPECT_EQ(find(known, QStringLiteral("key-1"))->lastSeenAt, at(2));
}

TEST_F(RecorderTest, OrganisationsNeverMixEvenOnTheSameServer)
{
    Organisation first = organisation(QStringLiteral("first"));
    Organisation second = organisation(QStringLiteral("second"));
    second.baseUrl = first.baseUrl;
    record(first, {sampleKey(1, 1)}, at(1));
    record(second, {sampleKey(1, 99)}, at(1));
    // A listing of one organisation without the key does not touch the other's.
    record(first, {}, at(2));
    EXPECT_TRUE(snapshot(first.name).keys.first().isGone());
    const InventorySnapshot other = snapshot(second.name);
    EXPECT_FALSE(other.keys.first().isGone());
    EXPECT_EQ(other.keys.first().key.usageCount, 99);
    EXPECT_EQ(historyOf(inventory(), first.name, QStringLiteral("key-1")).value.first().usageCount, 1);
}

TEST_F(RecorderTest, AListingAFewMinutesOlderThanTheLatestIsIgnored)
{
    // Two processes listed at nearly the same time; the older answer arrived last.
    const Organisation org = organisation(QStringLiteral("work"));
    record(org, {sampleKey(1, 5)}, at(2));
    const RecordSummary old = record(org, {sampleKey(1, 1), sampleKey(2)}, at(2).addSecs(-300));
    EXPECT_TRUE(old.stale);
    const InventorySnapshot known = snapshot(org.name);
    ASSERT_EQ(known.keys.size(), 1);
    EXPECT_EQ(known.keys.first().key.usageCount, 5);
    EXPECT_EQ(known.organisation.listedAt, at(2));
}

TEST_F(RecorderTest, AClockSetBackDoesNotStopTheHistory)
{
    const Organisation org = organisation(QStringLiteral("work"));
    record(org, {sampleKey(1, 5)}, at(2, 12));
    // Two hours back: not a race between processes, the clock moved.
    const RecordSummary back = record(org, {sampleKey(1, 6)}, at(2, 10));
    EXPECT_FALSE(back.stale);
    EXPECT_TRUE(back.clockWentBack);
    EXPECT_EQ(back.observations, 1);
    const auto history = historyOf(inventory(), org.name, QStringLiteral("key-1"));
    ASSERT_EQ(history.value.size(), 2);
    EXPECT_EQ(history.value.at(1).usageCount, 6);
    EXPECT_EQ(history.value.at(1).observedAt, at(2, 12).addMSecs(1));
    EXPECT_EQ(snapshot(org.name).organisation.listedAt, at(2, 12).addMSecs(1));
}

TEST_F(RecorderTest, AnIdListedTwiceKeepsItsFirstRecord)
{
    const Organisation org = organisation(QStringLiteral("work"));
    ApiKey twin = sampleKey(1, 2);
    twin.name = QStringLiteral("Twin");
    ApiKey empty = sampleKey(3);
    empty.id.clear();
    const RecordSummary summary = record(org, {sampleKey(1, 1), twin, empty}, at(1));
    EXPECT_EQ(summary.listed, 1);
    EXPECT_EQ(snapshot(org.name).keys.first().key.name, QStringLiteral("Key 1"));
}

TEST_F(RecorderTest, EveryNormalisedFieldSurvivesTheRoundTrip)
{
    const Organisation org = organisation(QStringLiteral("leads"), Dialect::LocalLeads);
    ApiKey key;
    key.id = QStringLiteral("7c0f");
    key.name = QStringLiteral("Zapier – prod ✓");
    key.createdAt = QDateTime(QDate(2025, 3, 1), QTime(9, 30, 15, 123), Qt::UTC);
    key.expiresAt = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    key.lastUsedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    key.keyPrefix = QStringLiteral("ll_a1b2c3d4e5");
    key.createdBy = QStringLiteral("Alice Smith <alice@example.com>");
    ApiKey unnamed;
    unnamed.id = QStringLiteral("8d1e");
    record(org, {key, unnamed}, at(1));

    const InventorySnapshot known = snapshot(org.name);
    EXPECT_EQ(known.organisation.organisation.dialect, Dialect::LocalLeads);
    EXPECT_EQ(known.organisation.organisation.baseUrl, org.baseUrl);
    const ApiKey &stored = find(known, key.id)->key;
    EXPECT_EQ(stored.name, key.name);
    EXPECT_FALSE(stored.revoked);
    EXPECT_EQ(stored.createdAt, key.createdAt);
    EXPECT_EQ(stored.expiresAt, key.expiresAt);
    EXPECT_EQ(stored.lastUsedAt, key.lastUsedAt);
    EXPECT_FALSE(stored.usageCount.has_value());
    EXPECT_EQ(stored.keyPrefix, key.keyPrefix);
    EXPECT_EQ(stored.createdBy, key.createdBy);
    const ApiKey &bare = find(known, unnamed.id)->key;
    EXPECT_TRUE(bare.name.isEmpty());
    EXPECT_FALSE(bare.createdAt.isValid());
    EXPECT_FALSE(bare.lastUsedAt.isValid());
}

TEST_F(RecorderTest, ExportRowsCoverEveryOrganisationOrOnlyTheNamedOnes)
{
    record(organisation(QStringLiteral("b-org")), {sampleKey(1), sampleKey(2)}, at(1));
    record(organisation(QStringLiteral("a-org"), Dialect::LocalLeads), {sampleKey(3)}, at(1));
    const auto all = awaitResult<QList<InventoryKey>>(
        [&](QObject *context, InventoryCallback<QList<InventoryKey>> done) {
            inventory().exportRows({}, context, done);
        });
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all.value.size(), 3);
    EXPECT_EQ(all.value.at(0).organisation, QStringLiteral("a-org"));
    EXPECT_EQ(all.value.at(0).dialect, Dialect::LocalLeads);
    EXPECT_EQ(all.value.at(1).key.id, QStringLiteral("key-1"));
    const auto one = awaitResult<QList<InventoryKey>>(
        [&](QObject *context, InventoryCallback<QList<InventoryKey>> done) {
            inventory().exportRows({QStringLiteral("b-org")}, context, done);
        });
    EXPECT_EQ(one.value.size(), 2);

    const auto organisations = awaitResult<QList<KnownOrganisation>>(
        [&](QObject *context, InventoryCallback<QList<KnownOrganisation>> done) {
            inventory().organisations(context, done);
        });
    ASSERT_EQ(organisations.value.size(), 2);
    EXPECT_EQ(organisations.value.at(1).organisation.name, QStringLiteral("b-org"));
    EXPECT_EQ(organisations.value.at(1).keyCount, 2);
}

TEST_F(RecorderTest, AnUnknownOrganisationHasNoLastKnownInventory)
{
    const auto none = lastKnown(inventory(), QStringLiteral("never"));
    EXPECT_TRUE(none.ok());
    EXPECT_FALSE(none.value.has_value());
    const auto refused = recordListing(inventory(), organisation(QString()), {sampleKey(1)}, at(1));
    EXPECT_FALSE(refused.ok());
}

TEST_F(RecorderTest, ACreatedKeysIdentifierFillsInWhereTheListingHasNone)
{
    const Organisation org = organisation(QStringLiteral("hq"));
    const QString secret = QStringLiteral("leadhql_pk_") + QString(20, u'A') + QStringLiteral("wxyz");
    CreatedKeyFingerprint created = CreatedKeyFingerprint::of(secret);
    created.keyId = QStringLiteral("key-1");
    ASSERT_TRUE(awaitResult<bool>([&](QObject *context, InventoryCallback<bool> done) {
                    inventory().rememberCreatedKey(org, created, context, done);
                }).ok());
    record(org, {sampleKey(1)}, at(1));
    EXPECT_EQ(snapshot(org.name).keys.first().key.keyPrefix, QStringLiteral("leadhql_pk_…wxyz"));

    const auto found = awaitResult<QList<CreatedKeyFingerprint>>(
        [&](QObject *context, InventoryCallback<QList<CreatedKeyFingerprint>> done) {
            inventory().createdKeysWithFingerprint(CreatedKeyFingerprint::fingerprintOf(secret), context, done);
        });
    ASSERT_EQ(found.value.size(), 1);
    EXPECT_EQ(found.value.first().keyId, QStringLiteral("key-1"));
    EXPECT_EQ(found.value.first().lastFour, QStringLiteral("wxyz"));
    EXPECT_EQ(found.value.first().organisation, org.name);
}

TEST_F(RecorderTest, ASecretCannotBeStoredAsAFingerprint)
{
    const QString secret = QStringLiteral("ll_") + QString(64, u'a');
    CreatedKeyFingerprint mistaken;
    mistaken.keyId = QStringLiteral("key-1");
    mistaken.fingerprint = secret; // a caller's mistake
    mistaken.lastFour = secret.right(4);
    const auto refused = awaitResult<bool>([&](QObject *context, InventoryCallback<bool> done) {
        inventory().rememberCreatedKey(organisation(QStringLiteral("leads")), mistaken, context, done);
    });
    EXPECT_FALSE(refused.ok());
    EXPECT_FALSE(fileBytes(path()).contains(secret.toUtf8()));
    EXPECT_FALSE(fileBytes(path() + QStringLiteral("-wal")).contains(secret.toUtf8()));
}

} // namespace
