#include "SandboxTestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace keydesk::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResult HttpClient::send(const QByteArray &method, const QUrl &url, const Headers &headers, const QByteArray &body)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    if (!reply->isFinished() && !finished.wait(30000)) {
        reply->abort();
        result.networkError = QStringLiteral("timed out");
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

HttpResult HttpClient::get(const QUrl &url, const QString &token)
{
    return send("GET", url, bearer(token));
}

HttpResult HttpClient::postJson(const QUrl &url, const QString &token, const QByteArray &body)
{
    Headers headers = bearer(token);
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return send("POST", url, headers, body);
}

HttpResult HttpClient::remove(const QUrl &url, const QString &token)
{
    return send("DELETE", url, bearer(token));
}

QUrl endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(path);
    return url;
}

Headers bearer(const QString &token)
{
    if (token.isEmpty())
        return {};
    return {{QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8()}};
}

QSet<QString> fieldNames(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

const QRegularExpression &leadHqlKeyPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^leadhql_pk_[A-Za-z0-9]{32}$"));
    return pattern;
}

const QRegularExpression &localLeadsKeyPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^ll_[0-9a-f]{64}$"));
    return pattern;
}

const QRegularExpression &trustLeadsKeyPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^lfk_sk_[A-Za-z0-9]{40}$"));
    return pattern;
}

QString temporaryFilePath(const QString &name)
{
    static QTemporaryDir directory;
    static int counter = 0;
    return directory.filePath(QString::number(++counter) + QLatin1Char('-') + name);
}

bool fileContains(const QString &path, const QString &needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.readAll().contains(needle.toUtf8());
}

} // namespace keydesk::test
