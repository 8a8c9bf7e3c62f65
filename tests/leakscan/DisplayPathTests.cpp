#include "DisplayPath.h"

#include <gtest/gtest.h>

using namespace keydesk;

TEST(DisplayPath, KeepsUtf8AndEscapesEverythingElse)
{
    EXPECT_EQ(DisplayPath::of("src/caf\xc3\xa9.txt"), QString::fromUtf8("src/caf\xc3\xa9.txt"));
    EXPECT_EQ(DisplayPath::of("bad\xffname"), QStringLiteral("bad\\xffname"));
    EXPECT_EQ(DisplayPath::of("a\nb\x1b[31m"), QStringLiteral("a\\x0ab\\x1b[31m"));
    // An overlong encoding is not UTF-8.
    EXPECT_EQ(DisplayPath::of("\xc0\xaf"), QStringLiteral("\\xc0\\xaf"));
    // Two names that differ only in an invalid byte stay different.
    EXPECT_NE(DisplayPath::of("x\xfe"), DisplayPath::of("x\xff"));
}
