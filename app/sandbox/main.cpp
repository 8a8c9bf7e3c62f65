// keydesk-sandbox: the reference server (docs/design.md#sandbox-contract).
#include "SandboxCommandLine.h"
#include "SandboxServer.h"
#include "UnixSignalWatcher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <cstdio>

namespace {

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    if (!bytes.endsWith('\n'))
        std::fputc('\n', stream);
    std::fflush(stream);
}

void printError(const QString &message)
{
    printLine(stderr, QStringLiteral("keydesk-sandbox: ") + message);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keydesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));

    using keydesk::SandboxCommandLine;
    const SandboxCommandLine::Result parsed = SandboxCommandLine::parse(QCoreApplication::arguments());
    if (parsed.outcome == SandboxCommandLine::Outcome::ShowedHelp) {
        printLine(stdout, parsed.text);
        return 0;
    }
    if (parsed.outcome == SandboxCommandLine::Outcome::Invalid) {
        printError(parsed.text);
        printError(QCoreApplication::translate("main", "try --help"));
        return 2;
    }
    const keydesk::SandboxOptions &options = parsed.options;

    keydesk::SandboxServer server(options.dialect);
    QObject::connect(&server, &keydesk::SandboxServer::saveFailed, &app,
                     [](const QString &message) { printError(message); });

    QString error;
    if (!options.statePath.isEmpty() && !server.loadState(options.statePath, &error)) {
        printError(error);
        return 1;
    }
    if (!options.tlsCertificate.isEmpty() && !server.setTlsFiles(options.tlsCertificate, options.tlsKey, &error)) {
        printError(error);
        return 2;
    }
    if (!server.listen(options.host, options.port)) {
        printError(server.errorString());
        return 1;
    }
    server.faultPlan() = options.faults;
    if (options.seedDemo)
        server.seedDemo(QDateTime::currentDateTimeUtc());

    // Stop cleanly on SIGTERM/SIGINT: the event loop returns and the state is saved.
    keydesk::UnixSignalWatcher signalWatcher({SIGTERM, SIGINT});
    QObject::connect(&signalWatcher, &keydesk::UnixSignalWatcher::signalReceived, &app,
                     [] { QCoreApplication::quit(); });

    // The one line on stdout. A fresh credential every start: the state file never holds
    // one, and credentials issued earlier keep working while they are in use.
    const QJsonObject banner{
        {QStringLiteral("url"), server.url().toString()},
        {QStringLiteral("dialect"), keydesk::dialectId(options.dialect)},
        {QStringLiteral("credential"), server.issueCredential()},
    };
    printLine(stdout, QString::fromUtf8(QJsonDocument(banner).toJson(QJsonDocument::Compact)));

    const int status = QCoreApplication::exec();
    if (!server.saveState(&error)) {
        printError(error);
        return 1;
    }
    return status;
}
