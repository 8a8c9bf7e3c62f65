#include "QtPrinters.h"

#include "KeyValidation.h"

#include <gtest/gtest.h>

using namespace keydesk;

TEST(KeyValidationName, NormalisedNameTrims)
{
    EXPECT_EQ(KeyValidation::normalisedName(QStringLiteral("  CRM  sync\t\n")), QStringLiteral("CRM  sync"));
    EXPECT_EQ(KeyValidation::normalisedName(QStringLiteral("   ")), QString());
}

TEST(KeyValidationName, EmptyAndWhitespaceOnlyAreRejected)
{
    for (const QString &name : {QString(), QStringLiteral(""), QStringLiteral("   "), QStringLiteral("\t\n")}) {
        const Validation result = KeyValidation::validateName(name);
        EXPECT_FALSE(result.ok);
        EXPECT_EQ(result.message, QStringLiteral("Enter a name for the key."));
    }
}

TEST(KeyValidationName, LengthBoundaries)
{
    const Validation one = KeyValidation::validateName(QStringLiteral("a"));
    EXPECT_TRUE(one.ok);
    EXPECT_TRUE(one.message.isEmpty());
    EXPECT_TRUE(KeyValidation::validateName(QString(100, u'n')).ok);
    // Surrounding whitespace does not count.
    EXPECT_TRUE(KeyValidation::validateName(QStringLiteral("  ") + QString(100, u'n') + QStringLiteral("  ")).ok);

    const Validation tooLong = KeyValidation::validateName(QString(101, u'n'));
    EXPECT_FALSE(tooLong.ok);
    EXPECT_EQ(tooLong.message, QStringLiteral("The name is too long: 101 characters, at most 100."));
    EXPECT_FALSE(KeyValidation::validateName(QString(250, u'n')).ok);
}

TEST(KeyValidationName, ControlBidiAndLoneSurrogateCharactersAreRejectedByName)
{
    struct Case final {
        QString name;
        const char *named;
    };
    const Case cases[] = {
        {QStringLiteral("CRM\nsync"), "U+000A"},
        {QStringLiteral("CRM\tsync"), "U+0009"},
        {QStringLiteral("bell\x07"), "U+0007"},
        {QStringLiteral("esc\x1b[2J"), "U+001B"},
        {QStringLiteral("del\x7f"), "U+007F"},
        {QStringLiteral("c1\u0085x"), "U+0085"},
        {QStringLiteral("invoice\u202Etxt.exe"), "U+202E"}, // right-to-left override
        {QStringLiteral("isolate\u2066x\u2069"), "U+2066"},
        {QStringLiteral("mark\u200Fx"), "U+200F"},
        {QStringLiteral("line\u2028sep"), "U+2028"},
        {QStringLiteral("lone") + QChar(0xD800) + QStringLiteral("x"), "U+D800"},
        {QStringLiteral("lone") + QChar(0xDC00), "U+DC00"},
    };
    for (const Case &bad : cases) {
        const Validation result = KeyValidation::validateName(bad.name);
        EXPECT_FALSE(result.ok) << bad.named;
        EXPECT_TRUE(result.message.contains(QString::fromLatin1(bad.named))) << result.message.toStdString();
        EXPECT_TRUE(result.message.contains(QStringLiteral("control character"))) << result.message.toStdString();
    }
    // Printable text stays allowed: other scripts, emoji (a surrogate pair, and a
    // zero-width joiner inside one), punctuation.
    for (const QString &good :
         {QStringLiteral("Käse-Sync №2"), QStringLiteral("日本語のキー"), QStringLiteral("مفتاح"),
          QStringLiteral("deploy 🚀"), QStringLiteral("family 👩‍👩‍👧"), QStringLiteral("a/b: c (d) [e]")}) {
        EXPECT_TRUE(KeyValidation::validateName(good).ok) << good.toStdString();
    }
}

TEST(KeyValidationName, CountsCodePointsNotUtf16Units)
{
    const QString emoji = QString::fromUtf8("\xF0\x9F\x94\x91"); // U+1F511, two UTF-16 units
    ASSERT_EQ(emoji.size(), 2);
    QString hundred;
    for (int i = 0; i < 100; ++i)
        hundred += emoji;
    EXPECT_TRUE(KeyValidation::validateName(hundred).ok);
    const Validation tooLong = KeyValidation::validateName(hundred + emoji);
    EXPECT_FALSE(tooLong.ok);
    EXPECT_TRUE(tooLong.message.contains(QStringLiteral("101"))) << tooLong.message.toStdString();
}

TEST(KeyValidationDays, Boundaries)
{
    EXPECT_FALSE(KeyValidation::validateExpiresInDays(0).ok);
    EXPECT_FALSE(KeyValidation::validateExpiresInDays(0).message.isEmpty());
    EXPECT_FALSE(KeyValidation::validateExpiresInDays(-5).ok);
    EXPECT_TRUE(KeyValidation::validateExpiresInDays(1).ok);
    EXPECT_TRUE(KeyValidation::validateExpiresInDays(90).ok);
    EXPECT_TRUE(KeyValidation::validateExpiresInDays(3650).ok);
    const Validation tooMany = KeyValidation::validateExpiresInDays(3651);
    EXPECT_FALSE(tooMany.ok);
    EXPECT_TRUE(tooMany.message.contains(QStringLiteral("3650"))) << tooMany.message.toStdString();
}

TEST(KeyValidationDate, MustBeAfterToday)
{
    const QDate today(2026, 3, 1);
    EXPECT_TRUE(KeyValidation::validateExpiryDate(today.addDays(1), today).ok);
    EXPECT_TRUE(KeyValidation::validateExpiryDate(today.addDays(3650), today).ok);

    const Validation sameDay = KeyValidation::validateExpiryDate(today, today);
    EXPECT_FALSE(sameDay.ok);
    EXPECT_EQ(sameDay.message, QStringLiteral("The expiry date must be after today."));
    EXPECT_FALSE(KeyValidation::validateExpiryDate(today.addDays(-1), today).ok);
    EXPECT_FALSE(KeyValidation::validateExpiryDate(QDate(), today).ok);
    EXPECT_FALSE(KeyValidation::validateExpiryDate(QDate(), today).message.isEmpty());
    EXPECT_FALSE(KeyValidation::validateExpiryDate(today.addDays(3651), today).ok);
}
