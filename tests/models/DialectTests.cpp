#include "Dialect.h"
#include "DialectCodec.h"

#include <gtest/gtest.h>

using namespace keydesk;

TEST(Dialect, IdsAndDisplayNames)
{
    EXPECT_EQ(dialectId(Dialect::LeadHql), QStringLiteral("leadhql"));
    EXPECT_EQ(dialectId(Dialect::LocalLeads), QStringLiteral("localleads"));
    EXPECT_EQ(dialectId(Dialect::TrustLeads), QStringLiteral("trustleads"));
    EXPECT_EQ(dialectDisplayName(Dialect::LeadHql), QStringLiteral("LeadHQL"));
    EXPECT_EQ(dialectDisplayName(Dialect::LocalLeads), QStringLiteral("LocalLeads"));
    EXPECT_EQ(dialectDisplayName(Dialect::TrustLeads), QStringLiteral("Trust Leads"));
}

TEST(Dialect, FromIdRoundTripsAndIgnoresCase)
{
    for (const Dialect dialect : {Dialect::LeadHql, Dialect::LocalLeads, Dialect::TrustLeads})
        EXPECT_EQ(dialectFromId(dialectId(dialect)), dialect);
    EXPECT_EQ(dialectFromId(u"LeadHQL"), Dialect::LeadHql);
    EXPECT_EQ(dialectFromId(u"TrustLeads"), Dialect::TrustLeads);
}

TEST(Dialect, FromIdRejectsUnknown)
{
    EXPECT_FALSE(dialectFromId(u""));
    EXPECT_FALSE(dialectFromId(u"trust leads"));
    EXPECT_FALSE(dialectFromId(u"leadhql "));
    EXPECT_FALSE(dialectFromId(u"local"));
}

TEST(DialectTraits, LeadHql)
{
    const DialectTraits t = DialectTraits::of(Dialect::LeadHql);
    EXPECT_TRUE(t.managesKeys);
    EXPECT_TRUE(t.listIncludesRevoked);
    EXPECT_TRUE(t.reportsStatus);
    EXPECT_TRUE(t.reportsUsageCount);
    EXPECT_FALSE(t.reportsKeyPrefix);
    EXPECT_FALSE(t.reportsCreatedBy);
    EXPECT_TRUE(t.expiryAsDays);
    EXPECT_FALSE(t.nameOptional);
    EXPECT_TRUE(t.managementNeedsJwt);
    EXPECT_FALSE(t.acceptsXApiKeyHeader);
    EXPECT_EQ(t.activeKeyLimit, 0);
}

TEST(DialectTraits, LocalLeads)
{
    const DialectTraits t = DialectTraits::of(Dialect::LocalLeads);
    EXPECT_TRUE(t.managesKeys);
    EXPECT_FALSE(t.listIncludesRevoked);
    EXPECT_FALSE(t.reportsStatus);
    EXPECT_FALSE(t.reportsUsageCount);
    EXPECT_TRUE(t.reportsKeyPrefix);
    EXPECT_TRUE(t.reportsCreatedBy);
    EXPECT_FALSE(t.expiryAsDays);
    EXPECT_TRUE(t.nameOptional);
    EXPECT_FALSE(t.managementNeedsJwt);
    EXPECT_FALSE(t.acceptsXApiKeyHeader);
    EXPECT_EQ(t.activeKeyLimit, 10);
}

TEST(DialectTraits, TrustLeads)
{
    const DialectTraits t = DialectTraits::of(Dialect::TrustLeads);
    EXPECT_FALSE(t.managesKeys);
    EXPECT_FALSE(t.listIncludesRevoked);
    EXPECT_FALSE(t.reportsStatus);
    EXPECT_FALSE(t.reportsUsageCount);
    EXPECT_FALSE(t.reportsKeyPrefix);
    EXPECT_FALSE(t.reportsCreatedBy);
    EXPECT_FALSE(t.managementNeedsJwt);
    EXPECT_TRUE(t.acceptsXApiKeyHeader);
    EXPECT_EQ(t.activeKeyLimit, 0);
}

TEST(DialectCodecFactory, CreatesTheMatchingCodec)
{
    for (const Dialect dialect : {Dialect::LeadHql, Dialect::LocalLeads, Dialect::TrustLeads}) {
        const auto codec = DialectCodec::create(dialect);
        ASSERT_TRUE(codec);
        EXPECT_EQ(codec->dialect(), dialect);
    }
}
