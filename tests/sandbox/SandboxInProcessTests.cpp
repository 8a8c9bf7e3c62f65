// SandboxServer as a library (how `keydesk --demo` runs it): an injected clock moves
// time for expiry, the state round-trips, and it serves real HTTP in-process.
#include "SandboxServer.h"
#include "SandboxTestSupport.h"
#include "SessionToken.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace keydesk;
using namespace keydesk::test;

namespace {

class MovableClock final {
public:
    QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    SandboxClock clock()
    {
        return [this] { return now; };
    }
};

SandboxRequest request(const QByteArray &method, const QString &path, const QString &token, const QByteArray &body = {})
{
    SandboxRequest made;
    made.method = method;
    made.path = path;
    if (!token.isEmpty())
        made.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8()});
    made.body = body;
    return made;
}

QJsonObject json(const SandboxResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

TEST(SandboxInProcess, LocalLeadsKeysStopWorkingWhenTheyExpireAndFreeTheirSlot)
{
    MovableClock time;
    SandboxServer server(Dialect::LocalLeads, time.clock());
    const QString admin = server.issueCredential();
    const QString path = QStringLiteral("/api/v1/api-keys");

    QString expiringKey;
    for (int i = 0; i < 9; ++i) {
        const SandboxResponse created = server.handle(
            request("POST", path, admin, R"({"name":"Short","expiresAt":"2026-03-02"})"));
        ASSERT_EQ(created.status, 201) << created.body.toStdString();
        expiringKey = json(created).value(QStringLiteral("data")).toObject().value(QStringLiteral("key")).toString();
    }
    EXPECT_EQ(server.handle(request("POST", path, admin, R"({"name":"Full"})")).status, 409);
    EXPECT_EQ(server.handle(request("GET", QStringLiteral("/api/v1/credits/balance"), expiringKey)).status, 200);

    time.now = time.now.addDays(1); // 2026-03-02T12:00Z, past midnight
    const SandboxResponse expired = server.handle(
        request("GET", QStringLiteral("/api/v1/credits/balance"), expiringKey));
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(expired.body, documentedUnauthorizedBody());
    // Expired keys are still listed (they are not revoked) but no longer count.
    const SandboxResponse list = server.handle(request("GET", path, admin));
    EXPECT_EQ(json(list).value(QStringLiteral("data")).toArray().size(), 10);
    EXPECT_EQ(server.handle(request("POST", path, admin, R"({"name":"Room again"})")).status, 201);
    // A date that was future yesterday is past now.
    EXPECT_EQ(server.handle(request("POST", path, admin, R"({"expiresAt":"2026-03-02"})")).status, 400);
}

TEST(SandboxInProcess, LeadHqlSessionTokensLastTwelveHoursAndKeysExpire)
{
    MovableClock time;
    SandboxServer server(Dialect::LeadHql, time.clock());
    const QString jwt = server.issueCredential();
    const SandboxResponse created = server.handle(
        request("POST", QStringLiteral("/api-keys"), jwt, R"({"name":"Day","expiresInDays":1})"));
    ASSERT_EQ(created.status, 201);
    EXPECT_EQ(json(created).value(QStringLiteral("expiresAt")).toString(), QStringLiteral("2026-03-02T12:00:00.000Z"));
    const QString key = json(created).value(QStringLiteral("key")).toString();

    time.now = time.now.addSecs(12 * 3600 - 1);
    EXPECT_EQ(server.handle(request("GET", QStringLiteral("/api-keys"), jwt)).status, 200);
    time.now = time.now.addSecs(1);
    EXPECT_EQ(server.handle(request("GET", QStringLiteral("/api-keys"), jwt)).status, 401);

    EXPECT_EQ(server.handle(request("GET", QStringLiteral("/properties/stats/counts"), key)).status, 200);
    time.now = time.now.addSecs(12 * 3600);
    const QString fresh = server.issueCredential();
    EXPECT_EQ(server.handle(request("GET", QStringLiteral("/properties/stats/counts"), key)).status, 401);
    // Expired keys stay "active" in the list: clients derive Expired from expiresAt.
    const SandboxResponse list = server.handle(request("GET", QStringLiteral("/api-keys"), fresh));
    ASSERT_EQ(list.status, 200);
    const QJsonObject record = QJsonDocument::fromJson(list.body).array().at(0).toObject();
    EXPECT_EQ(record.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_EQ(record.value(QStringLiteral("usageCount")).toInteger(), 1);
}

TEST(SandboxInProcess, TokensOfAnotherOrganisationAreRefused)
{
    MovableClock time;
    SandboxServer first(Dialect::LeadHql, time.clock());
    SandboxServer second(Dialect::LeadHql, time.clock());
    EXPECT_EQ(second.handle(request("GET", QStringLiteral("/api-keys"), first.issueCredential())).status, 401);
    // Signed with the right secret but for another organisation.
    const QString foreign = SessionToken::issue(second.state().sessionSecret, second.state().owner().id,
                                                first.state().organisationId, time.now);
    EXPECT_EQ(second.handle(request("GET", QStringLiteral("/api-keys"), foreign)).status, 401);
}

TEST(SandboxInProcess, StateRoundTripsThroughJsonWithoutSecrets)
{
    MovableClock time;
    SandboxServer server(Dialect::LocalLeads, time.clock());
    server.seedDemo(time.now);
    const QString admin = server.issueCredential();
    const QByteArray saved = QJsonDocument(server.state().toJson()).toJson();
    EXPECT_FALSE(saved.contains(admin.toUtf8()));

    QString error;
    const std::optional<SandboxState> loaded = SandboxState::fromJson(server.state().toJson(), &error);
    ASSERT_TRUE(loaded.has_value()) << error.toStdString();
    EXPECT_EQ(QJsonDocument(loaded->toJson()).toJson(), saved);

    QJsonObject broken = server.state().toJson();
    QJsonArray keys = broken.value(QStringLiteral("keys")).toArray();
    QJsonObject first = keys.at(0).toObject();
    first.insert(QStringLiteral("sha256"), QStringLiteral("not-a-digest"));
    keys.replace(0, first);
    broken.insert(QStringLiteral("keys"), keys);
    EXPECT_FALSE(SandboxState::fromJson(broken, &error).has_value());
    EXPECT_FALSE(error.isEmpty());
}

TEST(SandboxInProcess, DemoDataIsSeededOnce)
{
    MovableClock time;
    SandboxServer server(Dialect::LeadHql, time.clock());
    server.seedDemo(time.now);
    const qsizetype seeded = server.state().keys.size();
    EXPECT_GE(seeded, 8);
    server.seedDemo(time.now);
    EXPECT_EQ(server.state().keys.size(), seeded);
}

TEST(SandboxInProcess, ServesOverLoopbackOnly)
{
    SandboxServer refusing(Dialect::LocalLeads);
    EXPECT_FALSE(refusing.listen(QHostAddress(QHostAddress::AnyIPv4), 0));
    EXPECT_FALSE(refusing.errorString().isEmpty());
    EXPECT_TRUE(refusing.url().isEmpty());

    SandboxServer server(Dialect::LocalLeads);
    server.seedDemo(QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(server.listen()) << server.errorString().toStdString();
    EXPECT_EQ(server.url().host(), QStringLiteral("127.0.0.1"));
    const QString admin = server.issueCredential();
    HttpClient http;
    const HttpResult list = http.get(endpoint(server.url(), QStringLiteral("/api/v1/api-keys")), admin);
    ASSERT_EQ(list.status, 200) << list.networkError.toStdString();
    EXPECT_GE(list.json().object().value(QStringLiteral("data")).toArray().size(), 6);
    // Keep-alive: a second request on the same connection is answered too.
    EXPECT_EQ(http.get(endpoint(server.url(), QStringLiteral("/api/v1/credits/balance")), admin).status, 200);
}

} // namespace
