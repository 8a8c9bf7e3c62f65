#include "QtPrinters.h"

#include "JwtReader.h"

#include <QByteArray>

#include <gtest/gtest.h>

using namespace keydesk;

namespace {

QByteArray segment(const QByteArray &json)
{
    return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString token(const QByteArray &header, const QByteArray &payload, const QByteArray &signature = "c2lnbmF0dXJl")
{
    return QString::fromLatin1(segment(header) + '.' + segment(payload) + '.' + signature);
}

const QByteArray hs256Header = R"({"alg":"HS256","typ":"JWT"})";

} // namespace

TEST(JwtReader, ReadsExpIatAndSubject)
{
    const JwtClaims claims = readJwtClaims(
        token(hs256Header, R"({"sub":"user-42","iat":1767225600,"exp":1767229200})"));
    EXPECT_TRUE(claims.isJwt);
    EXPECT_EQ(claims.subject, QStringLiteral("user-42"));
    EXPECT_EQ(claims.issuedAt, utc(2026, 1, 1, 0, 0));
    EXPECT_EQ(claims.expiresAt, utc(2026, 1, 1, 1, 0));
    EXPECT_EQ(claims.expiresAt.timeSpec(), Qt::UTC);
}

TEST(JwtReader, FractionalSeconds)
{
    const JwtClaims claims = readJwtClaims(token(hs256Header, R"({"exp":1767229200.25})"));
    EXPECT_TRUE(claims.isJwt);
    EXPECT_EQ(claims.expiresAt, utc(2026, 1, 1, 1, 0, 0, 250));
}

TEST(JwtReader, PayloadNeedingBase64UrlCharacters)
{
    // These payloads encode with '-' and '_' in base64url ('+' and '/' in plain base64):
    // the reader must use the URL alphabet.
    const QByteArray dash = R"({"sub":"~~~","exp":1767229200})";
    const QByteArray underscore = R"({"sub":"?>?","exp":1767229200})";
    ASSERT_TRUE(segment(dash).contains('-'));
    ASSERT_TRUE(segment(underscore).contains('_'));
    const JwtClaims dashClaims = readJwtClaims(token(hs256Header, dash));
    EXPECT_TRUE(dashClaims.isJwt);
    EXPECT_EQ(dashClaims.subject, QStringLiteral("~~~"));
    const JwtClaims underscoreClaims = readJwtClaims(token(hs256Header, underscore));
    EXPECT_TRUE(underscoreClaims.isJwt);
    EXPECT_EQ(underscoreClaims.subject, QStringLiteral("?>?"));
}

TEST(JwtReader, NoExpIsStillAJwt)
{
    const JwtClaims claims = readJwtClaims(token(hs256Header, R"({"sub":"x"})"));
    EXPECT_TRUE(claims.isJwt);
    EXPECT_FALSE(claims.expiresAt.isValid());
    EXPECT_FALSE(claims.issuedAt.isValid());
}

TEST(JwtReader, NonNumericExpIsIgnored)
{
    const JwtClaims claims = readJwtClaims(token(hs256Header, R"({"exp":"1767229200","iat":null})"));
    EXPECT_TRUE(claims.isJwt);
    EXPECT_FALSE(claims.expiresAt.isValid());
    EXPECT_FALSE(claims.issuedAt.isValid());
    EXPECT_FALSE(readJwtClaims(token(hs256Header, R"({"exp":1e300})")).expiresAt.isValid());
}

TEST(JwtReader, SurroundingWhitespaceIsTolerated)
{
    EXPECT_TRUE(
        readJwtClaims(QString(QStringLiteral("  ") + token(hs256Header, R"({"exp":1})") + QStringLiteral("\n"))).isJwt);
}

TEST(JwtReader, TwoPartsIsNotAJwt)
{
    const QString twoParts = QString::fromLatin1(segment(hs256Header) + '.' + segment(R"({"exp":1767229200})"));
    const JwtClaims claims = readJwtClaims(twoParts);
    EXPECT_FALSE(claims.isJwt);
    EXPECT_FALSE(claims.expiresAt.isValid());
}

TEST(JwtReader, FourPartsIsNotAJwt)
{
    EXPECT_FALSE(readJwtClaims(QString(token(hs256Header, R"({"exp":1})") + QStringLiteral(".extra"))).isJwt);
}

TEST(JwtReader, BadBase64IsNotAJwt)
{
    EXPECT_FALSE(readJwtClaims(QString::fromLatin1(segment(hs256Header) + ".!!notbase64!!.sig")).isJwt);
    // Plain base64 ('/' and '=' padding) is not the JWS encoding.
    const QByteArray slash = QByteArray(R"({"sub":"?>"})").toBase64();
    const QByteArray padded = QByteArray(R"({"exp":12})").toBase64();
    ASSERT_TRUE(slash.contains('/'));
    ASSERT_TRUE(padded.endsWith('='));
    EXPECT_FALSE(readJwtClaims(QString::fromLatin1(segment(hs256Header) + '.' + slash + ".sig")).isJwt);
    EXPECT_FALSE(readJwtClaims(QString::fromLatin1(segment(hs256Header) + '.' + padded + ".sig")).isJwt);
    // A length of 4n+1 characters cannot be base64.
    EXPECT_FALSE(readJwtClaims(QString::fromLatin1(segment(hs256Header) + ".eyJhY.sig")).isJwt);
    EXPECT_FALSE(readJwtClaims(token(hs256Header, R"({"exp":1})", "sig=")).isJwt);
}

TEST(JwtReader, NonObjectPayloadIsNotAJwt)
{
    EXPECT_FALSE(readJwtClaims(token(hs256Header, "[1,2,3]")).isJwt);
    EXPECT_FALSE(readJwtClaims(token(hs256Header, "42")).isJwt);
    EXPECT_FALSE(readJwtClaims(token(hs256Header, "not json")).isJwt);
    EXPECT_FALSE(readJwtClaims(token("not json", R"({"exp":1})")).isJwt);
}

TEST(JwtReader, GarbageIsNotAJwt)
{
    for (const char *text : {"", ".", "..", "a.b.c", "leadhql_pk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6",
                             "ll_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2"})
        EXPECT_FALSE(readJwtClaims(QString::fromLatin1(text)).isJwt) << text;
    EXPECT_FALSE(readJwtClaims(QString::fromUtf8("é.é.é")).isJwt);
}
