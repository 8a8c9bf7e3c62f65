// The key controls of the real keydesk-sandbox process (app/sandbox/README.md, "Key
// controls"): tests make a key used, idle, expiring or used in a burst, and every bad
// input is a 400 with its reason.
#include "SandboxTestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace keydesk::test;
using namespace Qt::StringLiterals;

namespace {

class KeyControl : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_SANDBOX_STARTED(sandbox);
        const HttpResult created = http.postJson(url(QStringLiteral("/api-keys")), sandbox.credential(),
                                                 R"({"name":"controlled","expiresInDays":30})");
        ASSERT_EQ(created.status, 201) << created.body.toStdString();
        keyId = created.json().object().value(QStringLiteral("id")).toString();
        ASSERT_FALSE(keyId.isEmpty());
    }

    QUrl url(const QString &path) const { return endpoint(sandbox.url(), path); }
    HttpResult control(const QByteArray &method, const QString &path, const QByteArray &body)
    {
        return http.send(method, url(path),
                         {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}}, body);
    }
    HttpResult use(const QByteArray &body) { return control("POST", u"/__sandbox/keys/%1/use"_s.arg(keyId), body); }
    HttpResult patch(const QByteArray &body) { return control("PATCH", u"/__sandbox/keys/%1"_s.arg(keyId), body); }

    // The key as the dialect's own listing shows it.
    QJsonObject listed()
    {
        const HttpResult list = http.get(url(QStringLiteral("/api-keys")), sandbox.credential());
        EXPECT_EQ(list.status, 200);
        for (const QJsonValue &value : list.json().array()) {
            if (value.toObject().value(QStringLiteral("id")).toString() == keyId)
                return value.toObject();
        }
        ADD_FAILURE() << "key not listed";
        return {};
    }

    static QDateTime timeOf(const QJsonObject &key, const char *field)
    {
        return QDateTime::fromString(key.value(QLatin1String(field)).toString(), Qt::ISODateWithMs);
    }

    SandboxProcess sandbox{QStringLiteral("leadhql")};
    HttpClient http;
    QString keyId;
};

TEST_F(KeyControl, UseAddsRequestsAndMarksTheKeyUsedNow)
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const HttpResult burst = use(R"({"requests":1000})");
    ASSERT_EQ(burst.status, 200) << burst.body.toStdString();
    EXPECT_EQ(burst.json().object().value(QStringLiteral("usageCount")).toInteger(), 1000);
    EXPECT_EQ(use({}).status, 200); // no body: one request

    const QJsonObject key = listed();
    EXPECT_EQ(key.value(QStringLiteral("usageCount")).toInteger(), 1001);
    EXPECT_GE(timeOf(key, "lastUsedAt"), before);
}

TEST_F(KeyControl, PatchSetsTheDatesAndTheUsageCount)
{
    const HttpResult changed = patch(R"({"createdAt":"2020-01-02T03:04:05Z","expiresAt":"2021-02-03T00:00:00.000Z",)"
                                     R"("lastUsedAt":"2020-06-01T12:00:00+02:00","usageCount":42})");
    ASSERT_EQ(changed.status, 200) << changed.body.toStdString();
    QJsonObject key = listed();
    EXPECT_EQ(key.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2020-01-02T03:04:05.000Z"));
    EXPECT_EQ(key.value(QStringLiteral("expiresAt")).toString(), QStringLiteral("2021-02-03T00:00:00.000Z"));
    EXPECT_EQ(key.value(QStringLiteral("lastUsedAt")).toString(), QStringLiteral("2020-06-01T10:00:00.000Z"));
    EXPECT_EQ(key.value(QStringLiteral("usageCount")).toInteger(), 42);

    ASSERT_EQ(patch(R"({"expiresAt":null,"lastUsedAt":null})").status, 200);
    key = listed();
    EXPECT_TRUE(key.value(QStringLiteral("expiresAt")).isNull());
    EXPECT_TRUE(key.value(QStringLiteral("lastUsedAt")).isNull());
    EXPECT_EQ(key.value(QStringLiteral("usageCount")).toInteger(), 42);
}

TEST_F(KeyControl, BadInputIs400WithTheReasonAndChangesNothing)
{
    const QJsonObject before = listed();
    const struct {
        const char *path; // "use" or "patch"
        QByteArray body;
        const char *reason;
    } cases[] = {
        {"use", R"({"requests":0})", "requests must be a whole number"},
        {"use", R"({"requests":1.5})", "requests must be a whole number"},
        {"use", R"({"requests":"5"})", "requests must be a whole number"},
        {"use", R"({"requests":1000000001})", "requests must be a whole number"},
        {"use", R"({"count":5})", "Unknown member 'count'"},
        {"use", "[1]", "must be a JSON object"},
        {"patch", "", "must be a JSON object"},
        {"patch", "{", "Malformed JSON"},
        {"patch", "{}", "Give at least one of"},
        {"patch", R"({"createdAt":null})", "createdAt must be an ISO 8601 time"},
        {"patch", R"({"expiresAt":"next week"})", "expiresAt must be an ISO 8601 time or null"},
        {"patch", R"({"lastUsedAt":1700000000})", "lastUsedAt must be an ISO 8601 time or null"},
        {"patch", R"({"usageCount":-1})", "usageCount must be a whole number"},
        {"patch", R"({"usageCount":10000000000000000})", "usageCount must be a whole number"},
        // One bad member leaves the good ones unapplied too.
        {"patch", R"({"usageCount":7,"status":"revoked"})", "Unknown member 'status'"},
    };
    for (const auto &c : cases) {
        const HttpResult result = QByteArray(c.path) == "use" ? use(c.body) : patch(c.body);
        EXPECT_EQ(result.status, 400) << c.path << " " << c.body.toStdString();
        EXPECT_TRUE(
            result.json().object().value(QStringLiteral("message")).toString().contains(QLatin1String(c.reason)))
            << c.path << " " << c.body.toStdString() << ": " << result.body.toStdString();
    }
    EXPECT_EQ(listed(), before);
}

TEST_F(KeyControl, AnUnknownKeyIs404AndAWrongMethod405)
{
    EXPECT_EQ(control("POST", QStringLiteral("/__sandbox/keys/no-such-key/use"), "{}").status, 404);
    EXPECT_EQ(control("PATCH", QStringLiteral("/__sandbox/keys/no-such-key"), R"({"usageCount":1})").status, 404);
    const HttpResult wrong = control("GET", u"/__sandbox/keys/%1"_s.arg(keyId), {});
    EXPECT_EQ(wrong.status, 405);
    EXPECT_EQ(wrong.header("Allow"), QByteArrayLiteral("PATCH"));
}

TEST_F(KeyControl, ARevokedKeyCannotBeUsed)
{
    ASSERT_EQ(http.remove(url(u"/api-keys/%1"_s.arg(keyId)), sandbox.credential()).status, 200);
    const HttpResult refused = use(R"({"requests":3})");
    EXPECT_EQ(refused.status, 409);
    EXPECT_EQ(listed().value(QStringLiteral("usageCount")).toInteger(), 0);
}

TEST_F(KeyControl, ControlsAreNeitherCountedNorFaulted)
{
    const HttpResult fault = control("POST", QStringLiteral("/__sandbox/faults"), R"({"fault":"drop","path":"*"})");
    ASSERT_EQ(fault.status, 200) << fault.body.toStdString();
    EXPECT_EQ(use(R"({"requests":2})").status, 200);
    EXPECT_EQ(patch(R"({"usageCount":9})").status, 200);
    ASSERT_EQ(control("DELETE", QStringLiteral("/__sandbox/faults"), {}).status, 200);

    const HttpResult stats = http.get(url(QStringLiteral("/__sandbox/stats")), {});
    const QJsonObject requests = stats.json().object().value(QStringLiteral("requests")).toObject();
    for (const QString &call : requests.keys())
        EXPECT_FALSE(call.contains(QLatin1String("__sandbox"))) << call.toStdString();
    EXPECT_EQ(listed().value(QStringLiteral("usageCount")).toInteger(), 9);
}

TEST(KeyControlLocalLeads, LastUseShowsInTheListing)
{
    SandboxProcess sandbox(QStringLiteral("localleads"));
    ASSERT_SANDBOX_STARTED(sandbox);
    HttpClient http;
    const HttpResult created = http.postJson(endpoint(sandbox.url(), QStringLiteral("/api/v1/api-keys")),
                                             sandbox.credential(), "{}");
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QString id =
        created.json().object().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
    const HttpResult patched = http.send("PATCH", endpoint(sandbox.url(), u"/__sandbox/keys/%1"_s.arg(id)), {},
                                         R"({"lastUsedAt":"2024-05-06T07:08:09Z","expiresAt":"2024-06-01T00:00:00Z"})");
    ASSERT_EQ(patched.status, 200) << patched.body.toStdString();

    const HttpResult list = http.get(endpoint(sandbox.url(), QStringLiteral("/api/v1/api-keys")), sandbox.credential());
    QJsonObject key;
    for (const QJsonValue &value : list.json().object().value(QStringLiteral("data")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            key = value.toObject();
    }
    EXPECT_EQ(key.value(QStringLiteral("lastUsedAt")).toString(), QStringLiteral("2024-05-06T07:08:09.000Z"));
    EXPECT_EQ(key.value(QStringLiteral("expiresAt")).toString(), QStringLiteral("2024-06-01T00:00:00.000Z"));
}

} // namespace
