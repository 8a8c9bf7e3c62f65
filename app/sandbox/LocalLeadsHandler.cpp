#include "LocalLeadsHandler.h"

#include "DialectCodec.h"
#include "KeyIssuer.h"

#include <QRegularExpression>

namespace keydesk {

namespace {

HandlerResult badRequestRecordingUse(const QString &message)
{
    // The request was authenticated, so the caller's use is recorded all the same.
    return {SandboxResponse::error(400, message), true};
}

QByteArray success(const QByteArray &data)
{
    return OrderedJson().add(u"success", true).addRaw(u"data", data).toJson();
}

// "YYYY-MM-DD" is midnight UTC of that day; anything else must be a full ISO timestamp.
QDateTime parseExpiry(const QString &text)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    return parseTimestamp(text);
}

} // namespace

LocalLeadsHandler::LocalLeadsHandler(SandboxState &state)
    : DialectHandler(state)
{
    m_router.add("GET", QStringLiteral("/api/v1/api-keys"), authenticated(&LocalLeadsHandler::list));
    m_router.add("POST", QStringLiteral("/api/v1/api-keys"), authenticated(&LocalLeadsHandler::create));
    m_router.add("DELETE", QStringLiteral("/api/v1/api-keys/:id"), authenticated(&LocalLeadsHandler::revoke));
    m_router.add("GET", QStringLiteral("/api/v1/credits/balance"), authenticated(&LocalLeadsHandler::balance));
}

QString LocalLeadsHandler::issueCredential(const QDateTime &now)
{
    return issueCredentialKey(now, activeKeyLimit);
}

SandboxRouter::Handler LocalLeadsHandler::authenticated(AuthenticatedRoute route)
{
    return [this, route](const RouteContext &context) -> HandlerResult {
        const std::optional<QString> token = bearerToken(context.request);
        StoredKey *caller = token ? usableKey(*token, context.now) : nullptr;
        if (!caller)
            return unauthorized();
        recordUse(*caller, context.now);
        return (this->*route)(context, *caller);
    };
}

HandlerResult LocalLeadsHandler::list(const RouteContext &, StoredKey &)
{
    // Active keys only: a revoked key is gone from this dialect's list.
    QList<OrderedJson> array;
    for (const StoredKey *key : keysNewestFirst([](const StoredKey &key) { return !key.isRevoked(); }))
        array.append(keyJson(*key));
    return {SandboxResponse::json(200, success(OrderedJson::array(array))), true};
}

HandlerResult LocalLeadsHandler::create(const RouteContext &context, StoredKey &caller)
{
    // The body is optional: every field has a default.
    const JsonBody body = parseJsonObject(context.request.body, true);
    if (body.error)
        return {*body.error, true};

    QString name = QStringLiteral("API Key");
    const QJsonValue nameValue = body.object.value(QStringLiteral("name"));
    if (!nameValue.isUndefined() && !nameValue.isNull()) {
        if (const std::optional<QString> problem = checkName(nameValue, name))
            return badRequestRecordingUse(*problem);
    }

    QDateTime expiresAt;
    const QJsonValue expiryValue = body.object.value(QStringLiteral("expiresAt"));
    if (!expiryValue.isUndefined() && !expiryValue.isNull()) {
        if (!expiryValue.isString())
            return badRequestRecordingUse(QStringLiteral("expiresAt must be a valid ISO 8601 date string"));
        expiresAt = parseExpiry(expiryValue.toString());
        if (!expiresAt.isValid())
            return badRequestRecordingUse(QStringLiteral("expiresAt must be a valid ISO 8601 date string"));
        if (expiresAt <= context.now)
            return badRequestRecordingUse(QStringLiteral("expiresAt must be a future date"));
    }

    if (m_state.usableKeyCount(context.now) >= activeKeyLimit) {
        return {SandboxResponse::error(409, QStringLiteral("Maximum of 10 active API keys reached. "
                                                           "Revoke a key before creating a new one.")),
                true};
    }

    IssuedKey issued = KeyIssuer::issue(Dialect::LocalLeads, name, caller.userId, context.now, expiresAt);
    m_state.keys.append(issued.record);
    const StoredKey &record = issued.record;
    const OrderedJson data = OrderedJson()
                                 .add(u"id", record.id)
                                 .add(u"name", record.name)
                                 .add(u"keyPrefix", record.visibleIdentifier)
                                 .add(u"expiresAt", timestamp(record.expiresAt))
                                 .add(u"createdAt", timestamp(record.createdAt))
                                 .add(u"key", issued.secret);
    return {SandboxResponse::json(201, success(data.toJson())), true};
}

HandlerResult LocalLeadsHandler::revoke(const RouteContext &context, StoredKey &)
{
    // Revoked keys are invisible in this dialect, so revoking one again is "not found".
    StoredKey *key = m_state.findKeyById(context.parameters.constFirst());
    if (!key || key->isRevoked())
        return {SandboxResponse::error(404, QStringLiteral("API key not found")), true};
    key->revokedAt = context.now.toUTC();
    return {SandboxResponse::json(200, OrderedJson().add(u"success", true)), true};
}

HandlerResult LocalLeadsHandler::balance(const RouteContext &, StoredKey &)
{
    return {SandboxResponse::json(200, success(OrderedJson().add(u"balance", m_state.figures.creditBalance).toJson())),
            true};
}

OrderedJson LocalLeadsHandler::keyJson(const StoredKey &key) const
{
    QByteArray user = OrderedJson::encode(QJsonValue::Null);
    if (const SandboxUser *creator = m_state.findUser(key.userId)) {
        user = OrderedJson()
                   .add(u"firstName", creator->firstName)
                   .add(u"lastName", creator->lastName)
                   .add(u"email", creator->email)
                   .toJson();
    }
    return OrderedJson()
        .add(u"id", key.id)
        .add(u"name", key.name)
        .add(u"keyPrefix", key.visibleIdentifier)
        .add(u"lastUsedAt", timestamp(key.lastUsedAt))
        .add(u"expiresAt", timestamp(key.expiresAt))
        .add(u"createdAt", timestamp(key.createdAt))
        .addRaw(u"user", user);
}

} // namespace keydesk
