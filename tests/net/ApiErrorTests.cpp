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
    const QString message = errorOf(ApiError::Kind::Authentication, 401, QStringLiteral("Invalid or expired token"))
                                .userMessage();
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

TEST(ApiError, PlaceholdersInServerTextAreShownLiterally)
{
    // QString::arg on a result that already holds server text substitutes the
    // placeholders inside it: "%1 %2" from the server must come out as it went in.
    using Kind = ApiError::Kind;
    const QString odd = QStringLiteral("odd %1 %2 %3 %L1 %n %%");
    for (const Kind kind :
         {Kind::Authentication, Kind::NotFound, Kind::Rejected, Kind::LimitReached, Kind::RateLimited, Kind::Server}) {
        for (const qint64 retryAfter : {qint64(-1), qint64(7)}) {
            ApiError error = errorOf(kind, kind == Kind::Server ? 503 : 429, odd);
            error.retryAfterSeconds = retryAfter;
            const QString message = error.userMessage();
            EXPECT_TRUE(message.contains(odd)) << message.toStdString();
            if (retryAfter > 0 && (kind == Kind::RateLimited || kind == Kind::Server)) {
                EXPECT_TRUE(message.contains(QStringLiteral("wait 7 seconds"))) << message.toStdString();
            }
        }
    }
    for (const Kind kind : {Kind::Authentication, Kind::Network, Kind::Tls, Kind::Timeout, Kind::Malformed,
                            Kind::InsecureUrl, Kind::Unsupported, Kind::OutcomeUnknown}) {
        ApiError error = errorOf(kind);
        error.detail = odd;
        error.keyMayExist = true;
        EXPECT_TRUE(error.userMessage().contains(odd)) << error.userMessage().toStdString();
    }
    ApiError redirected = errorOf(Kind::OutcomeUnknown, 302);
    redirected.redirectTarget = QStringLiteral("https://api.example.com/%1/%2");
    EXPECT_TRUE(redirected.userMessage().contains(QStringLiteral("https://api.example.com/%1/%2 (HTTP 302)")))
        << redirected.userMessage().toStdString();
}

TEST(ApiError, CancelledIsSaidPlainly)
{
    ApiError error = errorOf(ApiError::Kind::Network);
    error.cancelled = true;
    EXPECT_EQ(error.userMessage(), QStringLiteral("The request was cancelled."));
}

} // namespace
