#pragma once

#include "DialectHandler.h"
#include "SandboxRouter.h"
#include "SandboxState.h"

#include <QDateTime>

#include <optional>

namespace keydesk {

class OrderedJson;

// The control endpoints that shape a key's usage and dates, so tests can make a key
// used, idle, expiring or used in a burst (README.md, "Key controls"): POST
// /__sandbox/keys/:id/use and PATCH /__sandbox/keys/:id. No authentication: the
// transport answers them to loopback peers only, never counts or faults them.
class SandboxKeyControl final {
public:
    // Uses at most this many requests per call; a PATCH sets at most maxUsageCount.
    static constexpr qint64 maxRequests = 1000000000;
    static constexpr qint64 maxUsageCount = qint64(1) << 53;

    explicit SandboxKeyControl(SandboxState &state);
    SandboxKeyControl(const SandboxKeyControl &) = delete;
    SandboxKeyControl &operator=(const SandboxKeyControl &) = delete;

    HandlerResult handle(const SandboxRequest &request, const QDateTime &now) const;

private:
    // The key of the path and the request's JSON object, or the 404/400 to answer.
    std::optional<HandlerResult> keyAndBody(const RouteContext &context, bool emptyIsObject, StoredKey *&key,
                                            DialectHandler::JsonBody &body) const;
    HandlerResult use(const RouteContext &context) const;
    HandlerResult patch(const RouteContext &context) const;
    // What the control endpoints answer: the key's dates and usage, whatever the dialect
    // lists of them.
    static OrderedJson keyJson(const StoredKey &key);

    SandboxState &m_state;
    SandboxRouter m_router;
};

} // namespace keydesk
