#include "CliTestSupport.h"

#include "TestPaths.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace keydesk::test {

CliRunner::CliRunner()
{
    QDir(m_home.path()).mkpath(QStringLiteral("config"));
    QDir(m_home.path()).mkpath(QStringLiteral("data"));
}

QProcessEnvironment CliRunner::environment(const QString &credential) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("KEYDESK_CREDENTIAL"));
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataDir());
    if (!credential.isEmpty())
        environment.insert(QStringLiteral("KEYDESK_CREDENTIAL"), credential);
    return environment;
}

ProcessResult CliRunner::run(const QStringList &arguments, const QString &credential, const QByteArray &input) const
{
    return runProcess(cliExecutable(), arguments, input, environment(credential));
}

void PrintTo(BrokenStdout how, std::ostream *os)
{
    switch (how) {
    case BrokenStdout::Full:
        *os << "dev_full";
        return;
    case BrokenStdout::Closed:
        *os << "closed";
        return;
    case BrokenStdout::PipeWithoutReader:
        *os << "pipe_without_reader";
        return;
    }
}

ProcessResult CliRunner::runWithBrokenStdout(BrokenStdout how, const QStringList &arguments,
                                             const QProcessEnvironment &environment, const QByteArray &input) const
{
    ProcessResult result;
    // The reader is gone before the CLI starts, so its first write meets EPIPE for sure.
    int pipeEnds[2] = {-1, -1};
    if (how == BrokenStdout::PipeWithoutReader) {
        if (::pipe2(pipeEnds, O_CLOEXEC) != 0) {
            result.err = "pipe2 failed";
            return result;
        }
        ::close(pipeEnds[0]);
    }
    const int pipeWriteEnd = pipeEnds[1];
    QProcess process;
    process.setProcessEnvironment(environment);
    // Runs in the child between fork and exec, after QProcess set up its channels:
    // async-signal-safe calls only.
    process.setChildProcessModifier([how, pipeWriteEnd] {
        ::signal(SIGPIPE, SIG_DFL);
        switch (how) {
        case BrokenStdout::Full: {
            const int full = ::open("/dev/full", O_WRONLY);
            ::dup2(full, STDOUT_FILENO);
            ::close(full);
            break;
        }
        case BrokenStdout::Closed:
            ::close(STDOUT_FILENO);
            break;
        case BrokenStdout::PipeWithoutReader:
            ::dup2(pipeWriteEnd, STDOUT_FILENO); // dup2 clears close-on-exec on the copy
            break;
        }
    });
    result = runToCompletion(process, cliExecutable(), arguments, input, 60000);
    // Only the child's copy matters: with the read end closed, every write meets EPIPE.
    if (pipeWriteEnd >= 0)
        ::close(pipeWriteEnd);
    return result;
}

QStringList targetOf(const SandboxProcess &sandbox)
{
    return {QStringLiteral("--dialect"), sandbox.dialect(), QStringLiteral("--base-url"), sandbox.url().toString()};
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

bool installSandboxFault(const QUrl &sandboxUrl, const QByteArray &rule)
{
    QNetworkAccessManager network;
    QNetworkRequest request(sandboxUrl.resolved(QUrl(QStringLiteral("/__sandbox/faults"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.post(request, rule);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool done = reply->isFinished() || finished.wait(30000);
    const bool ok = done && reply->error() == QNetworkReply::NoError;
    delete reply;
    return ok;
}

int sandboxRequestCount(const QUrl &sandboxUrl, const QString &methodAndPath)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(sandboxUrl.resolved(QUrl(QStringLiteral("/__sandbox/stats")))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool done = reply->isFinished() || finished.wait(30000);
    const QByteArray body = done && reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    delete reply;
    const std::optional<QJsonObject> stats = jsonObject(body);
    if (!stats)
        return -1;
    return stats->value(QStringLiteral("requests")).toObject().value(methodAndPath).toInt(0);
}

namespace {

// Waits for `reply` (at most 30 s) and deletes it: its HTTP status, -1 without an answer.
int statusOf(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000)) {
        delete reply;
        return -1;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

} // namespace

int sandboxKeyControl(const QUrl &sandboxUrl, const QByteArray &method, const QString &path, const QByteArray &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(sandboxUrl.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    return statusOf(reply);
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
    return statusOf(reply);
}

QString describe(const ProcessResult &result)
{
    return QStringLiteral("exit %1%2, stderr: %3")
        .arg(result.exitCode)
        .arg(result.finished ? QString() : QStringLiteral(" (timed out)"), QString::fromUtf8(result.err));
}

} // namespace keydesk::test
