#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace keydesk {

// What a route produced, and whether it changed the state (so it gets saved).
struct HandlerResult final {
    SandboxResponse response;
    bool stateChanged = false;
};

struct RouteContext final {
    const SandboxRequest &request;
    QStringList parameters; // the `:name` segments of the pattern, percent-decoded
    QDateTime now;
};

// A tiny method + path router: "/api-keys/:id" style patterns, 404 for unknown paths
// ("Cannot GET /x" as NestJS says it), 405 with `Allow` for a known path and wrong method.
class SandboxRouter final {
public:
    using Handler = std::function<HandlerResult(const RouteContext &)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    HandlerResult dispatch(const SandboxRequest &request, const QDateTime &now) const;

private:
    struct Route final {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    static QStringList splitPath(const QString &path);
    static bool matches(const Route &route, const QStringList &segments, QStringList *parameters);

    QList<Route> m_routes;
};

} // namespace keydesk
