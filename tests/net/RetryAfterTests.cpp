#include "RetryAfter.h"

#include <gtest/gtest.h>

#include <QTimeZone>

using namespace keydesk;

namespace {

const QDateTime now(QDate(2030, 5, 6), QTime(7, 8, 9), QTimeZone::utc());

TEST(RetryAfter, DeltaSeconds)
{
    EXPECT_EQ(retryAfterMs("0", now), 0);
    EXPECT_EQ(retryAfterMs(" 120 ", now), 120000);
}

TEST(RetryAfter, HttpDateInImfFixdateForm)
{
    EXPECT_EQ(retryAfterMs("Mon, 06 May 2030 07:08:39 GMT", now), 30000);
}

TEST(RetryAfter, HttpDateInAscTimeForm)
{
    EXPECT_EQ(retryAfterMs("Mon May  6 07:09:09 2030", now), 60000);
}

TEST(RetryAfter, DateInThePastMeansNoWait)
{
    EXPECT_EQ(retryAfterMs("Sun, 06 Nov 1994 08:49:37 GMT", now), 0);
}

TEST(RetryAfter, AbsentOrUnreadableIsNullopt)
{
    EXPECT_FALSE(retryAfterMs({}, now).has_value());
    EXPECT_FALSE(retryAfterMs("soon", now).has_value());
    EXPECT_FALSE(retryAfterMs("-5", now).has_value());
    EXPECT_FALSE(retryAfterMs("1.5", now).has_value());
}

TEST(RetryAfter, HugeValuesSaturateInsteadOfOverflowing)
{
    const auto wait = retryAfterMs("99999999999999999999", now);
    // Not a number that fits: unreadable, so no wait is invented.
    EXPECT_FALSE(wait.has_value());
    const auto large = retryAfterMs("9223372036854775", now);
    ASSERT_TRUE(large.has_value());
    EXPECT_GT(*large, 0);
}

} // namespace
