#pragma once

#include "ApiError.h"
#include "ApiReply.h"
#include "HttpVerb.h"
#include "RetryPolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace keydesk {

class DialectCodec;

// One REST operation on the wire, owned by (a child of) its ApiReply: the attempts,
// the retry waits, the time and size bounds, and the translation of what came back
// into the reply's result. Used by ApiClient only.
class ApiCall final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)
public:
    struct Request final {
        HttpVerb verb = HttpVerb::Get;
        QUrl url;
        QByteArray body;                      // POST only
        QByteArray authHeaderName;            // "Authorization" or "X-API-Key"
        QByteArray authHeaderValue;           // secret: never logged
        std::optional<QSslConfiguration> ssl; // set when the profile names a CA file
        // LeadHQL management with a leadhql_pk_ key: explain JWTs on 401/403.
        bool credentialIsApiKeyWhereJwtNeeded = false;
    };

    ApiCall(QNetworkAccessManager *network, std::shared_ptr<const DialectCodec> codec, Request request,
            const RetryPolicy &policy, std::function<QDateTime()> now, ApiReply *reply);
    ~ApiCall() override;

    // Starts the first attempt from the event loop, so that the caller can connect to
    // the reply first.
    void start();

private:
    enum class AbortReason { None, Timeout, Oversize };

    static constexpr int maxRedirects = 3; // per attempt, GET only

    void startAttempt();
    void send(); // one request on the wire to m_url
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void onAbortRequested();
    void abortTransfer(AbortReason reason);
    void releaseTransfer();

    void onRedirected(int status, const QByteArray &location);
    QString redirectTargetText(const QUrl &target) const;
    void handleHttpResponse(int status, const QByteArray &contentType, const QByteArray &retryAfter);
    void handleSuccess(int status, const QByteArray &contentType);
    void handleTransportError(QNetworkReply::NetworkError code, const QString &errorString);
    // Schedules another attempt if the verb and the budget allow it; false otherwise.
    bool retryLater(qint64 delayMs);
    qint64 backoffMs() const;
    void fail(ApiError error);
    static ApiError networkManagerGone();

    bool isRetryableVerb() const { return m_request.verb != HttpVerb::Post; }
    // A 4xx/5xx answer: the server refused, so a POST created nothing.
    static bool refusesTheRequest(int status) { return status >= 400 && status < 600; }
    QString scrubbed(QString text) const;
    qint64 bodyLimit() const { return m_policy.maxResponseBytes; }

    QPointer<QNetworkAccessManager> m_network;
    std::shared_ptr<const DialectCodec> m_codec;
    Request m_request;
    RetryPolicy m_policy;
    std::function<QDateTime()> m_now;
    ApiReply *m_reply;

    QUrl m_url; // where the current request goes (m_request.url, or a GET's redirect)
    int m_redirects = 0;
    QDeadlineTimer m_attemptEnds;
    QPointer<QNetworkReply> m_transfer;
    QByteArray m_body;
    QStringList m_sslErrors;
    AbortReason m_abortReason = AbortReason::None;
    int m_attempts = 0;
    QTimer m_attemptDeadline;
    QTimer m_retryWait;
};

} // namespace keydesk
