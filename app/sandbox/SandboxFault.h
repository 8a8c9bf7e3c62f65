#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace keydesk {

// One rule of a fault plan: what goes wrong, for which requests, how many times.
// JSON form (POST /__sandbox/faults, --fault):
//   {"fault":"status","status":503,"retryAfter":1,"method":"GET","path":"/api-keys*","count":2}
class SandboxFault final {
    Q_DECLARE_TR_FUNCTIONS(SandboxFault)
public:
    enum class Kind {
        Latency,            // the answer is held back `delayMs`
        Drop,               // connection reset before any answer; the request is NOT performed
        CommitThenDrop,     // the request IS performed (a create stores its key), then reset, no answer
        DropMidBody,        // headers and the first `afterBytes` of the body (default: half), then reset
        Status,             // `status` (429/500/502/503/504...) with an error body and optional
                            // Retry-After; the request is NOT performed
        MalformedJson,      // the real answer cut in half: not JSON
        WrongContentType,   // 200 text/html (a captive portal or proxy page)
        WrongTypes,         // the real answer with "id" as a number and "usageCount" as a string
        Truncated,          // Content-Length larger than the body sent, then a clean close
        Oversize,           // a 200 JSON body of `bytes` (default 5 MiB), with Content-Length or
                            // (withContentLength false) delimited by closing the connection
        Trickle,            // the real answer, one byte every `intervalMs`
        Redirect,           // `status` (301/302/303/307/308, default 302) with `Location:
                            // location`; the request is NOT performed
        CommitThenRedirect, // the request IS performed, then the same redirect
        OmitField,          // the real answer without `field` (default "createdAt") at any depth
    };

    Kind kind = Kind::Latency;
    QByteArray method;                            // upper case; empty = any method
    QString pathPattern;                          // '*' matches any run of characters (also '/'); empty = any path
    int remaining = -1;                           // requests still to affect; -1 = unlimited
    int delayMs = 0;                              // Latency
    int status = 503;                             // Status; Redirect and CommitThenRedirect (default 302)
    QByteArray location = QByteArrayLiteral("/"); // Redirect, CommitThenRedirect
    QString field = QStringLiteral("createdAt");  // OmitField
    QByteArray retryAfter;                        // Status: the Retry-After value; empty = none
    int intervalMs = 100;                         // Trickle
    qint64 bytes = 5 * 1024 * 1024;               // Oversize
    bool withContentLength = true;                // Oversize
    qint64 afterBytes = -1;                       // DropMidBody; -1 = half the body

    // Whether the sandbox handles the request (state changes happen) before the fault.
    bool performsRequest() const;
    bool matches(const QByteArray &requestMethod, const QString &path) const;

    static std::optional<SandboxFault> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
    static QString kindName(Kind kind);
};

} // namespace keydesk
