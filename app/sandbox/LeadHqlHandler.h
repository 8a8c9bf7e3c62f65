#pragma once

#include "DialectHandler.h"
#include "OrderedJson.h"

namespace keydesk {

// LeadHQL (docs/dialects.md#leadhql): `GET/POST /api-keys`, `DELETE /api-keys/:id` with a JWT session
// token only (an API key gets 403), and the data endpoint `GET /properties/stats/counts`
// with either an API key (counted) or the session token (not counted).
class LeadHqlHandler final : public DialectHandler {
public:
    explicit LeadHqlHandler(SandboxState &state);

    QString issueCredential(const QDateTime &now) override;

private:
    enum class Caller { Nobody, Session, ApiKeyHolder };
    struct Authentication final {
        Caller caller = Caller::Nobody;
        StoredKey *key = nullptr; // for ApiKeyHolder
    };
    Authentication authenticate(const SandboxRequest &request, const QDateTime &now);
    // The session token check of the management endpoints: 401 or 403 on failure.
    std::optional<HandlerResult> requireSession(const SandboxRequest &request, const QDateTime &now);

    HandlerResult list(const RouteContext &context);
    HandlerResult create(const RouteContext &context);
    HandlerResult revoke(const RouteContext &context);
    HandlerResult propertyCounts(const RouteContext &context);

    static OrderedJson keyJson(const StoredKey &key);
};

} // namespace keydesk
