#include "MalformedCase.h"
#include "QtPrinters.h"

#include "DialectCodec.h"
#include "KeyFormat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace keydesk;

namespace {

// The Authentication page's examples (docs/dialects.md#leadhql), verbatim.
const QByteArray leadHqlSeedCreate = R"({
  "id": "a1b2c3d4-...",
  "name": "My Integration",
  "key": "leadhql_pk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6",
  "status": "active",
  "createdAt": "2026-03-01T12:00:00.000Z",
  "expiresAt": "2026-05-30T12:00:00.000Z"
})";

const QByteArray leadHqlSeedList = R"([
  {
    "id": "a1b2c3d4-...",
    "name": "My Integration",
    "status": "active",
    "createdAt": "2026-03-01T12:00:00.000Z",
    "lastUsedAt": "2026-03-05T09:15:00.000Z",
    "usageCount": 247,
    "expiresAt": "2026-05-30T12:00:00.000Z"
  }
])";

const QByteArray leadHqlSeedRevoke = R"({
  "success": true
})";

class LeadHqlCodecTest : public ::testing::Test {
protected:
    std::unique_ptr<DialectCodec> codec = DialectCodec::create(Dialect::LeadHql);

    Decoded<QList<ApiKey>> listOf(const QByteArray &record) const { return codec->decodeList('[' + record + ']'); }

    const QDateTime sentAt{QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()};

    QJsonObject encoded(const Expiry &expiry, const QString &name = QStringLiteral("My Integration")) const
    {
        const QByteArray body = codec->encodeCreate({name, expiry}, sentAt);
        EXPECT_FALSE(body.contains('\n')) << "not compact: " << body.toStdString();
        const QJsonDocument document = QJsonDocument::fromJson(body);
        EXPECT_TRUE(document.isObject()) << body.toStdString();
        return document.object();
    }
};

} // namespace

TEST_F(LeadHqlCodecTest, Paths)
{
    EXPECT_EQ(codec->listPath(), QStringLiteral("/api-keys"));
    EXPECT_EQ(codec->createPath(), QStringLiteral("/api-keys"));
    EXPECT_EQ(codec->revokePath(QStringLiteral("a1b2c3d4-e5f6")), QStringLiteral("/api-keys/a1b2c3d4-e5f6"));
    EXPECT_EQ(codec->verifyPath(), QStringLiteral("/properties/stats/counts"));
}

TEST_F(LeadHqlCodecTest, RevokePathEncodesHostileIds)
{
    EXPECT_EQ(codec->revokePath(QStringLiteral("../etc")), QStringLiteral("/api-keys/..%2Fetc"));
    EXPECT_EQ(codec->revokePath(QStringLiteral("a/b")), QStringLiteral("/api-keys/a%2Fb"));
    EXPECT_EQ(codec->revokePath(QStringLiteral("a b")), QStringLiteral("/api-keys/a%20b"));
    EXPECT_EQ(codec->revokePath(QStringLiteral("%2F")), QStringLiteral("/api-keys/%252F"));
    EXPECT_EQ(codec->revokePath(QStringLiteral("a?b#c")), QStringLiteral("/api-keys/a%3Fb%23c"));
    EXPECT_EQ(codec->revokePath(QStringLiteral("...")), QStringLiteral("/api-keys/..."));
    // QUrl decodes %2E, so these could only ever address the collection or its parent.
    EXPECT_EQ(codec->revokePath(QStringLiteral("..")), QString());
    EXPECT_EQ(codec->revokePath(QStringLiteral(".")), QString());
    EXPECT_EQ(codec->revokePath(QString::fromUtf8("schlüssel")), QStringLiteral("/api-keys/schl%C3%BCssel"));
    EXPECT_EQ(codec->revokePath(QString()), QString());
}

TEST_F(LeadHqlCodecTest, EncodeCreateNever)
{
    const QJsonObject body = encoded(Expiry::never());
    EXPECT_EQ(body.value(QLatin1String("name")).toString(), QStringLiteral("My Integration"));
    EXPECT_FALSE(body.contains(QLatin1String("expiresInDays")));
    EXPECT_FALSE(body.contains(QLatin1String("expiresAt")));
    EXPECT_EQ(body.size(), 1);
}

TEST_F(LeadHqlCodecTest, EncodeCreateInDays)
{
    const QJsonObject body = encoded(Expiry::inDays(90));
    EXPECT_EQ(body.value(QLatin1String("name")).toString(), QStringLiteral("My Integration"));
    ASSERT_TRUE(body.value(QLatin1String("expiresInDays")).isDouble());
    EXPECT_EQ(body.value(QLatin1String("expiresInDays")).toInt(), 90);
    EXPECT_EQ(body.size(), 2);
}

TEST_F(LeadHqlCodecTest, EncodeCreateOnDateBecomesDaysFromToday)
{
    // 2026-03-01 12:00 → the start of 2026-05-30 is 89.5 days: 90, rounded up.
    const QJsonObject body = encoded(Expiry::onDate(QDate(2026, 5, 30), QTimeZone::utc()));
    EXPECT_EQ(body.value(QLatin1String("expiresInDays")).toInt(), 90);
    EXPECT_FALSE(body.contains(QLatin1String("expiresAt")));
    EXPECT_EQ(
        encoded(Expiry::onDate(QDate(2026, 3, 2), QTimeZone::utc())).value(QLatin1String("expiresInDays")).toInt(), 1);
}

TEST_F(LeadHqlCodecTest, EncodeCreateEscapesTheName)
{
    const QString name = QString::fromUtf8("Quote \" back\\slash ünïcode");
    EXPECT_EQ(encoded(Expiry::never(), name).value(QLatin1String("name")).toString(), name);
}

TEST_F(LeadHqlCodecTest, DecodesSeedList)
{
    const auto decoded = codec->decodeList(leadHqlSeedList);
    ASSERT_TRUE(decoded) << decoded.problem.toStdString();
    ASSERT_EQ(decoded.value->size(), 1);
    const ApiKey &key = decoded.value->at(0);
    EXPECT_EQ(key.id, QStringLiteral("a1b2c3d4-..."));
    EXPECT_EQ(key.name, QStringLiteral("My Integration"));
    EXPECT_FALSE(key.revoked);
    EXPECT_EQ(key.createdAt, utc(2026, 3, 1, 12, 0));
    EXPECT_EQ(key.lastUsedAt, utc(2026, 3, 5, 9, 15));
    EXPECT_EQ(key.expiresAt, utc(2026, 5, 30, 12, 0));
    ASSERT_TRUE(key.usageCount);
    EXPECT_EQ(*key.usageCount, 247);
    EXPECT_TRUE(key.keyPrefix.isEmpty());
    EXPECT_TRUE(key.createdBy.isEmpty());
    EXPECT_EQ(key.createdAt.timeSpec(), Qt::UTC);
}

TEST_F(LeadHqlCodecTest, DecodesSeedCreate)
{
    const auto decoded = codec->decodeCreate(leadHqlSeedCreate);
    ASSERT_TRUE(decoded) << decoded.problem.toStdString();
    EXPECT_EQ(decoded.value->secret, QStringLiteral("leadhql_pk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6"));
    const ApiKey &key = decoded.value->record;
    EXPECT_EQ(key.id, QStringLiteral("a1b2c3d4-..."));
    EXPECT_EQ(key.name, QStringLiteral("My Integration"));
    EXPECT_FALSE(key.revoked);
    EXPECT_EQ(key.createdAt, utc(2026, 3, 1, 12, 0));
    EXPECT_EQ(key.expiresAt, utc(2026, 5, 30, 12, 0));
    EXPECT_FALSE(key.lastUsedAt.isValid());
    EXPECT_FALSE(key.usageCount);
    EXPECT_EQ(key.keyPrefix, QString(QStringLiteral("leadhql_pk_") + QChar(0x2026) + QStringLiteral("o5p6")));
}

TEST_F(LeadHqlCodecTest, DecodesSeedRevoke)
{
    const auto decoded = codec->decodeRevoke(leadHqlSeedRevoke);
    ASSERT_TRUE(decoded) << decoded.problem.toStdString();
    EXPECT_TRUE(*decoded.value);
}

TEST_F(LeadHqlCodecTest, RevokeFalseAndOtherShapes)
{
    const auto refused = codec->decodeRevoke(R"({"success":false})");
    ASSERT_TRUE(refused);
    EXPECT_FALSE(*refused.value);
    EXPECT_FALSE(codec->decodeRevoke(R"({"success":"true"})"));
    EXPECT_FALSE(codec->decodeRevoke(R"({"ok":true})"));
    EXPECT_FALSE(codec->decodeRevoke(R"([true])"));
    EXPECT_FALSE(codec->decodeRevoke(""));
    EXPECT_FALSE(codec->decodeRevoke("OK"));
}

TEST_F(LeadHqlCodecTest, RevokedStatus)
{
    const auto decoded = listOf(R"({"id":"k","name":"n","status":"revoked","createdAt":"2026-03-01T12:00:00Z"})");
    ASSERT_TRUE(decoded) << decoded.problem.toStdString();
    EXPECT_TRUE(decoded.value->at(0).revoked);
    EXPECT_EQ(decoded.value->at(0).status(utc(2026, 3, 2, 0, 0)), KeyStatus::Revoked);
}

TEST_F(LeadHqlCodecTest, StatusIsCaseInsensitiveAndMayBeAbsent)
{
    EXPECT_TRUE(listOf(R"({"id":"k","status":"REVOKED"})").value->at(0).revoked);
    EXPECT_FALSE(listOf(R"({"id":"k","status":"Active"})").value->at(0).revoked);
    EXPECT_FALSE(listOf(R"({"id":"k"})").value->at(0).revoked);
}

TEST_F(LeadHqlCodecTest, UnknownStatusIsMalformed)
{
    const auto decoded = listOf(R"({"id":"k","status":"suspended"})");
    ASSERT_FALSE(decoded);
    EXPECT_TRUE(decoded.problem.contains(QStringLiteral("status"))) << decoded.problem.toStdString();
    EXPECT_TRUE(decoded.problem.contains(QStringLiteral("suspended"))) << decoded.problem.toStdString();
    EXPECT_FALSE(listOf(R"({"id":"k","status":true})"));
}

TEST_F(LeadHqlCodecTest, NullsAndMissingOptionalFields)
{
    const auto decoded = listOf(
        R"({"id":"k","name":"n","status":"active","createdAt":"2026-03-01T12:00:00Z","expiresAt":null,"lastUsedAt":null,"usageCount":null})");
    ASSERT_TRUE(decoded) << decoded.problem.toStdString();
    const ApiKey &key = decoded.value->at(0);
    EXPECT_FALSE(key.expiresAt.isValid());
    EXPECT_FALSE(key.lastUsedAt.isValid());
    EXPECT_FALSE(key.usageCount);

    const auto minimal = listOf(R"({"id":"k"})");
    ASSERT_TRUE(minimal) << minimal.problem.toStdString();
    EXPECT_TRUE(minimal.value->at(0).name.isEmpty());
    EXPECT_FALSE(minimal.value->at(0).createdAt.isValid());
    EXPECT_FALSE(minimal.value->at(0).usageCount);
}

TEST_F(LeadHqlCodecTest, ZeroUsageCountIsReported)
{
    const auto decoded = listOf(R"({"id":"k","usageCount":0})");
    ASSERT_TRUE(decoded);
    ASSERT_TRUE(decoded.value->at(0).usageCount);
    EXPECT_EQ(*decoded.value->at(0).usageCount, 0);
}

TEST_F(LeadHqlCodecTest, UnknownFieldsIgnored)
{
    const auto decoded = listOf(
        R"({"id":"k","name":"n","status":"active","scopes":["read"],"meta":{"x":1},"usageCount":3,"organizationId":42})");
    ASSERT_TRUE(decoded) << decoded.problem.toStdString();
    EXPECT_EQ(decoded.value->at(0).id, QStringLiteral("k"));
    EXPECT_EQ(*decoded.value->at(0).usageCount, 3);
}

TEST_F(LeadHqlCodecTest, TimestampVariants)
{
    const auto decoded = codec->decodeList(R"([
        {"id":"a","createdAt":"2026-03-01T12:00:00Z"},
        {"id":"b","createdAt":"2026-03-01T12:00:00.123Z"},
        {"id":"c","createdAt":"2026-03-01T14:00:00+02:00"},
        {"id":"d","createdAt":"2026-03-01T07:30:00.5-04:30"}
    ])");
    ASSERT_TRUE(decoded) << decoded.problem.toStdString();
    EXPECT_EQ(decoded.value->at(0).createdAt, utc(2026, 3, 1, 12, 0));
    EXPECT_EQ(decoded.value->at(1).createdAt, utc(2026, 3, 1, 12, 0, 0, 123));
    EXPECT_EQ(decoded.value->at(2).createdAt, utc(2026, 3, 1, 12, 0));
    EXPECT_EQ(decoded.value->at(3).createdAt, utc(2026, 3, 1, 12, 0, 0, 500));
    for (const ApiKey &key : *decoded.value)
        EXPECT_EQ(key.createdAt.timeSpec(), Qt::UTC) << key.id.toStdString();
}

TEST_F(LeadHqlCodecTest, EmptyListIsFine)
{
    const auto decoded = codec->decodeList("[]");
    ASSERT_TRUE(decoded);
    EXPECT_TRUE(decoded.value->isEmpty());
}

class LeadHqlMalformedList : public ::testing::TestWithParam<MalformedCase> {};

TEST_P(LeadHqlMalformedList, IsRejectedNamingTheProblem)
{
    const auto codec = DialectCodec::create(Dialect::LeadHql);
    const auto decoded = codec->decodeList(QByteArray(GetParam().body));
    ASSERT_FALSE(decoded) << GetParam().body;
    EXPECT_FALSE(decoded.value);
    EXPECT_TRUE(decoded.problem.contains(QLatin1String(GetParam().problemMentions))) << decoded.problem.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    WrongTypes, LeadHqlMalformedList,
    ::testing::Values(MalformedCase{R"([{"id":17,"name":"n"}])", "'id' is not a string"},
                      MalformedCase{R"([{"name":"n"}])", "'id' is missing"},
                      MalformedCase{R"([{"id":null}])", "'id' is missing"},
                      MalformedCase{R"([{"id":""}])", "'id' is empty"},
                      MalformedCase{R"([{"id":"k","name":5}])", "'name' is not a string"},
                      MalformedCase{R"([{"id":"k","usageCount":"247"}])", "'usageCount'"},
                      MalformedCase{R"([{"id":"k","usageCount":-1}])", "'usageCount'"},
                      MalformedCase{R"([{"id":"k","usageCount":2.5}])", "'usageCount'"},
                      MalformedCase{R"([{"id":"k","createdAt":"yesterday"}])", "'createdAt'"},
                      MalformedCase{R"([{"id":"k","createdAt":1709294400}])", "'createdAt' is not a string"},
                      MalformedCase{R"([{"id":"k","expiresAt":"2026-13-01T00:00:00Z"}])", "'expiresAt'"},
                      MalformedCase{R"([{"id":"k","lastUsedAt":"2026-03-01T25:00:00Z"}])", "'lastUsedAt'"},
                      MalformedCase{R"([{"id":"ok"},{"id":3}])", "[1]"},
                      MalformedCase{R"([{"id":"k"}, "k2"])", "[1] is not an object"},
                      MalformedCase{R"({"id":"k"})", "not a JSON array"},
                      MalformedCase{R"({"success":true,"data":[]})", "not a JSON array"}, MalformedCase{"", "empty"},
                      MalformedCase{"   \n", "empty"},
                      MalformedCase{"<html><body>Bad Gateway</body></html>", "not JSON"},
                      MalformedCase{R"([{"id":"k")", "not JSON"}));

TEST_F(LeadHqlCodecTest, CreateWithoutKeyIsMalformed)
{
    const auto decoded = codec->decodeCreate(R"({"id":"k","name":"n","status":"active"})");
    ASSERT_FALSE(decoded);
    EXPECT_TRUE(decoded.problem.contains(QStringLiteral("'key'"))) << decoded.problem.toStdString();
    EXPECT_FALSE(codec->decodeCreate(R"({"id":"k","key":42})"));
    EXPECT_FALSE(codec->decodeCreate(R"({"id":"k","key":""})"));
    EXPECT_FALSE(codec->decodeCreate(R"({"key":"leadhql_pk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6"})"));
    EXPECT_FALSE(codec->decodeCreate(R"([{"id":"k","key":"x"}])"));
    EXPECT_FALSE(codec->decodeCreate(""));
}

TEST_F(LeadHqlCodecTest, ProblemsNeverQuoteTheSecret)
{
    const auto decoded = codec->decodeCreate(
        R"({"id":"k","key":"leadhql_pk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6","createdAt":"garbage"})");
    ASSERT_FALSE(decoded);
    EXPECT_FALSE(decoded.problem.contains(QStringLiteral("a1b2c3d4e5f6")));
}

TEST_F(LeadHqlCodecTest, CreateWithUnusualKeyShapeHasNoPrefix)
{
    const auto decoded = codec->decodeCreate(R"({"id":"k","key":"something-else"})");
    ASSERT_TRUE(decoded) << decoded.problem.toStdString();
    EXPECT_EQ(decoded.value->secret, QStringLiteral("something-else"));
    EXPECT_TRUE(decoded.value->record.keyPrefix.isEmpty());
}

TEST_F(LeadHqlCodecTest, VerifyAcceptsAnyJsonDocument)
{
    EXPECT_TRUE(*codec->decodeVerify(R"({"total":12,"active":3})").value);
    EXPECT_TRUE(*codec->decodeVerify(R"([1,2])").value);
    EXPECT_FALSE(codec->decodeVerify("not json"));
    EXPECT_FALSE(codec->decodeVerify(""));
}
