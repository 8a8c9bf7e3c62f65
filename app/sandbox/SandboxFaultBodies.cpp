#include "SandboxFaultBodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

// "id" strings become numbers and "usageCount" numbers become strings, at any depth
// (LocalLeads wraps records in {"success","data"}).
QJsonValue withWrongTypes(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &element : value.toArray())
            array.append(withWrongTypes(element));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"id" && it.value().isString())
            it.value() = 4711;
        else if (it.key() == u"usageCount" && it.value().isDouble())
            it.value() = QString::number(it.value().toInteger());
        else
            it.value() = withWrongTypes(it.value());
    }
    return object;
}

// The same JSON without members named `field`, at any depth.
QJsonValue without(const QJsonValue &value, const QString &field)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &element : value.toArray())
            array.append(without(element, field));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    object.remove(field);
    for (auto it = object.begin(); it != object.end(); ++it)
        it.value() = without(it.value(), field);
    return object;
}

QByteArray oversizeBody(qint64 bytes)
{
    // Valid JSON of exactly `bytes` bytes (when there is room for the frame).
    const QByteArray head = QByteArrayLiteral("{\"padding\":\"");
    const QByteArray tail = QByteArrayLiteral("\"}");
    const qint64 padding = qMax<qint64>(0, bytes - head.size() - tail.size());
    return head + QByteArray(padding, 'x') + tail;
}

} // namespace

SandboxResponse SandboxFaultBodies::replace(const SandboxResponse &real, const SandboxFault &fault)
{
    using Kind = SandboxFault::Kind;
    switch (fault.kind) {
    case Kind::Status: {
        SandboxResponse response = SandboxResponse::error(
            fault.status, u"Injected fault: HTTP %1 from the sandbox's fault plan"_s.arg(fault.status));
        if (!fault.retryAfter.isEmpty())
            response.headers.append({QByteArrayLiteral("Retry-After"), fault.retryAfter});
        return response;
    }
    case Kind::MalformedJson: {
        SandboxResponse response = real;
        // Half of the real answer: an unterminated JSON text.
        response.body = real.body.size() > 1 ? real.body.left(real.body.size() / 2) : QByteArrayLiteral("{");
        if (response.status == 204)
            response.status = 200;
        return response;
    }
    case Kind::WrongContentType: {
        SandboxResponse response;
        response.status = 200;
        response.contentType = QByteArrayLiteral("text/html; charset=utf-8");
        response.body = QByteArrayLiteral("<!DOCTYPE html><html><head><title>Sign in</title></head>"
                                          "<body><h1>Sign in to use this network</h1></body></html>");
        return response;
    }
    case Kind::WrongTypes:
    case Kind::OmitField: {
        SandboxResponse response = real;
        const QJsonDocument document = QJsonDocument::fromJson(real.body);
        const QJsonValue body = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        const QJsonValue changed = fault.kind == Kind::WrongTypes ? withWrongTypes(body) : without(body, fault.field);
        response.body = changed.isArray() ? QJsonDocument(changed.toArray()).toJson(QJsonDocument::Compact)
                                          : QJsonDocument(changed.toObject()).toJson(QJsonDocument::Compact);
        return response;
    }
    case Kind::Oversize: {
        SandboxResponse response;
        response.status = 200;
        response.body = oversizeBody(fault.bytes);
        return response;
    }
    case Kind::Redirect:
    case Kind::CommitThenRedirect: {
        // What a misconfigured proxy or a moved API answers; the body is only a courtesy.
        SandboxResponse response = SandboxResponse::error(
            fault.status, u"Injected fault: redirect to %1"_s.arg(QString::fromUtf8(fault.location)));
        response.headers.append({QByteArrayLiteral("Location"), fault.location});
        return response;
    }
    case Kind::Latency:
    case Kind::Drop:
    case Kind::CommitThenDrop:
    case Kind::DropMidBody:
    case Kind::Truncated:
    case Kind::Trickle:
        break;
    }
    return real;
}

} // namespace keydesk
