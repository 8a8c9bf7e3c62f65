#pragma once

#include "DialectHandler.h"
#include "OrderedJson.h"

namespace keydesk {

// LocalLeads (docs/dialects.md#localleads): everything under /api/v1 with `Authorization: Bearer ll_…`.
// Every authenticated call counts as a use of the presenting key, management included.
// At most 10 usable (neither revoked nor expired) keys per organisation.
class LocalLeadsHandler final : public DialectHandler {
public:
    static constexpr int activeKeyLimit = 10;

    explicit LocalLeadsHandler(SandboxState &state);

    QString issueCredential(const QDateTime &now) override;

private:
    HandlerResult list(const RouteContext &context, StoredKey &caller);
    HandlerResult create(const RouteContext &context, StoredKey &caller);
    HandlerResult revoke(const RouteContext &context, StoredKey &caller);
    HandlerResult balance(const RouteContext &context, StoredKey &caller);

    using AuthenticatedRoute = HandlerResult (LocalLeadsHandler::*)(const RouteContext &, StoredKey &);
    SandboxRouter::Handler authenticated(AuthenticatedRoute route);

    OrderedJson keyJson(const StoredKey &key) const;
};

} // namespace keydesk
