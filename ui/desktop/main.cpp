#include "BackgroundWatch.h"
#include "CloseToBackground.h"
#include "DataDirectory.h"
#include "DemoEnvironment.h"
#include "DesktopOptions.h"
#include "HandoffStore.h"
#include "Inventory.h"
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
#include <QDir>
#include <QElapsedTimer>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStyleFactory>
#include <QTimeZone>

#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>
#include <utility>

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

    // Options, --help, --version and their errors need no display (scripts, the
    // installer proof, a terminal over ssh): they are answered by a QCoreApplication,
    // before the QApplication needs a windowing system.
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--version" || argument == "-v") {
            std::printf("keydesk %s\n", KEYDESK_VERSION);
            return 0;
        }
    }
    std::optional<DesktopOptions> options;
    {
        QCoreApplication commandLineApp(argc, argv);
        setApplicationIdentity();
        options = parseDesktopOptions(commandLineApp);
    }
    if (!options)
        return 1;

    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.keydesk.KeyDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.keydesk.KeyDesk.svg")));
    installTranslations(app, options->language); // the QCoreApplication took its own along

    const bool demo = options->demo;
    const std::optional<int> smokeSeconds = options->smokeSeconds;
    const QString screenshotDir = options->screenshotDir;

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
        // The data folder keydesk-cli shares (the handoff index, the inventory).
        QDir().mkpath(DataDirectory::path());
        session = {keychain.get(), settings.get(), profiles.get(),
                   DataDirectory::filePath(QStringLiteral("pending-handoffs.json"))};
    }

    // The one place that says where the inventory lives (the demo has its own, seeded).
    // Its clock is the window's: the watch's findings age with the frozen screenshot clock too.
    Inventory::Options inventoryOptions;
    inventoryOptions.clock = clock;
    Inventory inventory(demo ? demoEnvironment->inventoryPath() : Inventory::defaultPath(), inventoryOptions);
    inventory.open();
    if (demo)
        demoEnvironment->seedInventory(inventory);
    // Without history KeyDesk works on: the window's banner says why; so does stderr.
    QObject::connect(&inventory, &Inventory::statusChanged, &inventory, [](const InventoryStatus &status) {
        if (status.state != InventoryStatus::State::Opening && !status.message().isEmpty())
            std::fprintf(stderr, "keydesk: %s\n", qUtf8Printable(status.message()));
    });

    HandoffStore handoffs(session.secrets, session.handoffIndexPath);
    SecretClipboard secretClipboard(QGuiApplication::clipboard());
    MainWindow window({&network, session.secrets, session.settings, session.profiles, &handoffs, &secretClipboard,
                       QGuiApplication::clipboard(), clock, &inventory});
    window.setDemoMode(demo);

    std::unique_ptr<SmokeTest> smokeTest;
    std::unique_ptr<ScreenshotRunner> screenshots;
    if (smokeSeconds)
        smokeTest = std::make_unique<SmokeTest>(&window, *smokeSeconds, sinceLaunch);
    if (!screenshotDir.isEmpty()) {
        window.resize(1100, 560);
        screenshots = std::make_unique<ScreenshotRunner>(&window, screenshotDir, [&demoEnvironment] {
            if (demoEnvironment)
                demoEnvironment->stopLocalLeadsServer();
        });
    }
    // The window starts (selects an organisation and lists it) when it is first shown:
    // with --background only once the tray or a notification asks for it.
    bool windowStarted = false;
    const auto startWindow = [&window, &inventory, &windowStarted, demo] {
        if (std::exchange(windowStarted, true))
            return;
        // The demo opens on its seeded history (the start from the inventory, then the list),
        // as a second launch would; everywhere else the window starts at once.
        if (demo)
            inventory.whenIdle(&window, [&window] { window.start(); });
        else
            window.start();
    };

    // The background watch (docs/design.md#background-watch): --background, or "Keep
    // KeyDesk running in the system tray". It refreshes every profile on its own.
    CloseToBackground closing(&window);
    std::unique_ptr<BackgroundWatch> watch;
    const auto showWindow = [&window, &startWindow](const QString &organisation) {
        startWindow();
        window.show();
        window.raise();
        window.activateWindow();
        if (!organisation.isEmpty())
            window.selectProfile(organisation);
    };
    const auto setWatching = [&](bool watching) {
        closing.setWatching(watching);
        if (!watching) {
            watch.reset();
            return;
        }
        if (watch) {
            watch->setIntervalMinutes(window.preferences().watchIntervalMinutes);
            return;
        }
        watch = std::make_unique<BackgroundWatch>(
            BackgroundWatch::Services{&network, session.profiles, session.secrets, clock, &inventory});
        QObject::connect(watch.get(), &BackgroundWatch::openRequested, &window,
                         [showWindow](const QString &organisation, const QString &) { showWindow(organisation); });
        QObject::connect(watch.get(), &BackgroundWatch::quitRequested, &closing, &CloseToBackground::quit);
        watch->start(window.preferences().watchIntervalMinutes);
    };
    const bool background = options->background;
    setWatching(background || window.preferences().keepRunningInTray);
    QObject::connect(&window, &MainWindow::preferencesApplied, &window,
                     [&setWatching, background](const Preferences &preferences) {
                         setWatching(background || preferences.keepRunningInTray);
                     });
    QObject::connect(&window, &MainWindow::quitRequested, &closing, &CloseToBackground::quit);
    if (!background)
        showWindow({});
    // Logout and `kill` send SIGTERM: quit normally, so the window saves its layout and
    // the secret clipboard is cleared (docs/design.md#copy-once-handoff). Pending keys are safe
    // in the keychain either way.
    UnixSignalWatcher terminationSignals({SIGTERM, SIGINT});
    QObject::connect(&terminationSignals, &UnixSignalWatcher::signalReceived, &closing, &CloseToBackground::quit);
    // Damaged settings or handoff index: the window shows a banner; say it on stderr too,
    // for whoever started KeyDesk from a terminal or a session log.
    for (const QString &problem : {session.profiles->problem(), handoffs.problem()}) {
        if (!problem.isEmpty())
            std::fprintf(stderr, "keydesk: %s\n", qUtf8Printable(problem));
    }
    return app.exec();
}
