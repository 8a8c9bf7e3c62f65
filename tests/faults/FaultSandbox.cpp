#include "FaultSandbox.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTest>

namespace keydesk::test {

FaultSandbox::FaultSandbox(const QString &dialect, const QStringList &extra)
    : m_process(dialect, extra)
{
}

FaultSandbox::Answer FaultSandbox::control(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QUrl target = url();
    target.setPath(path);
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (target.scheme() == QLatin1String("https") && !m_caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_caFile);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    Answer answer;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000)) {
        reply->abort();
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

int FaultSandbox::inject(const QByteArray &planJson)
{
    return control("POST", QStringLiteral("/__sandbox/faults"), planJson).status;
}

int FaultSandbox::clearFaults()
{
    return control("DELETE", QStringLiteral("/__sandbox/faults")).status;
}

int FaultSandbox::count(const QByteArray &method, const QString &path)
{
    const QJsonObject stats = QJsonDocument::fromJson(control("GET", QStringLiteral("/__sandbox/stats")).body).object();
    const QString key = QString::fromLatin1(method) + QLatin1Char(' ') + path;
    return stats.value(QStringLiteral("requests")).toObject().value(key).toInt();
}

QJsonArray FaultSandbox::log()
{
    return QJsonDocument::fromJson(control("GET", QStringLiteral("/__sandbox/stats")).body)
        .object()
        .value(QStringLiteral("log"))
        .toArray();
}

void FaultSandbox::clearStats()
{
    control("DELETE", QStringLiteral("/__sandbox/stats"));
}

} // namespace keydesk::test
