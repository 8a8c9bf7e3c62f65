#pragma once

#include <QCoreApplication>
#include <QString>

namespace keydesk {

// What went wrong with a REST call, in terms the CLI and the window turn into words.
struct ApiError final {
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        Authentication, // 401, or 403 "credential not allowed here"
        NotFound,       // 404
        Rejected,       // 400/409/422: validation; serverMessage says why
        LimitReached,   // the organisation's active-key limit (LocalLeads: 10)
        RateLimited,    // 429 after the retry budget, or Retry-After beyond the cap
        Server,         // 5xx after the retry budget
        Network,        // refused, reset, dropped, DNS, ...
        Tls,            // certificate or handshake problem
        Timeout,        // transfer or overall deadline
        Malformed,      // body is not what the dialect documents, or over the size cap
        InsecureUrl,    // http:// to a non-loopback host, or an unsupported scheme
        Unsupported,    // the dialect documents no such endpoint (Trust Leads management)
        OutcomeUnknown, // a POST whose response was lost, or answered with a redirect: the
                        // key may exist
    };

    Kind kind = Kind::None;
    int httpStatus = 0;    // 0 when no HTTP response was received
    QString serverMessage; // the server's own words, if any
    QString detail;        // technical detail (Qt's error string, decoder problem)
    // Where a redirect that was not followed pointed (scheme, host, port and path), for
    // the messages; empty when the answer was no redirect.
    QString redirectTarget;
    // Seconds the server asked to wait (Retry-After) when that was beyond the policy's
    // cap; -1 when not given.
    qint64 retryAfterSeconds = -1;
    bool cancelled = false;         // Network error caused by ApiReply::abort()
    bool keyMayExist = false;       // a create whose outcome is unknown or unreadable
    bool needsSessionToken = false; // LeadHQL refused an API key where a JWT is required

    bool isError() const { return kind != Kind::None; }
    // One translated sentence naming the cause and, where useful, the fix.
    QString userMessage() const;
    // Exit code of keydesk-cli (docs/design.md#exit-codes).
    int exitCode() const;
};

} // namespace keydesk
