#include "CommandRunner.h"
#include "DataDirectory.h"
#include "Inventory.h"
#include "KeychainSecretStore.h"
#include "OutputStream.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    // Before anything opens a file (see OutputStream::reserveIfClosed).
    for (const int fd : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO})
        keydesk::OutputStream::reserveIfClosed(fd);
    // A reader that went away must show up as a failed write (EPIPE) that the command
    // handles, not kill the process after the server has made a key.
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ignore, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"KeyDesk"_s);
    QCoreApplication::setApplicationName(u"keydesk-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));

    keydesk::OutputStream out(STDOUT_FILENO);
    keydesk::OutputStream err(STDERR_FILENO);
    // Before CommandLine builds any option or help text.
    const QString language = keydesk::languageArgument(QCoreApplication::arguments());
    const bool languageInstalled = keydesk::installTranslations(app, language);
    if (!languageInstalled) {
        keydesk::installTranslations(app, QString());
        err.write(QCoreApplication::translate("main", "keydesk-cli: warning: no translation for the language '%1'; "
                                                      "available: de, en, es, fr.")
                      .arg(language)
                  + u'\n');
    }
    QNetworkAccessManager network;
    // The same settings file and keychain service as the desktop app, so profiles are shared.
    QSettings settings(u"KeyDesk"_s, u"KeyDesk"_s);
    keydesk::KeychainSecretStore secrets(u"KeyDesk"_s, std::chrono::seconds(20));

    keydesk::CliServices services;
    services.network = &network;
    services.secrets = &secrets;
    services.settings = &settings;
    services.out = &out;
    services.err = &err;
    // The window's files, not this program's AppDataLocation (DataDirectory).
    services.handoffIndexPath = keydesk::DataDirectory::filePath(u"pending-handoffs.json"_s);
    services.inventoryPath = keydesk::Inventory::defaultPath();
    services.inputFd = STDIN_FILENO;
    services.environment = QProcessEnvironment::systemEnvironment();
    services.now = [] { return QDateTime::currentDateTimeUtc(); };
    // --lang also sets how dates and numbers are written.
    services.locale = language.isEmpty() || !languageInstalled ? QLocale::system() : QLocale(language);

    keydesk::CommandRunner runner(std::move(services));
    QObject::connect(
        &runner, &keydesk::CommandRunner::finished, &app, [](int exitCode) { QCoreApplication::exit(exitCode); },
        Qt::QueuedConnection);
    QTimer::singleShot(0, &runner, [&runner] { runner.start(QCoreApplication::arguments()); });
    return QCoreApplication::exec();
}
