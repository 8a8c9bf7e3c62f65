#include "QtPrinters.h"

#include "DialectCodec.h"

#include <gtest/gtest.h>

using namespace keydesk;

TEST(ParseTimestamp, WithAndWithoutMilliseconds)
{
    EXPECT_EQ(parseTimestamp(QStringLiteral("2026-03-01T12:00:00.000Z")), utc(2026, 3, 1, 12, 0));
    EXPECT_EQ(parseTimestamp(QStringLiteral("2026-03-01T12:00:00Z")), utc(2026, 3, 1, 12, 0));
    EXPECT_EQ(parseTimestamp(QStringLiteral("2026-03-01T12:00:00.7Z")), utc(2026, 3, 1, 12, 0, 0, 700));
    EXPECT_EQ(parseTimestamp(QStringLiteral("2026-03-01T12:00:00.123456Z")), utc(2026, 3, 1, 12, 0, 0, 123));
    EXPECT_EQ(parseTimestamp(QStringLiteral("2026-03-01T12:00Z")), utc(2026, 3, 1, 12, 0));
}

TEST(ParseTimestamp, OffsetsAreConvertedToUtc)
{
    const QDateTime plusTwo = parseTimestamp(QStringLiteral("2026-03-01T14:00:00.000+02:00"));
    EXPECT_EQ(plusTwo, utc(2026, 3, 1, 12, 0));
    EXPECT_EQ(plusTwo.timeSpec(), Qt::UTC);
    EXPECT_EQ(plusTwo.time(), QTime(12, 0)); // really converted, not just equal as instants
    EXPECT_EQ(parseTimestamp(QStringLiteral("2026-03-01T06:30:00-0530")), utc(2026, 3, 1, 12, 0));
    EXPECT_EQ(parseTimestamp(QStringLiteral("2026-03-01T23:00:00-13")), utc(2026, 3, 2, 12, 0));
    EXPECT_EQ(parseTimestamp(QStringLiteral("2026-03-01T12:00:00+00:00")), utc(2026, 3, 1, 12, 0));
    EXPECT_EQ(parseTimestamp(QStringLiteral("2026-03-01T00:30:00+01:00")), utc(2026, 2, 28, 23, 30));
}

TEST(ParseTimestamp, NoOffsetAndBareDateReadAsUtc)
{
    EXPECT_EQ(parseTimestamp(QStringLiteral("2026-03-01T12:00:00")), utc(2026, 3, 1, 12, 0));
    EXPECT_EQ(parseTimestamp(QStringLiteral("2026-03-01T12:00:00")).timeSpec(), Qt::UTC);
    EXPECT_EQ(parseTimestamp(QStringLiteral("2027-01-01")), utc(2027, 1, 1, 0, 0));
}

TEST(ParseTimestamp, RejectsWhatIsNotADate)
{
    for (const char *text :
         {"", "yesterday", "2026-02-30T00:00:00Z", "2026-03-01T24:00:00Z", "2026-03-01T12:60:00Z",
          "2026-03-01T12:00:00+24:00", "2026-3-1T12:00:00Z", "2026-03-01T12:00:00ZZ", " 2026-03-01T12:00:00Z",
          "2026-03-01T12:00:00.Z", "1709294400", "01/03/2026", "2026-03-01T12"}) {
        EXPECT_FALSE(parseTimestamp(QString::fromLatin1(text)).isValid()) << text;
    }
}

TEST(DecodeErrorMessage, LocalLeads401Body)
{
    EXPECT_EQ(decodeErrorMessage(R"({
  "statusCode": 401,
  "error": "Unauthorized",
  "message": "Invalid or expired token"
})"),
              QStringLiteral("Invalid or expired token"));
}

TEST(DecodeErrorMessage, MessageArrayIsJoined)
{
    EXPECT_EQ(
        decodeErrorMessage(
            R"({"statusCode":400,"error":"Bad Request","message":["name must be shorter than or equal to 100 characters","expiresAt must be a future date"]})"),
        QStringLiteral("name must be shorter than or equal to 100 characters; expiresAt must be a future date"));
    EXPECT_EQ(decodeErrorMessage(R"({"message":["only", 3, null, " two "]})"), QStringLiteral("only; two"));
}

TEST(DecodeErrorMessage, FallsBackToError)
{
    EXPECT_EQ(decodeErrorMessage(R"({"error":"Unauthorized"})"), QStringLiteral("Unauthorized"));
    EXPECT_EQ(decodeErrorMessage(R"({"error":"Forbidden","message":""})"), QStringLiteral("Forbidden"));
    EXPECT_EQ(decodeErrorMessage(R"({"error":"Conflict","message":[]})"), QStringLiteral("Conflict"));
    EXPECT_EQ(decodeErrorMessage(R"({"error":{"code":"limit","message":"At most 10 active keys"}})"),
              QStringLiteral("At most 10 active keys"));
}

TEST(DecodeErrorMessage, JsonWithoutMessageIsEmpty)
{
    EXPECT_TRUE(decodeErrorMessage(R"({"statusCode":500})").isEmpty());
    EXPECT_TRUE(decodeErrorMessage(R"(["x"])").isEmpty());
    EXPECT_TRUE(decodeErrorMessage(R"({"message":42})").isEmpty());
    EXPECT_TRUE(decodeErrorMessage("").isEmpty());
}

TEST(DecodeErrorMessage, PlainText)
{
    EXPECT_EQ(decodeErrorMessage("Too many requests, slow down.\n"), QStringLiteral("Too many requests, slow down."));
    EXPECT_EQ(decodeErrorMessage("  Unauthorized  \r\nsecond line\n"), QStringLiteral("Unauthorized"));
    EXPECT_EQ(decodeErrorMessage(QString::fromUtf8("Schlüssel ungültig").toUtf8()),
              QString::fromUtf8("Schlüssel ungültig"));
}

TEST(DecodeErrorMessage, LongPlainTextIsCut)
{
    const QString message = decodeErrorMessage(QByteArray(500, 'x'));
    EXPECT_EQ(message.size(), 200);
    EXPECT_EQ(message.back(), QChar(0x2026));
    EXPECT_EQ(decodeErrorMessage(QByteArray(200, 'y')), QString(200, u'y'));
}

TEST(DecodeErrorMessage, HtmlAndBinaryAreEmpty)
{
    EXPECT_TRUE(decodeErrorMessage("<html><head><title>502 Bad Gateway</title></head></html>").isEmpty());
    EXPECT_TRUE(decodeErrorMessage("\n<!DOCTYPE html>\n<html></html>").isEmpty());
    EXPECT_TRUE(decodeErrorMessage(QByteArray("\x00\x01\x02garbage", 10)).isEmpty());
    EXPECT_TRUE(decodeErrorMessage(QByteArray("\xff\xfe\xfd")).isEmpty());
    EXPECT_TRUE(decodeErrorMessage("bell\x07").isEmpty());
}

// Found by tests/fuzz (fuzz_localleads_response's round-trip invariant): an offset moved
// the instant out of the four-digit years, and the CLI's JSON wrote it back as "".
TEST(ParseTimestamp, RejectsOffsetsLeavingFourDigitYears)
{
    EXPECT_FALSE(parseTimestamp(QStringLiteral("9999-12-31T23:59:59-01:00")).isValid());
    EXPECT_FALSE(parseTimestamp(QStringLiteral("0001-01-01T00:00:00+01:00")).isValid());
    EXPECT_EQ(parseTimestamp(QStringLiteral("9999-12-31T23:59:59+01:00")), utc(9999, 12, 31, 22, 59, 59));
    EXPECT_EQ(parseTimestamp(QStringLiteral("0001-01-01T00:00:00-01:00")), utc(1, 1, 1, 1, 0));
}

// Found by tests/fuzz (fuzz_error_message): a JSON message went through with its control
// characters, so a server could put a terminal escape or a second line into the CLI's
// one stderr line and the error banner.
TEST(DecodeErrorMessage, JsonTextIsOneLineWithoutControlCharacters)
{
    EXPECT_EQ(decodeErrorMessage(R"({"message":"Invalid\r\nor\texpired   token "})"),
              QStringLiteral("Invalid or expired token"));
    EXPECT_EQ(decodeErrorMessage(R"({"message":"\u001b[2J","error":"Unauthorized"})"), QStringLiteral("Unauthorized"));
    EXPECT_EQ(decodeErrorMessage(R"({"message":["name must be set","exp\u001b[esAt must be a future date"]})"),
              QStringLiteral("name must be set"));
    EXPECT_TRUE(decodeErrorMessage(R"({"error":"Bad\u0007Request"})").isEmpty());
    EXPECT_TRUE(decodeErrorMessage(R"({"error":{"message":"\u009b31m"}})").isEmpty());
}

TEST(DecodeErrorMessage, EmojiAndOtherScriptsAreKept)
{
    EXPECT_EQ(decodeErrorMessage(R"({"message":"Key limit reached \ud83d\udd11"})"),
              QString::fromUtf8("Key limit reached \xf0\x9f\x94\x91"));
    EXPECT_EQ(decodeErrorMessage(
                  QString::fromUtf8("\xe9\x8d\xb5\xe3\x81\x8c\xe7\x84\xa1\xe5\x8a\xb9 \xf0\x9f\x98\x9e").toUtf8()),
              QString::fromUtf8("\xe9\x8d\xb5\xe3\x81\x8c\xe7\x84\xa1\xe5\x8a\xb9 \xf0\x9f\x98\x9e"));
}

TEST(DecodeErrorMessage, LongPlainTextIsNeverCutInsideAnEmoji)
{
    // Found by fuzz_error_message: the cut fell between the halves of a surrogate pair.
    const QString key = QString::fromUtf8("\xf0\x9f\x94\x91");
    const QString body = QString(198, u'x') + key + QString(10, u'y'); // the pair at 198 and 199
    EXPECT_EQ(decodeErrorMessage(body.toUtf8()), QString(QString(198, u'x') + QChar(0x2026)));
    const QString earlier = QString(197, u'x') + key + QString(10, u'y'); // the pair fits whole
    EXPECT_EQ(decodeErrorMessage(earlier.toUtf8()), QString(QString(197, u'x') + key + QChar(0x2026)));
}

TEST(DecodeErrorMessage, LoneSurrogatesAreNotText)
{
    // Found by fuzz_error_message: half of a pair is not printable text.
    EXPECT_TRUE(decodeErrorMessage(R"({"message":"Key \udd11"})").isEmpty());
    EXPECT_EQ(decodeErrorMessage(R"({"message":"Key \ud83d","error":"Conflict"})"), QStringLiteral("Conflict"));
}
