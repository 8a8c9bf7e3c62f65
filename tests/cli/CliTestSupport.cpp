#include "CliTestSupport.h"

#include "TestPaths.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace keydesk::test {

CliRunner::CliRunner()
{
    QDir(m_home.path()).mkpath(QStringLiteral("config"));
}

QProcessEnvironment CliRunner::environment(const QString &credential) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("KEYDESK_CREDENTIAL"));
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir());
    if (!credential.isEmpty())
        environment.insert(QStringLiteral("KEYDESK_CREDENTIAL"), credential);
    return environment;
}

ProcessResult CliRunner::run(const QStringList &arguments, const QString &credential,
                             const QByteArray &input) const
{
    return runProcess(cliExecutable(), arguments, input, environment(credential));
}

QStringList targetOf(const SandboxProcess &sandbox)
{
    return {QStringLiteral("--dialect"), sandbox.dialect(), QStringLiteral("--base-url"),
            sandbox.url().toString()};
}

std::optional<QJsonArray> jsonArray(const QByteArray &out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    return document.array();
}

std::optional<QJsonObject> jsonObject(const QByteArray &out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

namespace {

std::optional<QJsonObject> findBy(const QJsonArray &keys, const QString &field, const QString &value)
{
    for (const QJsonValue &key : keys) {
        if (key.toObject().value(field).toString() == value)
            return key.toObject();
    }
    return std::nullopt;
}

} // namespace

std::optional<QJsonObject> findByName(const QJsonArray &keys, const QString &name)
{
    return findBy(keys, QStringLiteral("name"), name);
}

std::optional<QJsonObject> findById(const QJsonArray &keys, const QString &id)
{
    return findBy(keys, QStringLiteral("id"), id);
}

int dataEndpointStatus(const QUrl &baseUrl, const QString &path, const QString &key)
{
    QNetworkAccessManager network;
    QUrl url = baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        return -1;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

QString describe(const ProcessResult &result)
{
    return QStringLiteral("exit %1%2, stderr: %3")
        .arg(result.exitCode)
        .arg(result.finished ? QString() : QStringLiteral(" (timed out)"), QString::fromUtf8(result.err));
}

} // namespace keydesk::test
