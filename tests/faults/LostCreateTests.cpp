// The lost create response (issue 5, item 2): the sandbox stores the key and drops the
// connection before answering. The client says the outcome is unknown, LostKeyFinder
// finds exactly the new key, and revoking it works.
#include "FaultFixture.h"
#include "LostKeyFinder.h"

#include <QSignalSpy>

using namespace keydesk;
using namespace keydesk::test;
using namespace Qt::StringLiterals;

namespace {

using Kind = ApiError::Kind;

struct Search final {
    bool finished = false;
    ApiError error;
    QList<ApiKey> candidates;
    QList<ApiKey> undated;
    LostKeyFinder::Verdict verdict = LostKeyFinder::Verdict::NotCreated;
    bool ambiguous = false;
};

Search search(ApiClient *client, const LostCreate &lost)
{
    LostKeyFinder finder(client, [] { return QDateTime::currentDateTimeUtc(); });
    QSignalSpy finished(&finder, &LostKeyFinder::finished);
    finder.start(lost);
    Search result;
    result.finished = finished.wait(30000) || finished.count() == 1;
    result.error = finder.error();
    result.candidates = finder.candidates();
    result.undated = finder.undated();
    result.verdict = finder.verdict();
    result.ambiguous = finder.isAmbiguous();
    return result;
}

class LostCreateTest : public FaultFixture {
protected:
    explicit LostCreateTest(QString dialect = QStringLiteral("localleads"))
        : FaultFixture(std::move(dialect))
    {
    }

    void commitThenDropFindsOnlyTheNewKey()
    {
        const QString name = QStringLiteral("nightly-export");
        // An older key with the same name, still live, created moments ago: only the
        // list taken before the create tells it apart.
        const Outcome older = waitFor(client->createKey(named(name)));
        ASSERT_TRUE(older.ok()) << text(older.error.userMessage());
        const QSet<QString> before = currentIds();
        ASSERT_TRUE(before.contains(older.created.record.id));

        const int postsBefore = sandbox->count("POST", keysPath());
        inject(R"({"fault":"commit-then-drop","method":"POST","count":1})");
        const QDateTime sentAt = QDateTime::currentDateTimeUtc();
        const Outcome lost = waitFor(client->createKey(named(name)));
        ASSERT_EQ(lost.error.kind, Kind::OutcomeUnknown) << text(lost.error.userMessage());
        EXPECT_TRUE(lost.error.keyMayExist);
        EXPECT_TRUE(lost.error.userMessage().contains(QStringLiteral("may have been created")));
        EXPECT_TRUE(lost.created.secret.isEmpty());
        EXPECT_EQ(sandbox->count("POST", keysPath()), postsBefore + 1) << "the lost create was sent more than once";

        const Search found = search(client.get(), {name, sentAt, before});
        ASSERT_TRUE(found.finished);
        ASSERT_FALSE(found.error.isError()) << text(found.error.userMessage());
        ASSERT_EQ(found.candidates.size(), 1);
        const ApiKey lostKey = found.candidates.constFirst();
        EXPECT_NE(lostKey.id, older.created.record.id);
        EXPECT_EQ(lostKey.name, name);
        EXPECT_FALSE(found.ambiguous);

        const Outcome revoked = waitFor(client->revokeKey(lostKey.id));
        EXPECT_TRUE(revoked.ok()) << text(revoked.error.userMessage());
        const QList<ApiKey> live = liveKeysNamed(name);
        ASSERT_EQ(live.size(), 1);
        EXPECT_EQ(live.constFirst().id, older.created.record.id);
        // A second search finds nothing left to revoke.
        EXPECT_TRUE(search(client.get(), {name, sentAt, before}).candidates.isEmpty());
    }
};

TEST_F(LostCreateTest, CommitThenDropLeavesAKeyTheFinderFindsAndRevokingItWorks)
{
    commitThenDropFindsOnlyTheNewKey();
}

TEST_F(LostCreateTest, WithoutTheEarlierListBothSameNameKeysInTheWindowAreReportedAsAmbiguous)
{
    const QString name = QStringLiteral("twin");
    ASSERT_TRUE(waitFor(client->createKey(named(name))).ok());
    inject(R"({"fault":"commit-then-drop","method":"POST","count":1})");
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    ASSERT_EQ(waitFor(client->createKey(named(name))).error.kind, Kind::OutcomeUnknown);
    const Search found = search(client.get(), {name, sentAt, std::nullopt});
    EXPECT_EQ(found.candidates.size(), 2);
    EXPECT_TRUE(found.ambiguous);
}

TEST_F(LostCreateTest, DropBeforeTheServerActedLeavesNothingToFind)
{
    const QString name = QStringLiteral("never-made");
    const QSet<QString> before = currentIds();
    inject(R"({"fault":"drop","method":"POST","count":1})");
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    const Outcome lost = waitFor(client->createKey(named(name)));
    ASSERT_EQ(lost.error.kind, Kind::OutcomeUnknown);
    const Search found = search(client.get(), {name, sentAt, before});
    EXPECT_FALSE(found.error.isError());
    EXPECT_TRUE(found.candidates.isEmpty());
    EXPECT_EQ(found.verdict, LostKeyFinder::Verdict::NotCreated);
    EXPECT_EQ(sandbox->count("POST", keysPath()), 1);
}

TEST_F(LostCreateTest, AListWithoutCreationTimesCannotTellAndNeverSaysNotCreated)
{
    // A same-name key without createdAt used to be skipped, and an empty
    // result read as "not created: safe to try again".
    const QString name = QStringLiteral("undated");
    const Outcome older = waitFor(client->createKey(named(name)));
    ASSERT_TRUE(older.ok()) << text(older.error.userMessage());
    const QSet<QString> before = currentIds();
    inject(R"({"fault":"commit-then-drop","method":"POST","count":1})");
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    ASSERT_EQ(waitFor(client->createKey(named(name))).error.kind, Kind::OutcomeUnknown);
    inject(R"({"fault":"omit-field","field":"createdAt","method":"GET"})");

    // With the earlier list the new key is the only unknown one; without it the older
    // one cannot be ruled out either.
    const Search known = search(client.get(), {name, sentAt, before});
    ASSERT_FALSE(known.error.isError()) << text(known.error.userMessage());
    EXPECT_EQ(known.verdict, LostKeyFinder::Verdict::CannotTell);
    EXPECT_TRUE(known.candidates.isEmpty());
    ASSERT_EQ(known.undated.size(), 1);
    EXPECT_NE(known.undated.constFirst().id, older.created.record.id);
    EXPECT_FALSE(known.undated.constFirst().createdAt.isValid());

    const Search unknown = search(client.get(), {name, sentAt, std::nullopt});
    EXPECT_EQ(unknown.verdict, LostKeyFinder::Verdict::CannotTell);
    EXPECT_EQ(unknown.undated.size(), 2);
}

TEST_F(LostCreateTest, WithoutCreationTimesOnlyTheEarlierListCanSayNothingWasCreated)
{
    const QString name = QStringLiteral("undated-never-made");
    ASSERT_TRUE(waitFor(client->createKey(named(name))).ok());
    const QSet<QString> before = currentIds();
    inject(R"({"faults":[{"fault":"drop","method":"POST","count":1},
                         {"fault":"omit-field","method":"GET"}]})");
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    ASSERT_EQ(waitFor(client->createKey(named(name))).error.kind, Kind::OutcomeUnknown);
    EXPECT_EQ(search(client.get(), {name, sentAt, before}).verdict, LostKeyFinder::Verdict::NotCreated);
    EXPECT_EQ(search(client.get(), {name, sentAt, std::nullopt}).verdict, LostKeyFinder::Verdict::CannotTell);
}

TEST_F(LostCreateTest, AFailedListingIsReportedNotGuessed)
{
    inject(R"({"faults":[{"fault":"commit-then-drop","method":"POST","count":1},
                         {"fault":"status","status":500,"method":"GET"}]})");
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    ASSERT_EQ(waitFor(client->createKey(named(QStringLiteral("unlisted")))).error.kind, Kind::OutcomeUnknown);
    const Search found = search(client.get(), {QStringLiteral("unlisted"), sentAt, std::nullopt});
    EXPECT_EQ(found.error.kind, Kind::Server);
    EXPECT_TRUE(found.candidates.isEmpty());
}

class LostCreateLeadHqlTest : public LostCreateTest {
protected:
    LostCreateLeadHqlTest()
        : LostCreateTest(QStringLiteral("leadhql"))
    {
    }
};

// LeadHQL lists revoked keys too: they are never candidates.
TEST_F(LostCreateLeadHqlTest, CommitThenDropLeavesAKeyTheFinderFindsAndRevokingItWorks)
{
    const Outcome revokedTwin = waitFor(client->createKey(named(QStringLiteral("nightly-export"))));
    ASSERT_TRUE(revokedTwin.ok());
    ASSERT_TRUE(waitFor(client->revokeKey(revokedTwin.created.record.id)).ok());
    commitThenDropFindsOnlyTheNewKey();
}

// ---- the matching rule, with an injected clock -------------------------------------

ApiKey keyAt(const QString &id, const QString &name, const QDateTime &createdAt, bool revoked = false)
{
    ApiKey key;
    key.id = id;
    key.name = name;
    key.createdAt = createdAt;
    key.revoked = revoked;
    return key;
}

TEST(LostKeyFinderRule, KeepsLiveSameNameKeysInTheSkewWindowClosestFirst)
{
    const QDateTime sent = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const QDateTime now = sent.addSecs(20);
    const QList<ApiKey> listed{
        keyAt(u"server-behind"_s, u"ci"_s, sent.addSecs(-3 * 60)), // server clock 3 min behind: tolerated
        keyAt(u"exact"_s, u"ci"_s, sent.addSecs(2)),
        keyAt(u"server-ahead"_s, u"ci"_s, now.addSecs(4 * 60)), // 4 min ahead: tolerated
        keyAt(u"long-ago"_s, u"ci"_s, sent.addSecs(-3600)),
        keyAt(u"future"_s, u"ci"_s, now.addSecs(3600)),
        keyAt(u"other-name"_s, u"cd"_s, sent.addSecs(1)),
        keyAt(u"revoked"_s, u"ci"_s, sent.addSecs(1), true),
        keyAt(u"known-before"_s, u"ci"_s, sent.addSecs(-1)),
        keyAt(u"no-date"_s, u"ci"_s, QDateTime()),
    };
    const LostCreate lost{u"ci"_s, sent, QSet<QString>{u"known-before"_s}};
    QStringList ids;
    for (const ApiKey &key : LostKeyFinder::candidatesIn(listed, lost, now))
        ids.append(key.id);
    EXPECT_EQ(ids, (QStringList{u"exact"_s, u"server-behind"_s, u"server-ahead"_s}));

    // The key without a date is no candidate, but it is not ruled out either.
    QStringList undated;
    for (const ApiKey &key : LostKeyFinder::undatedIn(listed, lost))
        undated.append(key.id);
    EXPECT_EQ(undated, QStringList{u"no-date"_s});

    // A tighter tolerance keeps only what the clocks explain.
    ids.clear();
    for (const ApiKey &key : LostKeyFinder::candidatesIn(listed, lost, now, 10))
        ids.append(key.id);
    EXPECT_EQ(ids, QStringList{u"exact"_s});
}

} // namespace
