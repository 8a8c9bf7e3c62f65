#include "DemoEnvironment.h"
#include "ErrorBanner.h"
#include "HandoffStore.h"
#include "Inventory.h"
#include "KeyTableModel.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "SandboxProcess.h"
#include "CreateKeyDialog.h"
#include "RevealKeyDialog.h"
#include "RotateKeyDialog.h"
#include "RotationEngine.h"
#include "WindowWatch.h"
#include "RotationRules.h"
#include "SecretClipboard.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace keydesk;

namespace {

// The demo as `keydesk --demo` runs it: its servers, its inventory with the seeded
// history, and a window on them that has not started yet (null when the demo did not).
struct SeededDemo final {
    explicit SeededDemo(const QDateTime &frozenNow)
        : now(frozenNow)
        , demo([this] { return now; })
        , started(demo.start(&error))
        , inventory(demo.inventoryPath())
        , handoffs(demo.secrets(), demo.handoffIndexPath())
        , secretClipboard(QGuiApplication::clipboard())
    {
        if (!started)
            return;
        inventory.open();
        demo.seedInventory(inventory);
        window = std::make_unique<MainWindow>(
            MainWindow::Services{&network, demo.secrets(), demo.settings(), demo.profiles(), &handoffs,
                                 &secretClipboard, QGuiApplication::clipboard(), [this] { return now; }, &inventory});
    }
    // As keydesk --demo does: the window starts once the history is written.
    void start()
    {
        window->show();
        inventory.whenIdle(window.get(), [this] { window->start(); });
    }
    // start(), then the first organisation's keys listed.
    bool startAndWaitForKeys()
    {
        QSignalSpy loaded(window.get(), &MainWindow::keysLoaded);
        start();
        return loaded.wait(20000);
    }

    const QDateTime now;
    DemoEnvironment demo;
    QString error;
    const bool started;
    Inventory inventory;
    QNetworkAccessManager network;
    HandoffStore handoffs;
    SecretClipboard secretClipboard;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST(DemoTest, StartsTwoOrganisationsOnTemporaryStorageAndPopulates)
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    DemoEnvironment demo([] { return QDateTime::currentDateTimeUtc(); });
    QString error;
    ASSERT_TRUE(demo.start(&error)) << error.toStdString();
    EXPECT_TRUE(QDir::cleanPath(demo.settings()->fileName()).startsWith(QDir::cleanPath(QDir::tempPath())));

    QNetworkAccessManager network;
    HandoffStore handoffs(demo.secrets(), demo.handoffIndexPath());
    SecretClipboard secretClipboard(QGuiApplication::clipboard());
    MainWindow window({&network, demo.secrets(), demo.settings(), demo.profiles(), &handoffs, &secretClipboard,
                       QGuiApplication::clipboard(), [] { return QDateTime::currentDateTimeUtc(); }});
    window.setDemoMode(true);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("Demo")));
    QSignalSpy loaded(&window, &MainWindow::keysLoaded);
    window.show();
    window.start();
    ASSERT_TRUE(loaded.wait(20000));
    std::printf("[   INFO   ] demo: launch to populated table in %lld ms (in-process)\n",
                static_cast<long long>(sinceLaunch.elapsed()));
    EXPECT_EQ(loaded.at(0).at(0).toString(), DemoEnvironment::leadHqlProfileName());
    EXPECT_GT(window.keyModel().rowCount(), 3);
    EXPECT_EQ(window.profileSelector()->count(), 3); // two organisations and "All organisations"

    ASSERT_TRUE(window.selectProfile(DemoEnvironment::localLeadsProfileName()));
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_EQ(loaded.last().at(0).toString(), DemoEnvironment::localLeadsProfileName());
    EXPECT_EQ(window.keyModel().dialect(), Dialect::LocalLeads);
    EXPECT_GT(window.keyModel().rowCount(), 3);
}

TEST(DemoTest, OpensOnMonthsOfHistoryFromItsOwnInventory)
{
    SeededDemo seeded(QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(seeded.started) << seeded.error.toStdString();
    const QDateTime now = seeded.now;
    Inventory &inventory = seeded.inventory;
    MainWindow &window = *seeded.window;
    EXPECT_TRUE(QDir::cleanPath(seeded.demo.inventoryPath()).startsWith(QDir::cleanPath(QDir::tempPath())));
    QSignalSpy shown(&window, &MainWindow::lastKnownShown);
    QSignalSpy loaded(&window, &MainWindow::keysLoaded);
    seeded.start();
    ASSERT_TRUE(shown.wait(20000));
    EXPECT_EQ(loaded.count(), 0); // the cached start comes first…
    EXPECT_GT(shown.at(0).at(1).toInt(), 3);
    EXPECT_TRUE(window.statusText().contains(QStringLiteral("as of 3 hours ago"))) << window.statusText().toStdString();
    ASSERT_TRUE(loaded.wait(20000)); // …then the list

    // Months of history per key, for the chart.
    const QString organisation = DemoEnvironment::leadHqlProfileName();
    QString keyId;
    for (const ApiKey &key : window.keyModel().keys()) {
        if (key.name == QLatin1String("Production CRM sync")) // the demo's oldest, busiest key
            keyId = key.id;
    }
    ASSERT_FALSE(keyId.isEmpty());
    QList<Observation> history;
    bool done = false;
    inventory.history(organisation, keyId, &window, [&](const InventoryResult<QList<Observation>> &result) {
        history = result.value;
        done = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&done] { return done; }, 20000));
    ASSERT_GT(history.size(), 20);
    EXPECT_LT(history.constFirst().observedAt, now.addDays(-150));
    EXPECT_TRUE(history.constFirst().usageCount.has_value());
    EXPECT_LE(*history.constFirst().usageCount, *history.constLast().usageCount);

    QList<KnownOrganisation> organisations;
    done = false;
    inventory.organisations(&window, [&](const InventoryResult<QList<KnownOrganisation>> &result) {
        organisations = result.value;
        done = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&done] { return done; }, 20000));
    EXPECT_EQ(organisations.size(), 2);
}

TEST(DemoTest, AllOrganisationsShowsBothDemoOrganisationsAtFirstLaunch)
{
    SeededDemo seeded(QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(seeded.started) << seeded.error.toStdString();
    MainWindow &window = *seeded.window;
    QSignalSpy loaded(&window, &MainWindow::keysLoaded);
    seeded.start();
    ASSERT_TRUE(loaded.wait(20000));
    loaded.clear();

    ASSERT_TRUE(window.showAllOrganisations());
    const auto rowsOf = [&window](const QString &organisation) {
        int rows = 0;
        for (int row = 0; row < window.keyModel().rowCount(); ++row)
            rows += window.keyModel().organisationAt(row) == organisation ? 1 : 0;
        return rows;
    };
    // The seeded history's keys of both at once, then both lists.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return rowsOf(DemoEnvironment::leadHqlProfileName()) > 3
                   && rowsOf(DemoEnvironment::localLeadsProfileName()) > 3;
        },
        20000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() >= 2; }, 20000));
    QStringList listed;
    for (const QList<QVariant> &arguments : std::as_const(loaded))
        listed << arguments.at(0).toString();
    listed.sort();
    QStringList expected{DemoEnvironment::leadHqlProfileName(), DemoEnvironment::localLeadsProfileName()};
    expected.sort();
    EXPECT_EQ(listed, expected);
    EXPECT_TRUE(window.banner()->message().isEmpty() || !window.banner()->isVisibleTo(&window))
        << window.banner()->message().toStdString();
}

TEST(DemoTest, OneRotationIsUnderWayTheSuccessorInUseTheOldKeyGoingQuiet)
{
    SeededDemo seeded(QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(seeded.started) << seeded.error.toStdString();
    ASSERT_TRUE(seeded.startAndWaitForKeys());
    MainWindow &window = *seeded.window;
    ASSERT_NE(window.rotations(), nullptr);
    // The window's own listing has moved it on (RotationEngine::advance): still under way.
    std::optional<RotationRecord> rotation;
    bool answered = false;
    window.rotations()->rotations(DemoEnvironment::leadHqlProfileName(), true,
                                  [&](const QList<RotationRecord> &open, const QString &error) {
                                      EXPECT_TRUE(error.isEmpty()) << error.toStdString();
                                      if (open.size() == 1)
                                          rotation = open.constFirst();
                                      answered = true;
                                  });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered; }, 20000));
    ASSERT_TRUE(rotation.has_value());
    EXPECT_EQ(rotation->oldKeyName, QStringLiteral("Zapier automation"));
    EXPECT_EQ(rotation->state, RotationState::WaitingForQuiet);
    EXPECT_TRUE(rotation->newKeyFirstUsedAt.isValid()); // the successor in use
    const QDateTime due = RotationRules::revokeDueAt(*rotation);
    EXPECT_GT(due, seeded.now); // the old key not quiet long enough yet
    // Both keys' rows say so.
    const KeyTableModel &model = window.keyModel();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return !model.rotationLabel(rotation->oldKeyId).isEmpty()
                   && !model.rotationLabel(rotation->newKeyId).isEmpty();
        },
        20000));
}

TEST(DemoTest, AtTheLocalLeadsLimitRotateOffersAnUnusedKeyFirst)
{
    SeededDemo seeded(QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(seeded.started) << seeded.error.toStdString();
    ASSERT_TRUE(seeded.startAndWaitForKeys());
    MainWindow &window = *seeded.window;
    QSignalSpy loaded(&window, &MainWindow::keysLoaded);
    ASSERT_TRUE(window.selectProfile(DemoEnvironment::localLeadsProfileName()));
    ASSERT_TRUE(loaded.wait(20000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.watch()->findings().isEmpty(); }, 20000));

    // 9 of 10 in the demo: one create through the window reaches the limit.
    QAction *create = window.findChild<QAction *>(QStringLiteral("actionCreateKey"));
    ASSERT_TRUE(create && create->isEnabled());
    loaded.clear();
    create->trigger();
    auto *createDialog = window.findChild<CreateKeyDialog *>();
    ASSERT_NE(createDialog, nullptr);
    createDialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("tenth key"));
    createDialog->accept();
    RevealKeyDialog *reveal = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (reveal = window.findChild<RevealKeyDialog *>()) != nullptr; }, 20000));
    delete reveal;
    ASSERT_TRUE(loaded.wait(20000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !create->isEnabled(); }, 20000)) << "at the limit";

    const QAbstractItemModel *rows = window.keyTable()->model();
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, KeyTableModel::Name).data(KeyTableModel::SortRole).toString()
            == QLatin1String("Production CRM sync"))
            window.keyTable()->selectRow(row);
    }
    QAction *rotate = window.findChild<QAction *>(QStringLiteral("actionRotate"));
    ASSERT_TRUE(rotate && rotate->isEnabled()) << (rotate ? rotate->toolTip().toStdString() : std::string());
    rotate->trigger();
    auto *dialog = window.findChild<RotateKeyDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isRoomShown());
    EXPECT_TRUE(dialog->roomText().contains(QStringLiteral("10 of 10"))) << dialog->roomText().toStdString();
    // The first offer is a never-used key of the demo (the watch's never-used finding).
    const QString offered = dialog->choice().revokeFirstKeyId;
    ASSERT_FALSE(offered.isEmpty());
    bool neverUsed = false;
    for (const Finding &finding : window.watch()->findings())
        neverUsed = neverUsed || (finding.keyId == offered && finding.code == FindingCode::NeverUsed);
    EXPECT_TRUE(neverUsed);
    dialog->reject();
}

TEST(DemoTest, ScreenshotModeRendersTheAllOrganisationsView)
{
    QTemporaryDir pictures;
    ASSERT_TRUE(pictures.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const test::ProcessResult result = test::runProcess(
        QStringLiteral(KEYDESK_GUI_PATH),
        {QStringLiteral("--demo"), QStringLiteral("--screenshot-dir"), pictures.path()}, {}, environment, 120000);
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    for (const char *name : {"main-window.png", "offline.png", "all-organisations.png"}) {
        const QImage picture(QDir(pictures.path()).filePath(QString::fromLatin1(name)));
        EXPECT_FALSE(picture.isNull()) << name;
        EXPECT_GT(picture.width(), 800) << name;
    }
}

TEST(DemoTest, SmokeTestOfTheRealExecutablePasses)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const test::ProcessResult result = test::runProcess(
        QStringLiteral(KEYDESK_GUI_PATH),
        {QStringLiteral("--demo"), QStringLiteral("--smoke-test"), QStringLiteral("2")}, {}, environment, 60000);
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains("populated")) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains("from the inventory")) << result.out.toStdString();
    std::printf("[   INFO   ] %s", result.out.constData());
}

TEST(DemoTest, SmokeTestRequiresTheDemo)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const test::ProcessResult result = test::runProcess(QStringLiteral(KEYDESK_GUI_PATH),
                                                        {QStringLiteral("--smoke-test"), QStringLiteral("1")}, {},
                                                        environment, 60000);
    ASSERT_TRUE(result.finished);
    EXPECT_NE(result.exitCode, 0);
}
