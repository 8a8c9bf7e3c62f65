// The LocalLeads dialect of the real keydesk-sandbox process (docs/dialects.md#localleads): ll_ keys
// for everything, the exact 401 body, the {success, data} envelope, 10 active keys.
#include "SandboxTestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace keydesk::test;

namespace {

const QString keysPath = QStringLiteral("/api/v1/api-keys");
const QString balancePath = QStringLiteral("/api/v1/credits/balance");

class LocalLeadsSandbox : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_SANDBOX_STARTED(sandbox); }

    QUrl url(const QString &path) const { return endpoint(sandbox.url(), path); }
    QString admin() const { return sandbox.credential(); }

    HttpResult create(const QByteArray &body) { return http.postJson(url(keysPath), admin(), body); }
    QJsonObject createdData(const QByteArray &body)
    {
        const HttpResult created = create(body);
        EXPECT_EQ(created.status, 201) << created.body.toStdString();
        EXPECT_EQ(created.json().object().value(QStringLiteral("success")).toBool(), true);
        return created.json().object().value(QStringLiteral("data")).toObject();
    }
    QJsonArray list()
    {
        const HttpResult result = http.get(url(keysPath), admin());
        EXPECT_EQ(result.status, 200) << result.body.toStdString();
        EXPECT_EQ(result.json().object().value(QStringLiteral("success")).toBool(), true);
        return result.json().object().value(QStringLiteral("data")).toArray();
    }
    QJsonObject listed(const QString &id)
    {
        for (const QJsonValue &value : list()) {
            if (value.toObject().value(QStringLiteral("id")).toString() == id)
                return value.toObject();
        }
        return {};
    }

    SandboxProcess sandbox{QStringLiteral("localleads")};
    HttpClient http;
};

TEST_F(LocalLeadsSandbox, CredentialIsAListedKeyOfTheOrganisation)
{
    EXPECT_EQ(sandbox.dialect(), QStringLiteral("localleads"));
    EXPECT_TRUE(localLeadsKeyPattern().match(admin()).hasMatch()) << admin().toStdString();
    const QJsonArray keys = list();
    ASSERT_EQ(keys.size(), 1);
    const QJsonObject own = keys.at(0).toObject();
    EXPECT_EQ(own.value(QStringLiteral("name")).toString(), QStringLiteral("KeyDesk sandbox admin"));
    EXPECT_EQ(own.value(QStringLiteral("keyPrefix")).toString(), admin().left(13));
    // This very list call was a use of the key.
    EXPECT_FALSE(own.value(QStringLiteral("lastUsedAt")).isNull());
}

TEST_F(LocalLeadsSandbox, EveryUnauthenticatedCallGetsTheDocumentedBody)
{
    const QString unknownKey = QStringLiteral("ll_") + QString(64, QLatin1Char('0'));
    const QList<Headers> attempts{
        {},
        bearer(QStringLiteral("garbage")),
        bearer(unknownKey),
        {{QByteArrayLiteral("Authorization"), "Bearer  " + admin().toLatin1()}}, // extra whitespace
        {{QByteArrayLiteral("Authorization"), admin().toLatin1()}},              // no scheme
        {{QByteArrayLiteral("X-API-Key"), admin().toLatin1()}},                  // not this dialect
    };
    for (const QString &path : {keysPath, balancePath}) {
        for (const Headers &headers : attempts) {
            const HttpResult result = http.send("GET", url(path), headers);
            EXPECT_EQ(result.status, 401) << path.toStdString();
            EXPECT_EQ(result.body, documentedUnauthorizedBody());
            EXPECT_TRUE(result.header("Content-Type").startsWith("application/json"));
        }
    }
    EXPECT_EQ(http.send("POST", url(keysPath), {}, R"({"name":"x"})").status, 401);
    EXPECT_EQ(http.send("DELETE", url(keysPath + QStringLiteral("/cm9key001")), {}).status, 401);
}

TEST_F(LocalLeadsSandbox, CreateUseRevoke)
{
    const QJsonObject data = createdData(R"({"name":"My Automation Script"})");
    EXPECT_EQ(fieldNames(data),
              (QSet<QString>{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("keyPrefix"),
                             QStringLiteral("expiresAt"), QStringLiteral("createdAt"), QStringLiteral("key")}));
    const QString key = data.value(QStringLiteral("key")).toString();
    const QString id = data.value(QStringLiteral("id")).toString();
    EXPECT_TRUE(localLeadsKeyPattern().match(key).hasMatch()) << key.toStdString();
    EXPECT_TRUE(id.startsWith(QStringLiteral("cm"))) << id.toStdString();
    EXPECT_EQ(data.value(QStringLiteral("keyPrefix")).toString(), key.left(13));
    EXPECT_TRUE(data.value(QStringLiteral("expiresAt")).isNull());

    QJsonObject record = listed(id);
    EXPECT_TRUE(record.value(QStringLiteral("lastUsedAt")).isNull());
    EXPECT_FALSE(record.contains(QStringLiteral("key")));
    const QJsonObject user = record.value(QStringLiteral("user")).toObject();
    EXPECT_EQ(fieldNames(user),
              (QSet<QString>{QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("email")}));
    EXPECT_FALSE(user.value(QStringLiteral("email")).toString().isEmpty());

    const HttpResult balance = http.get(url(balancePath), key);
    ASSERT_EQ(balance.status, 200) << balance.body.toStdString();
    EXPECT_EQ(balance.json().object().value(QStringLiteral("success")).toBool(), true);
    EXPECT_TRUE(
        balance.json().object().value(QStringLiteral("data")).toObject().value(QStringLiteral("balance")).isDouble());
    const QString firstUse = listed(id).value(QStringLiteral("lastUsedAt")).toString();
    EXPECT_FALSE(firstUse.isEmpty());

    const HttpResult revoked = http.remove(url(keysPath + QLatin1Char('/') + id), admin());
    EXPECT_EQ(revoked.status, 200);
    EXPECT_EQ(revoked.body, QByteArrayLiteral(R"({"success":true})"));

    const HttpResult afterRevoke = http.get(url(balancePath), key);
    EXPECT_EQ(afterRevoke.status, 401);
    EXPECT_EQ(afterRevoke.body, documentedUnauthorizedBody());
    EXPECT_TRUE(listed(id).isEmpty()) << "revoked keys are not listed";
    // Revoked keys no longer exist for this dialect.
    EXPECT_EQ(http.remove(url(keysPath + QLatin1Char('/') + id), admin()).status, 404);
    EXPECT_EQ(http.remove(url(keysPath + QStringLiteral("/cm9key001")), admin()).status, 404);
}

TEST_F(LocalLeadsSandbox, ManagementCallsCountAsUsesOfTheCallingKey)
{
    const QJsonObject data = createdData(R"({"name":"Rotation"})");
    const QString key = data.value(QStringLiteral("key")).toString();
    const QString id = data.value(QStringLiteral("id")).toString();
    EXPECT_TRUE(listed(id).value(QStringLiteral("lastUsedAt")).isNull());
    // The new key lists keys itself (any ll_ key of the organisation manages keys).
    EXPECT_EQ(http.get(url(keysPath), key).status, 200);
    EXPECT_FALSE(listed(id).value(QStringLiteral("lastUsedAt")).isNull());
}

TEST_F(LocalLeadsSandbox, NameDefaultsAndExpiryIsAFutureIsoDate)
{
    EXPECT_EQ(createdData("").value(QStringLiteral("name")).toString(), QStringLiteral("API Key"));
    EXPECT_EQ(createdData(R"({"expiresAt":null})").value(QStringLiteral("name")).toString(), QStringLiteral("API Key"));

    const QDate nextYear = QDate::currentDate().addYears(1);
    const QJsonObject dated = createdData("{\"name\":\"CI Pipeline Key\",\"expiresAt\":\""
                                          + nextYear.toString(Qt::ISODate).toLatin1() + "\"}");
    EXPECT_EQ(dated.value(QStringLiteral("expiresAt")).toString(),
              nextYear.toString(Qt::ISODate) + QStringLiteral("T00:00:00.000Z"));

    const QString inAWeek = QDateTime::currentDateTimeUtc().addDays(7).toString(Qt::ISODate);
    const QJsonObject timestamped = createdData("{\"expiresAt\":\"" + inAWeek.toLatin1() + "\"}");
    EXPECT_EQ(QDateTime::fromString(timestamped.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs),
              QDateTime::fromString(inAWeek, Qt::ISODate));
}

TEST_F(LocalLeadsSandbox, ValidationErrorsAre400WithSpecificMessages)
{
    const QString hundredAndOne(101, QLatin1Char('n'));
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    const QList<QPair<QByteArray, QString>> cases{
        {"{\"name\":\"" + hundredAndOne.toLatin1() + "\"}", QStringLiteral("100 characters")},
        {R"({"name":""})", QStringLiteral("name")},
        {R"({"name":7})", QStringLiteral("name must be a string")},
        {R"({"name":"x","expiresAt":"2020-01-01"})", QStringLiteral("future")},
        {"{\"expiresAt\":\"" + yesterday.toLatin1() + "\"}", QStringLiteral("future")},
        {R"({"expiresAt":"next tuesday"})", QStringLiteral("ISO 8601")},
        {R"({"expiresAt":"2031-02-30"})", QStringLiteral("ISO 8601")},
        {R"({"expiresAt":1893456000})", QStringLiteral("ISO 8601")},
        {R"({"name":"x")", QStringLiteral("JSON")},
        {R"(["name","x"])", QStringLiteral("JSON object")},
    };
    for (const auto &[body, expected] : cases) {
        const HttpResult result = create(body);
        EXPECT_EQ(result.status, 400) << body.toStdString();
        const QJsonObject error = result.json().object();
        EXPECT_EQ(error.value(QStringLiteral("statusCode")).toInt(), 400);
        EXPECT_EQ(error.value(QStringLiteral("error")).toString(), QStringLiteral("Bad Request"));
        EXPECT_TRUE(error.value(QStringLiteral("message")).toString().contains(expected))
            << body.toStdString() << " -> " << result.body.toStdString();
    }
    EXPECT_EQ(
        createdData("{\"name\":\"" + QByteArray(100, 'n') + "\"}").value(QStringLiteral("name")).toString().size(),
        100);
}

TEST_F(LocalLeadsSandbox, TenActiveKeysAtMost)
{
    // The sandbox credential is the first of the ten.
    QString lastId;
    for (int i = 1; i <= 9; ++i)
        lastId = createdData("{\"name\":\"Key " + QByteArray::number(i) + "\"}").value(QStringLiteral("id")).toString();
    EXPECT_EQ(list().size(), 10);

    const HttpResult refused = create(R"({"name":"Eleventh"})");
    EXPECT_EQ(refused.status, 409);
    EXPECT_EQ(
        refused.body,
        QByteArrayLiteral(
            R"({"statusCode":409,"error":"Conflict","message":"Maximum of 10 active API keys reached. Revoke a key before creating a new one."})"));

    ASSERT_EQ(http.remove(url(keysPath + QLatin1Char('/') + lastId), admin()).status, 200);
    EXPECT_EQ(create(R"({"name":"Replacement"})").status, 201);
    EXPECT_EQ(create(R"({"name":"One too many"})").status, 409);
}

TEST_F(LocalLeadsSandbox, RoutesOutsideTheDocumentedOnesAre404Or405)
{
    EXPECT_EQ(http.get(url(QStringLiteral("/api/v1/keys")), admin()).status, 404);
    EXPECT_EQ(http.get(url(QStringLiteral("/api-keys")), admin()).status, 404);
    const HttpResult wrongMethod = http.send("PUT", url(balancePath), bearer(admin()));
    EXPECT_EQ(wrongMethod.status, 405);
    EXPECT_EQ(wrongMethod.header("Allow"), QByteArrayLiteral("GET"));
}

TEST(LocalLeadsSandboxDemo, SeedsUsersAndKeysNearTheLimitWithRoomForOneCreate)
{
    SandboxProcess sandbox(QStringLiteral("localleads"), {QStringLiteral("--seed-demo")});
    ASSERT_SANDBOX_STARTED(sandbox);
    HttpClient http;
    const QUrl keys = endpoint(sandbox.url(), keysPath);
    const HttpResult list = http.get(keys, sandbox.credential());
    ASSERT_EQ(list.status, 200);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> people;
    QStringList names;
    int expired = 0, expiringThisWeek = 0, neverUsed = 0;
    for (const QJsonValue &value : list.json().object().value(QStringLiteral("data")).toArray()) {
        const QJsonObject key = value.toObject();
        names.append(key.value(QStringLiteral("name")).toString());
        const QJsonObject user = key.value(QStringLiteral("user")).toObject();
        people.insert(user.value(QStringLiteral("firstName")).toString() + QLatin1Char(' ')
                      + user.value(QStringLiteral("lastName")).toString());
        const QDateTime expiresAt = QDateTime::fromString(key.value(QStringLiteral("expiresAt")).toString(),
                                                          Qt::ISODateWithMs);
        if (expiresAt.isValid() && expiresAt < now)
            ++expired;
        else if (expiresAt.isValid() && expiresAt < now.addDays(7))
            ++expiringThisWeek;
        if (key.value(QStringLiteral("lastUsedAt")).isNull())
            ++neverUsed;
        EXPECT_TRUE(key.value(QStringLiteral("keyPrefix")).toString().startsWith(QStringLiteral("ll_")));
    }
    EXPECT_GE(names.size(), 6);
    EXPECT_TRUE(names.contains(QStringLiteral("Production CRM sync")));
    EXPECT_TRUE(names.contains(QStringLiteral("KeyDesk sandbox admin")));
    EXPECT_TRUE(people.contains(QStringLiteral("Alice Smith")));
    EXPECT_TRUE(people.contains(QStringLiteral("Ben Okafor")));
    EXPECT_GE(people.size(), 3);
    EXPECT_GE(expired, 1);
    EXPECT_GE(expiringThisWeek, 1);
    EXPECT_GE(neverUsed, 1);
    // 9 of 10 active keys (the watch's limit-near): room for one create, then the limit.
    EXPECT_EQ(http.postJson(keys, sandbox.credential(), R"({"name":"Demo one"})").status, 201);
    EXPECT_EQ(http.postJson(keys, sandbox.credential(), R"({"name":"Demo two"})").status, 409);
}

} // namespace
