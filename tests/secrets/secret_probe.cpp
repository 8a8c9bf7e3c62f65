// Test helper: one keychain operation through KeychainSecretStore, in whatever D-Bus
// environment the test gives it. Prints one JSON line and exits 0 (ok) or 1 (error).
//
//   secret_probe [--service NAME] [--timeout-ms N] [--linger-ms N] read|write|remove|list ENTRY
//
// `write` takes the secret from stdin (never from the command line). `read` prints the
// SHA-256 of the secret, not the secret; `list` prints the entry names starting with
// ENTRY. --linger-ms keeps the event loop running after the result, so that a late
// QtKeychain answer arrives after our job is gone.
#include "KeychainSecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace keydesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption serviceOption(QStringLiteral("service"), QStringLiteral("Service name"),
                                           QStringLiteral("name"), QStringLiteral("KeyDeskProbe"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout-ms"), QStringLiteral("Job timeout"),
                                           QStringLiteral("ms"), QStringLiteral("20000"));
    const QCommandLineOption lingerOption(QStringLiteral("linger-ms"), QStringLiteral("Keep running after the result"),
                                          QStringLiteral("ms"), QStringLiteral("0"));
    parser.addOptions({serviceOption, timeoutOption, lingerOption});
    parser.addPositionalArgument(QStringLiteral("operation"), QStringLiteral("read|write|remove|list"));
    parser.addPositionalArgument(QStringLiteral("entry"), QStringLiteral("Entry name"));
    parser.process(app);
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2) {
        std::fputs("usage: secret_probe [options] read|write|remove|list ENTRY\n", stderr);
        return 2;
    }
    const QString operation = arguments.at(0);
    const QString entry = arguments.at(1);

    KeychainSecretStore store(parser.value(serviceOption),
                              std::chrono::milliseconds(parser.value(timeoutOption).toInt()));
    SecretJob *job = nullptr;
    if (operation == QLatin1String("read")) {
        job = store.read(entry);
    } else if (operation == QLatin1String("write")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return 2;
        job = store.write(entry, QString::fromUtf8(input.readAll()));
    } else if (operation == QLatin1String("remove")) {
        job = store.remove(entry);
    } else if (operation == QLatin1String("list")) {
        job = store.list(entry);
    } else {
        std::fputs("unknown operation\n", stderr);
        return 2;
    }

    const int lingerMs = parser.value(lingerOption).toInt();
    int exitCode = 1;
    QObject::connect(job, &SecretJob::finished, &app, [job, lingerMs, &exitCode] {
        QJsonObject result{
            {QStringLiteral("ok"), job->ok()},
            {QStringLiteral("kind"), SecretError::kindId(job->error().kind)},
            {QStringLiteral("message"), job->error().userMessage()},
            {QStringLiteral("detail"), job->error().detail},
        };
        if (job->ok() && job->operation() == SecretJob::Operation::Read)
            result.insert(QStringLiteral("secretSha256"),
                          QString::fromLatin1(
                              QCryptographicHash::hash(job->secret().toUtf8(), QCryptographicHash::Sha256).toHex()));
        if (job->ok() && job->operation() == SecretJob::Operation::List)
            result.insert(QStringLiteral("entries"), QJsonArray::fromStringList(job->entries()));
        std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputs("\n", stdout);
        std::fflush(stdout);
        exitCode = job->ok() ? 0 : 1;
        QTimer::singleShot(lingerMs, QCoreApplication::instance(), &QCoreApplication::quit);
    });
    app.exec();
    return exitCode;
}
