#include "CommandRunner.h"
#include "KeychainSecretStore.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"KeyDesk"_s);
    QCoreApplication::setApplicationName(u"keydesk-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    // Before CommandLine builds any option or help text.
    const QString language = keydesk::languageArgument(QCoreApplication::arguments());
    const bool languageInstalled = keydesk::installTranslations(app, language);
    if (!languageInstalled) {
        keydesk::installTranslations(app, QString());
        err << QCoreApplication::translate("main", "keydesk-cli: warning: no translation for the language '%1'; "
                                                   "available: de, en, es, fr.")
                   .arg(language)
            << Qt::endl;
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
    services.inputFd = fileno(stdin);
    services.environment = QProcessEnvironment::systemEnvironment();
    services.now = [] { return QDateTime::currentDateTimeUtc(); };
    // --lang also sets how dates and numbers are written.
    services.locale = language.isEmpty() || !languageInstalled ? QLocale::system() : QLocale(language);

    keydesk::CommandRunner runner(std::move(services));
    QObject::connect(&runner, &keydesk::CommandRunner::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
    QTimer::singleShot(0, &runner, [&runner] { runner.start(QCoreApplication::arguments()); });
    return QCoreApplication::exec();
}
