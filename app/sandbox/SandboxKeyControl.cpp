#include "SandboxKeyControl.h"

#include "DialectCodec.h"
#include "DialectHandler.h"
#include "OrderedJson.h"

#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

HandlerResult badRequest(const QString &message)
{
    return {SandboxResponse::error(400, message), false};
}

// A whole JSON number from `minimum` to `maximum`, or nullopt.
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 minimum, qint64 maximum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != std::floor(number) || number < double(minimum) || number > double(maximum))
        return std::nullopt;
    return qint64(number);
}

} // namespace

SandboxKeyControl::SandboxKeyControl(SandboxState &state)
    : m_state(state)
{
    m_router.add("POST", u"/__sandbox/keys/:id/use"_s, [this](const RouteContext &c) { return use(c); });
    m_router.add("PATCH", u"/__sandbox/keys/:id"_s, [this](const RouteContext &c) { return patch(c); });
}

HandlerResult SandboxKeyControl::handle(const SandboxRequest &request, const QDateTime &now) const
{
    if (request.body.size() > DialectHandler::maxBodyBytes) {
        return {
            SandboxResponse::error(413, u"Request body is larger than %1 bytes"_s.arg(DialectHandler::maxBodyBytes)),
            false};
    }
    return m_router.dispatch(request, now);
}

std::optional<HandlerResult> SandboxKeyControl::keyAndBody(const RouteContext &context, bool emptyIsObject,
                                                           StoredKey *&key, DialectHandler::JsonBody &body) const
{
    key = m_state.findKeyById(context.parameters.constFirst());
    if (!key)
        return HandlerResult{SandboxResponse::error(404, u"API key not found"_s), false};
    body = DialectHandler::parseJsonObject(context.request.body, emptyIsObject);
    if (body.error)
        return HandlerResult{*body.error, false};
    return std::nullopt;
}

HandlerResult SandboxKeyControl::use(const RouteContext &context) const
{
    StoredKey *key = nullptr;
    DialectHandler::JsonBody body;
    if (std::optional<HandlerResult> refusal = keyAndBody(context, true, key, body))
        return *refusal;
    for (auto member = body.object.begin(); member != body.object.end(); ++member) {
        if (member.key() != u"requests"_s)
            return badRequest(u"Unknown member '%1'; the only one is requests"_s.arg(member.key()));
    }
    qint64 requests = 1;
    if (body.object.contains(u"requests"_s)) {
        const std::optional<qint64> given = wholeNumber(body.object.value(u"requests"_s), 1, maxRequests);
        if (!given)
            return badRequest(u"requests must be a whole number from 1 to %1"_s.arg(maxRequests));
        requests = *given;
    }
    // Only a key that could authenticate can be used.
    if (!key->isUsable(context.now)) {
        return {SandboxResponse::error(409, key->isRevoked() ? u"API key is revoked"_s : u"API key has expired"_s),
                false};
    }
    if (key->usageCount > maxUsageCount - requests)
        return badRequest(u"usageCount would exceed %1"_s.arg(maxUsageCount));
    key->usageCount += requests;
    key->lastUsedAt = context.now.toUTC();
    return {SandboxResponse::json(200, keyJson(*key)), true};
}

HandlerResult SandboxKeyControl::patch(const RouteContext &context) const
{
    StoredKey *key = nullptr;
    DialectHandler::JsonBody body;
    if (std::optional<HandlerResult> refusal = keyAndBody(context, false, key, body))
        return *refusal;
    if (body.object.isEmpty())
        return badRequest(u"Give at least one of createdAt, expiresAt, lastUsedAt, usageCount"_s);

    // Everything is checked before anything changes: a bad member leaves the key as it was.
    StoredKey changed = *key;
    for (auto member = body.object.begin(); member != body.object.end(); ++member) {
        const QString &name = member.key();
        const QJsonValue value = member.value();
        QDateTime *time = name == u"createdAt"_s    ? &changed.createdAt
                          : name == u"expiresAt"_s  ? &changed.expiresAt
                          : name == u"lastUsedAt"_s ? &changed.lastUsedAt
                                                    : nullptr;
        if (time) {
            if (value.isNull() && name != u"createdAt"_s) {
                *time = QDateTime();
                continue;
            }
            const QDateTime parsed = value.isString() ? parseTimestamp(value.toString()) : QDateTime();
            if (!parsed.isValid()) {
                return badRequest(name == u"createdAt"_s ? u"createdAt must be an ISO 8601 time"_s
                                                         : u"%1 must be an ISO 8601 time or null"_s.arg(name));
            }
            *time = parsed.toUTC();
        } else if (name == u"usageCount"_s) {
            const std::optional<qint64> count = wholeNumber(value, 0, maxUsageCount);
            if (!count)
                return badRequest(u"usageCount must be a whole number from 0 to %1"_s.arg(maxUsageCount));
            changed.usageCount = *count;
        } else {
            return badRequest(u"Unknown member '%1'; use createdAt, expiresAt, lastUsedAt or usageCount"_s.arg(name));
        }
    }
    *key = changed;
    return {SandboxResponse::json(200, keyJson(*key)), true};
}

OrderedJson SandboxKeyControl::keyJson(const StoredKey &key)
{
    return OrderedJson()
        .add(u"id", key.id)
        .add(u"name", key.name)
        .add(u"createdAt", DialectHandler::timestamp(key.createdAt))
        .add(u"expiresAt", DialectHandler::timestamp(key.expiresAt))
        .add(u"lastUsedAt", DialectHandler::timestamp(key.lastUsedAt))
        .add(u"usageCount", key.usageCount)
        .add(u"revoked", key.isRevoked());
}

} // namespace keydesk
