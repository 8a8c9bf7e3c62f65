#include "TrustLeadsHandler.h"

#include "KeyIssuer.h"
#include "OrderedJson.h"

#include <QUrl>

namespace keydesk {

TrustLeadsHandler::TrustLeadsHandler(SandboxState &state)
    : DialectHandler(state)
{
    m_router.add("GET", QStringLiteral("/v1/usage"), [this](const RouteContext &c) { return usage(c); });
    m_router.add("POST", QStringLiteral("/v1/jobs"), [this](const RouteContext &c) { return submitJob(c); });
}

QString TrustLeadsHandler::issueCredential(const QDateTime &now)
{
    return issueCredentialKey(now, 0);
}

StoredKey *TrustLeadsHandler::authenticate(const SandboxRequest &request, const QDateTime &now)
{
    // Both headers are equivalent (docs/dialects.md#trust-leads); when both are sent, Authorization wins.
    if (request.hasHeader("Authorization")) {
        const std::optional<QString> token = bearerToken(request);
        return token ? usableKey(*token, now) : nullptr;
    }
    const QByteArray apiKey = request.header("X-API-Key");
    return apiKey.isEmpty() ? nullptr : usableKey(QString::fromUtf8(apiKey), now);
}

HandlerResult TrustLeadsHandler::usage(const RouteContext &context)
{
    StoredKey *caller = authenticate(context.request, context.now);
    if (!caller)
        return unauthorized();
    recordUse(*caller, context.now);

    // The current calendar month (UTC) is the billing period.
    const QDate today = context.now.toUTC().date();
    const QDateTime periodStart(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC);
    const QDateTime periodEnd = periodStart.addMonths(1);
    qint64 requests = 0;
    for (const StoredKey &key : m_state.keys)
        requests += key.usageCount;
    qint64 jobsThisPeriod = 0;
    for (const EnrichmentJob &job : m_state.jobs) {
        if (job.createdAt >= periodStart)
            ++jobsThisPeriod;
    }
    const SandboxFigures &figures = m_state.figures;
    const OrderedJson body = OrderedJson()
                                 .add(u"plan", QStringLiteral("pro"))
                                 .add(u"period_start", timestamp(periodStart))
                                 .add(u"period_end", timestamp(periodEnd))
                                 .add(u"api_requests", requests)
                                 .add(u"jobs", jobsThisPeriod)
                                 .add(u"rows_enriched", figures.rowsEnriched)
                                 .add(u"rows_limit", figures.rowsLimit)
                                 .add(u"rows_remaining", qMax<qint64>(0, figures.rowsLimit - figures.rowsEnriched));
    return {SandboxResponse::json(200, body), true};
}

HandlerResult TrustLeadsHandler::submitJob(const RouteContext &context)
{
    StoredKey *caller = authenticate(context.request, context.now);
    if (!caller)
        return unauthorized();
    recordUse(*caller, context.now);

    const JsonBody body = parseJsonObject(context.request.body, false);
    if (body.error)
        return {*body.error, true};
    const QJsonValue fileUrl = body.object.value(QStringLiteral("file_url"));
    if (fileUrl.isUndefined() || fileUrl.isNull())
        return {SandboxResponse::error(400, QStringLiteral("file_url is required")), true};
    const QUrl url(fileUrl.toString(), QUrl::StrictMode);
    if (!fileUrl.isString() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return {SandboxResponse::error(400, QStringLiteral("file_url must be an http(s) URL")), true};

    const EnrichmentJob job{QStringLiteral("job_")
                                + KeyIssuer::randomString(24, u"abcdefghijklmnopqrstuvwxyz0123456789"),
                            url.toString(), caller->id, context.now.toUTC()};
    m_state.jobs.append(job);
    return {SandboxResponse::json(202, OrderedJson().add(u"id", job.id).add(u"status", QStringLiteral("queued"))),
            true};
}

} // namespace keydesk
