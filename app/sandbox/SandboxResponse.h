#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace keydesk {

class OrderedJson;

// Everything the server decides about one response: status, headers and body. The
// transport writes it to the socket in one place, so a fault plan (latency, partial
// bodies, dropped connections, ...) can later be applied between the two.
struct SandboxResponse final {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type/Content-Length
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QByteArray body;

    static SandboxResponse json(int status, const QByteArray &body);
    static SandboxResponse json(int status, const OrderedJson &object);
    // The LocalLeads error shape used by every dialect: {statusCode, error, message}.
    static SandboxResponse error(int status, const QString &message);

    // "Not Found", "Too Many Requests", ... ("Unknown" for codes the sandbox never sends).
    static QByteArray reasonPhrase(int status);
};

} // namespace keydesk
