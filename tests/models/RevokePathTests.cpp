#include "QtPrinters.h"

#include "DialectCodec.h"

#include <QUrl>

#include <gtest/gtest.h>

using namespace keydesk;

namespace {

// Joins like a client does: the base URL's path prefix plus the already encoded path.
QUrl joined(const QString &path)
{
    QUrl url(QStringLiteral("https://api.example.com/prefix"));
    url.setPath(url.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    return url;
}

} // namespace

class HostileRevokeIds : public ::testing::TestWithParam<Dialect> {};

TEST_P(HostileRevokeIds, StayOneSegmentBelowTheCollection)
{
    const auto codec = DialectCodec::create(GetParam());
    const QString collection = QStringLiteral("/prefix") + codec->listPath() + u'/';
    for (const QString &id : {QStringLiteral("../etc"), QStringLiteral("../../admin"), QStringLiteral("a/b"),
                              QStringLiteral("a b"), QStringLiteral("%2F"), QStringLiteral("%2E%2E"),
                              QStringLiteral("a?x=1#frag"), QStringLiteral("\\..\\x"), QStringLiteral("..;/x"),
                              QString::fromUtf8("k\xC3\xBC"
                                                "\xF0\x9F\x94\x91"),
                              QStringLiteral("cm9key001")}) {
        const QString path = codec->revokePath(id);
        ASSERT_FALSE(path.isEmpty()) << id.toStdString();
        const QUrl url = joined(path);
        ASSERT_TRUE(url.isValid()) << id.toStdString();
        EXPECT_TRUE(url.query().isEmpty()) << id.toStdString();
        EXPECT_TRUE(url.fragment().isEmpty()) << id.toStdString();
        const QString encodedPath = url.path(QUrl::FullyEncoded);
        ASSERT_TRUE(encodedPath.startsWith(collection)) << encodedPath.toStdString();
        const QString segment = encodedPath.mid(collection.size());
        EXPECT_FALSE(segment.contains(u'/')) << encodedPath.toStdString();
        EXPECT_NE(segment, QStringLiteral(".."));
        EXPECT_EQ(QUrl::fromPercentEncoding(segment.toLatin1()), id);
    }
}

TEST_P(HostileRevokeIds, DotSegmentsAndEmptyIdsHaveNoPath)
{
    const auto codec = DialectCodec::create(GetParam());
    EXPECT_TRUE(codec->revokePath(QString()).isEmpty());
    EXPECT_TRUE(codec->revokePath(QStringLiteral(".")).isEmpty());
    EXPECT_TRUE(codec->revokePath(QStringLiteral("..")).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(ManagedDialects, HostileRevokeIds, ::testing::Values(Dialect::LeadHql, Dialect::LocalLeads));
