// The Trust Leads dialect of the real keydesk-sandbox process (docs/dialects.md#trust-leads): only
// GET /v1/usage and POST /v1/jobs, keys by `Authorization: Bearer` or `X-API-Key`.
#include "SandboxTestSupport.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace keydesk::test;

namespace {

class TrustLeadsSandbox : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_SANDBOX_STARTED(sandbox); }

    QUrl url(const QString &path) const { return endpoint(sandbox.url(), path); }
    Headers apiKeyHeader(const QString &key) const { return {{QByteArrayLiteral("X-API-Key"), key.toUtf8()}}; }
    Headers json(Headers headers) const
    {
        headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        return headers;
    }

    SandboxProcess sandbox{QStringLiteral("trustleads")};
    HttpClient http;
};

TEST_F(TrustLeadsSandbox, CredentialIsAnIssuedKey)
{
    EXPECT_EQ(sandbox.dialect(), QStringLiteral("trustleads"));
    EXPECT_TRUE(trustLeadsKeyPattern().match(sandbox.credential()).hasMatch()) << sandbox.credential().toStdString();
}

TEST_F(TrustLeadsSandbox, UsageAcceptsBothHeadersAndCountsEachCall)
{
    const HttpResult withBearer = http.get(url(QStringLiteral("/v1/usage")), sandbox.credential());
    ASSERT_EQ(withBearer.status, 200) << withBearer.body.toStdString();
    const QJsonObject usage = withBearer.json().object();
    EXPECT_EQ(usage.value(QStringLiteral("plan")).toString(), QStringLiteral("pro"));
    for (const char *field : {"api_requests", "jobs", "rows_enriched", "rows_limit", "rows_remaining"})
        EXPECT_TRUE(usage.value(QLatin1String(field)).isDouble()) << field;
    const qint64 first = usage.value(QStringLiteral("api_requests")).toInteger();
    EXPECT_GE(first, 1);

    const HttpResult withApiKey = http.send("GET", url(QStringLiteral("/v1/usage")),
                                            apiKeyHeader(sandbox.credential()));
    ASSERT_EQ(withApiKey.status, 200) << withApiKey.body.toStdString();
    EXPECT_EQ(withApiKey.json().object().value(QStringLiteral("api_requests")).toInteger(), first + 1);
}

TEST_F(TrustLeadsSandbox, JobsAreQueuedWithEitherHeader)
{
    const QByteArray body = R"({"file_url": "https://your-storage.com/leads.csv"})";
    for (const Headers &auth : {bearer(sandbox.credential()), apiKeyHeader(sandbox.credential())}) {
        const HttpResult job = http.send("POST", url(QStringLiteral("/v1/jobs")), json(auth), body);
        ASSERT_EQ(job.status, 202) << job.body.toStdString();
        const QJsonObject object = job.json().object();
        EXPECT_FALSE(object.value(QStringLiteral("id")).toString().isEmpty());
        EXPECT_EQ(object.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    }
    const HttpResult usage = http.get(url(QStringLiteral("/v1/usage")), sandbox.credential());
    EXPECT_EQ(usage.json().object().value(QStringLiteral("jobs")).toInteger(), 2);
}

TEST_F(TrustLeadsSandbox, JobsNeedAFileUrl)
{
    const QList<QByteArray> invalid{R"({})",
                                    R"({"file_url":null})",
                                    R"({"file_url":42})",
                                    R"({"file_url":"not a url"})",
                                    R"({"file_url":"ftp://x.example/a.csv"})",
                                    R"({"file_url":)",
                                    ""};
    for (const QByteArray &body : invalid) {
        const HttpResult result = http.send("POST", url(QStringLiteral("/v1/jobs")), json(bearer(sandbox.credential())),
                                            body);
        EXPECT_EQ(result.status, 400) << body.toStdString();
        EXPECT_EQ(result.json().object().value(QStringLiteral("statusCode")).toInt(), 400);
    }
    const HttpResult missing = http.send("POST", url(QStringLiteral("/v1/jobs")), json(bearer(sandbox.credential())),
                                         "{}");
    EXPECT_TRUE(
        missing.json().object().value(QStringLiteral("message")).toString().contains(QStringLiteral("file_url")));
}

TEST_F(TrustLeadsSandbox, WrongOrMissingKeysAre401)
{
    const QString unknown = QStringLiteral("lfk_sk_") + QString(40, QLatin1Char('x'));
    const QList<Headers> attempts{{},
                                  bearer(unknown),
                                  apiKeyHeader(unknown),
                                  apiKeyHeader(QString()),
                                  // Authorization wins when both are sent.
                                  bearer(unknown) + apiKeyHeader(sandbox.credential())};
    for (const Headers &headers : attempts) {
        const HttpResult usage = http.send("GET", url(QStringLiteral("/v1/usage")), headers);
        EXPECT_EQ(usage.status, 401);
        EXPECT_EQ(usage.body, documentedUnauthorizedBody());
        EXPECT_EQ(http.send("POST", url(QStringLiteral("/v1/jobs")), json(headers),
                            R"({"file_url":"https://a.example/x.csv"})")
                      .status,
                  401);
    }
}

TEST_F(TrustLeadsSandbox, KeyManagementIsNotInvented)
{
    for (const QString &path : {QStringLiteral("/v1/api-keys"), QStringLiteral("/api-keys"),
                                QStringLiteral("/api/v1/api-keys"), QStringLiteral("/v1/keys")}) {
        EXPECT_EQ(http.get(url(path), sandbox.credential()).status, 404) << path.toStdString();
        EXPECT_EQ(http.postJson(url(path), sandbox.credential(), R"({"name":"x"})").status, 404) << path.toStdString();
    }
    EXPECT_EQ(http.remove(url(QStringLiteral("/v1/api-keys/abc")), sandbox.credential()).status, 404);
    EXPECT_EQ(http.postJson(url(QStringLiteral("/v1/usage")), sandbox.credential(), "{}").status, 405);
    EXPECT_EQ(http.get(url(QStringLiteral("/v1/jobs")), sandbox.credential()).status, 405);
}

} // namespace
