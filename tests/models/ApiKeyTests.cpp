#include "ApiKey.h"
#include "CreatedKey.h"
#include "KeyStatus.h"

#include <gtest/gtest.h>

using namespace keydesk;

namespace {

const QDateTime now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

ApiKey keyExpiringAt(const QDateTime &expiresAt)
{
    ApiKey key;
    key.id = QStringLiteral("k1");
    key.expiresAt = expiresAt;
    return key;
}

} // namespace

TEST(ApiKeyStatus, NoExpiryIsActive)
{
    EXPECT_EQ(keyExpiringAt({}).status(now), KeyStatus::Active);
}

TEST(ApiKeyStatus, FutureExpiryIsActive)
{
    EXPECT_EQ(keyExpiringAt(now.addSecs(1)).status(now), KeyStatus::Active);
}

TEST(ApiKeyStatus, ExpiryAtNowOrBeforeIsExpired)
{
    EXPECT_EQ(keyExpiringAt(now).status(now), KeyStatus::Expired);
    EXPECT_EQ(keyExpiringAt(now.addDays(-3)).status(now), KeyStatus::Expired);
}

TEST(ApiKeyStatus, RevokedWinsOverExpired)
{
    ApiKey key = keyExpiringAt(now.addDays(-3));
    key.revoked = true;
    EXPECT_EQ(key.status(now), KeyStatus::Revoked);
    key.expiresAt = {};
    EXPECT_EQ(key.status(now), KeyStatus::Revoked);
}

TEST(ApiKeyStatus, ComparesInstantsAcrossTimeZones)
{
    // 13:00 at +02:00 is 11:00 UTC, one hour before `now`.
    const QDateTime offsetExpiry(QDate(2026, 3, 10), QTime(13, 0), Qt::OffsetFromUTC, 2 * 3600);
    EXPECT_EQ(keyExpiringAt(offsetExpiry).status(now), KeyStatus::Expired);
}

TEST(ApiKeyExpiresWithin, InsideAndOutsideTheWindow)
{
    const ApiKey key = keyExpiringAt(now.addSecs(3600));
    EXPECT_TRUE(key.expiresWithin(now, 3600));
    EXPECT_TRUE(key.expiresWithin(now, 7200));
    EXPECT_FALSE(key.expiresWithin(now, 3599));
}

TEST(ApiKeyExpiresWithin, FalseWithoutExpiryOrWhenAlreadyExpiredOrRevoked)
{
    EXPECT_FALSE(keyExpiringAt({}).expiresWithin(now, 1000000));
    EXPECT_FALSE(keyExpiringAt(now.addSecs(-10)).expiresWithin(now, 1000000));
    ApiKey revoked = keyExpiringAt(now.addSecs(10));
    revoked.revoked = true;
    EXPECT_FALSE(revoked.expiresWithin(now, 1000000));
}

TEST(KeyStatusText, IdsAreStable)
{
    EXPECT_EQ(keyStatusId(KeyStatus::Active), QStringLiteral("active"));
    EXPECT_EQ(keyStatusId(KeyStatus::Revoked), QStringLiteral("revoked"));
    EXPECT_EQ(keyStatusId(KeyStatus::Expired), QStringLiteral("expired"));
}

TEST(KeyStatusText, LabelsUntranslated)
{
    EXPECT_EQ(keyStatusLabel(KeyStatus::Active), QStringLiteral("Active"));
    EXPECT_EQ(keyStatusLabel(KeyStatus::Revoked), QStringLiteral("Revoked"));
    EXPECT_EQ(keyStatusLabel(KeyStatus::Expired), QStringLiteral("Expired"));
}

// The overwrite itself happens in memory that is released right after, so it cannot be
// observed without undefined behaviour; these tests pin down the visible contract.
TEST(WipeSecret, EmptiesTheString)
{
    QString secret = QStringLiteral("ll_") + QString(64, u'a');
    wipeSecret(secret);
    EXPECT_TRUE(secret.isEmpty());
}

TEST(WipeSecret, AcceptsNullAndEmptyStrings)
{
    QString null;
    wipeSecret(null);
    EXPECT_TRUE(null.isEmpty());
    QString empty = QStringLiteral("");
    wipeSecret(empty);
    EXPECT_TRUE(empty.isEmpty());
}

TEST(WipeSecret, LeavesOtherCopiesIntact)
{
    const QString original = QStringLiteral("lfk_sk_abcdefghijabcdefghijabcdefghijabcdefghij");
    QString copy = original;
    wipeSecret(copy);
    EXPECT_TRUE(copy.isEmpty());
    EXPECT_EQ(original, QStringLiteral("lfk_sk_abcdefghijabcdefghijabcdefghijabcdefghij"));
}
