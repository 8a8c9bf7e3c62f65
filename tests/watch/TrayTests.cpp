#include "BackgroundWatch.h"
#include "CloseToBackground.h"
#include "DesktopProcesses.h"
#include "TrayIcon.h"
#include "WatchFixture.h"

#include <QApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>

using namespace keydesk;
using namespace keydesk::test;

namespace {

QWidget *visibleBalloon()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qstrcmp(widget->metaObject()->className(), "QBalloonTip") == 0 && widget->isVisible())
            return widget;
    }
    return nullptr;
}

} // namespace

TEST(Tray, TooltipShowsTheWorstOpenFindingOfTheWatch)
{
    TrayHostProcess host;
    ASSERT_TRUE(host.started()) << "trayer gives the display a system tray";
    WatchFixture fixture;
    BackgroundWatch watch({&fixture.network, &fixture.profiles, fixture.keychain.get(), fixture.clock,
                           fixture.inventory.get(), QDBusConnection::sessionBus(), QDBusConnection::sessionBus()});
    QSignalSpy judged(watch.cycle(), &WatchCycle::judged);
    watch.start(15);
    ASSERT_TRUE(judged.wait(watchWaitMs));
    EXPECT_TRUE(watch.tray()->trayIcon()->isVisible());
    const QString tip = watch.tray()->toolTip();
    // deploy-key expires in 5 days (warning) is worse than the admin key's no-expiry (info).
    EXPECT_TRUE(tip.startsWith(QStringLiteral("KeyDesk — 2 open findings\n"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Warning: Expires soon — deploy-key (acme)"))) << tip.toStdString();
    EXPECT_EQ(watch.tray()->worstSeverity(), Severity::Warning);

    watch.tray()->setFindings({});
    EXPECT_EQ(watch.tray()->toolTip(), QStringLiteral("KeyDesk — No findings"));
    EXPECT_FALSE(watch.tray()->worstSeverity().has_value());
}

TEST(Tray, MenuOffersOpenRefreshSnoozeAndQuit)
{
    TrayIcon tray;
    QStringList names;
    for (const QAction *action : tray.menu()->actions()) {
        if (!action->isSeparator())
            names.append(action->text());
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("&Open KeyDesk"), QStringLiteral("&Refresh Now"),
                                  QStringLiteral("&Snooze All for a Day"), QStringLiteral("&Quit")}));
    QSignalSpy refresh(&tray, &TrayIcon::refreshRequested);
    tray.menu()->findChild<QAction *>(QStringLiteral("trayRefresh"))->trigger();
    EXPECT_EQ(refresh.count(), 1);
}

TEST(Tray, FallbackMessageIsABalloonFromTheTrayIcon)
{
    TrayHostProcess host;
    ASSERT_TRUE(host.started());
    TrayIcon tray;
    ASSERT_TRUE(QTest::qWaitFor([&tray] { return tray.trayIcon()->isVisible(); }, watchWaitMs));
    DesktopNotification notification;
    notification.summary = QStringLiteral("Expires soon: deploy-key");
    notification.body = QStringLiteral("acme (Warning).");
    ASSERT_TRUE(tray.showMessage(notification));
    EXPECT_TRUE(QTest::qWaitFor([] { return visibleBalloon() != nullptr; }, watchWaitMs));
}

TEST(Tray, WithoutATrayClosingTheWindowAsksWhetherToKeepWatching)
{
    QMainWindow window;
    CloseToBackground closing(&window, [] { return false; });
    closing.setWatching(true);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.close();
    ASSERT_NE(closing.question(), nullptr);
    EXPECT_TRUE(window.isVisible()) << "the window stays until the user answers";
    QSignalSpy kept(&closing, &CloseToBackground::keptWatching);
    QPushButton *keep = nullptr;
    for (QAbstractButton *button : closing.question()->buttons()) {
        if (button->text() == QLatin1String("&Keep Watching"))
            keep = qobject_cast<QPushButton *>(button);
    }
    ASSERT_NE(keep, nullptr);
    keep->click();
    EXPECT_EQ(kept.count(), 1);
    EXPECT_FALSE(window.isVisible());
    EXPECT_FALSE(QApplication::quitOnLastWindowClosed());
    closing.setWatching(false);
}

TEST(Tray, WithATrayClosingTheWindowJustHidesIt)
{
    QMainWindow window;
    CloseToBackground closing(&window, [] { return true; });
    closing.setWatching(true);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.close();
    EXPECT_EQ(closing.question(), nullptr);
    EXPECT_FALSE(window.isVisible());
    closing.setWatching(false);
}
