#include "ApiError.h"

#include <gtest/gtest.h>

using namespace keydesk;

namespace {

ApiError errorOf(ApiError::Kind kind, int status = 0, const QString &serverMessage = {})
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = status;
    error.serverMessage = serverMessage;
    error.detail = QStringLiteral("detail");
    return error;
}

TEST(ApiError, ExitCodesFollowTheCliContract)
{
    using Kind = ApiError::Kind;
    EXPECT_EQ(errorOf(Kind::None).exitCode(), 0);
    EXPECT_EQ(errorOf(Kind::Authentication, 401).exitCode(), 3);
    EXPECT_EQ(errorOf(Kind::Authentication, 403).exitCode(), 3);
    EXPECT_EQ(errorOf(Kind::NotFound, 404).exitCode(), 4);
    EXPECT_EQ(errorOf(Kind::Rejected, 400).exitCode(), 5);
    EXPECT_EQ(errorOf(Kind::LimitReached, 409).exitCode(), 5);
    EXPECT_EQ(errorOf(Kind::Network).exitCode(), 6);
    EXPECT_EQ(errorOf(Kind::Tls).exitCode(), 6);
    EXPECT_EQ(errorOf(Kind::Timeout).exitCode(), 6);
    EXPECT_EQ(errorOf(Kind::OutcomeUnknown).exitCode(), 6);
    for (Kind kind : {Kind::RateLimited, Kind::Server, Kind::Malformed, Kind::InsecureUrl, Kind::Unsupported})
        EXPECT_EQ(errorOf(kind).exitCode(), 1);
}

TEST(ApiError, NoErrorHasNoMessage)
{
    EXPECT_FALSE(ApiError().isError());
    EXPECT_TRUE(ApiError().userMessage().isEmpty());
}

TEST(ApiError, EveryKindHasAMessage)
{
    using Kind = ApiError::Kind;
    for (Kind kind : {Kind::Authentication, Kind::NotFound, Kind::Rejected, Kind::LimitReached, Kind::RateLimited,
                      Kind::Server, Kind::Network, Kind::Tls, Kind::Timeout, Kind::Malformed, Kind::InsecureUrl,
                      Kind::Unsupported, Kind::OutcomeUnknown})
        EXPECT_FALSE(errorOf(kind, 0).userMessage().isEmpty());
}

TEST(ApiError, UnauthorisedNamesTheCauseAndTheFix)
{
    const QString message = errorOf(ApiError::Kind::Authentication, 401, QStringLiteral("Invalid or expired token")).userMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("Invalid or expired token")));
    EXPECT_TRUE(message.contains(QStringLiteral("not expired or revoked")));
}

TEST(ApiError, StatusStandsInForAMissingServerMessage)
{
    EXPECT_TRUE(errorOf(ApiError::Kind::Server, 503).userMessage().contains(QStringLiteral("HTTP 503")));
}

TEST(ApiError, SessionTokenHintOnlyWhenFlagged)
{
    ApiError error = errorOf(ApiError::Kind::Authentication, 403);
    EXPECT_FALSE(error.userMessage().contains(QStringLiteral("JWT")));
    error.needsSessionToken = true;
    EXPECT_TRUE(error.userMessage().contains(QStringLiteral("JWT")));
}

TEST(ApiError, CancelledIsSaidPlainly)
{
    ApiError error = errorOf(ApiError::Kind::Network);
    error.cancelled = true;
    EXPECT_EQ(error.userMessage(), QStringLiteral("The request was cancelled."));
}

} // namespace
