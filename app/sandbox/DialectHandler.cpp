#include "DialectHandler.h"

#include "KeyIssuer.h"
#include "LeadHqlHandler.h"
#include "LocalLeadsHandler.h"
#include "TrustLeadsHandler.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace keydesk {

DialectHandler::DialectHandler(SandboxState &state)
    : m_state(state)
{
}

DialectHandler::~DialectHandler() = default;

std::unique_ptr<DialectHandler> DialectHandler::create(SandboxState &state)
{
    switch (state.dialect) {
    case Dialect::LeadHql:
        return std::make_unique<LeadHqlHandler>(state);
    case Dialect::LocalLeads:
        return std::make_unique<LocalLeadsHandler>(state);
    case Dialect::TrustLeads:
        return std::make_unique<TrustLeadsHandler>(state);
    }
    Q_UNREACHABLE();
}

HandlerResult DialectHandler::handle(const SandboxRequest &request, const QDateTime &now)
{
    if (request.body.size() > maxBodyBytes) {
        return {SandboxResponse::error(413, QStringLiteral("Request body is larger than %1 bytes").arg(maxBodyBytes)),
                false};
    }
    return m_router.dispatch(request, now);
}

std::optional<QString> DialectHandler::bearerToken(const SandboxRequest &request)
{
    const QByteArray authorization = request.header("Authorization");
    static constexpr QByteArrayView scheme("Bearer ");
    if (authorization.size() <= scheme.size()
        || QByteArrayView(authorization).first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    // Exactly what follows the scheme: a key "typed with extra whitespace" must fail.
    return QString::fromUtf8(authorization.mid(scheme.size()));
}

StoredKey *DialectHandler::usableKey(const QString &secret, const QDateTime &now)
{
    StoredKey *key = m_state.findKeyByHash(KeyIssuer::sha256Hex(secret));
    return key && key->isUsable(now) ? key : nullptr;
}

void DialectHandler::recordUse(StoredKey &key, const QDateTime &now)
{
    ++key.usageCount;
    key.lastUsedAt = now.toUTC();
}

QString DialectHandler::issueCredentialKey(const QDateTime &now, int activeLimit)
{
    if (activeLimit > 0 && m_state.usableKeyCount(now) >= activeLimit) {
        StoredKey *oldest = nullptr;
        for (StoredKey &key : m_state.keys) {
            if (!key.sandboxCredential || !key.isUsable(now))
                continue;
            if (!oldest || key.lastUsedAt < oldest->lastUsedAt)
                oldest = &key;
        }
        if (oldest)
            oldest->revokedAt = now.toUTC();
    }
    IssuedKey issued = KeyIssuer::issue(m_state.dialect, QStringLiteral("KeyDesk sandbox admin"), m_state.owner().id,
                                        now, QDateTime());
    issued.record.sandboxCredential = true;
    m_state.keys.append(issued.record);
    return issued.secret;
}

DialectHandler::JsonBody DialectHandler::parseJsonObject(const QByteArray &body, bool emptyIsObject)
{
    JsonBody result;
    if (body.trimmed().isEmpty()) {
        if (!emptyIsObject)
            result.error = SandboxResponse::error(400, QStringLiteral("Request body must be a JSON object"));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = SandboxResponse::error(400, QStringLiteral("Malformed JSON body: %1 at offset %2")
                                                       .arg(parseError.errorString())
                                                       .arg(parseError.offset));
    } else if (!document.isObject()) {
        result.error = SandboxResponse::error(400, QStringLiteral("Request body must be a JSON object"));
    } else {
        result.object = document.object();
    }
    return result;
}

QList<const StoredKey *> DialectHandler::keysNewestFirst(const std::function<bool(const StoredKey &)> &listed) const
{
    QList<const StoredKey *> keys;
    for (const StoredKey &key : m_state.keys) {
        if (listed(key))
            keys.append(&key);
    }
    std::stable_sort(keys.begin(), keys.end(),
                     [](const StoredKey *a, const StoredKey *b) { return a->createdAt > b->createdAt; });
    return keys;
}

std::optional<QString> DialectHandler::checkName(const QJsonValue &value, QString &name)
{
    if (!value.isString())
        return QStringLiteral("name must be a string");
    name = value.toString().trimmed();
    if (name.isEmpty())
        return QStringLiteral("name should not be empty");
    if (name.size() > maxNameLength)
        return QStringLiteral("name must be shorter than or equal to %1 characters").arg(maxNameLength);
    return std::nullopt;
}

HandlerResult DialectHandler::unauthorized()
{
    // The documented LocalLeads body, used for every dialect's 401.
    return {SandboxResponse::error(401, QStringLiteral("Invalid or expired token")), false};
}

QJsonValue DialectHandler::timestamp(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace keydesk
