#pragma once

#include "ApiReply.h"
#include "Connection.h"
#include "CreateKeyRequest.h"
#include "RetryPolicy.h"

#include <QDate>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace keydesk {

// The REST client for one organisation, on an injected QNetworkAccessManager.
// Every call is asynchronous and returns an ApiReply that finishes exactly once.
class ApiClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    using TodayFunction = std::function<QDate()>;

    ApiClient(QNetworkAccessManager *network, Connection connection, QObject *parent = nullptr);
    ~ApiClient() override;

    const Connection &connection() const { return m_connection; }
    void setConnection(Connection connection);
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setToday(TodayFunction today) { m_today = std::move(today); }

    ApiReply *listKeys();
    ApiReply *createKey(const CreateKeyRequest &request);
    ApiReply *revokeKey(const QString &id);
    // Checks `key` (not the connection's credential) against the dialect's cheap data
    // endpoint: ok() when it authenticates, Authentication error when refused.
    ApiReply *verifyKey(const QString &key);

private:
    QNetworkAccessManager *m_network;
    Connection m_connection;
    RetryPolicy m_policy;
    TodayFunction m_today;
};

} // namespace keydesk
