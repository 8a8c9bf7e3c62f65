#include "LeakIgnoreList.h"

#include <gtest/gtest.h>

using namespace keydesk;

namespace {

const QString a = QString(64, u'a');
const QString b = QString(64, u'b');

} // namespace

TEST(LeakIgnoreList, ByFingerprintWithAReasonAndStaleEntries)
{
    LeakIgnoreList list;
    QString error;
    const QString text = QStringLiteral("# test fixtures\n\n") + a + QStringLiteral("  fixture key of the docs\n")
                         + b.toUpper() + QStringLiteral(" revoked\n");
    ASSERT_TRUE(list.parse(text.toUtf8(), error)) << error.toStdString();
    EXPECT_EQ(list.size(), 2);
    EXPECT_EQ(list.reason(a), QStringLiteral("fixture key of the docs"));
    EXPECT_TRUE(list.ignores(a));
    EXPECT_FALSE(list.ignores(QString(64, u'c')));
    EXPECT_EQ(list.staleEntries(), QStringList{b});
}

TEST(LeakIgnoreList, RefusesLinesWithoutAFingerprintOrAReason)
{
    QString error;
    EXPECT_FALSE(LeakIgnoreList().parse("src/config.py:12 a position\n", error));
    EXPECT_TRUE(error.contains(QStringLiteral("Line 1"))) << error.toStdString();
    EXPECT_FALSE(LeakIgnoreList().parse(a.toUtf8() + "\n", error));
    EXPECT_TRUE(error.contains(QStringLiteral("no reason"))) << error.toStdString();
    EXPECT_FALSE(LeakIgnoreList().parse(QByteArray(63, 'a') + " short\n", error));
}
