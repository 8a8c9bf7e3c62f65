#pragma once

#include "QtPrinters.h"
#include "SandboxProcess.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QUrl>

namespace keydesk::test {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// One finished HTTP exchange.
struct HttpResult final {
    int status = 0; // 0 = no HTTP response (network error)
    QString networkError;
    QByteArray body;
    Headers headers;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const QByteArray &name) const;
};

// Real HTTP over loopback with one QNetworkAccessManager; waits with QSignalSpy.
class HttpClient final {
public:
    HttpResult send(const QByteArray &method, const QUrl &url, const Headers &headers = {},
                    const QByteArray &body = {});
    HttpResult get(const QUrl &url, const QString &bearer);
    HttpResult postJson(const QUrl &url, const QString &bearer, const QByteArray &body);
    HttpResult remove(const QUrl &url, const QString &bearer);

private:
    QNetworkAccessManager m_network;
};

// base + "/api-keys" etc.
QUrl endpoint(const QUrl &base, const QString &path);
Headers bearer(const QString &token);

// The names of a JSON object's fields.
QSet<QString> fieldNames(const QJsonObject &object);

// The documented key formats.
const QRegularExpression &leadHqlKeyPattern();
const QRegularExpression &localLeadsKeyPattern();
const QRegularExpression &trustLeadsKeyPattern();

// A sandbox that must have started (fails the current test otherwise).
#define ASSERT_SANDBOX_STARTED(sandbox) ASSERT_TRUE((sandbox).started()) << (sandbox).startError().toStdString()

// The exact documented 401 body.
inline QByteArray documentedUnauthorizedBody()
{
    return QByteArrayLiteral(R"({"statusCode":401,"error":"Unauthorized","message":"Invalid or expired token"})");
}

// A file in a fresh temporary directory that lives as long as the test process.
QString temporaryFilePath(const QString &name);

// Secrets are compared as UTF-8 against a file's bytes.
bool fileContains(const QString &path, const QString &needle);

} // namespace keydesk::test
