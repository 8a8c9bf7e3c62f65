#include "SandboxFault.h"

#include <QJsonValue>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

constexpr std::array<std::pair<SandboxFault::Kind, const char *>, 14> kindNames{{
    {SandboxFault::Kind::Latency, "latency"},
    {SandboxFault::Kind::Drop, "drop"},
    {SandboxFault::Kind::CommitThenDrop, "commit-then-drop"},
    {SandboxFault::Kind::DropMidBody, "drop-mid-body"},
    {SandboxFault::Kind::Status, "status"},
    {SandboxFault::Kind::MalformedJson, "malformed-json"},
    {SandboxFault::Kind::WrongContentType, "wrong-content-type"},
    {SandboxFault::Kind::WrongTypes, "wrong-types"},
    {SandboxFault::Kind::Truncated, "truncated"},
    {SandboxFault::Kind::Oversize, "oversize"},
    {SandboxFault::Kind::Trickle, "trickle"},
    {SandboxFault::Kind::Redirect, "redirect"},
    {SandboxFault::Kind::CommitThenRedirect, "commit-then-redirect"},
    {SandboxFault::Kind::OmitField, "omit-field"},
}};

bool isRedirectKind(SandboxFault::Kind kind)
{
    return kind == SandboxFault::Kind::Redirect || kind == SandboxFault::Kind::CommitThenRedirect;
}

// '*' matches any run of characters, including '/'; everything else literally.
bool wildcardMatch(QStringView pattern, QStringView text)
{
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype starAt = -1;
    qsizetype resumeAt = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            starAt = p++;
            resumeAt = t;
        } else if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
        } else if (starAt >= 0) {
            p = starAt + 1;
            t = ++resumeAt;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

// A non-negative integer member, or `fallback` when absent.
std::optional<qint64> integerMember(const QJsonObject &json, QLatin1StringView name, qint64 fallback, qint64 maximum,
                                    QString *error)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > double(maximum) || number != double(qint64(number))) {
        *error = SandboxFault::tr("\"%1\" must be a whole number from 0 to %2").arg(name).arg(maximum);
        return std::nullopt;
    }
    return qint64(number);
}

} // namespace

bool SandboxFault::performsRequest() const
{
    return kind != Kind::Drop && kind != Kind::Status && kind != Kind::Redirect;
}

bool SandboxFault::matches(const QByteArray &requestMethod, const QString &path) const
{
    if (remaining == 0)
        return false;
    if (!method.isEmpty() && method != requestMethod)
        return false;
    return pathPattern.isEmpty() || wildcardMatch(pathPattern, path);
}

QString SandboxFault::kindName(Kind kind)
{
    for (const auto &[candidate, name] : kindNames) {
        if (candidate == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<SandboxFault> SandboxFault::fromJson(const QJsonObject &json, QString *error)
{
    QString problem;
    const auto fail = [&](const QString &message) -> std::optional<SandboxFault> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    static const QStringList known{u"fault"_s,      u"method"_s,     u"path"_s,       u"count"_s, u"delayMs"_s,
                                   u"status"_s,     u"retryAfter"_s, u"intervalMs"_s, u"bytes"_s, u"contentLength"_s,
                                   u"afterBytes"_s, u"location"_s,   u"field"_s};
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return fail(tr("unknown member \"%1\"").arg(it.key()));
    }

    SandboxFault fault;
    const QString name = json.value(QLatin1StringView("fault")).toString();
    bool found = false;
    for (const auto &[kind, kindText] : kindNames) {
        if (name == QLatin1StringView(kindText)) {
            fault.kind = kind;
            found = true;
        }
    }
    if (!found) {
        QStringList names;
        for (const auto &entry : kindNames)
            names.append(QString::fromLatin1(entry.second));
        return fail(tr("\"fault\" must be one of %1").arg(names.join(u", ")));
    }

    const QJsonValue method = json.value(QLatin1StringView("method"));
    if (!method.isUndefined() && !method.isString())
        return fail(tr("\"method\" must be a string"));
    fault.method = method.toString().toUpper().toLatin1();
    const QJsonValue path = json.value(QLatin1StringView("path"));
    if (!path.isUndefined() && !path.isString())
        return fail(tr("\"path\" must be a string"));
    fault.pathPattern = path.toString();

    const auto count = integerMember(json, QLatin1StringView("count"), 0, 1000000, &problem);
    const auto delay = integerMember(json, QLatin1StringView("delayMs"), 0, 600000, &problem);
    const auto status = integerMember(json, QLatin1StringView("status"), isRedirectKind(fault.kind) ? 302 : 503, 599,
                                      &problem);
    const auto interval = integerMember(json, QLatin1StringView("intervalMs"), 100, 60000, &problem);
    const auto bytes = integerMember(json, QLatin1StringView("bytes"), fault.bytes, 64 * 1024 * 1024, &problem);
    const auto afterBytes = integerMember(json, QLatin1StringView("afterBytes"), -1, 64 * 1024 * 1024, &problem);
    if (!count || !delay || !status || !interval || !bytes || (!afterBytes && json.contains(u"afterBytes")))
        return fail(problem);
    fault.remaining = *count == 0 ? -1 : int(*count);
    fault.delayMs = int(*delay);
    fault.status = int(*status);
    if (fault.kind == Kind::Status && (fault.status < 400 || fault.status > 599))
        return fail(tr("\"status\" must be an HTTP error status from 400 to 599"));
    if (isRedirectKind(fault.kind) && !QList<int>{301, 302, 303, 307, 308}.contains(fault.status))
        return fail(tr("\"status\" must be a redirect: 301, 302, 303, 307 or 308"));
    const QJsonValue location = json.value(QLatin1StringView("location"));
    if (!location.isUndefined()) {
        const QString text = location.toString();
        if (!location.isString() || text.isEmpty() || text.contains(u'\n') || text.contains(u'\r'))
            return fail(tr("\"location\" must be a URL or a path on one line"));
        fault.location = text.toUtf8();
    }
    fault.intervalMs = qMax(1, int(*interval));
    fault.bytes = *bytes;
    fault.afterBytes = afterBytes.value_or(-1);

    const QJsonValue retryAfter = json.value(QLatin1StringView("retryAfter"));
    if (retryAfter.isDouble() && retryAfter.toDouble() >= 0)
        fault.retryAfter = QByteArray::number(qint64(retryAfter.toDouble()));
    else if (retryAfter.isString() && !retryAfter.toString().contains(u'\n') && !retryAfter.toString().contains(u'\r'))
        fault.retryAfter = retryAfter.toString().toLatin1();
    else if (!retryAfter.isUndefined())
        return fail(tr("\"retryAfter\" must be seconds or an HTTP date"));

    const QJsonValue field = json.value(QLatin1StringView("field"));
    if (!field.isUndefined()) {
        if (!field.isString() || field.toString().isEmpty())
            return fail(tr("\"field\" must be the name of a member"));
        fault.field = field.toString();
    }

    const QJsonValue contentLength = json.value(QLatin1StringView("contentLength"));
    if (!contentLength.isUndefined() && !contentLength.isBool())
        return fail(tr("\"contentLength\" must be true or false"));
    fault.withContentLength = contentLength.toBool(true);
    return fault;
}

QJsonObject SandboxFault::toJson() const
{
    QJsonObject json{{u"fault"_s, kindName(kind)}, {u"count"_s, remaining}};
    if (!method.isEmpty())
        json.insert(u"method"_s, QString::fromLatin1(method));
    if (!pathPattern.isEmpty())
        json.insert(u"path"_s, pathPattern);
    switch (kind) {
    case Kind::Latency:
        json.insert(u"delayMs"_s, delayMs);
        break;
    case Kind::Status:
        json.insert(u"status"_s, status);
        if (!retryAfter.isEmpty())
            json.insert(u"retryAfter"_s, QString::fromLatin1(retryAfter));
        break;
    case Kind::Trickle:
        json.insert(u"intervalMs"_s, intervalMs);
        break;
    case Kind::Redirect:
    case Kind::CommitThenRedirect:
        json.insert(u"status"_s, status);
        json.insert(u"location"_s, QString::fromUtf8(location));
        break;
    case Kind::OmitField:
        json.insert(u"field"_s, field);
        break;
    case Kind::Oversize:
        json.insert(u"bytes"_s, bytes);
        json.insert(u"contentLength"_s, withContentLength);
        break;
    case Kind::DropMidBody:
        json.insert(u"afterBytes"_s, afterBytes);
        break;
    default:
        break;
    }
    return json;
}

} // namespace keydesk
