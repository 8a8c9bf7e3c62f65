#include "ApiClient.h"

#include "ApiCall.h"
#include "DialectCodec.h"
#include "KeyFormat.h"
#include "UrlPolicy.h"

#include <QFileInfo>
#include <QSslCertificate>
#include <QTimer>

namespace keydesk {

namespace {

// base URL + dialect path, keeping a path prefix of the base URL ("/proxy/leadhql")
// and joining without a double slash. `path` is already percent-encoded.
QUrl joinedUrl(const QUrl &base, const QString &path)
{
    QString prefix = base.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    url.setPath(prefix + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path), QUrl::TolerantMode);
    return url;
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, Connection connection, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_connection(std::move(connection))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_codec(DialectCodec::create(m_connection.dialect))
{
}

ApiClient::~ApiClient()
{
    wipeSecret(m_connection.credential);
}

void ApiClient::setConnection(Connection connection)
{
    wipeSecret(m_connection.credential);
    m_connection = std::move(connection);
    m_codec = DialectCodec::create(m_connection.dialect);
}

ApiReply *ApiClient::listKeys()
{
    auto *reply = new ApiReply(ApiReply::Operation::List);
    if (!DialectTraits::of(m_connection.dialect).managesKeys)
        return failUnsupported(reply);
    return start(reply, HttpVerb::Get, m_codec->listPath(), {}, m_connection.credential);
}

ApiReply *ApiClient::createKey(const CreateKeyRequest &request)
{
    auto *reply = new ApiReply(ApiReply::Operation::Create);
    if (!DialectTraits::of(m_connection.dialect).managesKeys)
        return failUnsupported(reply);
    return start(reply, HttpVerb::Post, m_codec->createPath(), m_codec->encodeCreate(request, m_now()),
                 m_connection.credential);
}

ApiReply *ApiClient::revokeKey(const QString &id)
{
    auto *reply = new ApiReply(ApiReply::Operation::Revoke);
    reply->setKeyId(id);
    if (!DialectTraits::of(m_connection.dialect).managesKeys)
        return failUnsupported(reply);
    // These would address the collection or its parent, never one key: no server id
    // looks like this, so do not send them at all.
    if (id.isEmpty() || id == QLatin1String(".") || id == QLatin1String("..")) {
        ApiError error;
        error.kind = ApiError::Kind::NotFound;
        error.detail = tr("\"%1\" is not a key id").arg(id);
        return failLater(reply, std::move(error));
    }
    return start(reply, HttpVerb::Delete, m_codec->revokePath(id), {}, m_connection.credential);
}

ApiReply *ApiClient::verifyKey(const QString &key)
{
    auto *reply = new ApiReply(ApiReply::Operation::Verify);
    return start(reply, HttpVerb::Get, m_codec->verifyPath(), {}, key);
}

ApiReply *ApiClient::start(ApiReply *reply, HttpVerb verb, const QString &path, const QByteArray &body,
                           const QString &secret)
{
    ApiCall::Request request;
    request.verb = verb;
    request.url = joinedUrl(m_connection.baseUrl, path);
    request.body = body;

    if (!m_connection.baseUrl.isValid() || m_connection.baseUrl.host().isEmpty()
        || !UrlPolicy::isAllowed(request.url)) {
        ApiError error;
        error.kind = ApiError::Kind::InsecureUrl;
        error.detail = m_connection.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
        return failLater(reply, std::move(error));
    }

    // A line break in a header value would let the credential smuggle in headers.
    if (hasControlCharacters(secret)) {
        ApiError error;
        error.kind = ApiError::Kind::Authentication;
        error.detail = tr("it contains control characters such as line breaks");
        return failLater(reply, std::move(error));
    }
    if (m_connection.authHeader == Connection::AuthHeader::XApiKey) {
        request.authHeaderName = QByteArrayLiteral("X-API-Key");
        request.authHeaderValue = secret.toUtf8();
    } else {
        request.authHeaderName = QByteArrayLiteral("Authorization");
        request.authHeaderValue = QByteArrayLiteral("Bearer ") + secret.toUtf8();
    }

    const bool management = reply->operation() != ApiReply::Operation::Verify;
    request.credentialIsApiKeyWhereJwtNeeded = management && DialectTraits::of(m_connection.dialect).managementNeedsJwt
                                               && KeyFormat::recognise(secret) == Dialect::LeadHql;

    if (!m_connection.caFile.isEmpty()) {
        const QFileInfo caFile(m_connection.caFile);
        ApiError error;
        error.kind = ApiError::Kind::Tls;
        if (!caFile.isFile() || !caFile.isReadable()) {
            error.detail = tr("the CA file %1 does not exist or cannot be read").arg(m_connection.caFile);
            return failLater(reply, std::move(error));
        }
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(
            m_connection.caFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (authorities.isEmpty()) {
            error.detail = tr("the CA file %1 holds no PEM certificate").arg(m_connection.caFile);
            return failLater(reply, std::move(error));
        }
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(authorities);
        request.ssl = ssl;
    }

    auto *call = new ApiCall(m_network, m_codec, std::move(request), m_policy, m_now, reply);
    call->start();
    return reply;
}

ApiReply *ApiClient::failLater(ApiReply *reply, ApiError error)
{
    QTimer::singleShot(0, reply, [reply, error] { reply->finishWithError(error); });
    return reply;
}

ApiReply *ApiClient::failUnsupported(ApiReply *reply) const
{
    ApiError error;
    error.kind = ApiError::Kind::Unsupported;
    error.detail = dialectDisplayName(m_connection.dialect);
    return failLater(reply, std::move(error));
}

} // namespace keydesk
