#include "QtPrinters.h"

#include "NormalisedJson.h"

#include <QJsonDocument>
#include <QStringList>

#include <gtest/gtest.h>

using namespace keydesk;

namespace {

const QDateTime now = utc(2026, 3, 10, 12, 0);

ApiKey fullRecord()
{
    ApiKey key;
    key.id = QStringLiteral("cm9key001");
    key.name = QStringLiteral("My Automation Script");
    key.createdAt = QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::OffsetFromUTC, 2 * 3600);
    key.expiresAt = utc(2027, 1, 1, 0, 0);
    key.lastUsedAt = utc(2026, 5, 4, 10, 23, 5, 7);
    key.usageCount = 247;
    key.keyPrefix = QStringLiteral("ll_a1b2c3d4e5");
    key.createdBy = QStringLiteral("Alice Smith <alice@example.com>");
    return key;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

TEST(NormalisedJson, FullRecord)
{
    const QJsonObject json = toNormalisedJson(fullRecord(), now);
    EXPECT_EQ(sortedKeys(json),
              (QStringList{QStringLiteral("createdAt"), QStringLiteral("createdBy"), QStringLiteral("expiresAt"),
                           QStringLiteral("id"), QStringLiteral("keyPrefix"), QStringLiteral("lastUsedAt"),
                           QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("usageCount")}));
    EXPECT_EQ(json.value(QLatin1String("id")).toString(), QStringLiteral("cm9key001"));
    EXPECT_EQ(json.value(QLatin1String("name")).toString(), QStringLiteral("My Automation Script"));
    EXPECT_EQ(json.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    EXPECT_EQ(json.value(QLatin1String("createdAt")).toString(), QStringLiteral("2026-05-01T08:00:00.000Z"));
    EXPECT_EQ(json.value(QLatin1String("expiresAt")).toString(), QStringLiteral("2027-01-01T00:00:00.000Z"));
    EXPECT_EQ(json.value(QLatin1String("lastUsedAt")).toString(), QStringLiteral("2026-05-04T10:23:05.007Z"));
    EXPECT_TRUE(json.value(QLatin1String("usageCount")).isDouble());
    EXPECT_EQ(json.value(QLatin1String("usageCount")).toInteger(), 247);
    EXPECT_EQ(json.value(QLatin1String("keyPrefix")).toString(), QStringLiteral("ll_a1b2c3d4e5"));
    EXPECT_EQ(json.value(QLatin1String("createdBy")).toString(), QStringLiteral("Alice Smith <alice@example.com>"));
    EXPECT_FALSE(json.contains(QLatin1String("key")));
}

TEST(NormalisedJson, AbsentValuesAreNull)
{
    ApiKey key;
    key.id = QStringLiteral("k");
    key.name = QStringLiteral("n");
    const QJsonObject json = toNormalisedJson(key, now);
    for (const char *field : {"createdAt", "expiresAt", "lastUsedAt", "usageCount", "keyPrefix", "createdBy"}) {
        ASSERT_TRUE(json.contains(QLatin1String(field))) << field;
        EXPECT_TRUE(json.value(QLatin1String(field)).isNull()) << field;
    }
}

TEST(NormalisedJson, ZeroUsageIsNotNull)
{
    ApiKey key = fullRecord();
    key.usageCount = 0;
    const QJsonValue usage = toNormalisedJson(key, now).value(QLatin1String("usageCount"));
    EXPECT_TRUE(usage.isDouble());
    EXPECT_EQ(usage.toInteger(), 0);
}

TEST(NormalisedJson, StatusFollowsTheClock)
{
    ApiKey key = fullRecord();
    EXPECT_EQ(toNormalisedJson(key, utc(2027, 1, 1, 0, 0)).value(QLatin1String("status")).toString(),
              QStringLiteral("expired"));
    key.revoked = true;
    EXPECT_EQ(toNormalisedJson(key, now).value(QLatin1String("status")).toString(), QStringLiteral("revoked"));
}

TEST(NormalisedJson, CreatedKeyAddsTheSecret)
{
    CreatedKey created;
    created.record = fullRecord();
    created.secret = QStringLiteral("ll_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2");
    const QJsonObject json = toNormalisedJson(created, now);
    EXPECT_EQ(json.value(QLatin1String("key")).toString(), created.secret);
    EXPECT_EQ(json.value(QLatin1String("id")).toString(), QStringLiteral("cm9key001"));
    EXPECT_EQ(json.size(), 10);
}
