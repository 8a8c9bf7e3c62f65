#pragma once

#include "ApiReply.h"
#include "Connection.h"
#include "CreateKeyRequest.h"
#include "HttpVerb.h"
#include "RetryPolicy.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace keydesk {

class DialectCodec;

// The REST client for one organisation, on an injected QNetworkAccessManager.
// Every call is asynchronous and returns an ApiReply that finishes exactly once (also
// for errors found before any traffic: they are reported from the event loop). Replies
// have no parent and may outlive the client.
//
// Behaviour docs/design.md leaves open, decided here:
// - Qt follows no redirect (ApiCall does). A GET follows 301/302/303/307/308 within the
//   same scheme, host and port, at most 3 per attempt, so the credential never goes
//   to another host or over plain HTTP; a redirect elsewhere fails as InsecureUrl
//   naming the target, which is never contacted. POST and DELETE follow none: a
//   redirected DELETE is Malformed ("the revoke is not confirmed"), a redirected POST
//   is OutcomeUnknown with keyMayExist (the server may have created the key first).
//   A revoke succeeds only on the DELETE's own 200 (or 204): 202 does not confirm it.
// - GET and DELETE are retried on 429/502/503/504 up to RetryPolicy::maxAttempts;
//   GET also when the connection drops before an answer. Timeouts, refusals and TLS
//   failures are not retried. GET and DELETE carry an empty body that cannot be
//   rewound, so Qt does not silently resend them when a connection closes before the
//   answer: every request on the wire is one attempt of the policy (tests/faults
//   counts them in the sandbox).
// - A body shorter than its Content-Length (Qt reports a reset mid-body as success)
//   is a dropped connection, not an answer.
// - POST is never retried, and its body cannot be rewound, so Qt cannot resend it
//   either. A POST that failed after the connection was made, was aborted in flight,
//   or was answered with anything but a result or a 4xx/5xx refusal, is
//   OutcomeUnknown; refused / host not found / TLS handshake failures are plain
//   errors because the request cannot have arrived.
// - A 2xx body must be JSON when a content type is given (any parameters, also
//   application/<x>+json); a missing content type is tolerated. A 200 or 204 without a
//   body is a successful revoke.
// - Revoking "", "." or ".." fails as NotFound without traffic (they would address
//   the collection, not a key).
// - The CA file is read on every call; connections that trust it are never reused
//   by requests that do not (and vice versa). Two different CA files for the same
//   host:port may still share a connection (Qt keys reuse by host and verify name).
class ApiClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    using ClockFunction = std::function<QDateTime()>;

    ApiClient(QNetworkAccessManager *network, Connection connection, QObject *parent = nullptr);
    ~ApiClient() override;

    const Connection &connection() const { return m_connection; }
    void setConnection(Connection connection);
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    // The clock a new key's expiry counts from and HTTP-date Retry-After values are
    // compared with (default: now, UTC).
    void setClock(ClockFunction now) { m_now = std::move(now); }

    ApiReply *listKeys();
    ApiReply *createKey(const CreateKeyRequest &request);
    ApiReply *revokeKey(const QString &id);
    // Checks `key` (not the connection's credential) against the dialect's cheap data
    // endpoint: ok() when it authenticates, Authentication error when refused.
    ApiReply *verifyKey(const QString &key);

private:
    ApiReply *start(ApiReply *reply, HttpVerb verb, const QString &path, const QByteArray &body, const QString &secret);
    // Finishes `reply` from the event loop (callers connect first), without any traffic.
    static ApiReply *failLater(ApiReply *reply, ApiError error);
    ApiReply *failUnsupported(ApiReply *reply) const;

    QNetworkAccessManager *m_network;
    Connection m_connection;
    RetryPolicy m_policy;
    ClockFunction m_now;
    std::shared_ptr<const DialectCodec> m_codec;
};

} // namespace keydesk
