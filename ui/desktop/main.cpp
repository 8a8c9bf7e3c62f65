#include "DemoEnvironment.h"
#include "HandoffStore.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfileStore.h"
#include "ScreenshotRunner.h"
#include "SecretClipboard.h"
#include "SmokeTest.h"
#include "Translations.h"
#include "UnixSignalWatcher.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTimeZone>

#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>

using namespace keydesk;

namespace {

// Where the collaborators of the window live; the demo swaps every one of them.
struct Session {
    SecretStore *secrets = nullptr;
    QSettings *settings = nullptr;
    ProfileStore *profiles = nullptr;
    QString handoffIndexPath;
};

int fail(const QString &message)
{
    std::fprintf(stderr, "keydesk: %s\n", qUtf8Printable(message));
    return 1;
}

// Screenshots are rendered reproducibly: a frozen clock (relative times, "Last
// refreshed"), one font and one style whatever the machine.
void prepareForScreenshots()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor"))
        QIcon::setThemeName(QStringLiteral("Adwaita"));
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();

    // --version and --help must work without a display (scripts, the installer proof):
    // answer them before a QApplication needs a windowing system.
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--version" || argument == "-v") {
            std::printf("keydesk %s\n", KEYDESK_VERSION);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KeyDesk"));
    QApplication::setApplicationName(QStringLiteral("KeyDesk"));
    QApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.keydesk.KeyDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.keydesk.KeyDesk.svg")));

    // Before any translated text exists, the parser's option descriptions included.
    const QString language = languageArgument(QCoreApplication::arguments());
    if (!installTranslations(app, language)) {
        installTranslations(app, QString());
        std::fprintf(stderr, "keydesk: no translation for the language '%s'\n", qUtf8Printable(language));
    }
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Manage the API keys of LeadHQL, LocalLeads and Trust Leads organisations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open on built-in demo data: two sample organisations served on this "
                                            "computer. No profile, setting or keychain entry of yours is used."));
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
    parser.addOption(smokeTestOption);
    parser.addOption(screenshotOption);
    parser.addOption(languageOption());
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    std::optional<int> smokeSeconds;
    if (parser.isSet(smokeTestOption)) {
        bool ok = false;
        smokeSeconds = parser.value(smokeTestOption).toInt(&ok);
        if (!ok || *smokeSeconds < 1)
            return fail(QCoreApplication::translate("main", "--smoke-test needs a number of seconds (at least 1)."));
    }
    const QString screenshotDir = parser.value(screenshotOption);
    if ((smokeSeconds || !screenshotDir.isEmpty()) && !demo)
        return fail(QCoreApplication::translate("main", "--smoke-test and --screenshot-dir work only with --demo."));

    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    if (!screenshotDir.isEmpty()) {
        prepareForScreenshots();
        const QDateTime frozen(QDate(2025, 6, 2), QTime(9, 30), Qt::UTC);
        clock = [frozen] { return frozen; };
    }

    QNetworkAccessManager network;
    Session session;
    std::unique_ptr<DemoEnvironment> demoEnvironment;
    std::unique_ptr<KeychainSecretStore> keychain;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ProfileStore> profiles;
    if (demo) {
        demoEnvironment = std::make_unique<DemoEnvironment>(clock);
        QString error;
        if (!demoEnvironment->start(&error))
            return fail(error);
        session = {demoEnvironment->secrets(), demoEnvironment->settings(), demoEnvironment->profiles(),
                   demoEnvironment->handoffIndexPath()};
    } else {
        keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("KeyDesk"));
        settings = std::make_unique<QSettings>(QStringLiteral("KeyDesk"), QStringLiteral("KeyDesk"));
        profiles = std::make_unique<ProfileStore>(settings.get());
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dataDir);
        session = {keychain.get(), settings.get(), profiles.get(),
                   QDir(dataDir).filePath(QStringLiteral("pending-handoffs.json"))};
    }

    HandoffStore handoffs(session.secrets, session.handoffIndexPath);
    SecretClipboard secretClipboard(QGuiApplication::clipboard());
    MainWindow window({&network, session.secrets, session.settings, session.profiles, &handoffs, &secretClipboard,
                       QGuiApplication::clipboard(), clock});
    window.setDemoMode(demo);

    std::unique_ptr<SmokeTest> smokeTest;
    std::unique_ptr<ScreenshotRunner> screenshots;
    if (smokeSeconds)
        smokeTest = std::make_unique<SmokeTest>(&window, *smokeSeconds, sinceLaunch);
    if (!screenshotDir.isEmpty()) {
        window.resize(1100, 560);
        screenshots = std::make_unique<ScreenshotRunner>(&window, screenshotDir);
    }
    window.show();
    window.start();
    // Logout and `kill` send SIGTERM: quit normally, so the window saves its layout and
    // the secret clipboard is cleared (DESIGN §3: "also on quit"). Pending keys are safe
    // in the keychain either way.
    UnixSignalWatcher terminationSignals({SIGTERM, SIGINT});
    QObject::connect(&terminationSignals, &UnixSignalWatcher::signalReceived, &window, [&window] {
        window.close();
        QCoreApplication::quit();
    });
    // Damaged settings or handoff index: the window shows a banner; say it on stderr too,
    // for whoever started KeyDesk from a terminal or a session log.
    for (const QString &problem : {session.profiles->problem(), handoffs.problem()}) {
        if (!problem.isEmpty())
            std::fprintf(stderr, "keydesk: %s\n", qUtf8Printable(problem));
    }
    return app.exec();
}
