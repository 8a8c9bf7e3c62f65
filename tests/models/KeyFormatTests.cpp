#include "QtPrinters.h"

#include "KeyFormat.h"

#include <gtest/gtest.h>

using namespace keydesk;

namespace {

const QString leadHqlSeedKey = QStringLiteral("leadhql_pk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6");
const QString localLeadsSeedKey = QStringLiteral("ll_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2");
const QString trustLeadsSeedKey = QStringLiteral("lfk_sk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8s9t0");
const QChar ellipsis(0x2026);

// QStringBuilder expressions do not convert to QStringView by themselves.
std::optional<Dialect> recognised(const QString &key)
{
    return KeyFormat::recognise(key);
}

bool wellFormed(const QString &key, Dialect dialect)
{
    return KeyFormat::isWellFormed(key, dialect);
}

} // namespace

TEST(KeyFormat, RecognisesTheSeedExamples)
{
    EXPECT_EQ(KeyFormat::recognise(leadHqlSeedKey), Dialect::LeadHql);
    EXPECT_EQ(KeyFormat::recognise(localLeadsSeedKey), Dialect::LocalLeads);
    EXPECT_EQ(KeyFormat::recognise(trustLeadsSeedKey), Dialect::TrustLeads);
    EXPECT_TRUE(KeyFormat::isWellFormed(leadHqlSeedKey, Dialect::LeadHql));
    EXPECT_TRUE(KeyFormat::isWellFormed(localLeadsSeedKey, Dialect::LocalLeads));
    EXPECT_TRUE(KeyFormat::isWellFormed(trustLeadsSeedKey, Dialect::TrustLeads));
    EXPECT_FALSE(KeyFormat::isWellFormed(localLeadsSeedKey, Dialect::LeadHql));
    EXPECT_FALSE(KeyFormat::isWellFormed(leadHqlSeedKey, Dialect::TrustLeads));
}

TEST(KeyFormat, LeadHqlLength)
{
    EXPECT_TRUE(wellFormed(QStringLiteral("leadhql_pk_") + QString(16, u'Z'), Dialect::LeadHql));
    EXPECT_FALSE(wellFormed(QStringLiteral("leadhql_pk_") + QString(15, u'Z'), Dialect::LeadHql));
    EXPECT_TRUE(wellFormed(QStringLiteral("leadhql_pk_") + QString(64, u'9'), Dialect::LeadHql));
    EXPECT_FALSE(KeyFormat::recognise(u"leadhql_pk_"));
    EXPECT_FALSE(KeyFormat::recognise(u"leadhql_pk_a1b2c3d4e5f6g7h8-9j0"));
    EXPECT_FALSE(KeyFormat::recognise(u"LEADHQL_PK_a1b2c3d4e5f6g7h8i9j0"));
}

TEST(KeyFormat, LocalLeadsNeedsExactly64LowercaseHex)
{
    EXPECT_FALSE(recognised(localLeadsSeedKey.chopped(1)));
    EXPECT_FALSE(recognised(localLeadsSeedKey + u'0'));
    EXPECT_FALSE(KeyFormat::recognise(localLeadsSeedKey.toUpper()));
    EXPECT_FALSE(recognised(QStringLiteral("ll_") + QString(63, u'a') + u'A'));
    EXPECT_FALSE(recognised(QStringLiteral("ll_") + QString(63, u'a') + u'g'));
    EXPECT_TRUE(recognised(QStringLiteral("ll_") + QString(64, u'f')));
    EXPECT_FALSE(recognised(QStringLiteral("lx_") + QString(64, u'f')));
}

TEST(KeyFormat, TrustLeadsNeedsExactly40Alphanumerics)
{
    EXPECT_FALSE(KeyFormat::recognise(trustLeadsSeedKey.chopped(1)));
    EXPECT_FALSE(recognised(trustLeadsSeedKey + u'x'));
    EXPECT_TRUE(recognised(QStringLiteral("lfk_sk_") + QString(40, u'Q')));
    EXPECT_FALSE(recognised(QStringLiteral("lfk_sk_") + QString(39, u'Q') + u'_'));
    EXPECT_FALSE(recognised(QStringLiteral("lfk_pk_") + QString(40, u'Q')));
    // Non-ASCII letters are not alphanumerics of the format.
    EXPECT_FALSE(recognised(QStringLiteral("lfk_sk_") + QString(39, u'Q') + QChar(0x00E9)));
}

TEST(KeyFormat, GarbageIsNotAKey)
{
    EXPECT_FALSE(KeyFormat::recognise(u""));
    EXPECT_FALSE(KeyFormat::recognise(u"eyJhbGciOiJIUzI1NiJ9.e30.sig"));
    EXPECT_FALSE(KeyFormat::recognise(u" ll_a1b2"));
}

TEST(KeyFormat, MaskedIdentifiers)
{
    EXPECT_EQ(KeyFormat::maskedIdentifier(leadHqlSeedKey),
              QStringLiteral("leadhql_pk_") + ellipsis + QStringLiteral("o5p6"));
    EXPECT_EQ(KeyFormat::maskedIdentifier(localLeadsSeedKey), QStringLiteral("ll_a1b2c3d4e5") + ellipsis);
    EXPECT_EQ(KeyFormat::maskedIdentifier(trustLeadsSeedKey),
              QStringLiteral("lfk_sk_") + ellipsis + QStringLiteral("s9t0"));
    EXPECT_TRUE(KeyFormat::maskedIdentifier(u"ll_short").isEmpty());
    EXPECT_TRUE(KeyFormat::maskedIdentifier(u"").isEmpty());
}

TEST(KeyFormat, LocalLeadsPrefixMatchesTheDocumentedExample)
{
    EXPECT_EQ(KeyFormat::localLeadsPrefix(localLeadsSeedKey), QStringLiteral("ll_a1b2c3d4e5"));
    EXPECT_EQ(KeyFormat::localLeadsPrefix(localLeadsSeedKey).size(), 13);
    EXPECT_TRUE(KeyFormat::localLeadsPrefix(trustLeadsSeedKey).isEmpty());
}
