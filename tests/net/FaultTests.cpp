// ApiClient against a scripted HTTP/1.1 server on 127.0.0.1: retries, bounds, error
// taxonomy, headers and URL building, with real sockets.
#include "ApiClient.h"
#include "ApiReply.h"
#include "CountingNetworkAccessManager.h"
#include "Outcome.h"
#include "ScriptedServer.h"
#include "TestPolicy.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace keydesk;
using namespace keydesk::test;

namespace {

const QByteArray leadHqlList = QByteArrayLiteral(
    R"([{"id":"k1","name":"CI","status":"active","createdAt":"2024-01-01T00:00:00Z",)"
    R"("expiresAt":null,"lastUsedAt":null,"usageCount":0}])");
const QByteArray leadHqlCreated = QByteArrayLiteral(
    R"({"id":"k2","name":"Deploy","status":"active","createdAt":"2024-01-01T00:00:00.000Z",)"
    R"("expiresAt":null,"lastUsedAt":null,"usageCount":0,"key":"leadhql_pk_Abcdefghijklmnop1234"})");
const QString jwtCredential = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl");

QString httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
}

class FaultTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(server.listen()); }

    std::unique_ptr<ApiClient> client(const QUrl &baseUrl, const QString &credential = jwtCredential,
                                      Dialect dialect = Dialect::LeadHql,
                                      Connection::AuthHeader header = Connection::AuthHeader::Bearer)
    {
        Connection connection;
        connection.dialect = dialect;
        connection.baseUrl = baseUrl;
        connection.credential = credential;
        connection.authHeader = header;
        auto apiClient = std::make_unique<ApiClient>(&network, connection);
        apiClient->setRetryPolicy(policy);
        return apiClient;
    }
    std::unique_ptr<ApiClient> client() { return client(server.url()); }

    static CreateKeyRequest deployKey() { return CreateKeyRequest{QStringLiteral("Deploy"), Expiry::never()}; }

    ScriptedServer server;
    CountingNetworkAccessManager network;
    RetryPolicy policy = testPolicy();
};

// --- retries ---------------------------------------------------------------------

TEST_F(FaultTest, GetIsRetriedAfter503WithRetryAfterSeconds)
{
    server.addStep(ScriptStep::reply(503, "{\"message\":\"busy\"}", {{"Retry-After", "1"}}));
    server.addStep(ScriptStep::reply(200, leadHqlList));
    QElapsedTimer elapsed;
    elapsed.start();
    const Outcome outcome = waitFor(client()->listKeys());
    ASSERT_TRUE(outcome.ok()) << outcome.error.userMessage().toStdString();
    EXPECT_EQ(outcome.attempts, 2);
    EXPECT_EQ(server.requestCount("GET"), 2);
    ASSERT_EQ(outcome.keys.size(), 1);
    EXPECT_EQ(outcome.keys.constFirst().id, QStringLiteral("k1"));
    // Retry-After: 1 was honoured rather than the 20 ms backoff (a lower bound only).
    EXPECT_GE(elapsed.elapsed(), 900);
}

TEST_F(FaultTest, GetIsRetriedAfter429WithRetryAfterHttpDate)
{
    const QDateTime now(QDate(2030, 5, 6), QTime(7, 8, 9), QTimeZone::utc());
    server.addStep(
        ScriptStep::reply(429, "{\"message\":\"slow down\"}", {{"Retry-After", httpDate(now.addSecs(1)).toLatin1()}}));
    server.addStep(ScriptStep::reply(200, leadHqlList));
    auto apiClient = client();
    apiClient->setClock([now] { return now; });
    QElapsedTimer elapsed;
    elapsed.start();
    const Outcome outcome = waitFor(apiClient->listKeys());
    ASSERT_TRUE(outcome.ok()) << outcome.error.userMessage().toStdString();
    EXPECT_EQ(outcome.attempts, 2);
    EXPECT_EQ(server.requestCount("GET"), 2);
    EXPECT_GE(elapsed.elapsed(), 900);
}

TEST_F(FaultTest, RetryAfterSecondsBeyondTheCapFailsAtOnceSayingWhenToRetry)
{
    server.addStep(ScriptStep::reply(503, "{\"message\":\"maintenance\"}", {{"Retry-After", "3600"}}));
    server.addStep(ScriptStep::reply(200, leadHqlList));
    const Outcome outcome = waitFor(client()->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Server);
    EXPECT_EQ(outcome.error.httpStatus, 503);
    EXPECT_EQ(outcome.error.retryAfterSeconds, 3600);
    EXPECT_EQ(outcome.attempts, 1);
    EXPECT_EQ(server.requestCount("GET"), 1);
    EXPECT_TRUE(outcome.error.userMessage().contains(QStringLiteral("3600")));
    EXPECT_TRUE(outcome.error.userMessage().contains(QStringLiteral("maintenance")));
}

TEST_F(FaultTest, PlaceholdersInAServerMessageAreShownLiterally)
{
    server.addStep(ScriptStep::reply(503, R"({"message":"maintenance %1 %2 until %3"})", {{"Retry-After", "3600"}}));
    const Outcome outcome = waitFor(client()->listKeys());
    const QString message = outcome.error.userMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("(maintenance %1 %2 until %3)"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("wait 3600 seconds"))) << message.toStdString();
}

TEST_F(FaultTest, RetryAfterHttpDateBeyondTheCapFailsAtOnce)
{
    const QDateTime now(QDate(2030, 5, 6), QTime(7, 8, 9), QTimeZone::utc());
    server.addStep(ScriptStep::reply(429, {}, {{"Retry-After", httpDate(now.addSecs(120)).toLatin1()}}));
    auto apiClient = client();
    apiClient->setClock([now] { return now; });
    const Outcome outcome = waitFor(apiClient->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::RateLimited);
    EXPECT_EQ(outcome.error.retryAfterSeconds, 120);
    EXPECT_EQ(outcome.attempts, 1);
    EXPECT_EQ(server.requestCount("GET"), 1);
    EXPECT_EQ(outcome.error.exitCode(), 1);
}

TEST_F(FaultTest, GatewayErrorsAreRetriedUpToMaxAttempts)
{
    server.addStep(ScriptStep::reply(502, "bad gateway", {}, "text/plain"));
    server.addStep(ScriptStep::reply(504, "gateway timeout", {}, "text/plain"));
    server.addStep(ScriptStep::reply(502, "still bad", {}, "text/plain"));
    server.addStep(ScriptStep::reply(200, leadHqlList));
    const Outcome outcome = waitFor(client()->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Server);
    EXPECT_EQ(outcome.error.httpStatus, 502);
    EXPECT_EQ(outcome.error.serverMessage, QStringLiteral("still bad"));
    EXPECT_EQ(outcome.attempts, policy.maxAttempts);
    EXPECT_EQ(server.requestCount("GET"), policy.maxAttempts);
}

TEST_F(FaultTest, InternalServerErrorIsNotRetried)
{
    server.addStep(ScriptStep::reply(500, "{\"message\":\"boom\"}"));
    server.addStep(ScriptStep::reply(200, leadHqlList));
    const Outcome outcome = waitFor(client()->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Server);
    EXPECT_EQ(outcome.attempts, 1);
    EXPECT_EQ(server.requestCount("GET"), 1);
}

TEST_F(FaultTest, DeleteIsRetriedOn503)
{
    server.addStep(ScriptStep::reply(503, {}));
    server.addStep(ScriptStep::reply(200, "{\"success\":true}"));
    const Outcome outcome = waitFor(client()->revokeKey(QStringLiteral("k1")));
    ASSERT_TRUE(outcome.ok()) << outcome.error.userMessage().toStdString();
    EXPECT_EQ(outcome.keyId, QStringLiteral("k1"));
    EXPECT_EQ(outcome.attempts, 2);
    EXPECT_EQ(server.requestCount("DELETE"), 2);
}

TEST_F(FaultTest, DeleteIsNotRetriedWhenTheConnectionDrops)
{
    // Qt's HTTP layer may itself resend a bodiless request once on a connection that
    // closes before any answer; the client adds no retry of its own for DELETE.
    server.addStep(ScriptStep::closeAfterRequest());
    const Outcome outcome = waitFor(client()->revokeKey(QStringLiteral("k1")));
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Network);
    EXPECT_EQ(outcome.attempts, 1);
}

TEST_F(FaultTest, GetIsRetriedWhenTheConnectionKeepsDropping)
{
    server.addStep(ScriptStep::closeAfterRequest());
    const Outcome outcome = waitFor(client()->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Network);
    EXPECT_EQ(outcome.attempts, policy.maxAttempts);
    EXPECT_GE(server.requestCount("GET"), policy.maxAttempts);
}

TEST_F(FaultTest, GetSucceedsWhenTheConnectionDropsOnce)
{
    server.addStep(ScriptStep::closeAfterRequest());
    server.addStep(ScriptStep::reply(200, leadHqlList));
    const Outcome outcome = waitFor(client()->listKeys());
    ASSERT_TRUE(outcome.ok()) << outcome.error.userMessage().toStdString();
    EXPECT_EQ(server.requestCount("GET"), 2);
}

TEST_F(FaultTest, PostAnswered503IsSentExactlyOnce)
{
    server.addStep(ScriptStep::reply(503, "{\"message\":\"busy\"}", {{"Retry-After", "0"}}));
    server.addStep(ScriptStep::reply(201, leadHqlCreated));
    const Outcome outcome = waitFor(client()->createKey(deployKey()));
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Server);
    EXPECT_EQ(outcome.attempts, 1);
    QTest::qWait(300); // a retry, if any, would have happened by now (Retry-After: 0)
    EXPECT_EQ(server.requestCount("POST"), 1);
}

TEST_F(FaultTest, PostAnswered429IsSentExactlyOnce)
{
    server.addStep(ScriptStep::reply(429, "{\"message\":\"slow down\"}", {{"Retry-After", "0"}}));
    server.addStep(ScriptStep::reply(201, leadHqlCreated));
    const Outcome outcome = waitFor(client()->createKey(deployKey()));
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::RateLimited);
    QTest::qWait(300);
    EXPECT_EQ(server.requestCount("POST"), 1);
}

TEST_F(FaultTest, PostWhoseConnectionClosesAfterTheRequestHasAnUnknownOutcome)
{
    server.addStep(ScriptStep::closeAfterRequest());
    server.addStep(ScriptStep::reply(201, leadHqlCreated));
    const Outcome outcome = waitFor(client()->createKey(deployKey()));
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::OutcomeUnknown);
    EXPECT_TRUE(outcome.error.keyMayExist);
    EXPECT_TRUE(outcome.error.userMessage().contains(QStringLiteral("may have been created")));
    QTest::qWait(300);
    EXPECT_EQ(server.requestCount("POST"), 1);
    EXPECT_EQ(outcome.attempts, 1);
}

TEST_F(FaultTest, PostThatTimesOutHasAnUnknownOutcome)
{
    policy.totalTimeoutMs = 500;
    server.addStep(ScriptStep::hang());
    const Outcome outcome = waitFor(client()->createKey(deployKey()));
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::OutcomeUnknown);
    EXPECT_EQ(server.requestCount("POST"), 1);
}

// --- network failures and bounds -------------------------------------------------

TEST_F(FaultTest, ConnectionRefusedIsANetworkErrorForGetAndPost)
{
    const QUrl url = server.url();
    server.close();
    auto apiClient = client(url);
    const Outcome list = waitFor(apiClient->listKeys());
    EXPECT_EQ(list.error.kind, ApiError::Kind::Network);
    EXPECT_EQ(list.error.exitCode(), 6);
    EXPECT_EQ(list.attempts, 1);
    // The POST cannot have reached anything: a plain network error, not "unknown".
    const Outcome create = waitFor(apiClient->createKey(deployKey()));
    EXPECT_EQ(create.error.kind, ApiError::Kind::Network);
    EXPECT_FALSE(create.error.keyMayExist);
}

TEST_F(FaultTest, BodyOverTheCapAnnouncedByContentLengthIsAbortedAsMalformed)
{
    const qint64 total = 64 * 1024 * 1024;
    server.addStep(ScriptStep::stream(total, ScriptStep::Framing::ContentLength));
    const Outcome outcome = waitFor(client()->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Malformed);
    EXPECT_TRUE(outcome.error.detail.contains(QString::number(policy.maxResponseBytes)))
        << outcome.error.detail.toStdString();
    EXPECT_EQ(outcome.attempts, 1);
    EXPECT_TRUE(QTest::qWaitFor([this] { return server.clientDisconnectedEarly(); }, 10000));
    EXPECT_LT(server.streamedBytes(), total);
}

TEST_F(FaultTest, ChunkedBodyOverTheCapIsAbortedAsMalformed)
{
    const qint64 total = 64 * 1024 * 1024;
    server.addStep(ScriptStep::stream(total, ScriptStep::Framing::Chunked));
    const Outcome outcome = waitFor(client()->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Malformed);
    EXPECT_TRUE(outcome.error.detail.contains(QString::number(policy.maxResponseBytes)));
    EXPECT_TRUE(QTest::qWaitFor([this] { return server.clientDisconnectedEarly(); }, 10000));
    EXPECT_LT(server.streamedBytes(), total);
}

TEST_F(FaultTest, BodyWithoutLengthOverTheCapIsAbortedAsMalformed)
{
    const qint64 total = 64 * 1024 * 1024;
    server.addStep(ScriptStep::stream(total, ScriptStep::Framing::UntilClose));
    const Outcome outcome = waitFor(client()->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Malformed);
    EXPECT_TRUE(QTest::qWaitFor([this] { return server.clientDisconnectedEarly(); }, 10000));
    EXPECT_LT(server.streamedBytes(), total);
}

TEST_F(FaultTest, CreateWithAnOversizedAnswerWarnsThatTheKeyMayExist)
{
    server.addStep(ScriptStep::stream(64 * 1024 * 1024, ScriptStep::Framing::ContentLength));
    const Outcome outcome = waitFor(client()->createKey(deployKey()));
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Malformed);
    EXPECT_TRUE(outcome.error.keyMayExist);
    EXPECT_EQ(server.requestCount("POST"), 1);
}

TEST_F(FaultTest, TricklingServerHitsTheOverallDeadline)
{
    policy.totalTimeoutMs = 800;
    policy.transferTimeoutMs = 10000;
    server.addStep(ScriptStep::trickle(50));
    const Outcome outcome = waitFor(client()->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Timeout);
    EXPECT_EQ(outcome.error.exitCode(), 6);
    EXPECT_EQ(outcome.attempts, 1);
    EXPECT_GT(server.streamedBytes(), 0);
}

TEST_F(FaultTest, SilentServerHitsTheTransferTimeout)
{
    policy.totalTimeoutMs = 60000;
    policy.transferTimeoutMs = 500;
    server.addStep(ScriptStep::hang());
    const Outcome outcome = waitFor(client()->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Timeout);
    EXPECT_EQ(outcome.attempts, 1);
}

// --- malformed answers -------------------------------------------------------------

TEST_F(FaultTest, InvalidJsonIsMalformed)
{
    server.addStep(ScriptStep::reply(200, "[{\"id\": "));
    const Outcome outcome = waitFor(client()->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Malformed);
    EXPECT_FALSE(outcome.error.detail.isEmpty());
    EXPECT_EQ(outcome.error.exitCode(), 1);
}

TEST_F(FaultTest, WrongFieldTypesAreMalformed)
{
    server.addStep(ScriptStep::reply(200, "[{\"id\":5,\"name\":[],\"status\":\"active\"}]"));
    const Outcome outcome = waitFor(client()->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Malformed);
}

TEST_F(FaultTest, NonJsonContentTypeIsMalformed)
{
    server.addStep(ScriptStep::reply(200, leadHqlList, {}, "text/html"));
    const Outcome outcome = waitFor(client()->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Malformed);
    EXPECT_TRUE(outcome.error.detail.contains(QStringLiteral("text/html")));
}

TEST_F(FaultTest, JsonContentTypeWithParametersOrMissingIsAccepted)
{
    server.addStep(ScriptStep::reply(200, leadHqlList, {}, "Application/JSON; charset=utf-8"));
    server.addStep(ScriptStep::reply(200, leadHqlList, {}, {}));
    auto apiClient = client();
    EXPECT_TRUE(waitFor(apiClient->listKeys()).ok());
    EXPECT_TRUE(waitFor(apiClient->listKeys()).ok());
}

TEST_F(FaultTest, CreateWithAnUnreadableAnswerWarnsThatTheKeyMayExist)
{
    server.addStep(ScriptStep::reply(201, "{\"id\":\"k2\"}"));
    const Outcome outcome = waitFor(client()->createKey(deployKey()));
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Malformed);
    EXPECT_TRUE(outcome.error.keyMayExist);
    EXPECT_TRUE(outcome.error.userMessage().contains(QStringLiteral("may have been created")));
}

// --- status codes ------------------------------------------------------------------

TEST_F(FaultTest, StatusCodesMapToKindsWithTheServerMessage)
{
    struct Case {
        int status;
        ApiError::Kind kind;
        int exitCode;
    };
    const Case cases[] = {
        {400, ApiError::Kind::Rejected, 5},       {401, ApiError::Kind::Authentication, 3},
        {403, ApiError::Kind::Authentication, 3}, {404, ApiError::Kind::NotFound, 4},
        {409, ApiError::Kind::LimitReached, 5},   {410, ApiError::Kind::Rejected, 5},
        {422, ApiError::Kind::Rejected, 5},
    };
    for (const Case &c : cases) {
        server.addStep(ScriptStep::reply(c.status, "{\"statusCode\":" + QByteArray::number(c.status)
                                                       + ",\"message\":\"said " + QByteArray::number(c.status)
                                                       + "\"}"));
    }
    auto apiClient = client();
    for (const Case &c : cases) {
        const Outcome outcome = waitFor(apiClient->listKeys());
        EXPECT_EQ(outcome.error.kind, c.kind) << c.status;
        EXPECT_EQ(outcome.error.httpStatus, c.status);
        EXPECT_EQ(outcome.error.exitCode(), c.exitCode) << c.status;
        EXPECT_EQ(outcome.error.serverMessage, QStringLiteral("said %1").arg(c.status));
        EXPECT_TRUE(outcome.error.userMessage().contains(QStringLiteral("said %1").arg(c.status)));
        EXPECT_EQ(outcome.attempts, 1);
    }
}

TEST_F(FaultTest, LeadHqlApiKeyRefusedForManagementGetsTheJwtHint)
{
    const QString apiKey = QStringLiteral("leadhql_pk_Zyxwvutsrqponm98765");
    server.addStep(ScriptStep::reply(403, "{\"message\":\"API keys cannot manage API keys\"}"));
    const Outcome outcome = waitFor(client(server.url(), apiKey)->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Authentication);
    EXPECT_TRUE(outcome.error.needsSessionToken);
    const QString message = outcome.error.userMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("JWT")));
    EXPECT_TRUE(message.contains(QStringLiteral("API keys cannot manage API keys")));
    EXPECT_FALSE(message.contains(apiKey));
}

TEST_F(FaultTest, JwtRefusedGetsNoApiKeyHint)
{
    server.addStep(ScriptStep::reply(401, "{\"message\":\"Invalid or expired token\"}"));
    const Outcome outcome = waitFor(client()->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Authentication);
    EXPECT_FALSE(outcome.error.needsSessionToken);
    EXPECT_TRUE(outcome.error.userMessage().contains(QStringLiteral("expired or revoked")));
}

TEST_F(FaultTest, AServerEchoingTheCredentialDoesNotGetItShown)
{
    server.addStep(ScriptStep::reply(401, "{\"message\":\"bad token " + jwtCredential.toUtf8() + "\"}"));
    const Outcome outcome = waitFor(client()->listKeys());
    EXPECT_FALSE(outcome.error.serverMessage.contains(jwtCredential));
    EXPECT_FALSE(outcome.error.userMessage().contains(jwtCredential));
}

// --- requests as sent --------------------------------------------------------------

TEST_F(FaultTest, RequestsCarryTheDocumentedHeaders)
{
    server.addStep(ScriptStep::reply(201, leadHqlCreated));
    const Outcome outcome = waitFor(client()->createKey(deployKey()));
    ASSERT_TRUE(outcome.ok()) << outcome.error.userMessage().toStdString();
    EXPECT_EQ(outcome.created.secret, QStringLiteral("leadhql_pk_Abcdefghijklmnop1234"));
    ASSERT_EQ(server.requests().size(), 1);
    const ReceivedRequest &request = server.requests().constFirst();
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.target, "/api-keys");
    EXPECT_EQ(request.headers.value("authorization"), "Bearer " + jwtCredential.toUtf8());
    EXPECT_EQ(request.headers.value("accept"), "application/json");
    EXPECT_EQ(request.headers.value("content-type"), "application/json");
    EXPECT_EQ(request.headers.value("user-agent"), QByteArrayLiteral("KeyDesk/" KEYDESK_VERSION));
    EXPECT_TRUE(request.body.contains("\"name\":\"Deploy\""));
}

TEST_F(FaultTest, XApiKeyHeaderReplacesAuthorization)
{
    const QString key = QStringLiteral("lfk_sk_") + QString(40, QLatin1Char('a'));
    server.addStep(ScriptStep::reply(200, "{\"usage\":{}}"));
    const Outcome outcome = waitFor(
        client(server.url(), key, Dialect::TrustLeads, Connection::AuthHeader::XApiKey)->verifyKey(key));
    ASSERT_EQ(server.requests().size(), 1);
    const ReceivedRequest &request = server.requests().constFirst();
    EXPECT_EQ(request.target, "/v1/usage");
    EXPECT_EQ(request.headers.value("x-api-key"), key.toUtf8());
    EXPECT_FALSE(request.headers.contains("authorization"));
    EXPECT_TRUE(outcome.ok()) << outcome.error.userMessage().toStdString();
}

TEST_F(FaultTest, VerifyAuthenticatesWithTheGivenKeyNotTheCredential)
{
    const QString key = QStringLiteral("leadhql_pk_Verifyme1234567890");
    server.addStep(ScriptStep::reply(200, "{\"properties\":3}"));
    const Outcome outcome = waitFor(client()->verifyKey(key));
    EXPECT_TRUE(outcome.ok()) << outcome.error.userMessage().toStdString();
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().constFirst().target, "/properties/stats/counts");
    EXPECT_EQ(server.requests().constFirst().headers.value("authorization"), "Bearer " + key.toUtf8());
}

TEST_F(FaultTest, BaseUrlPathPrefixIsKeptAndJoinedWithoutDoubleSlash)
{
    QUrl base = server.url();
    base.setPath(QStringLiteral("/proxy/leadhql/"));
    server.addStep(ScriptStep::reply(200, leadHqlList));
    server.addStep(ScriptStep::reply(200, "{\"success\":true}"));
    auto apiClient = client(base);
    EXPECT_TRUE(waitFor(apiClient->listKeys()).ok());
    EXPECT_TRUE(waitFor(apiClient->revokeKey(QStringLiteral("a b/c?d#e%2F"))).ok());
    ASSERT_EQ(server.requests().size(), 2);
    EXPECT_EQ(server.requests().at(0).target, "/proxy/leadhql/api-keys");
    EXPECT_EQ(server.requests().at(1).target, "/proxy/leadhql/api-keys/a%20b%2Fc%3Fd%23e%252F");
}

TEST_F(FaultTest, DotSegmentIdsAreNeverSent)
{
    auto apiClient = client();
    for (const QString &id : {QString(), QStringLiteral("."), QStringLiteral("..")}) {
        const Outcome outcome = waitFor(apiClient->revokeKey(id));
        EXPECT_EQ(outcome.error.kind, ApiError::Kind::NotFound);
    }
    EXPECT_EQ(network.created(), 0);
}

TEST_F(FaultTest, RedirectToAnotherOriginIsRefusedWithoutContactingIt)
{
    ScriptedServer elsewhere;
    ASSERT_TRUE(elsewhere.listen());
    elsewhere.addStep(ScriptStep::reply(200, leadHqlList));
    QUrl target = elsewhere.url();
    target.setPath(QStringLiteral("/api-keys"));
    server.addStep(ScriptStep::reply(302, {}, {{"Location", target.toEncoded()}}));
    const Outcome outcome = waitFor(client()->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::InsecureUrl);
    EXPECT_EQ(elsewhere.requests().size(), 0);
}

TEST_F(FaultTest, RedirectWithinTheSameOriginIsFollowed)
{
    server.addStep(ScriptStep::reply(302, {}, {{"Location", "/v2/api-keys"}}));
    server.addStep(ScriptStep::reply(200, leadHqlList));
    const Outcome outcome = waitFor(client()->listKeys());
    EXPECT_TRUE(outcome.ok()) << outcome.error.userMessage().toStdString();
    ASSERT_EQ(server.requests().size(), 2);
    EXPECT_EQ(server.requests().at(1).target, "/v2/api-keys");
    EXPECT_EQ(server.requests().at(1).headers.value("authorization"), "Bearer " + jwtCredential.toUtf8());
}

// --- redirects: only a GET goes on; a change is never redirected into a success ------

const int redirectStatuses[] = {301, 302, 303, 307, 308};

TEST_F(FaultTest, GetFollowsEverySameOriginRedirectKeepingTheMethod)
{
    // 307/308 used to fail: Qt could not rewind the one-shot body to resend it, and
    // the GET was retried into the same failure.
    for (const int status : redirectStatuses) {
        ScriptedServer origin;
        ASSERT_TRUE(origin.listen());
        origin.addStep(ScriptStep::reply(status, {}, {{"Location", "/v2/api-keys?page=1"}}));
        origin.addStep(ScriptStep::reply(200, leadHqlList));
        const Outcome outcome = waitFor(client(origin.url())->listKeys());
        EXPECT_TRUE(outcome.ok()) << status << ": " << outcome.error.userMessage().toStdString();
        EXPECT_EQ(outcome.attempts, 1) << status;
        ASSERT_EQ(origin.requests().size(), 2) << status;
        EXPECT_EQ(origin.requests().at(1).method, "GET") << status;
        EXPECT_EQ(origin.requests().at(1).target, "/v2/api-keys?page=1") << status;
        EXPECT_EQ(origin.requests().at(1).headers.value("authorization"), "Bearer " + jwtCredential.toUtf8());
    }
}

TEST_F(FaultTest, GetStopsAfterThreeRedirectsNamingTheLastTarget)
{
    server.addStep(ScriptStep::reply(307, {}, {{"Location", "/again"}}));
    const Outcome outcome = waitFor(client()->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Malformed);
    EXPECT_TRUE(outcome.error.userMessage().contains(server.url().toString() + QStringLiteral("/again")))
        << outcome.error.userMessage().toStdString();
    EXPECT_EQ(outcome.attempts, 1);
    EXPECT_EQ(server.requestCount("GET"), 4); // the request and three hops
}

TEST_F(FaultTest, RedirectToAnotherOriginNamesTheTargetAndSendsNothingThere)
{
    ScriptedServer elsewhere;
    ASSERT_TRUE(elsewhere.listen());
    QUrl target = elsewhere.url();
    target.setPath(QStringLiteral("/api-keys"));
    target.setQuery(QStringLiteral("token=abc"));
    for (const int status : redirectStatuses) {
        ScriptedServer origin;
        ASSERT_TRUE(origin.listen());
        origin.addStep(ScriptStep::reply(status, {}, {{"Location", target.toEncoded()}}));
        const Outcome outcome = waitFor(client(origin.url())->listKeys());
        EXPECT_EQ(outcome.error.kind, ApiError::Kind::InsecureUrl) << status;
        const QString message = outcome.error.userMessage();
        EXPECT_TRUE(message.contains(elsewhere.url().toString() + QStringLiteral("/api-keys")))
            << message.toStdString();
        EXPECT_FALSE(message.contains(QStringLiteral("token=abc"))) << "a query may carry a secret";
    }
    EXPECT_EQ(elsewhere.requests().size(), 0);
}

TEST_F(FaultTest, RevokeAnsweredWithARedirectIsNeverReportedAsDone)
{
    // Qt used to follow 301/302/303 with a GET, whose {"success":true} read as "revoked"
    // while the key stayed live.
    for (const int status : redirectStatuses) {
        ScriptedServer origin;
        ASSERT_TRUE(origin.listen());
        origin.addStep(ScriptStep::reply(status, {}, {{"Location", "/api-keys"}}));
        origin.addStep(ScriptStep::reply(200, R"({"success":true})"));
        const Outcome outcome = waitFor(client(origin.url())->revokeKey(QStringLiteral("k1")));
        EXPECT_FALSE(outcome.ok()) << status << ": a redirect is no revoke";
        EXPECT_EQ(outcome.error.kind, ApiError::Kind::Malformed) << status;
        EXPECT_EQ(outcome.error.httpStatus, status);
        const QString message = outcome.error.userMessage();
        EXPECT_TRUE(message.contains(origin.url().toString() + QStringLiteral("/api-keys"))) << message.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral("not confirmed"))) << message.toStdString();
        EXPECT_EQ(outcome.attempts, 1);
        ASSERT_EQ(origin.requests().size(), 1) << status << ": nothing may follow the DELETE";
        EXPECT_EQ(origin.requests().at(0).method, "DELETE");
    }
}

TEST_F(FaultTest, RevokeIsDoneOnlyWhenTheDeleteItselfConfirmsIt)
{
    server.addStep(ScriptStep::reply(202, R"({"success":true})"));
    const Outcome accepted = waitFor(client()->revokeKey(QStringLiteral("k1")));
    EXPECT_EQ(accepted.error.kind, ApiError::Kind::Malformed);
    EXPECT_TRUE(accepted.error.userMessage().contains(QStringLiteral("202")))
        << accepted.error.userMessage().toStdString();

    ScriptedServer noContent;
    ASSERT_TRUE(noContent.listen());
    noContent.addStep(ScriptStep::reply(204, {}, {}, {}));
    EXPECT_TRUE(waitFor(client(noContent.url())->revokeKey(QStringLiteral("k1"))).ok());
}

TEST_F(FaultTest, CreateAnsweredWithARedirectHasAnUnknownOutcome)
{
    ScriptedServer elsewhere;
    ASSERT_TRUE(elsewhere.listen());
    QUrl away = elsewhere.url();
    away.setPath(QStringLiteral("/login"));
    struct Case final {
        int status;
        QByteArray location;
    };
    const Case cases[] = {{301, "/api-keys"}, {302, "/api-keys"}, {303, "/api-keys/k2"},
                          {307, "/api-keys"}, {308, "/api-keys"}, {302, away.toEncoded()},
                          {300, {}}};
    for (const Case &redirect : cases) {
        ScriptedServer origin;
        ASSERT_TRUE(origin.listen());
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!redirect.location.isEmpty())
            headers.append({"Location", redirect.location});
        origin.addStep(ScriptStep::reply(redirect.status, {}, headers));
        origin.addStep(ScriptStep::reply(201, leadHqlCreated));
        const Outcome outcome = waitFor(client(origin.url())->createKey(deployKey()));
        EXPECT_EQ(outcome.error.kind, ApiError::Kind::OutcomeUnknown)
            << redirect.status << redirect.location.constData();
        EXPECT_TRUE(outcome.error.keyMayExist) << "the lost-key search must run";
        EXPECT_EQ(outcome.error.exitCode(), 6);
        const QString message = outcome.error.userMessage();
        EXPECT_TRUE(message.contains(QStringLiteral("may have been created"))) << message.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral("HTTP %1").arg(redirect.status))) << message.toStdString();
        if (!redirect.location.isEmpty()) {
            const QUrl target = origin.url().resolved(QUrl::fromEncoded(redirect.location));
            EXPECT_TRUE(message.contains(target.toString())) << message.toStdString();
        }
        ASSERT_EQ(origin.requests().size(), 1) << redirect.status << ": a create is sent once and never redirected";
        EXPECT_EQ(origin.requests().at(0).method, "POST");
    }
    EXPECT_EQ(elsewhere.requests().size(), 0);
}

// --- refused before any traffic --------------------------------------------------

TEST_F(FaultTest, PlainHttpToARemoteHostIsRefusedWithoutTraffic)
{
    for (const char *url : {"http://api.leadhql.invalid", "ftp://127.0.0.1/", "not a url"}) {
        const Outcome outcome = waitFor(client(QUrl(QString::fromLatin1(url)))->listKeys());
        EXPECT_EQ(outcome.error.kind, ApiError::Kind::InsecureUrl) << url;
        EXPECT_EQ(outcome.finishedCount, 1);
    }
    EXPECT_EQ(network.created(), 0);
}

TEST_F(FaultTest, CredentialWithALineBreakIsNeverSent)
{
    const Outcome outcome = waitFor(client(server.url(), QStringLiteral("abc\r\nX-Evil: 1"))->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Authentication);
    EXPECT_EQ(outcome.error.httpStatus, 0);
    EXPECT_EQ(network.created(), 0);
}

TEST_F(FaultTest, TrustLeadsManagementIsUnsupportedWithoutTraffic)
{
    auto apiClient = client(server.url(), QStringLiteral("lfk_sk_") + QString(40, QLatin1Char('b')),
                            Dialect::TrustLeads);
    const Outcome list = waitFor(apiClient->listKeys());
    const Outcome create = waitFor(apiClient->createKey(deployKey()));
    const Outcome revoke = waitFor(apiClient->revokeKey(QStringLiteral("k1")));
    for (const Outcome *outcome : {&list, &create, &revoke}) {
        EXPECT_EQ(outcome->error.kind, ApiError::Kind::Unsupported);
        EXPECT_TRUE(outcome->error.userMessage().contains(QStringLiteral("Trust Leads")));
        EXPECT_TRUE(outcome->error.userMessage().contains(QStringLiteral("dashboard")));
    }
    EXPECT_EQ(network.created(), 0);
    EXPECT_TRUE(server.requests().isEmpty());
}

// --- abort -------------------------------------------------------------------------

TEST_F(FaultTest, AbortDuringTheRetryWaitFinishesOnceAndStopsRetrying)
{
    server.addStep(ScriptStep::reply(503, {}, {{"Retry-After", "1"}}));
    server.addStep(ScriptStep::reply(200, leadHqlList));
    ApiReply *reply = client()->listKeys();
    Outcome outcome;
    record(reply, outcome);
    ASSERT_TRUE(QTest::qWaitFor([this] { return server.requestCount("GET") == 1; }, 10000));
    QTest::qWait(100); // the 503 arrives and the wait starts
    ASSERT_EQ(outcome.finishedCount, 0);
    reply->abort();
    EXPECT_EQ(outcome.finishedCount, 1);
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Network);
    EXPECT_TRUE(outcome.error.cancelled);
    QTest::qWait(1500); // past the Retry-After
    EXPECT_EQ(outcome.finishedCount, 1);
    EXPECT_EQ(server.requestCount("GET"), 1);
}

TEST_F(FaultTest, AbortBeforeTheFirstAttemptSendsNothing)
{
    ApiReply *reply = client()->listKeys();
    Outcome outcome;
    record(reply, outcome);
    reply->abort();
    reply->abort();
    QTest::qWait(200);
    EXPECT_EQ(outcome.finishedCount, 1);
    EXPECT_TRUE(outcome.error.cancelled);
    EXPECT_EQ(network.created(), 0);
}

TEST_F(FaultTest, AbortingAPostInFlightReportsAnUnknownOutcome)
{
    server.addStep(ScriptStep::hang());
    ApiReply *reply = client()->createKey(deployKey());
    Outcome outcome;
    record(reply, outcome);
    ASSERT_TRUE(QTest::qWaitFor([this] { return server.requestCount("POST") == 1; }, 10000));
    reply->abort();
    EXPECT_EQ(outcome.finishedCount, 1);
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::OutcomeUnknown);
    EXPECT_TRUE(outcome.error.cancelled);
}

TEST_F(FaultTest, RepliesOutliveTheirClient)
{
    server.addStep(ScriptStep::reply(200, leadHqlList));
    ApiReply *reply = client()->listKeys(); // the client is destroyed right here
    const Outcome outcome = waitFor(reply);
    EXPECT_TRUE(outcome.ok()) << outcome.error.userMessage().toStdString();
}

} // namespace

namespace {

TEST(FaultTestLifetime, DestroyingTheNetworkManagerFinishesPendingReplies)
{
    ScriptedServer server;
    ASSERT_TRUE(server.listen());
    server.addStep(ScriptStep::hang());
    auto network = std::make_unique<QNetworkAccessManager>();
    Connection connection;
    connection.baseUrl = server.url();
    connection.credential = jwtCredential;
    ApiClient client(network.get(), connection);
    Outcome outcome;
    record(client.listKeys(), outcome);
    ASSERT_TRUE(QTest::qWaitFor([&server] { return server.requestCount("GET") == 1; }, 10000));
    network.reset();
    EXPECT_TRUE(QTest::qWaitFor([&outcome] { return outcome.finishedCount > 0; }, 5000));
    EXPECT_EQ(outcome.finishedCount, 1);
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Network);
}

} // namespace
