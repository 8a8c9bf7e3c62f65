// The LeadHQL dialect of the real keydesk-sandbox process (docs/dialects.md#leadhql): JWT-only key
// management, API keys on the data endpoint, usage counting, the list with revoked keys.
#include "SandboxTestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <gtest/gtest.h>

using namespace keydesk::test;

namespace {

QJsonObject base64UrlJson(const QString &part)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(part.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .object();
}

class LeadHqlSandbox : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_SANDBOX_STARTED(sandbox); }

    QUrl url(const QString &path) const { return endpoint(sandbox.url(), path); }
    QString jwt() const { return sandbox.credential(); }

    // Creates a key with the session token; returns the 201 body.
    QJsonObject createKey(const QByteArray &body)
    {
        const HttpResult created = http.postJson(url(QStringLiteral("/api-keys")), jwt(), body);
        EXPECT_EQ(created.status, 201) << created.body.toStdString();
        return created.json().object();
    }

    QJsonObject listed(const QString &id)
    {
        const HttpResult list = http.get(url(QStringLiteral("/api-keys")), jwt());
        EXPECT_EQ(list.status, 200);
        for (const QJsonValue &value : list.json().array()) {
            if (value.toObject().value(QStringLiteral("id")).toString() == id)
                return value.toObject();
        }
        return {};
    }

    SandboxProcess sandbox{QStringLiteral("leadhql")};
    HttpClient http;
};

TEST_F(LeadHqlSandbox, BannerAnnouncesLoopbackUrlAndASessionToken)
{
    EXPECT_EQ(sandbox.dialect(), QStringLiteral("leadhql"));
    EXPECT_EQ(sandbox.url().scheme(), QStringLiteral("http"));
    EXPECT_EQ(sandbox.url().host(), QStringLiteral("127.0.0.1"));
    EXPECT_GT(sandbox.url().port(), 0);
    EXPECT_TRUE(sandbox.url().path().isEmpty());

    const QStringList parts = jwt().split(QLatin1Char('.'));
    ASSERT_EQ(parts.size(), 3);
    EXPECT_EQ(base64UrlJson(parts.at(0)).value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
    const QJsonObject claims = base64UrlJson(parts.at(1));
    EXPECT_FALSE(claims.value(QStringLiteral("sub")).toString().isEmpty());
    EXPECT_FALSE(claims.value(QStringLiteral("org")).toString().isEmpty());
    const qint64 issuedAt = claims.value(QStringLiteral("iat")).toInteger();
    EXPECT_EQ(claims.value(QStringLiteral("exp")).toInteger() - issuedAt, 12 * 3600);
    EXPECT_LE(qAbs(issuedAt - QDateTime::currentSecsSinceEpoch()), 300);
}

TEST_F(LeadHqlSandbox, ApiKeysCannotManageApiKeys)
{
    const QString key = createKey(R"({"name":"Integration"})").value(QStringLiteral("key")).toString();
    const QByteArray forbidden = QByteArrayLiteral(
        R"({"statusCode":403,"error":"Forbidden","message":"API keys cannot manage API keys; use a JWT session token from the dashboard"})");

    for (const HttpResult &result :
         {http.get(url(QStringLiteral("/api-keys")), key),
          http.postJson(url(QStringLiteral("/api-keys")), key, R"({"name":"x"})"),
          http.remove(url(QStringLiteral("/api-keys/") + QUuid::createUuid().toString(QUuid::WithoutBraces)), key)}) {
        EXPECT_EQ(result.status, 403);
        EXPECT_EQ(result.body, forbidden);
        EXPECT_TRUE(result.header("Content-Type").startsWith("application/json"));
    }
    // Even a key that does not exist is refused by kind.
    EXPECT_EQ(http.get(url(QStringLiteral("/api-keys")), QStringLiteral("leadhql_pk_") + QString(32, QLatin1Char('a')))
                  .status,
              403);
}

TEST_F(LeadHqlSandbox, ManagementWithoutAValidSessionTokenIs401)
{
    QString tampered = jwt();
    tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == QLatin1Char('A') ? QLatin1Char('B')
                                                                                         : QLatin1Char('A');
    const QStringList parts = jwt().split(QLatin1Char('.'));
    const QString unsignedToken = QString::fromLatin1(
                                      QByteArrayLiteral(R"({"alg":"none","typ":"JWT"})")
                                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                                  + QLatin1Char('.') + parts.at(1) + QLatin1Char('.');

    for (const QString &token : {QString(), QStringLiteral("not-a-jwt"), tampered, unsignedToken}) {
        const HttpResult result = http.get(url(QStringLiteral("/api-keys")), token);
        EXPECT_EQ(result.status, 401) << token.toStdString();
        EXPECT_EQ(result.body, documentedUnauthorizedBody());
    }
    EXPECT_EQ(http.send("GET", url(QStringLiteral("/api-keys")),
                        {{QByteArrayLiteral("Authorization"), "Basic " + jwt().toLatin1()}})
                  .status,
              401);
}

TEST_F(LeadHqlSandbox, CreateUseMonitorRevoke)
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    const QJsonObject created = createKey(R"({"name":"My Integration","expiresInDays":90})");
    EXPECT_EQ(fieldNames(created),
              (QSet<QString>{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("key"),
                             QStringLiteral("status"), QStringLiteral("createdAt"), QStringLiteral("expiresAt")}));
    const QString key = created.value(QStringLiteral("key")).toString();
    const QString id = created.value(QStringLiteral("id")).toString();
    EXPECT_TRUE(leadHqlKeyPattern().match(key).hasMatch()) << key.toStdString();
    EXPECT_FALSE(QUuid::fromString(id).isNull()) << id.toStdString();
    EXPECT_EQ(created.value(QStringLiteral("name")).toString(), QStringLiteral("My Integration"));
    EXPECT_EQ(created.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const QDateTime createdAt = QDateTime::fromString(created.value(QStringLiteral("createdAt")).toString(),
                                                      Qt::ISODateWithMs);
    const QDateTime expiresAt = QDateTime::fromString(created.value(QStringLiteral("expiresAt")).toString(),
                                                      Qt::ISODateWithMs);
    EXPECT_GE(createdAt, before);
    EXPECT_EQ(createdAt.secsTo(expiresAt), 90 * 86400);
    EXPECT_TRUE(created.value(QStringLiteral("createdAt")).toString().endsWith(QStringLiteral("Z")));

    QJsonObject record = listed(id);
    EXPECT_EQ(record.value(QStringLiteral("usageCount")).toInteger(-1), 0);
    EXPECT_TRUE(record.value(QStringLiteral("lastUsedAt")).isNull());
    EXPECT_FALSE(record.contains(QStringLiteral("key")));

    for (int i = 0; i < 2; ++i) {
        const HttpResult counts = http.get(url(QStringLiteral("/properties/stats/counts")), key);
        ASSERT_EQ(counts.status, 200) << counts.body.toStdString();
        const QJsonObject object = counts.json().object();
        for (const char *field : {"total", "active", "pending"})
            EXPECT_TRUE(object.value(QLatin1String(field)).isDouble()) << field;
    }
    record = listed(id);
    EXPECT_EQ(record.value(QStringLiteral("usageCount")).toInteger(), 2);
    const QDateTime lastUsed = QDateTime::fromString(record.value(QStringLiteral("lastUsedAt")).toString(),
                                                     Qt::ISODateWithMs);
    EXPECT_GE(lastUsed, createdAt);

    // The session token reads data too, without counting as the key's use.
    EXPECT_EQ(http.get(url(QStringLiteral("/properties/stats/counts")), jwt()).status, 200);
    EXPECT_EQ(listed(id).value(QStringLiteral("usageCount")).toInteger(), 2);

    const HttpResult revoked = http.remove(url(QStringLiteral("/api-keys/") + id), jwt());
    EXPECT_EQ(revoked.status, 200);
    EXPECT_EQ(revoked.body, QByteArrayLiteral(R"({"success":true})"));

    const HttpResult afterRevoke = http.get(url(QStringLiteral("/properties/stats/counts")), key);
    EXPECT_EQ(afterRevoke.status, 401);
    EXPECT_EQ(afterRevoke.body, documentedUnauthorizedBody());

    record = listed(id);
    EXPECT_EQ(record.value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    EXPECT_EQ(record.value(QStringLiteral("usageCount")).toInteger(), 2);

    // Revoking again is idempotent; an unknown id is 404.
    EXPECT_EQ(http.remove(url(QStringLiteral("/api-keys/") + id), jwt()).status, 200);
    const HttpResult unknown = http.remove(
        url(QStringLiteral("/api-keys/") + QUuid::createUuid().toString(QUuid::WithoutBraces)), jwt());
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.json().object().value(QStringLiteral("statusCode")).toInt(), 404);
}

TEST_F(LeadHqlSandbox, ListIsABareArrayWithTheDocumentedFieldsIncludingRevokedKeys)
{
    const QString kept = createKey(R"({"name":"Kept"})").value(QStringLiteral("id")).toString();
    const QString gone = createKey(R"({"name":"Gone","expiresInDays":1})").value(QStringLiteral("id")).toString();
    ASSERT_EQ(http.remove(url(QStringLiteral("/api-keys/") + gone), jwt()).status, 200);

    const HttpResult list = http.get(url(QStringLiteral("/api-keys")), jwt());
    ASSERT_EQ(list.status, 200);
    ASSERT_TRUE(list.json().isArray()) << list.body.toStdString();
    const QSet<QString> documented{QStringLiteral("id"),         QStringLiteral("name"),
                                   QStringLiteral("status"),     QStringLiteral("createdAt"),
                                   QStringLiteral("lastUsedAt"), QStringLiteral("usageCount"),
                                   QStringLiteral("expiresAt")};
    QMap<QString, QString> statusById;
    for (const QJsonValue &value : list.json().array()) {
        EXPECT_EQ(fieldNames(value.toObject()), documented);
        statusById.insert(value.toObject().value(QStringLiteral("id")).toString(),
                          value.toObject().value(QStringLiteral("status")).toString());
    }
    EXPECT_EQ(statusById.value(kept), QStringLiteral("active"));
    EXPECT_EQ(statusById.value(gone), QStringLiteral("revoked"));
    EXPECT_TRUE(listed(kept).value(QStringLiteral("expiresAt")).isNull());
}

TEST_F(LeadHqlSandbox, CreateValidatesNameAndExpiresInDays)
{
    const QString hundred(100, QLatin1Char('n'));
    const QString hundredAndOne(101, QLatin1Char('n'));
    const QList<QByteArray> invalid{
        R"({})",
        R"({"name":""})",
        R"({"name":"   "})",
        R"({"name":42})",
        R"({"name":null})",
        "{\"name\":\"" + hundredAndOne.toLatin1() + "\"}",
        R"({"name":"x","expiresInDays":0})",
        R"({"name":"x","expiresInDays":-3})",
        R"({"name":"x","expiresInDays":1.5})",
        R"({"name":"x","expiresInDays":"90"})",
        R"({"name":"x","expiresInDays":3651})",
        R"({"name":"x",)",
        R"(["name"])",
        "",
    };
    for (const QByteArray &body : invalid) {
        const HttpResult result = http.postJson(url(QStringLiteral("/api-keys")), jwt(), body);
        EXPECT_EQ(result.status, 400) << body.toStdString();
        const QJsonObject error = result.json().object();
        EXPECT_EQ(error.value(QStringLiteral("statusCode")).toInt(), 400) << body.toStdString();
        EXPECT_EQ(error.value(QStringLiteral("error")).toString(), QStringLiteral("Bad Request"));
        EXPECT_FALSE(error.value(QStringLiteral("message")).toString().isEmpty());
    }
    const HttpResult tooLong = http.postJson(url(QStringLiteral("/api-keys")), jwt(),
                                             "{\"name\":\"" + hundredAndOne.toLatin1() + "\"}");
    EXPECT_TRUE(tooLong.json().object().value(QStringLiteral("message")).toString().contains(QStringLiteral("100")));

    EXPECT_EQ(createKey("{\"name\":\"" + hundred.toLatin1() + "\"}").value(QStringLiteral("name")).toString(), hundred);
    EXPECT_EQ(createKey(R"({"name":"  Trimmed  ","expiresInDays":3650})").value(QStringLiteral("name")).toString(),
              QStringLiteral("Trimmed"));
    EXPECT_TRUE(createKey(R"({"name":"Forever","expiresInDays":null})").value(QStringLiteral("expiresAt")).isNull());
}

TEST_F(LeadHqlSandbox, UnknownRoutesWrongMethodsAndHugeBodies)
{
    const HttpResult missing = http.get(url(QStringLiteral("/nope")), jwt());
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(missing.json().object().value(QStringLiteral("statusCode")).toInt(), 404);
    EXPECT_TRUE(missing.header("Content-Type").startsWith("application/json"));

    const HttpResult wrongMethod = http.send("PATCH", url(QStringLiteral("/api-keys")), bearer(jwt()));
    EXPECT_EQ(wrongMethod.status, 405);
    EXPECT_EQ(wrongMethod.header("Allow"), QByteArrayLiteral("GET, POST"));
    EXPECT_EQ(wrongMethod.json().object().value(QStringLiteral("error")).toString(),
              QStringLiteral("Method Not Allowed"));

    const QByteArray huge = "{\"name\":\"" + QByteArray(70 * 1024, 'a') + "\"}";
    const HttpResult tooLarge = http.postJson(url(QStringLiteral("/api-keys")), jwt(), huge);
    EXPECT_EQ(tooLarge.status, 413);
    EXPECT_EQ(tooLarge.json().object().value(QStringLiteral("statusCode")).toInt(), 413);
}

TEST_F(LeadHqlSandbox, IdsWithPathSyntaxRevokeNothing)
{
    const QString id = createKey(R"({"name":"Target"})").value(QStringLiteral("id")).toString();
    const QStringList paths{QStringLiteral("/api-keys/") + id + QStringLiteral("%2F"),
                            QStringLiteral("/api-keys/..%2F") + id, QStringLiteral("/api-keys/x%2F..%2F") + id,
                            QStringLiteral("/api-keys/") + id + QStringLiteral("%20")};
    for (const QString &path : paths) {
        QUrl target = sandbox.url();
        target.setPath(path, QUrl::StrictMode);
        EXPECT_EQ(http.remove(target, jwt()).status, 404) << target.toString().toStdString();
    }
    EXPECT_EQ(listed(id).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
}

TEST(LeadHqlSandboxDemo, SeedsBelievableKeysRelativeToNow)
{
    SandboxProcess sandbox(QStringLiteral("leadhql"), {QStringLiteral("--seed-demo")});
    ASSERT_SANDBOX_STARTED(sandbox);
    HttpClient http;
    const HttpResult list = http.get(endpoint(sandbox.url(), QStringLiteral("/api-keys")), sandbox.credential());
    ASSERT_EQ(list.status, 200);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int revoked = 0, expired = 0, expiringThisWeek = 0, neverUsed = 0, used = 0;
    QStringList names;
    for (const QJsonValue &value : list.json().array()) {
        const QJsonObject key = value.toObject();
        names.append(key.value(QStringLiteral("name")).toString());
        const QString status = key.value(QStringLiteral("status")).toString();
        EXPECT_TRUE(status == QStringLiteral("active") || status == QStringLiteral("revoked"));
        const QDateTime expiresAt = QDateTime::fromString(key.value(QStringLiteral("expiresAt")).toString(),
                                                          Qt::ISODateWithMs);
        if (status == QStringLiteral("revoked"))
            ++revoked;
        else if (expiresAt.isValid() && expiresAt < now)
            ++expired;
        else if (expiresAt.isValid() && expiresAt < now.addDays(7))
            ++expiringThisWeek;
        if (key.value(QStringLiteral("lastUsedAt")).isNull()) {
            ++neverUsed;
            EXPECT_EQ(key.value(QStringLiteral("usageCount")).toInteger(), 0);
        } else {
            ++used;
            EXPECT_GT(key.value(QStringLiteral("usageCount")).toInteger(), 0);
        }
    }
    EXPECT_GE(names.size(), 8);
    EXPECT_LE(names.size(), 12);
    EXPECT_TRUE(names.contains(QStringLiteral("Production CRM sync")));
    EXPECT_TRUE(names.contains(QStringLiteral("Zapier automation")));
    EXPECT_GE(revoked, 1);
    EXPECT_GE(expired, 1);
    EXPECT_GE(expiringThisWeek, 1);
    EXPECT_GE(neverUsed, 1);
    EXPECT_GE(used, 4);
}

} // namespace
