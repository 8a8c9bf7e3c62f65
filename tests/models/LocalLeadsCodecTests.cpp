#include "MalformedCase.h"
#include "QtPrinters.h"

#include "DialectCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace keydesk;

namespace {

// The API Keys page (docs/dialects.md#localleads), verbatim except the e-mail address, which our copy obfuscated.
const QByteArray localLeadsSeedList = R"({
  "success": true,
  "data": [
    {
      "id": "cm9key001",
      "name": "My Automation Script",
      "keyPrefix": "ll_a1b2c3d4e5",
      "lastUsedAt": "2026-05-04T10:23:00.000Z",
      "expiresAt": null,
      "createdAt": "2026-05-01T08:00:00.000Z",
      "user": {
        "firstName": "Alice",
        "lastName": "Smith",
        "email": "alice@example.com"
      }
    }
  ]
})";

const QByteArray localLeadsSeedCreate = R"({
  "success": true,
  "data": {
    "id": "cm9key001",
    "name": "My Automation Script",
    "keyPrefix": "ll_a1b2c3d4e5",
    "expiresAt": null,
    "createdAt": "2026-05-05T09:00:00.000Z",
    "key": "ll_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2"
  }
})";

const QByteArray localLeadsSeedRevoke = R"({ "success": true })";

const QString seedKey = QStringLiteral("ll_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2");

QByteArray listOf(const QByteArray &records)
{
    return QByteArrayLiteral(R"({"success":true,"data":[)") + records + QByteArrayLiteral("]}");
}

class LocalLeadsCodecTest : public ::testing::Test {
protected:
    std::unique_ptr<DialectCodec> codec = DialectCodec::create(Dialect::LocalLeads);

    const QDateTime sentAt{QDate(2026, 5, 5), QTime(9, 30), QTimeZone::utc()};

    QJsonObject encoded(const Expiry &expiry, const QString &name = QStringLiteral("CI Pipeline Key")) const
    {
        const QByteArray body = codec->encodeCreate({name, expiry}, sentAt);
        EXPECT_FALSE(body.contains('\n')) << "not compact: " << body.toStdString();
        const QJsonDocument document = QJsonDocument::fromJson(body);
        EXPECT_TRUE(document.isObject()) << body.toStdString();
        return document.object();
    }

    QString createdBy(const QByteArray &user) const
    {
        const auto decoded = codec->decodeList(listOf(R"({"id":"k","user":)" + user + "}"));
        EXPECT_TRUE(decoded) << decoded.problem.toStdString();
        return decoded ? decoded.value->at(0).createdBy : QStringLiteral("<malformed>");
    }
};

} // namespace

TEST_F(LocalLeadsCodecTest, Paths)
{
    EXPECT_EQ(codec->listPath(), QStringLiteral("/api/v1/api-keys"));
    EXPECT_EQ(codec->createPath(), QStringLiteral("/api/v1/api-keys"));
    EXPECT_EQ(codec->revokePath(QStringLiteral("cm9key001")), QStringLiteral("/api/v1/api-keys/cm9key001"));
    EXPECT_EQ(codec->verifyPath(), QStringLiteral("/api/v1/credits/balance"));
}

TEST_F(LocalLeadsCodecTest, RevokePathEncodesHostileIds)
{
    EXPECT_EQ(codec->revokePath(QStringLiteral("../etc")), QStringLiteral("/api/v1/api-keys/..%2Fetc"));
    EXPECT_EQ(codec->revokePath(QStringLiteral("a/b")), QStringLiteral("/api/v1/api-keys/a%2Fb"));
    EXPECT_EQ(codec->revokePath(QStringLiteral("a b")), QStringLiteral("/api/v1/api-keys/a%20b"));
    EXPECT_EQ(codec->revokePath(QStringLiteral("%2F")), QStringLiteral("/api/v1/api-keys/%252F"));
    EXPECT_EQ(codec->revokePath(QStringLiteral("..")), QString());
    EXPECT_EQ(codec->revokePath(QString::fromUtf8("ключ")),
              QStringLiteral("/api/v1/api-keys/%D0%BA%D0%BB%D1%8E%D1%87"));
}

TEST_F(LocalLeadsCodecTest, EncodeCreateNever)
{
    const QJsonObject body = encoded(Expiry::never());
    EXPECT_EQ(body.value(QLatin1String("name")).toString(), QStringLiteral("CI Pipeline Key"));
    EXPECT_FALSE(body.contains(QLatin1String("expiresAt")));
    EXPECT_FALSE(body.contains(QLatin1String("expiresInDays")));
    EXPECT_EQ(body.size(), 1);
}

TEST_F(LocalLeadsCodecTest, EncodeCreateInDaysBecomesTheInstant)
{
    // N × 24 h after sending, as a UTC timestamp (a bare date would mean midnight UTC).
    const QJsonObject body = encoded(Expiry::inDays(30));
    EXPECT_EQ(body.value(QLatin1String("expiresAt")).toString(), QStringLiteral("2026-06-04T09:30:00.000Z"));
    EXPECT_FALSE(body.contains(QLatin1String("expiresInDays")));
    EXPECT_EQ(encoded(Expiry::inDays(1)).value(QLatin1String("expiresAt")).toString(),
              QStringLiteral("2026-05-06T09:30:00.000Z"));
}

TEST_F(LocalLeadsCodecTest, EncodeCreateOnDate)
{
    // The API Keys page's curl example (docs/dialects.md#localleads): "2027-01-01" is the
    // start of that day in UTC.
    const QByteArray body = codec->encodeCreate(
        {QStringLiteral("CI Pipeline Key"), Expiry::onDate(QDate(2027, 1, 1), QTimeZone::utc())}, sentAt);
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    EXPECT_EQ(object.value(QLatin1String("name")).toString(), QStringLiteral("CI Pipeline Key"));
    EXPECT_EQ(object.value(QLatin1String("expiresAt")).toString(), QStringLiteral("2027-01-01T00:00:00.000Z"));
    EXPECT_EQ(object.size(), 2);
}

TEST_F(LocalLeadsCodecTest, EncodeCreateLeavesAnEmptyNameToTheServer)
{
    EXPECT_FALSE(encoded(Expiry::never(), QString()).contains(QLatin1String("name")));
}

TEST_F(LocalLeadsCodecTest, DecodesSeedList)
{
    const auto decoded = codec->decodeList(localLeadsSeedList);
    ASSERT_TRUE(decoded) << decoded.problem.toStdString();
    ASSERT_EQ(decoded.value->size(), 1);
    const ApiKey &key = decoded.value->at(0);
    EXPECT_EQ(key.id, QStringLiteral("cm9key001"));
    EXPECT_EQ(key.name, QStringLiteral("My Automation Script"));
    EXPECT_EQ(key.keyPrefix, QStringLiteral("ll_a1b2c3d4e5"));
    EXPECT_EQ(key.lastUsedAt, utc(2026, 5, 4, 10, 23));
    EXPECT_FALSE(key.expiresAt.isValid());
    EXPECT_EQ(key.createdAt, utc(2026, 5, 1, 8, 0));
    EXPECT_EQ(key.createdBy, QStringLiteral("Alice Smith <alice@example.com>"));
    EXPECT_FALSE(key.revoked);
    EXPECT_FALSE(key.usageCount);
}

TEST_F(LocalLeadsCodecTest, DecodesSeedCreate)
{
    const auto decoded = codec->decodeCreate(localLeadsSeedCreate);
    ASSERT_TRUE(decoded) << decoded.problem.toStdString();
    EXPECT_EQ(decoded.value->secret, seedKey);
    const ApiKey &key = decoded.value->record;
    EXPECT_EQ(key.id, QStringLiteral("cm9key001"));
    EXPECT_EQ(key.name, QStringLiteral("My Automation Script"));
    EXPECT_EQ(key.keyPrefix, QStringLiteral("ll_a1b2c3d4e5"));
    EXPECT_FALSE(key.expiresAt.isValid());
    EXPECT_EQ(key.createdAt, utc(2026, 5, 5, 9, 0));
    EXPECT_TRUE(key.createdBy.isEmpty());
}

TEST_F(LocalLeadsCodecTest, CreateWithoutKeyPrefixDerivesIt)
{
    const auto decoded = codec->decodeCreate(R"({"success":true,"data":{"id":"k","name":"API Key","key":")"
                                             + seedKey.toLatin1() + R"("}})");
    ASSERT_TRUE(decoded) << decoded.problem.toStdString();
    EXPECT_EQ(decoded.value->record.keyPrefix, QStringLiteral("ll_a1b2c3d4e5"));
}

TEST_F(LocalLeadsCodecTest, DecodesSeedRevoke)
{
    const auto decoded = codec->decodeRevoke(localLeadsSeedRevoke);
    ASSERT_TRUE(decoded) << decoded.problem.toStdString();
    EXPECT_TRUE(*decoded.value);
    const auto refused = codec->decodeRevoke(R"({ "success": false })");
    ASSERT_TRUE(refused);
    EXPECT_FALSE(*refused.value);
    EXPECT_FALSE(codec->decodeRevoke(R"({"statusCode":404,"error":"Not Found"})"));
    EXPECT_FALSE(codec->decodeRevoke(""));
}

TEST_F(LocalLeadsCodecTest, CreatedByToleratesMissingParts)
{
    EXPECT_EQ(createdBy(R"({"firstName":"Alice","lastName":"Smith","email":"alice@example.com"})"),
              QStringLiteral("Alice Smith <alice@example.com>"));
    EXPECT_EQ(createdBy(R"({"firstName":"Alice","email":"alice@example.com"})"),
              QStringLiteral("Alice <alice@example.com>"));
    EXPECT_EQ(createdBy(R"({"lastName":"Smith","email":"alice@example.com"})"),
              QStringLiteral("Smith <alice@example.com>"));
    EXPECT_EQ(createdBy(R"({"firstName":"Alice","lastName":"Smith"})"), QStringLiteral("Alice Smith"));
    EXPECT_EQ(createdBy(R"({"firstName":null,"lastName":null,"email":"alice@example.com"})"),
              QStringLiteral("alice@example.com"));
    EXPECT_EQ(createdBy(R"({"firstName":"","lastName":" ","email":""})"), QString());
    EXPECT_EQ(createdBy(R"({})"), QString());
    EXPECT_EQ(createdBy("null"), QString());
}

TEST_F(LocalLeadsCodecTest, NullsMissingAndUnknownFields)
{
    const auto decoded = codec->decodeList(listOf(
        R"({"id":"a","name":"n","keyPrefix":null,"expiresAt":null,"lastUsedAt":null,"createdAt":"2026-05-01T08:00:00Z","user":null,"scopes":["x"],"organisationId":"o1"},)"
        R"({"id":"b","expiresAt":"2026-12-31T23:59:59+01:00"})"));
    ASSERT_TRUE(decoded) << decoded.problem.toStdString();
    ASSERT_EQ(decoded.value->size(), 2);
    const ApiKey &a = decoded.value->at(0);
    EXPECT_TRUE(a.keyPrefix.isEmpty());
    EXPECT_FALSE(a.expiresAt.isValid());
    EXPECT_FALSE(a.lastUsedAt.isValid());
    EXPECT_TRUE(a.createdBy.isEmpty());
    EXPECT_EQ(a.createdAt, utc(2026, 5, 1, 8, 0));
    EXPECT_EQ(decoded.value->at(1).expiresAt, utc(2026, 12, 31, 22, 59, 59));
}

TEST_F(LocalLeadsCodecTest, EmptyListIsFine)
{
    const auto decoded = codec->decodeList(R"({"success":true,"data":[]})");
    ASSERT_TRUE(decoded);
    EXPECT_TRUE(decoded.value->isEmpty());
}

class LocalLeadsMalformedList : public ::testing::TestWithParam<MalformedCase> {};

TEST_P(LocalLeadsMalformedList, IsRejectedNamingTheProblem)
{
    const auto codec = DialectCodec::create(Dialect::LocalLeads);
    const auto decoded = codec->decodeList(QByteArray(GetParam().body));
    ASSERT_FALSE(decoded) << GetParam().body;
    EXPECT_TRUE(decoded.problem.contains(QLatin1String(GetParam().problemMentions))) << decoded.problem.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Envelope, LocalLeadsMalformedList,
    ::testing::Values(MalformedCase{R"({"success":false,"data":[]})", "'success' is false"},
                      MalformedCase{R"({"data":[]})", "'success' is missing"},
                      MalformedCase{R"({"success":"yes","data":[]})", "'success' is not a boolean"},
                      MalformedCase{R"({"success":true})", "'data' is missing"},
                      MalformedCase{R"({"success":true,"data":null})", "'data' is missing"},
                      MalformedCase{R"({"success":true,"data":{}})", "'data' is not an array"},
                      MalformedCase{R"([{"id":"k"}])", "not a JSON object"},
                      MalformedCase{R"({"statusCode":401,"error":"Unauthorized","message":"Invalid or expired token"})",
                                    "'success'"},
                      MalformedCase{"", "empty"}, MalformedCase{"Service Unavailable", "not JSON"}));

INSTANTIATE_TEST_SUITE_P(
    WrongTypes, LocalLeadsMalformedList,
    ::testing::Values(
        MalformedCase{R"({"success":true,"data":[{"id":1}]})", "data[0]: field 'id' is not a string"},
        MalformedCase{R"({"success":true,"data":[{"id":"a"},{"name":"x"}]})", "data[1]: field 'id' is missing"},
        MalformedCase{R"({"success":true,"data":[{"id":"k","name":["x"]}]})", "'name' is not a string"},
        MalformedCase{R"({"success":true,"data":[{"id":"k","keyPrefix":7}]})", "'keyPrefix' is not a string"},
        MalformedCase{
            R"({"success":true,"data":[{"id":"k","createdAt":"2026-05-01"}, {"id":"j","createdAt":"01/05/2026"}]})",
            "data[1]: field 'createdAt'"},
        MalformedCase{R"({"success":true,"data":[{"id":"k","expiresAt":true}]})", "'expiresAt'"},
        MalformedCase{
            R"({"success":true,"data":[{"id":"k","lastUsedAt":"2026-05-04T10:23:00.000"}, {"id":"j","lastUsedAt":""}]})",
            "data[1]: field 'lastUsedAt'"},
        MalformedCase{R"({"success":true,"data":[{"id":"k","user":"Alice"}]})", "'user' is not an object"},
        MalformedCase{R"({"success":true,"data":[{"id":"k","user":{"email":5}}]})",
                      "data[0].user: field 'email' is not a string"},
        MalformedCase{R"({"success":true,"data":[null]})", "data[0] is not an object"}));

TEST_F(LocalLeadsCodecTest, CreateEnvelopeProblems)
{
    EXPECT_FALSE(codec->decodeCreate(R"({"success":false,"data":{"id":"k","key":"x"}})"));
    EXPECT_FALSE(codec->decodeCreate(R"({"success":true,"data":[]})"));
    EXPECT_FALSE(codec->decodeCreate(R"({"success":true})"));
    // The LeadHQL shape is not a LocalLeads answer.
    EXPECT_FALSE(codec->decodeCreate(R"({"id":"k","name":"n","key":"ll_x"})"));
    const auto withoutKey = codec->decodeCreate(R"({"success":true,"data":{"id":"k","name":"n"}})");
    ASSERT_FALSE(withoutKey);
    EXPECT_TRUE(withoutKey.problem.contains(QStringLiteral("data: field 'key' is missing")))
        << withoutKey.problem.toStdString();
}

TEST_F(LocalLeadsCodecTest, VerifyNeedsTheEnvelope)
{
    const auto ok = codec->decodeVerify(R"({"success":true,"data":{"balance":120}})");
    ASSERT_TRUE(ok) << ok.problem.toStdString();
    EXPECT_TRUE(*ok.value);
    EXPECT_FALSE(*codec->decodeVerify(R"({"success":false,"data":{}})").value);
    EXPECT_FALSE(*codec->decodeVerify(R"({"success":true})").value);
    EXPECT_FALSE(*codec->decodeVerify(R"({"balance":120})").value);
    EXPECT_FALSE(codec->decodeVerify(R"([1])"));
    EXPECT_FALSE(codec->decodeVerify("<html></html>"));
    EXPECT_FALSE(codec->decodeVerify(""));
}
