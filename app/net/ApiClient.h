#pragma once

#include "ApiReply.h"
#include "Connection.h"
#include "CreateKeyRequest.h"
#include "HttpVerb.h"
#include "RetryPolicy.h"

#include <QDate>
#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace keydesk {

class DialectCodec;

// The REST client for one organisation, on an injected QNetworkAccessManager.
// Every call is asynchronous and returns an ApiReply that finishes exactly once.
class ApiClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    using TodayFunction = std::function<QDate()>;
    using ClockFunction = std::function<QDateTime()>;

    ApiClient(QNetworkAccessManager *network, Connection connection, QObject *parent = nullptr);
    ~ApiClient() override;

    const Connection &connection() const { return m_connection; }
    void setConnection(Connection connection);
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setToday(TodayFunction today) { m_today = std::move(today); }
    // The clock that HTTP-date Retry-After values are compared with (default: now, UTC).
    void setClock(ClockFunction now) { m_now = std::move(now); }

    ApiReply *listKeys();
    ApiReply *createKey(const CreateKeyRequest &request);
    ApiReply *revokeKey(const QString &id);
    // Checks `key` (not the connection's credential) against the dialect's cheap data
    // endpoint: ok() when it authenticates, Authentication error when refused.
    ApiReply *verifyKey(const QString &key);

private:
    ApiReply *start(ApiReply *reply, HttpVerb verb, const QString &path, const QByteArray &body,
                    const QString &secret);
    // Finishes `reply` from the event loop (callers connect first), without any traffic.
    static ApiReply *failLater(ApiReply *reply, ApiError error);
    ApiReply *failUnsupported(ApiReply *reply) const;

    QNetworkAccessManager *m_network;
    Connection m_connection;
    RetryPolicy m_policy;
    TodayFunction m_today;
    ClockFunction m_now;
    std::shared_ptr<const DialectCodec> m_codec;
};

} // namespace keydesk
