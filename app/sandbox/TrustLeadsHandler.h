#pragma once

#include "DialectHandler.h"

namespace keydesk {

// Trust Leads (docs/dialects.md#trust-leads): only what is documented, `GET /v1/usage` and
// `POST /v1/jobs`, with `Authorization: Bearer lfk_sk_…` or `X-API-Key: lfk_sk_…`.
// No key management endpoints exist (they answer 404 like any unknown path).
class TrustLeadsHandler final : public DialectHandler {
public:
    explicit TrustLeadsHandler(SandboxState &state);

    QString issueCredential(const QDateTime &now) override;

private:
    StoredKey *authenticate(const SandboxRequest &request, const QDateTime &now);
    HandlerResult usage(const RouteContext &context);
    HandlerResult submitJob(const RouteContext &context);
};

} // namespace keydesk
