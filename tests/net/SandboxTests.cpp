// ApiClient against the real keydesk-sandbox process, one per test, over HTTP on
// loopback: the documented happy paths and error answers of each dialect.
#include "ApiClient.h"
#include "ApiReply.h"
#include "CountingNetworkAccessManager.h"
#include "KeyFormat.h"
#include "Outcome.h"
#include "SandboxProcess.h"
#include "TestPolicy.h"

#include <gtest/gtest.h>

#include <QTimeZone>

using namespace keydesk;
using namespace keydesk::test;

namespace {

class SandboxTest : public ::testing::Test {
protected:
    void start(const QString &dialectId)
    {
        sandbox = std::make_unique<SandboxProcess>(dialectId);
        ASSERT_TRUE(sandbox->started()) << sandbox->startError().toStdString();
    }

    std::unique_ptr<ApiClient> client(const QString &credential,
                                      Connection::AuthHeader header = Connection::AuthHeader::Bearer)
    {
        Connection connection;
        connection.dialect = *dialectFromId(sandbox->dialect());
        connection.baseUrl = sandbox->url();
        connection.credential = credential;
        connection.authHeader = header;
        auto apiClient = std::make_unique<ApiClient>(&network, connection);
        apiClient->setRetryPolicy(testPolicy());
        return apiClient;
    }
    std::unique_ptr<ApiClient> client() { return client(sandbox->credential()); }

    static CreateKeyRequest named(const QString &name, Expiry expiry = Expiry::never())
    {
        return CreateKeyRequest{name, expiry};
    }

    const ApiKey *find(const QList<ApiKey> &keys, const QString &id)
    {
        for (const ApiKey &key : keys) {
            if (key.id == id)
                return &key;
        }
        return nullptr;
    }

    // Revoking ids that smuggle path syntax around a real key must hit nothing: each
    // is NotFound and the real key stays active.
    void expectPathSyntaxIsInert(ApiClient &apiClient, const QString &realId)
    {
        const QStringList tricky{
            QStringLiteral("../") + realId, QStringLiteral("..%2F") + realId, realId + QStringLiteral("/"),
            realId + QStringLiteral("%2F"), realId + QStringLiteral("?x=1"),  realId + QStringLiteral("#frag"),
            realId + QStringLiteral(" "),   QStringLiteral("x/../") + realId, QStringLiteral("%2E%2E"),
            QStringLiteral("..."),          QStringLiteral("has space"),
        };
        for (const QString &id : tricky) {
            const Outcome outcome = waitFor(apiClient.revokeKey(id));
            EXPECT_EQ(outcome.error.kind, ApiError::Kind::NotFound) << id.toStdString();
            EXPECT_EQ(outcome.keyId, id);
        }
        const Outcome list = waitFor(apiClient.listKeys());
        ASSERT_TRUE(list.ok()) << list.error.userMessage().toStdString();
        const ApiKey *key = find(list.keys, realId);
        ASSERT_NE(key, nullptr);
        EXPECT_FALSE(key->revoked);
    }

    CountingNetworkAccessManager network;
    std::unique_ptr<SandboxProcess> sandbox;
};

// --- LeadHQL -----------------------------------------------------------------------

TEST_F(SandboxTest, LeadHqlCreateListVerifyRevoke)
{
    start(QStringLiteral("leadhql"));
    auto apiClient = client();

    const Outcome created = waitFor(apiClient->createKey(named(QStringLiteral("CI deploy"), Expiry::inDays(30))));
    ASSERT_TRUE(created.ok()) << created.error.userMessage().toStdString();
    EXPECT_EQ(KeyFormat::recognise(created.created.secret), Dialect::LeadHql);
    EXPECT_EQ(created.created.record.name, QStringLiteral("CI deploy"));
    EXPECT_TRUE(created.created.record.expiresAt.isValid());
    const QString id = created.created.record.id;

    const Outcome listed = waitFor(apiClient->listKeys());
    ASSERT_TRUE(listed.ok()) << listed.error.userMessage().toStdString();
    const ApiKey *key = find(listed.keys, id);
    ASSERT_NE(key, nullptr);
    EXPECT_FALSE(key->revoked);
    EXPECT_EQ(listed.attempts, 1);

    const Outcome verified = waitFor(apiClient->verifyKey(created.created.secret));
    EXPECT_TRUE(verified.ok()) << verified.error.userMessage().toStdString();

    const Outcome revoked = waitFor(apiClient->revokeKey(id));
    ASSERT_TRUE(revoked.ok()) << revoked.error.userMessage().toStdString();
    EXPECT_EQ(revoked.keyId, id);

    // LeadHQL lists revoked keys; the revoked key no longer authenticates.
    const Outcome after = waitFor(apiClient->listKeys());
    ASSERT_TRUE(after.ok());
    key = find(after.keys, id);
    ASSERT_NE(key, nullptr);
    EXPECT_TRUE(key->revoked);
    const Outcome refused = waitFor(apiClient->verifyKey(created.created.secret));
    EXPECT_EQ(refused.error.kind, ApiError::Kind::Authentication);
    EXPECT_EQ(refused.error.httpStatus, 401);
}

TEST_F(SandboxTest, LeadHqlRefusesABadCredential)
{
    start(QStringLiteral("leadhql"));
    const Outcome outcome = waitFor(client(QStringLiteral("not-a-session-token"))->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Authentication);
    EXPECT_EQ(outcome.error.httpStatus, 401);
    EXPECT_EQ(outcome.error.exitCode(), 3);
    EXPECT_FALSE(outcome.error.serverMessage.isEmpty());
}

TEST_F(SandboxTest, LeadHqlRefusesAnApiKeyForManagementAndSaysToUseAJwt)
{
    start(QStringLiteral("leadhql"));
    const Outcome created = waitFor(client()->createKey(named(QStringLiteral("integration"))));
    ASSERT_TRUE(created.ok()) << created.error.userMessage().toStdString();
    const QString apiKey = created.created.secret;

    auto withApiKey = client(apiKey);
    const Outcome outcome = waitFor(withApiKey->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Authentication);
    EXPECT_EQ(outcome.error.httpStatus, 403);
    EXPECT_TRUE(outcome.error.needsSessionToken);
    EXPECT_FALSE(outcome.error.serverMessage.isEmpty());
    EXPECT_TRUE(outcome.error.userMessage().contains(QStringLiteral("JWT")));
    EXPECT_FALSE(outcome.error.userMessage().contains(apiKey));
    // The same key is fine for data endpoints.
    EXPECT_TRUE(waitFor(withApiKey->verifyKey(apiKey)).ok());
}

TEST_F(SandboxTest, LeadHqlRevokeOfAnUnknownIdIsNotFound)
{
    start(QStringLiteral("leadhql"));
    const Outcome outcome = waitFor(client()->revokeKey(QStringLiteral("no-such-key")));
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::NotFound);
    EXPECT_EQ(outcome.error.exitCode(), 4);
}

TEST_F(SandboxTest, LeadHqlIdsWithPathSyntaxAreEncoded)
{
    start(QStringLiteral("leadhql"));
    auto apiClient = client();
    const Outcome created = waitFor(apiClient->createKey(named(QStringLiteral("target"))));
    ASSERT_TRUE(created.ok()) << created.error.userMessage().toStdString();
    expectPathSyntaxIsInert(*apiClient, created.created.record.id);
}

TEST_F(SandboxTest, LeadHqlValidationErrorCarriesTheServerMessage)
{
    start(QStringLiteral("leadhql"));
    // The client validates names before calling; the server must still say why.
    const Outcome outcome = waitFor(client()->createKey(named(QString(101, QLatin1Char('n')))));
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Rejected);
    EXPECT_EQ(outcome.error.httpStatus, 400);
    EXPECT_FALSE(outcome.error.serverMessage.isEmpty());
    EXPECT_TRUE(outcome.error.userMessage().contains(outcome.error.serverMessage));
    EXPECT_EQ(outcome.error.exitCode(), 5);
}

// --- LocalLeads --------------------------------------------------------------------

TEST_F(SandboxTest, LocalLeadsCreateListVerifyRevoke)
{
    start(QStringLiteral("localleads"));
    auto apiClient = client();
    const QDate today = QDate::currentDate();

    const Outcome created = waitFor(apiClient->createKey(
        named(QStringLiteral("Zapier"), Expiry::onDate(today.addDays(60), QTimeZone::systemTimeZone()))));
    ASSERT_TRUE(created.ok()) << created.error.userMessage().toStdString();
    EXPECT_EQ(KeyFormat::recognise(created.created.secret), Dialect::LocalLeads);
    EXPECT_EQ(created.created.record.keyPrefix, KeyFormat::localLeadsPrefix(created.created.secret));
    const QString id = created.created.record.id;

    const Outcome listed = waitFor(apiClient->listKeys());
    ASSERT_TRUE(listed.ok()) << listed.error.userMessage().toStdString();
    ASSERT_NE(find(listed.keys, id), nullptr);

    EXPECT_TRUE(waitFor(apiClient->verifyKey(created.created.secret)).ok());

    const Outcome revoked = waitFor(apiClient->revokeKey(id));
    ASSERT_TRUE(revoked.ok()) << revoked.error.userMessage().toStdString();

    // LocalLeads lists active keys only; the revoked key is refused from now on.
    const Outcome after = waitFor(apiClient->listKeys());
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(find(after.keys, id), nullptr);
    const Outcome refused = waitFor(apiClient->verifyKey(created.created.secret));
    EXPECT_EQ(refused.error.kind, ApiError::Kind::Authentication);
    EXPECT_EQ(refused.error.serverMessage, QStringLiteral("Invalid or expired token"));
}

TEST_F(SandboxTest, LocalLeadsRefusesABadCredentialWithTheDocumentedBody)
{
    start(QStringLiteral("localleads"));
    const QString wrong = QStringLiteral("ll_") + QString(64, QLatin1Char('0'));
    const Outcome outcome = waitFor(client(wrong)->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Authentication);
    EXPECT_EQ(outcome.error.httpStatus, 401);
    EXPECT_EQ(outcome.error.serverMessage, QStringLiteral("Invalid or expired token"));
    EXPECT_FALSE(outcome.error.needsSessionToken);
}

TEST_F(SandboxTest, LocalLeadsStopsAtTheActiveKeyLimit)
{
    start(QStringLiteral("localleads"));
    auto apiClient = client();
    const int limit = DialectTraits::of(Dialect::LocalLeads).activeKeyLimit;
    Outcome outcome;
    int created = 0;
    for (int i = 0; i <= limit; ++i) {
        outcome = waitFor(apiClient->createKey(named(QStringLiteral("key %1").arg(i))));
        if (!outcome.ok())
            break;
        ++created;
    }
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::LimitReached) << outcome.error.userMessage().toStdString();
    EXPECT_EQ(outcome.error.httpStatus, 409);
    EXPECT_FALSE(outcome.error.serverMessage.isEmpty());
    EXPECT_EQ(outcome.error.exitCode(), 5);
    EXPECT_EQ(outcome.attempts, 1);
    EXPECT_LE(created, limit);
    const Outcome listed = waitFor(apiClient->listKeys());
    ASSERT_TRUE(listed.ok());
    EXPECT_EQ(listed.keys.size(), limit);
}

TEST_F(SandboxTest, LocalLeadsValidationErrorCarriesTheServerMessage)
{
    start(QStringLiteral("localleads"));
    auto apiClient = client();
    const QDate today = QDate::currentDate();
    // A past expiry date: the client's own validation is bypassed on purpose.
    const Outcome outcome = waitFor(apiClient->createKey(
        named(QStringLiteral("late"), Expiry::onDate(today.addDays(-3), QTimeZone::systemTimeZone()))));
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Rejected);
    EXPECT_EQ(outcome.error.httpStatus, 400);
    EXPECT_FALSE(outcome.error.serverMessage.isEmpty());
}

TEST_F(SandboxTest, LocalLeadsRevokeOfAnUnknownIdIsNotFound)
{
    start(QStringLiteral("localleads"));
    const Outcome outcome = waitFor(client()->revokeKey(QStringLiteral("00000000-0000-0000-0000-000000000000")));
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::NotFound);
}

TEST_F(SandboxTest, LocalLeadsIdsWithPathSyntaxAreEncoded)
{
    start(QStringLiteral("localleads"));
    auto apiClient = client();
    const Outcome created = waitFor(apiClient->createKey(named(QStringLiteral("target"))));
    ASSERT_TRUE(created.ok()) << created.error.userMessage().toStdString();
    expectPathSyntaxIsInert(*apiClient, created.created.record.id);
}

// --- Trust Leads -------------------------------------------------------------------

TEST_F(SandboxTest, TrustLeadsVerifiesWithBearerAndWithXApiKey)
{
    start(QStringLiteral("trustleads"));
    const QString key = sandbox->credential();
    EXPECT_TRUE(waitFor(client(key)->verifyKey(key)).ok());
    EXPECT_TRUE(waitFor(client(key, Connection::AuthHeader::XApiKey)->verifyKey(key)).ok());

    const QString wrong = QStringLiteral("lfk_sk_") + QString(40, QLatin1Char('Z'));
    const Outcome bearer = waitFor(client(key)->verifyKey(wrong));
    EXPECT_EQ(bearer.error.kind, ApiError::Kind::Authentication);
    const Outcome header = waitFor(client(key, Connection::AuthHeader::XApiKey)->verifyKey(wrong));
    EXPECT_EQ(header.error.kind, ApiError::Kind::Authentication);
}

TEST_F(SandboxTest, TrustLeadsManagementIsUnsupportedWithZeroRequests)
{
    start(QStringLiteral("trustleads"));
    auto apiClient = client();
    const Outcome list = waitFor(apiClient->listKeys());
    const Outcome create = waitFor(apiClient->createKey(named(QStringLiteral("x"))));
    const Outcome revoke = waitFor(apiClient->revokeKey(QStringLiteral("x")));
    for (const Outcome *outcome : {&list, &create, &revoke}) {
        EXPECT_EQ(outcome->error.kind, ApiError::Kind::Unsupported);
        EXPECT_EQ(outcome->attempts, 0);
    }
    EXPECT_EQ(network.created(), 0);
}

} // namespace
