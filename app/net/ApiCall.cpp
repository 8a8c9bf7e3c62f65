#include "ApiCall.h"

#include "DialectCodec.h"
#include "OneShotUpload.h"
#include "RetryAfter.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslError>

namespace keydesk {

namespace {

bool isRetryableStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

// Errors in QNetworkReply's connection and proxy ranges describe the transport; the
// ones from 200 up describe an HTTP status that Qt also reports as an error.
bool isTransportError(QNetworkReply::NetworkError code)
{
    return code != QNetworkReply::NoError && code < QNetworkReply::ContentAccessDenied;
}

// The request certainly never reached the server: a POST can be reported as a plain
// failure. Anything else after the connection was made may have been processed.
bool requestCannotHaveArrived(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return true;
    default:
        return false;
    }
}

// A GET whose connection dropped before any answer is safe to send again. Timeouts,
// refusals and TLS failures are not retried: they would only fail again more slowly.
bool isTransientForGet(QNetworkReply::NetworkError code)
{
    return code == QNetworkReply::RemoteHostClosedError
        || code == QNetworkReply::TemporaryNetworkFailureError;
}

// application/json, application/problem+json, with or without parameters (charset).
bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    return mediaType == "application/json" || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
}

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 401:
    case 403:
        return ApiError::Kind::Authentication;
    case 404:
        return ApiError::Kind::NotFound;
    case 409:
        return ApiError::Kind::LimitReached;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        break;
    }
    if (status >= 400 && status < 500)
        return ApiError::Kind::Rejected;
    if (status >= 500 && status < 600)
        return ApiError::Kind::Server;
    return ApiError::Kind::Malformed; // 1xx/3xx as a final answer
}

} // namespace

ApiCall::ApiCall(QNetworkAccessManager *network, std::shared_ptr<const DialectCodec> codec,
                 Request request, const RetryPolicy &policy, std::function<QDateTime()> now,
                 ApiReply *reply)
    : QObject(reply)
    , m_network(network)
    , m_codec(std::move(codec))
    , m_request(std::move(request))
    , m_policy(policy)
    , m_now(std::move(now))
    , m_reply(reply)
{
    m_attemptDeadline.setSingleShot(true);
    m_retryWait.setSingleShot(true);
    connect(&m_attemptDeadline, &QTimer::timeout, this, [this] { abortTransfer(AbortReason::Timeout); });
    connect(&m_retryWait, &QTimer::timeout, this, &ApiCall::startAttempt);
    connect(m_reply, &ApiReply::abortRequested, this, &ApiCall::onAbortRequested);
    // The manager takes its transfers with it; finish rather than wait forever.
    if (network) {
        connect(network, &QObject::destroyed, this, [this] {
            m_retryWait.stop();
            releaseTransfer();
            fail(networkManagerGone());
        });
    }
}

ApiCall::~ApiCall()
{
    releaseTransfer();
    m_request.authHeaderValue.fill('\0');
}

void ApiCall::start()
{
    // Through the retry timer, so abort() before the first attempt cancels it too.
    m_retryWait.start(0);
}

void ApiCall::startAttempt()
{
    if (!m_network) {
        fail(networkManagerGone());
        return;
    }

    ++m_attempts;
    m_reply->setAttempts(m_attempts);
    m_body.clear();
    m_sslErrors.clear();
    m_abortReason = AbortReason::None;

    QNetworkRequest request(m_request.url);
    request.setRawHeader(m_request.authHeaderName, m_request.authHeaderValue);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("KeyDesk/" KEYDESK_VERSION));
    if (m_request.verb == HttpVerb::Post)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Follow redirects only within the same scheme, host and port, so the credential
    // never travels to another host or over plain HTTP; anything else is an error.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setTransferTimeout(m_policy.transferTimeoutMs);
    // Responses may hold a new key: never into a disk cache; no cookies either way.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (m_request.ssl) {
        request.setSslConfiguration(*m_request.ssl);
        // Qt reuses a connection to the same host with the TLS settings it was made
        // with. The verify name is part of its reuse key (and names the same host), so
        // connections trusting the profile CA stay apart from those that do not.
        request.setPeerVerifyName(m_request.url.host());
    }

    switch (m_request.verb) {
    case HttpVerb::Get:
    case HttpVerb::Delete: {
        // Qt sends a bodiless request again on its own, once or more, when a connection
        // closes before the answer; only a body it cannot rewind stops that. An empty
        // one-shot body makes every request on the wire an attempt of the RetryPolicy.
        request.setHeader(QNetworkRequest::ContentLengthHeader, 0);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *upload = new OneShotUpload({});
        m_transfer = m_network->sendCustomRequest(
            request, m_request.verb == HttpVerb::Get ? QByteArrayLiteral("GET") : QByteArrayLiteral("DELETE"), upload);
        upload->setParent(m_transfer);
        break;
    }
    case HttpVerb::Post: {
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        // The one-shot guarantee is proven for HTTP/1.1; one create needs nothing more.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        auto *upload = new OneShotUpload(m_request.body);
        m_transfer = m_network->post(request, upload);
        upload->setParent(m_transfer);
        break;
    }
    }

    QNetworkReply *transfer = m_transfer;
    connect(transfer, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaDataChanged);
    connect(transfer, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(transfer, &QNetworkReply::finished, this, &ApiCall::onFinished);
    // Recorded for the error message; never ignored, so the handshake fails.
    connect(transfer, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
    m_attemptDeadline.start(m_policy.totalTimeoutMs);
}

void ApiCall::onMetaDataChanged()
{
    if (!m_transfer)
        return;
    bool known = false;
    const qint64 length = m_transfer->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && length > bodyLimit())
        abortTransfer(AbortReason::Oversize);
}

void ApiCall::onReadyRead()
{
    if (!m_transfer)
        return;
    // Read as it arrives so the cap holds for chunked and length-less bodies too.
    m_body += m_transfer->read(bodyLimit() + 1 - m_body.size());
    if (m_body.size() > bodyLimit())
        abortTransfer(AbortReason::Oversize);
}

void ApiCall::abortTransfer(AbortReason reason)
{
    if (!m_transfer)
        return;
    m_abortReason = reason;
    m_transfer->abort(); // emits finished(), handled by onFinished()
}

void ApiCall::releaseTransfer()
{
    m_attemptDeadline.stop();
    if (!m_transfer)
        return;
    QNetworkReply *transfer = m_transfer;
    m_transfer = nullptr;
    transfer->disconnect(this);
    if (transfer->isRunning())
        transfer->abort();
    transfer->deleteLater();
}

void ApiCall::onFinished()
{
    if (!m_transfer)
        return;
    QNetworkReply *transfer = m_transfer;
    if (m_abortReason == AbortReason::None && transfer->isOpen() && m_body.size() <= bodyLimit())
        m_body += transfer->read(bodyLimit() + 1 - m_body.size());
    if (m_body.size() > bodyLimit())
        m_abortReason = AbortReason::Oversize;

    const int status = transfer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QNetworkReply::NetworkError code = transfer->error();
    QString errorString = transfer->errorString();
    // Qt finishes a reply without an error when the connection is reset in the middle
    // of a body whose Content-Length it knows: compare. (With a Content-Encoding the
    // length counts compressed bytes, which Qt has already inflated.)
    bool lengthKnown = false;
    const qint64 announcedLength = transfer->header(QNetworkRequest::ContentLengthHeader).toLongLong(&lengthKnown);
    const QByteArray encoding = transfer->rawHeader("Content-Encoding").trimmed().toLower();
    if (code == QNetworkReply::ContentReSendError) {
        // Qt wanted to resend the one-shot request: the connection closed before an answer.
        code = QNetworkReply::RemoteHostClosedError;
        errorString = tr("the connection closed before the server answered");
    }
    if (m_abortReason == AbortReason::None && !isTransportError(code) && status != 0 && lengthKnown
        && (encoding.isEmpty() || encoding == "identity") && m_body.size() < announcedLength) {
        code = QNetworkReply::RemoteHostClosedError;
        errorString = tr("the connection closed after %1 of %2 announced bytes").arg(m_body.size()).arg(announcedLength);
    }
    const QByteArray contentType = transfer->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray retryAfter = transfer->rawHeader("Retry-After");
    const AbortReason reason = m_abortReason;
    releaseTransfer();

    if (reason == AbortReason::Oversize) {
        ApiError error;
        error.kind = ApiError::Kind::Malformed;
        error.httpStatus = status;
        error.detail = tr("response larger than %1 bytes").arg(bodyLimit());
        error.keyMayExist = m_reply->operation() == ApiReply::Operation::Create && (status == 0 || status / 100 == 2);
        fail(std::move(error));
        return;
    }
    if (reason == AbortReason::Timeout) {
        handleTransportError(QNetworkReply::TimeoutError,
                             tr("no complete answer within %1 ms").arg(m_policy.totalTimeoutMs));
        return;
    }
    if (isTransportError(code) || status == 0) {
        handleTransportError(code, errorString);
        return;
    }
    handleHttpResponse(status, contentType, retryAfter);
}

void ApiCall::handleHttpResponse(int status, const QByteArray &contentType, const QByteArray &retryAfter)
{
    if (status >= 200 && status < 300) {
        handleSuccess(contentType);
        return;
    }

    ApiError error;
    error.kind = kindForStatus(status);
    error.httpStatus = status;
    error.serverMessage = scrubbed(decodeErrorMessage(m_body));
    if (error.kind == ApiError::Kind::Malformed)
        error.detail = tr("unexpected HTTP status %1").arg(status);
    if (error.kind == ApiError::Kind::Authentication && m_request.credentialIsApiKeyWhereJwtNeeded)
        error.needsSessionToken = true;

    if (isRetryableStatus(status)) {
        // Retry-After is read against the injected clock. Beyond the cap, give up now
        // and tell the user how long the server wants them to wait.
        const std::optional<qint64> serverWaitMs = retryAfterMs(retryAfter, m_now());
        if (serverWaitMs)
            error.retryAfterSeconds = (*serverWaitMs + 999) / 1000;
        if (serverWaitMs && *serverWaitMs > m_policy.maxRetryAfterMs) {
            fail(std::move(error));
            return;
        }
        if (retryLater(serverWaitMs ? *serverWaitMs : backoffMs()))
            return;
    }
    fail(std::move(error));
}

void ApiCall::handleSuccess(const QByteArray &contentType)
{
    ApiError error;
    error.kind = ApiError::Kind::Malformed;
    error.httpStatus = 200;
    error.keyMayExist = m_reply->operation() == ApiReply::Operation::Create;

    const bool emptyBody = m_body.trimmed().isEmpty();
    if (!contentType.isEmpty() && !emptyBody && !isJsonContentType(contentType)) {
        error.detail = tr("content type %1 is not JSON").arg(QString::fromLatin1(contentType));
        fail(std::move(error));
        return;
    }

    switch (m_reply->operation()) {
    case ApiReply::Operation::List: {
        Decoded<QList<ApiKey>> keys = m_codec->decodeList(m_body);
        if (!keys) {
            error.detail = keys.problem;
            fail(std::move(error));
            return;
        }
        m_reply->finishWithKeys(std::move(*keys.value));
        return;
    }
    case ApiReply::Operation::Create: {
        Decoded<CreatedKey> created = m_codec->decodeCreate(m_body);
        m_body.fill('\0'); // the body holds the new secret
        if (!created) {
            error.detail = created.problem;
            fail(std::move(error));
            return;
        }
        m_reply->finishWithCreated(std::move(*created.value));
        return;
    }
    case ApiReply::Operation::Revoke: {
        // A 2xx without a body (204) is a successful revoke too.
        if (emptyBody) {
            m_reply->finishOk();
            return;
        }
        const Decoded<bool> revoked = m_codec->decodeRevoke(m_body);
        if (!revoked || !*revoked.value) {
            error.detail = revoked ? tr("the server did not confirm the revoke") : revoked.problem;
            fail(std::move(error));
            return;
        }
        m_reply->finishOk();
        return;
    }
    case ApiReply::Operation::Verify: {
        const Decoded<bool> verified = m_codec->decodeVerify(m_body);
        if (!verified || !*verified.value) {
            error.detail = verified ? tr("the answer does not have the documented shape") : verified.problem;
            fail(std::move(error));
            return;
        }
        m_reply->finishOk();
        return;
    }
    }
}

void ApiCall::handleTransportError(QNetworkReply::NetworkError code, const QString &errorString)
{
    ApiError error;
    error.detail = errorString;
    switch (code) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt's transfer timeout aborts this way
    case QNetworkReply::ProxyTimeoutError:
        error.kind = ApiError::Kind::Timeout;
        if (code == QNetworkReply::OperationCanceledError)
            error.detail = tr("no data for %1 ms").arg(m_policy.transferTimeoutMs);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        if (!m_sslErrors.isEmpty())
            error.detail = m_sslErrors.join(QStringLiteral("; "));
        break;
    case QNetworkReply::InsecureRedirectError:
        error.kind = ApiError::Kind::InsecureUrl;
        error.detail = tr("the server redirected to another host or to plain HTTP");
        break;
    case QNetworkReply::TooManyRedirectsError:
        error.kind = ApiError::Kind::Malformed;
        break;
    default:
        error.kind = ApiError::Kind::Network;
        break;
    }

    if (m_request.verb == HttpVerb::Post && code != QNetworkReply::InsecureRedirectError
        && code != QNetworkReply::TooManyRedirectsError && !requestCannotHaveArrived(code)) {
        error.kind = ApiError::Kind::OutcomeUnknown;
        error.keyMayExist = true;
        fail(std::move(error));
        return;
    }
    if (m_request.verb == HttpVerb::Get && isTransientForGet(code) && retryLater(backoffMs()))
        return;
    fail(std::move(error));
}

bool ApiCall::retryLater(qint64 delayMs)
{
    if (!isRetryableVerb() || m_attempts >= m_policy.maxAttempts)
        return false;
    m_retryWait.start(static_cast<int>(qBound(qint64(0), delayMs, qint64(m_policy.maxRetryAfterMs))));
    return true;
}

qint64 ApiCall::backoffMs() const
{
    // baseDelay * 2^(retries so far), capped; the shift is bounded to avoid overflow.
    const int doublings = qMin(m_attempts - 1, 30);
    return qMin<qint64>(qint64(m_policy.baseDelayMs) << doublings, m_policy.maxDelayMs);
}

ApiError ApiCall::networkManagerGone()
{
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.detail = tr("the network access manager was destroyed");
    return error;
}

void ApiCall::fail(ApiError error)
{
    m_reply->finishWithError(std::move(error));
}

void ApiCall::onAbortRequested()
{
    m_retryWait.stop();
    const bool postInFlight = m_transfer && m_request.verb == HttpVerb::Post;
    releaseTransfer();
    if (postInFlight) {
        ApiError error;
        error.kind = ApiError::Kind::OutcomeUnknown;
        error.cancelled = true;
        error.keyMayExist = true;
        error.detail = tr("cancelled");
        fail(std::move(error));
    }
    // Otherwise ApiReply::abort() finishes with its cancelled Network error.
}

QString ApiCall::scrubbed(QString text) const
{
    // A server that echoes the credential must not make us show or log it.
    const QByteArray header = m_request.authHeaderValue;
    const QString secret = QString::fromUtf8(header.startsWith("Bearer ") ? header.mid(7) : header);
    if (secret.size() >= 8)
        text.replace(secret, QStringLiteral("…"));
    return text;
}

} // namespace keydesk
