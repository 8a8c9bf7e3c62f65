#include "SandboxRouter.h"

#include <QUrl>

namespace keydesk {

void SandboxRouter::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.append(Route{method, splitPath(pattern), std::move(handler)});
}

HandlerResult SandboxRouter::dispatch(const SandboxRequest &request, const QDateTime &now) const
{
    const QStringList segments = splitPath(request.path);
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        QStringList parameters;
        if (!matches(route, segments, &parameters))
            continue;
        if (route.method == request.method)
            return route.handler(RouteContext{request, parameters, now});
        allowed.append(route.method);
    }
    if (allowed.isEmpty()) {
        return {SandboxResponse::error(
                    404, QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(request.method), request.path)),
                false};
    }
    SandboxResponse response = SandboxResponse::error(
        405, QStringLiteral("Method %1 is not allowed on %2").arg(QString::fromLatin1(request.method), request.path));
    response.headers.append({QByteArrayLiteral("Allow"), allowed.join(", ")});
    return {response, false};
}

QStringList SandboxRouter::splitPath(const QString &path)
{
    // Like Express' non-strict routing, a trailing slash does not matter.
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool SandboxRouter::matches(const Route &route, const QStringList &segments, QStringList *parameters)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (expected.startsWith(QLatin1Char(':')))
            parameters->append(QUrl::fromPercentEncoding(segments.at(i).toUtf8()));
        else if (expected != segments.at(i))
            return false;
    }
    return true;
}

} // namespace keydesk
