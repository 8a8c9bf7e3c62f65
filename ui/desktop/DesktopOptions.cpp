#include "DesktopOptions.h"

#include "Translations.h"

#include <QCommandLineParser>
#include <QLocale>

#include <cstdio>

namespace keydesk {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("KeyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("KeyDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));
}

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "keydesk: %s\n", qUtf8Printable(message));
}

} // namespace

std::optional<DesktopOptions> parseDesktopOptions(QCoreApplication &app)
{
    DesktopOptions options;
    // Before any translated text exists, the parser's option descriptions included.
    options.language = languageArgument(QCoreApplication::arguments());
    if (!installTranslations(app, options.language)) {
        installTranslations(app, QString());
        printError(QStringLiteral("no translation for the language '%1'").arg(options.language));
        options.language.clear();
    }
    if (!options.language.isEmpty())
        QLocale::setDefault(QLocale(options.language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Manage the API keys of LeadHQL, LocalLeads and Trust Leads organisations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open on built-in demo data: two sample organisations served on this "
                                            "computer. No profile, setting or keychain entry of yours is used."));
    const QCommandLineOption backgroundOption(
        QStringLiteral("background"),
        QCoreApplication::translate("main", "Start without a window: watch every organisation from the system tray "
                                            "and notify new findings (what \"Start at login\" runs)."));
    const QCommandLineOption smokeTestOption(
        QStringLiteral("smoke-test"),
        QCoreApplication::translate("main", "With --demo: quit after <seconds>; the exit code is 0 if the key "
                                            "table was populated."),
        QCoreApplication::translate("main", "seconds"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot-dir"),
                                        QStringLiteral("With --demo: render documentation screenshots to <dir>."),
                                        QStringLiteral("dir"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(demoOption);
    parser.addOption(backgroundOption);
    parser.addOption(smokeTestOption);
    parser.addOption(screenshotOption);
    parser.addOption(languageOption());
    parser.process(app);

    options.demo = parser.isSet(demoOption);
    options.background = parser.isSet(backgroundOption);
    if (parser.isSet(smokeTestOption)) {
        bool ok = false;
        options.smokeSeconds = parser.value(smokeTestOption).toInt(&ok);
        if (!ok || *options.smokeSeconds < 1) {
            printError(QCoreApplication::translate("main", "--smoke-test needs a number of seconds (at least 1)."));
            return std::nullopt;
        }
    }
    options.screenshotDir = parser.value(screenshotOption);
    if ((options.smokeSeconds || !options.screenshotDir.isEmpty()) && !options.demo) {
        printError(QCoreApplication::translate("main", "--smoke-test and --screenshot-dir work only with --demo."));
        return std::nullopt;
    }
    return options;
}

std::optional<DesktopOptions> readDesktopOptions(int &argc, char **argv, int &exitCode)
{
    exitCode = 1;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--version" || argument == "-v") {
            std::printf("keydesk %s\n", KEYDESK_VERSION);
            exitCode = 0;
            return std::nullopt;
        }
    }
    QCoreApplication commandLineApp(argc, argv);
    setApplicationIdentity();
    return parseDesktopOptions(commandLineApp);
}

} // namespace keydesk
