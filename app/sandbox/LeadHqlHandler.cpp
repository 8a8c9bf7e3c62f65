#include "LeadHqlHandler.h"

#include "KeyIssuer.h"
#include "SessionToken.h"

#include <cmath>

namespace keydesk {

namespace {

constexpr QLatin1String apiKeyPrefix("leadhql_pk_");
constexpr int maxExpiresInDays = 3650;

HandlerResult badRequest(const QString &message)
{
    return {SandboxResponse::error(400, message), false};
}

} // namespace

LeadHqlHandler::LeadHqlHandler(SandboxState &state)
    : DialectHandler(state)
{
    m_router.add("GET", QStringLiteral("/api-keys"), [this](const RouteContext &c) { return list(c); });
    m_router.add("POST", QStringLiteral("/api-keys"), [this](const RouteContext &c) { return create(c); });
    m_router.add("DELETE", QStringLiteral("/api-keys/:id"), [this](const RouteContext &c) { return revoke(c); });
    m_router.add("GET", QStringLiteral("/properties/stats/counts"),
                 [this](const RouteContext &c) { return propertyCounts(c); });
}

QString LeadHqlHandler::issueCredential(const QDateTime &now)
{
    return SessionToken::issue(m_state.sessionSecret, m_state.owner().id, m_state.organisationId, now);
}

LeadHqlHandler::Authentication LeadHqlHandler::authenticate(const SandboxRequest &request, const QDateTime &now)
{
    const std::optional<QString> token = bearerToken(request);
    if (!token)
        return {};
    if (token->startsWith(apiKeyPrefix)) {
        StoredKey *key = usableKey(*token, now);
        return key ? Authentication{Caller::ApiKeyHolder, key} : Authentication{};
    }
    if (SessionToken::verify(m_state.sessionSecret, *token, m_state.organisationId, now)
        == SessionToken::Verdict::Valid)
        return {Caller::Session, nullptr};
    return {};
}

std::optional<HandlerResult> LeadHqlHandler::requireSession(const SandboxRequest &request, const QDateTime &now)
{
    // Anything shaped like an API key is refused by kind, valid or not (docs/dialects.md#leadhql:
    // "you cannot create or revoke keys using another API key").
    const std::optional<QString> token = bearerToken(request);
    if (token && token->startsWith(apiKeyPrefix)) {
        return HandlerResult{SandboxResponse::error(403, QStringLiteral("API keys cannot manage API keys; use a JWT "
                                                                        "session token from the dashboard")),
                             false};
    }
    if (authenticate(request, now).caller != Caller::Session)
        return unauthorized();
    return std::nullopt;
}

HandlerResult LeadHqlHandler::list(const RouteContext &context)
{
    if (auto refusal = requireSession(context.request, context.now))
        return *refusal;
    // Revoked keys are listed too, with their status.
    QList<OrderedJson> array;
    for (const StoredKey *key : keysNewestFirst([](const StoredKey &) { return true; }))
        array.append(keyJson(*key));
    return {SandboxResponse::json(200, OrderedJson::array(array)), false};
}

HandlerResult LeadHqlHandler::create(const RouteContext &context)
{
    if (auto refusal = requireSession(context.request, context.now))
        return *refusal;
    const JsonBody body = parseJsonObject(context.request.body, false);
    if (body.error)
        return {*body.error, false};

    const QJsonValue nameValue = body.object.value(QStringLiteral("name"));
    if (nameValue.isUndefined() || nameValue.isNull())
        return badRequest(QStringLiteral("name is required"));
    QString name;
    if (const std::optional<QString> problem = checkName(nameValue, name))
        return badRequest(*problem);

    QDateTime expiresAt;
    const QJsonValue daysValue = body.object.value(QStringLiteral("expiresInDays"));
    if (!daysValue.isUndefined() && !daysValue.isNull()) {
        const double days = daysValue.toDouble();
        if (!daysValue.isDouble() || days != std::floor(days) || days < 1)
            return badRequest(QStringLiteral("expiresInDays must be a positive integer"));
        if (days > maxExpiresInDays)
            return badRequest(QStringLiteral("expiresInDays must not be greater than %1").arg(maxExpiresInDays));
        expiresAt = context.now.addDays(static_cast<qint64>(days));
    }

    IssuedKey issued = KeyIssuer::issue(Dialect::LeadHql, name, m_state.owner().id, context.now, expiresAt);
    m_state.keys.append(issued.record);
    const StoredKey &record = issued.record;
    const OrderedJson response = OrderedJson()
                                     .add(u"id", record.id)
                                     .add(u"name", record.name)
                                     .add(u"key", issued.secret)
                                     .add(u"status", QStringLiteral("active"))
                                     .add(u"createdAt", timestamp(record.createdAt))
                                     .add(u"expiresAt", timestamp(record.expiresAt));
    return {SandboxResponse::json(201, response), true};
}

HandlerResult LeadHqlHandler::revoke(const RouteContext &context)
{
    if (auto refusal = requireSession(context.request, context.now))
        return *refusal;
    StoredKey *key = m_state.findKeyById(context.parameters.constFirst());
    if (!key)
        return {SandboxResponse::error(404, QStringLiteral("API key not found")), false};
    // Revoking twice is idempotent: the key stays revoked since the first time.
    const bool newlyRevoked = !key->isRevoked();
    if (newlyRevoked)
        key->revokedAt = context.now.toUTC();
    return {SandboxResponse::json(200, OrderedJson().add(u"success", true)), newlyRevoked};
}

HandlerResult LeadHqlHandler::propertyCounts(const RouteContext &context)
{
    const Authentication authentication = authenticate(context.request, context.now);
    if (authentication.caller == Caller::Nobody)
        return unauthorized();
    // Usage counts API-key traffic only; the dashboard session is not an integration.
    const bool counted = authentication.caller == Caller::ApiKeyHolder;
    if (counted)
        recordUse(*authentication.key, context.now);
    const SandboxFigures &figures = m_state.figures;
    return {SandboxResponse::json(200, OrderedJson()
                                           .add(u"total", figures.propertiesTotal)
                                           .add(u"active", figures.propertiesActive)
                                           .add(u"pending", figures.propertiesPending)),
            counted};
}

OrderedJson LeadHqlHandler::keyJson(const StoredKey &key)
{
    // Status is "active" or "revoked" only: an expired key stays "active" and clients
    // derive Expired from expiresAt (docs/design.md#decisions).
    return OrderedJson()
        .add(u"id", key.id)
        .add(u"name", key.name)
        .add(u"status", key.isRevoked() ? QStringLiteral("revoked") : QStringLiteral("active"))
        .add(u"createdAt", timestamp(key.createdAt))
        .add(u"lastUsedAt", timestamp(key.lastUsedAt))
        .add(u"usageCount", key.usageCount)
        .add(u"expiresAt", timestamp(key.expiresAt));
}

} // namespace keydesk
