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
    return code == QNetworkReply::RemoteHostClosedError || code == QNetworkReply::TemporaryNetworkFailureError;
}

// application/json, application/problem+json, with or without parameters (charset).
bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    return mediaType == "application/json" || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
}

bool isRedirectStatus(int status)
{
    return status >= 300 && status < 400;
}

// The redirects that keep a GET a GET (RFC 9110 §15.4). 300, 304 and 305 are not
// instructions to go elsewhere with the same request.
bool isFollowableRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(defaultPort) == b.port(defaultPort);
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

ApiCall::ApiCall(QNetworkAccessManager *network, std::shared_ptr<const DialectCodec> codec, Request request,
                 const RetryPolicy &policy, std::function<QDateTime()> now, ApiReply *reply)
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
    // Every attempt starts at the URL the client asked for; the redirects a GET follows
    // belong to the attempt and share its deadline.
    m_url = m_request.url;
    m_redirects = 0;
    m_attemptEnds.setRemainingTime(m_policy.totalTimeoutMs);
    send();
}

void ApiCall::send()
{
    m_body.clear();
    m_sslErrors.clear();
    m_abortReason = AbortReason::None;

    QNetworkRequest request(m_url);
    request.setRawHeader(m_request.authHeaderName, m_request.authHeaderValue);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("KeyDesk/" KEYDESK_VERSION));
    if (m_request.verb == HttpVerb::Post)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Qt follows no redirect: it would turn a DELETE answered 301/302/303 into a GET
    // and report that GET's answer as the revoke's. onRedirected() decides instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
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
    m_attemptDeadline.start(static_cast<int>(qMax<qint64>(0, m_attemptEnds.remainingTime())));
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
    if (code == QNetworkReply::ContentReSendError && isRedirectStatus(status)) {
        // Qt rewinds the body for a 307/308 even under ManualRedirectPolicy; the one-shot
        // body refuses. The answer itself, a redirect, has arrived complete.
        code = QNetworkReply::NoError;
    } else if (code == QNetworkReply::ContentReSendError) {
        // Qt wanted to resend the one-shot request: the connection closed before an answer.
        code = QNetworkReply::RemoteHostClosedError;
        errorString = tr("the connection closed before the server answered");
    }
    if (m_abortReason == AbortReason::None && !isTransportError(code) && status != 0 && !isRedirectStatus(status)
        && lengthKnown && (encoding.isEmpty() || encoding == "identity") && m_body.size() < announcedLength) {
        code = QNetworkReply::RemoteHostClosedError;
        errorString =
            tr("the connection closed after %1 of %2 announced bytes").arg(m_body.size()).arg(announcedLength);
    }
    const QByteArray contentType = transfer->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray retryAfter = transfer->rawHeader("Retry-After");
    const QByteArray location = transfer->rawHeader("Location");
    const AbortReason reason = m_abortReason;
    releaseTransfer();

    if (reason == AbortReason::Oversize) {
        ApiError error;
        error.kind = ApiError::Kind::Malformed;
        error.httpStatus = status;
        error.detail = tr("response larger than %1 bytes").arg(bodyLimit());
        error.keyMayExist = m_reply->operation() == ApiReply::Operation::Create && !refusesTheRequest(status);
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
    if (isRedirectStatus(status)) {
        onRedirected(status, location);
        return;
    }
    handleHttpResponse(status, contentType, retryAfter);
}

void ApiCall::onRedirected(int status, const QByteArray &location)
{
    const QUrl given = QUrl::fromEncoded(location.trimmed(), QUrl::StrictMode);
    const QUrl target = location.trimmed().isEmpty() || !given.isValid()
                            ? QUrl()
                            : m_url.resolved(given).adjusted(QUrl::RemoveFragment);
    const bool sameOrigin = target.isValid() && target.userInfo().isEmpty() && isSameOrigin(target, m_url);

    // A GET changes nothing, so it may go on within the same origin (the credential
    // goes with it); at most maxRedirects hops per attempt.
    if (m_request.verb == HttpVerb::Get && isFollowableRedirect(status) && sameOrigin) {
        if (m_redirects < maxRedirects) {
            ++m_redirects;
            m_url = target;
            send();
            return;
        }
        ApiError error;
        error.kind = ApiError::Kind::Malformed;
        error.httpStatus = status;
        error.redirectTarget = redirectTargetText(target);
        error.detail = tr("more than %n redirects, the last to %1", nullptr, maxRedirects).arg(error.redirectTarget);
        fail(std::move(error));
        return;
    }

    ApiError error;
    error.httpStatus = status;
    error.redirectTarget = redirectTargetText(target);
    switch (m_request.verb) {
    case HttpVerb::Post:
        // Sent and answered with something other than a result or a refusal: the server
        // may have created the key before redirecting.
        error.kind = ApiError::Kind::OutcomeUnknown;
        error.keyMayExist = true;
        error.detail = tr("HTTP %1, a redirect to %2").arg(QString::number(status), error.redirectTarget);
        break;
    case HttpVerb::Delete:
        // Only the server's own answer to the DELETE can confirm a revoke.
        error.kind = ApiError::Kind::Malformed;
        error.detail = tr("HTTP %1, a redirect to %2 instead of an answer to the revoke; the revoke is not "
                          "confirmed")
                           .arg(QString::number(status), error.redirectTarget);
        break;
    case HttpVerb::Get:
        if (isFollowableRedirect(status) && target.isValid() && !sameOrigin) {
            // Never contacted: the credential would go with the request.
            error.kind = ApiError::Kind::InsecureUrl;
            error.detail = tr("the server redirected to %1, another host or plain HTTP").arg(error.redirectTarget);
        } else {
            error.kind = ApiError::Kind::Malformed;
            error.detail = tr("HTTP %1, a redirect to %2 that cannot be followed")
                               .arg(QString::number(status), error.redirectTarget);
        }
        break;
    }
    fail(std::move(error));
}

QString ApiCall::redirectTargetText(const QUrl &target) const
{
    if (!target.isValid())
        return tr("no valid address");
    // Scheme, host, port and path say where; a query or user info may carry secrets.
    const QString text = QString::fromLatin1(
        target.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded());
    constexpr qsizetype shown = 200;
    return scrubbed(text.size() > shown ? text.left(shown) + QStringLiteral("…") : text);
}

void ApiCall::handleHttpResponse(int status, const QByteArray &contentType, const QByteArray &retryAfter)
{
    if (status >= 200 && status < 300) {
        handleSuccess(status, contentType);
        return;
    }
    if (m_request.verb == HttpVerb::Post && !refusesTheRequest(status)) {
        // A final 1xx: neither a result nor a refusal, after the request was sent.
        ApiError error;
        error.kind = ApiError::Kind::OutcomeUnknown;
        error.httpStatus = status;
        error.keyMayExist = true;
        error.detail = tr("unexpected HTTP status %1").arg(status);
        fail(std::move(error));
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

void ApiCall::handleSuccess(int status, const QByteArray &contentType)
{
    ApiError error;
    error.kind = ApiError::Kind::Malformed;
    error.httpStatus = status;
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
        // Done means done: 202 "accepted for later" and the other 2xx do not say so.
        if (status != 200 && status != 204) {
            error.detail = tr("HTTP %1 does not confirm the revoke").arg(status);
            fail(std::move(error));
            return;
        }
        // Without a body (204) it is a successful revoke too.
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
    default:
        error.kind = ApiError::Kind::Network;
        break;
    }

    if (m_request.verb == HttpVerb::Post && !requestCannotHaveArrived(code)) {
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
