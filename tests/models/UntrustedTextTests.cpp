#include "UntrustedText.h"

#include <gtest/gtest.h>

using keydesk::UntrustedText;

namespace {

std::string display(const QString &text)
{
    return UntrustedText::forDisplay(text).toStdString();
}

} // namespace

TEST(UntrustedText, KeepsPrintableTextAndEmoji)
{
    EXPECT_EQ(display(QStringLiteral("CRM sync (prod) – été")), "CRM sync (prod) – été");
    const QString emoji = QString::fromUtf8("deploy \xF0\x9F\x9A\x80 \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x92\xBB");
    EXPECT_EQ(UntrustedText::forDisplay(emoji), emoji);
    EXPECT_TRUE(UntrustedText::isDisplaySafe(emoji));
}

TEST(UntrustedText, TerminalEscapesBecomeVisible)
{
    EXPECT_EQ(display(QStringLiteral("\x1b[2Jgone")), "\\x1b[2Jgone");
    EXPECT_EQ(display(QStringLiteral("\x1b]0;owned\x07")), "\\x1b]0;owned\\x07");
    EXPECT_EQ(display(QStringLiteral("a\rb\nc\td")), "a\\x0db\\x0ac\\x09d");
    EXPECT_EQ(display(QString(QChar(0x7f))), "\\x7f");
    EXPECT_EQ(display(QString(QChar(0x9b))), "\\x9b"); // C1 CSI
}

TEST(UntrustedText, BidiControlsAndLoneSurrogatesBecomeVisible)
{
    EXPECT_EQ(display(QString(QChar(0x202e)) + QStringLiteral("txt.exe")), "\\u202etxt.exe");
    EXPECT_EQ(display(QString(QChar(0x2066))), "\\u2066");
    EXPECT_EQ(display(QString(QChar(0xfeff))), "\\ufeff");
    EXPECT_EQ(display(QString(QChar(0xd800))), "\\ud800");
    EXPECT_EQ(display(QStringLiteral("x") + QChar(0xdc00)), "x\\udc00");
}

TEST(UntrustedText, BackslashIsDoubledSoAnEscapeCannotBeForged)
{
    EXPECT_EQ(display(QStringLiteral("\\x1b")), "\\\\x1b");
    EXPECT_FALSE(UntrustedText::isDisplaySafe(QStringLiteral("a\\b")));
    EXPECT_FALSE(UntrustedText::hasControlCharacters(QStringLiteral("a\\b")));
}

TEST(UntrustedText, PlaceholdersStayLiteral)
{
    EXPECT_EQ(display(QStringLiteral("%1 %2 %L1")), "%1 %2 %L1");
}

TEST(UntrustedText, ControlCharactersInTypedText)
{
    EXPECT_FALSE(UntrustedText::hasControlCharacters(QStringLiteral("Production CRM sync")));
    EXPECT_TRUE(UntrustedText::hasControlCharacters(QStringLiteral("bad\x1b[2J")));
    EXPECT_TRUE(UntrustedText::hasControlCharacters(QStringLiteral("tab\there")));
    EXPECT_TRUE(UntrustedText::hasControlCharacters(QString(QChar(0x202e))));
    EXPECT_TRUE(UntrustedText::hasControlCharacters(QString(QChar(0xd83d))));
}
