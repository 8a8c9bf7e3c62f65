#pragma once

#include "Dialect.h"
#include "SandboxRouter.h"
#include "SandboxState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace keydesk {

// The behaviour of one dialect over a SandboxState: routes, authentication, validation
// and the JSON it answers with. No sockets here; SandboxServer feeds it requests.
class DialectHandler {
public:
    static constexpr qsizetype maxBodyBytes = 64 * 1024;

    explicit DialectHandler(SandboxState &state);
    virtual ~DialectHandler();
    DialectHandler(const DialectHandler &) = delete;
    DialectHandler &operator=(const DialectHandler &) = delete;

    static std::unique_ptr<DialectHandler> create(SandboxState &state);

    HandlerResult handle(const SandboxRequest &request, const QDateTime &now);

    // A credential for the banner: LeadHQL a session JWT, otherwise a new API key
    // (recorded as a sandbox credential). Returns the secret; the state keeps a hash.
    virtual QString issueCredential(const QDateTime &now) = 0;

    // The body as a JSON object; an empty body counts as {} when `emptyIsObject`. Public
    // for the control endpoints too (SandboxKeyControl).
    struct JsonBody final {
        QJsonObject object;
        std::optional<SandboxResponse> error;
    };
    static JsonBody parseJsonObject(const QByteArray &body, bool emptyIsObject);
    // ISO 8601 UTC with milliseconds, or null.
    static QJsonValue timestamp(const QDateTime &when);

protected:
    // The token of `Authorization: Bearer <token>` (scheme case-insensitive), if any.
    static std::optional<QString> bearerToken(const SandboxRequest &request);
    // The key this secret belongs to, if it is neither revoked nor expired.
    StoredKey *usableKey(const QString &secret, const QDateTime &now);
    static void recordUse(StoredKey &key, const QDateTime &now);

    // Issues a sandbox credential key, making room under `activeLimit` (0 = none) by
    // revoking the least recently used earlier sandbox credential.
    QString issueCredentialKey(const QDateTime &now, int activeLimit);

    // A `name` the request gave (not absent, not null) as both dialects' servers check
    // it: a string of 1 to maxNameLength characters once trimmed. The 400 message, or
    // nullopt with `name` set to the trimmed text.
    static constexpr int maxNameLength = 100;
    static std::optional<QString> checkName(const QJsonValue &value, QString &name);

    // The stored keys `listed` admits, newest first: the order both dialects list in.
    QList<const StoredKey *> keysNewestFirst(const std::function<bool(const StoredKey &)> &listed) const;

    static HandlerResult unauthorized();

    SandboxState &m_state;
    SandboxRouter m_router;
};

} // namespace keydesk
