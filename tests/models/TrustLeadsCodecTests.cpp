#include "QtPrinters.h"

#include "DialectCodec.h"

#include <gtest/gtest.h>

using namespace keydesk;

TEST(TrustLeadsCodec, OnlyTheVerifyPathIsDocumented)
{
    const auto codec = DialectCodec::create(Dialect::TrustLeads);
    EXPECT_EQ(codec->verifyPath(), QStringLiteral("/v1/usage"));
    EXPECT_TRUE(codec->listPath().isEmpty());
    EXPECT_TRUE(codec->createPath().isEmpty());
    EXPECT_TRUE(codec->revokePath(QStringLiteral("k")).isEmpty());
    EXPECT_TRUE(
        codec->encodeCreate({QStringLiteral("n"), Expiry::inDays(30)}, QDateTime::currentDateTimeUtc()).isEmpty());
}

TEST(TrustLeadsCodec, ManagementDecodersRefuse)
{
    const auto codec = DialectCodec::create(Dialect::TrustLeads);
    EXPECT_FALSE(codec->decodeList("[]"));
    EXPECT_FALSE(codec->decodeCreate(R"({"id":"k","key":"lfk_sk_x"})"));
    const auto revoke = codec->decodeRevoke(R"({"success":true})");
    ASSERT_FALSE(revoke);
    EXPECT_FALSE(revoke.problem.isEmpty());
}

TEST(TrustLeadsCodec, VerifyAcceptsAnyJsonObject)
{
    const auto codec = DialectCodec::create(Dialect::TrustLeads);
    const auto usage = codec->decodeVerify(R"({"plan":"pro","credits_used":12})");
    ASSERT_TRUE(usage) << usage.problem.toStdString();
    EXPECT_TRUE(*usage.value);
    EXPECT_TRUE(*codec->decodeVerify("{}").value);
    EXPECT_FALSE(*codec->decodeVerify("[]").value);
    EXPECT_FALSE(codec->decodeVerify("usage: 12"));
    EXPECT_FALSE(codec->decodeVerify(""));
}
