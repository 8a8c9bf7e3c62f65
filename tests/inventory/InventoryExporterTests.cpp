#include "InventoryExporter.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace keydesk;

namespace {

const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

InventoryKey row(const QString &name)
{
    InventoryKey row;
    row.organisation = QStringLiteral("Acme Realty");
    row.dialect = Dialect::LocalLeads;
    row.key.id = QStringLiteral("k1");
    row.key.name = name;
    row.key.revoked = false;
    row.key.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    row.key.keyPrefix = QStringLiteral("ll_a1b2c3d4e5");
    row.key.createdBy = QStringLiteral("Alice Smith <alice@example.com>");
    row.firstSeenAt = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
    row.lastSeenAt = now;
    return row;
}

QList<QByteArray> lines(const QByteArray &csv)
{
    QList<QByteArray> result = csv.split('\n');
    EXPECT_TRUE(result.takeLast().isEmpty()); // ends with a line break
    return result;
}

} // namespace

TEST(InventoryExporter, CsvHeaderIsTheContractsExactly)
{
    EXPECT_EQ(InventoryExporter::toCsv({}, now),
              QByteArray("organisation,dialect,id,name,keyPrefix,status,createdAt,expiresAt,lastUsedAt,usageCount,"
                         "createdBy,firstSeenAt,lastSeenAt\r\n"));
}

TEST(InventoryExporter, CsvRowHasEveryFieldAndAbsentValuesEmpty)
{
    const QList<QByteArray> csv = lines(InventoryExporter::toCsv({row(QStringLiteral("CRM sync"))}, now));
    ASSERT_EQ(csv.size(), 2);
    EXPECT_EQ(csv.at(1), QByteArray("Acme Realty,localleads,k1,CRM sync,ll_a1b2c3d4e5,active,2026-01-02T03:04:05.000Z,"
                                    ",,,Alice Smith <alice@example.com>,2026-02-01T00:00:00.000Z,"
                                    "2026-12-01T12:00:00.000Z\r"));
}

TEST(InventoryExporter, CommasQuotesAndLineBreaksAreQuoted)
{
    const QList<QByteArray> csv = lines(InventoryExporter::toCsv({row(QStringLiteral("a, \"b\"\nc"))}, now));
    ASSERT_EQ(csv.size(), 3); // the quoted line break is inside the field
    EXPECT_TRUE(csv.at(1).contains(",\"a, \"\"b\"\"")) << csv.at(1).toStdString();
    EXPECT_TRUE(csv.at(2).startsWith("c\",")) << csv.at(2).toStdString();
}

TEST(InventoryExporter, FormulasAreKeptAsText)
{
    for (const QString &name : {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+1"), QStringLiteral("-2"),
                                QStringLiteral("@SUM(A1)")}) {
        const QByteArray csv = InventoryExporter::toCsv({row(name)}, now);
        const QByteArray plain = QByteArray(",'") + name.toUtf8().left(1);
        const QByteArray quoted = QByteArray(",\"'") + name.toUtf8().left(1);
        EXPECT_TRUE(csv.contains(plain) || csv.contains(quoted)) << csv.toStdString();
    }
}

TEST(InventoryExporter, JsonHasTheNormalisedRecordAndTheInventoryFields)
{
    InventoryKey gone = row(QStringLiteral("old"));
    gone.goneAt = now;
    gone.key.usageCount = 7;
    const QJsonArray array = QJsonDocument::fromJson(InventoryExporter::toJson({gone}, now)).array();
    ASSERT_EQ(array.size(), 1);
    const QJsonObject object = array.at(0).toObject();
    EXPECT_EQ(object.value(QStringLiteral("organisation")).toString(), QStringLiteral("Acme Realty"));
    EXPECT_EQ(object.value(QStringLiteral("dialect")).toString(), QStringLiteral("localleads"));
    EXPECT_EQ(object.value(QStringLiteral("name")).toString(), QStringLiteral("old"));
    EXPECT_EQ(object.value(QStringLiteral("usageCount")).toInteger(), 7);
    EXPECT_TRUE(object.value(QStringLiteral("expiresAt")).isNull());
    EXPECT_EQ(object.value(QStringLiteral("goneAt")).toString(), QStringLiteral("2026-12-01T12:00:00.000Z"));
    EXPECT_FALSE(object.contains(QStringLiteral("key")));
}
