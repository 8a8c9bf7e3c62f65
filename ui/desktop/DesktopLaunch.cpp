#include "DesktopLaunch.h"

#include "BackgroundWatch.h"
#include "CloseToBackground.h"
#include "DataDirectory.h"
#include "DemoEnvironment.h"
#include "HandoffStore.h"
#include "Inventory.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "NextFrame.h"
#include "ProfileStore.h"
#include "RotationEngine.h"
#include "ScreenshotRunner.h"
#include "SecretClipboard.h"
#include "SmokeTest.h"
#include "Translations.h"
#include "UnixSignalWatcher.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFont>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStyleFactory>

#include <csignal>
#include <cstdio>
#include <optional>
#include <utility>

namespace keydesk {

namespace {

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

DesktopLaunch::DesktopLaunch(QApplication &app, DesktopOptions options, QElapsedTimer sinceLaunch)
    : m_app(app)
    , m_options(std::move(options))
    , m_sinceLaunch(sinceLaunch)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.keydesk.KeyDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.keydesk.KeyDesk.svg")));
    installTranslations(m_app, m_options.language); // the QCoreApplication took its own along
    if (!m_options.screenshotDir.isEmpty()) {
        prepareForScreenshots();
        const QDateTime frozen(QDate(2025, 6, 2), QTime(9, 30), Qt::UTC);
        m_clock = [frozen] { return frozen; };
    }
}

DesktopLaunch::~DesktopLaunch()
{
    // The reverse of the order they were made in, as main() had them on its stack.
    m_terminationSignals.reset();
    m_watch.reset();
    m_closing.reset();
    m_screenshots.reset();
    m_smokeTest.reset();
    m_window.reset();
    m_secretClipboard.reset();
    m_handoffs.reset();
    m_inventory.reset();
    m_profiles.reset();
    m_settings.reset();
    m_keychain.reset();
    m_demo.reset();
    m_network.reset();
}

int DesktopLaunch::run(int &argc, char **argv, const std::function<void(DesktopLaunch &)> &started)
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    // Options, --help, --version and their errors need no display: they are answered
    // before the QApplication needs a windowing system.
    int exitCode = 0;
    const std::optional<DesktopOptions> options = readDesktopOptions(argc, argv, exitCode);
    if (!options)
        return exitCode;

    QApplication app(argc, argv);
    DesktopLaunch launch(app, *options, sinceLaunch);
    QString error;
    if (!launch.start(&error)) {
        std::fprintf(stderr, "keydesk: %s\n", qUtf8Printable(error));
        return 1;
    }
    if (started)
        started(launch);
    return app.exec();
}

bool DesktopLaunch::start(QString *error)
{
    const bool demo = m_options.demo;
    m_network = std::make_unique<QNetworkAccessManager>();
    SecretStore *secrets = nullptr;
    QSettings *settings = nullptr;
    ProfileStore *profiles = nullptr;
    QString handoffIndexPath;
    if (demo) {
        m_demo = std::make_unique<DemoEnvironment>(m_clock);
        if (!m_demo->start(error))
            return false;
        secrets = m_demo->secrets();
        settings = m_demo->settings();
        profiles = m_demo->profiles();
        handoffIndexPath = m_demo->handoffIndexPath();
    } else {
        m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("KeyDesk"));
        m_settings = std::make_unique<QSettings>(QStringLiteral("KeyDesk"), QStringLiteral("KeyDesk"));
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        // The data folder keydesk-cli shares (the handoff index, the inventory).
        QDir().mkpath(DataDirectory::path());
        secrets = m_keychain.get();
        settings = m_settings.get();
        profiles = m_profiles.get();
        handoffIndexPath = DataDirectory::filePath(QStringLiteral("pending-handoffs.json"));
    }

    m_secrets = secrets;
    m_profileStore = profiles;

    // The one place that says where the inventory lives (the demo has its own, seeded).
    // Its clock is the window's: the watch's findings age with the frozen screenshot clock too.
    Inventory::Options inventoryOptions;
    inventoryOptions.clock = m_clock;
    m_inventory = std::make_unique<Inventory>(demo ? m_demo->inventoryPath() : Inventory::defaultPath(),
                                              inventoryOptions);
    m_inventory->open();
    if (demo)
        m_demo->seedInventory(*m_inventory);
    // Without history KeyDesk works on: the window's banner says why; so does stderr.
    QObject::connect(m_inventory.get(), &Inventory::statusChanged, m_inventory.get(),
                     [](const InventoryStatus &status) {
                         if (status.state != InventoryStatus::State::Opening && !status.message().isEmpty())
                             std::fprintf(stderr, "keydesk: %s\n", qUtf8Printable(status.message()));
                     });

    // The keychain scan (over the session bus) waits for the window's first frame.
    m_handoffs = std::make_unique<HandoffStore>(secrets, handoffIndexPath, HandoffStore::Scan::Later);
    m_secretClipboard = std::make_unique<SecretClipboard>(QGuiApplication::clipboard());
    m_window = std::make_unique<MainWindow>(
        MainWindow::Services{m_network.get(), secrets, settings, profiles, m_handoffs.get(), m_secretClipboard.get(),
                             QGuiApplication::clipboard(), m_clock, m_inventory.get()});
    MainWindow &window = *m_window;
    window.setDemoMode(demo);

    if (m_options.smokeSeconds)
        m_smokeTest = std::make_unique<SmokeTest>(&window, *m_options.smokeSeconds, m_sinceLaunch);
    if (!m_options.screenshotDir.isEmpty()) {
        window.resize(1100, 560);
        m_screenshots = std::make_unique<ScreenshotRunner>(&window, m_options.screenshotDir, [this] {
            if (m_demo)
                m_demo->stopLocalLeadsServer();
        });
    }
    m_closing = std::make_unique<CloseToBackground>(&window);
    const bool background = m_options.background;
    setWatching(background || window.preferences().keepRunningInTray);
    QObject::connect(&window, &MainWindow::preferencesApplied, &window,
                     [this, background](const Preferences &preferences) {
                         setWatching(background || preferences.keepRunningInTray);
                     });
    QObject::connect(&window, &MainWindow::quitRequested, m_closing.get(), &CloseToBackground::quit);
    if (!background)
        showWindow({});
    // After the window's first frame (at once when it is not shown: --background).
    NextFrame::after(&window, m_handoffs.get(), [handoffs = m_handoffs.get()] { handoffs->startKeychainScan(); });
    // Logout and `kill` send SIGTERM: quit normally, so the window saves its layout and
    // the secret clipboard is cleared (docs/design.md#copy-once-handoff). Pending keys are safe
    // in the keychain either way.
    m_terminationSignals = std::make_unique<UnixSignalWatcher>(std::initializer_list<int>{SIGTERM, SIGINT});
    QObject::connect(m_terminationSignals.get(), &UnixSignalWatcher::signalReceived, m_closing.get(),
                     &CloseToBackground::quit);
    // Damaged settings or handoff index: the window shows a banner; say it on stderr too,
    // for whoever started KeyDesk from a terminal or a session log.
    for (const QString &problem : {profiles->problem(), m_handoffs->problem()}) {
        if (!problem.isEmpty())
            std::fprintf(stderr, "keydesk: %s\n", qUtf8Printable(problem));
    }
    return true;
}

void DesktopLaunch::startWindow()
{
    if (std::exchange(m_windowStarted, true))
        return;
    MainWindow &window = *m_window;
    // The demo opens on its seeded history (the start from the inventory, then the list),
    // as a second launch would; everywhere else the window starts at once.
    if (m_options.demo)
        // …and its project scanned once: the Health view opens with a `leaked` finding.
        m_inventory->whenIdle(&window, [this, &window] {
            m_demo->scanProject(m_inventory->path(), &window, [&window] { window.start(); });
        });
    else
        window.start();
}

void DesktopLaunch::showWindow(const QString &organisation)
{
    startWindow();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    if (!organisation.isEmpty())
        m_window->selectProfile(organisation);
}

void DesktopLaunch::setWatching(bool watching)
{
    m_closing->setWatching(watching);
    if (!watching) {
        m_watch.reset();
        return;
    }
    if (m_watch) {
        m_watch->setIntervalMinutes(m_window->preferences().watchIntervalMinutes);
        return;
    }
    m_watch = std::make_unique<BackgroundWatch>(
        BackgroundWatch::Services{m_network.get(), m_profileStore, m_secrets, m_clock, m_inventory.get()});
    QObject::connect(m_watch.get(), &BackgroundWatch::openRequested, m_window.get(),
                     [this](const QString &organisation, const QString &) { showWindow(organisation); });
    QObject::connect(m_watch.get(), &BackgroundWatch::quitRequested, m_closing.get(), &CloseToBackground::quit);
    if (RotationEngine *rotations = m_window->rotations())
        m_watch->announceReadyRotationsOf(rotations);
    m_watch->start(m_window->preferences().watchIntervalMinutes);
}

} // namespace keydesk
