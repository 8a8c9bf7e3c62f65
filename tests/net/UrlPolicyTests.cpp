#include "QtPrinters.h"

#include "UrlPolicy.h"

#include <gtest/gtest.h>

using namespace keydesk;

namespace {

bool allowed(const char *url)
{
    return UrlPolicy::isAllowed(QUrl(QString::fromLatin1(url)));
}

} // namespace

TEST(UrlPolicy, LoopbackHosts)
{
    EXPECT_TRUE(UrlPolicy::isLoopbackHost(QStringLiteral("localhost")));
    EXPECT_TRUE(UrlPolicy::isLoopbackHost(QStringLiteral("LocalHost")));
    EXPECT_TRUE(UrlPolicy::isLoopbackHost(QStringLiteral("127.0.0.1")));
    EXPECT_TRUE(UrlPolicy::isLoopbackHost(QStringLiteral("127.3.4.5")));
    EXPECT_TRUE(UrlPolicy::isLoopbackHost(QStringLiteral("127.255.255.254")));
    EXPECT_TRUE(UrlPolicy::isLoopbackHost(QStringLiteral("::1")));
    EXPECT_TRUE(UrlPolicy::isLoopbackHost(QStringLiteral("[::1]")));
    EXPECT_FALSE(UrlPolicy::isLoopbackHost(QStringLiteral("128.0.0.1")));
    EXPECT_FALSE(UrlPolicy::isLoopbackHost(QStringLiteral("10.0.0.1")));
    EXPECT_FALSE(UrlPolicy::isLoopbackHost(QStringLiteral("0.0.0.0")));
    EXPECT_FALSE(UrlPolicy::isLoopbackHost(QStringLiteral("::")));
    EXPECT_FALSE(UrlPolicy::isLoopbackHost(QStringLiteral("example.com")));
    EXPECT_FALSE(UrlPolicy::isLoopbackHost(QStringLiteral("localhost.example.com")));
    EXPECT_FALSE(UrlPolicy::isLoopbackHost(QStringLiteral("127.0.0.1.nip.io")));
    EXPECT_FALSE(UrlPolicy::isLoopbackHost(QString()));
}

TEST(UrlPolicy, HttpOnlyToLoopback)
{
    EXPECT_TRUE(allowed("http://127.0.0.1:8080"));
    EXPECT_TRUE(allowed("http://127.3.4.5/api"));
    EXPECT_TRUE(allowed("http://[::1]:9000/"));
    EXPECT_TRUE(allowed("http://localhost"));
    EXPECT_TRUE(allowed("HTTP://LOCALHOST:1234"));
    EXPECT_FALSE(allowed("http://example.com"));
    EXPECT_FALSE(allowed("http://192.168.1.10"));
    EXPECT_FALSE(allowed("http://127.0.0.1.example.com"));
    EXPECT_FALSE(allowed("http://localhost.example.com"));
}

TEST(UrlPolicy, HttpsAnywhere)
{
    EXPECT_TRUE(allowed("https://api.leadhql.com"));
    EXPECT_TRUE(allowed("https://leadsapi.postorbit.io/"));
    EXPECT_TRUE(allowed("https://127.0.0.1:8443"));
    EXPECT_TRUE(allowed("https://api.example.com/prefix/v2"));
}

TEST(UrlPolicy, EverythingElseIsRejected)
{
    EXPECT_FALSE(allowed("ftp://api.leadhql.com"));
    EXPECT_FALSE(allowed("file:///etc/passwd"));
    EXPECT_FALSE(allowed("ws://localhost"));
    EXPECT_FALSE(allowed("https://"));
    EXPECT_FALSE(allowed("https:///path"));
    EXPECT_FALSE(allowed("api.leadhql.com"));
    EXPECT_FALSE(allowed(""));
    EXPECT_FALSE(allowed("https://user:secret@api.leadhql.com"));
    EXPECT_FALSE(allowed("http://user@localhost"));
    EXPECT_FALSE(UrlPolicy::isAllowed(QUrl()));
}

TEST(UrlPolicy, QueryFragmentAndUserInfoAreRefusedWithAMessageThatSaysWhich)
{
    struct Case final {
        const char *url;
        const char *says;
    };
    const Case cases[] = {
        {"https://api.example.com/?tenant=acme", "query"},
        {"https://api.example.com/v1?", "query"},
        {"https://api.example.com/?api_key=s3cr3t", "query"},
        {"https://api.example.com/#top", "fragment"},
        {"https://user:s3cr3t@api.example.com", "user name or password"},
        {"http://user@localhost:9000", "user name or password"},
        {"http://api.example.com", "https://"},
        {"ftp://api.example.com", "https://"},
        {"https://", "web address"},
    };
    for (const Case &c : cases) {
        const QUrl url(QString::fromLatin1(c.url));
        EXPECT_FALSE(UrlPolicy::isAllowed(url)) << c.url;
        const QString problem = UrlPolicy::problem(url);
        EXPECT_TRUE(problem.contains(QString::fromLatin1(c.says))) << c.url << ": " << problem.toStdString();
        EXPECT_FALSE(problem.contains(QStringLiteral("s3cr3t"))) << c.url << ": the message repeats a secret";
    }
    for (const char *good : {"https://api.leadhql.com", "https://api.example.com/prefix/v2/", "http://127.0.0.1:8080"})
        EXPECT_TRUE(UrlPolicy::problem(QUrl(QString::fromLatin1(good))).isEmpty()) << good;
}
