#include "AutostartEntry.h"
#include "DesktopProcesses.h"
#include "ResumeWatcher.h"
#include "WatchFixture.h"

#include <QDBusMessage>
#include <QFile>

using namespace keydesk;
using namespace keydesk::test;

namespace {

int countContaining(const QStringList &messages, const QString &text)
{
    int count = 0;
    for (const QString &message : messages)
        count += message.contains(text) ? 1 : 0;
    return count;
}

QString deployKeyIdentity(const QList<Finding> &findings)
{
    for (const Finding &finding : findings) {
        if (finding.keyName == QLatin1String("deploy-key") && finding.code == FindingCode::ExpiresSoon)
            return finding.identity();
    }
    return {};
}

} // namespace

TEST(WatchNotifications, NewFindingNotifiedOnceThroughTheServerAcrossCyclesAndRestarts)
{
    DunstProcess dunst;
    ASSERT_TRUE(dunst.started());
    WatchFixture watch;
    const auto [shown, fallback] = watch.runCycle();
    ASSERT_GE(shown, 1);
    EXPECT_FALSE(fallback);
    ASSERT_FALSE(deployKeyIdentity(watch.cycle->findings()).isEmpty()) << "the listing was recorded and judged";
    const QStringList messages = dunst.shownMessages();
    EXPECT_EQ(int(messages.size()), shown);
    // 5 days left: expires-soon at warning, the "normal" urgency; the desktop-entry hint set.
    EXPECT_EQ(
        countContaining(messages, QStringLiteral("entry=io.keydesk.KeyDesk urgency=normal|Expires soon: deploy-key|"
                                                 "acme (Warning). Expires in ")),
        1)
        << messages.join(QLatin1Char('\n')).toStdString();
    // The sandbox's admin key never expires: info, the "low" urgency.
    EXPECT_EQ(countContaining(messages, QStringLiteral("entry=io.keydesk.KeyDesk urgency=low|Never expires: ")), 1)
        << messages.join(QLatin1Char('\n')).toStdString();

    EXPECT_EQ(watch.runCycle().first, 0) << "a second cycle notifies nothing";
    watch.openInventory(); // a restart: new objects, the same inventory file
    EXPECT_EQ(watch.runCycle().first, 0) << "nor does a restart";
    EXPECT_EQ(dunst.shownMessages().size(), messages.size());
}

TEST(WatchNotifications, SnoozeActionInvokedThroughTheServerIsStored)
{
    DunstProcess dunst(QStringLiteral("Snooze a day"));
    ASSERT_TRUE(dunst.started());
    WatchFixture watch;
    ASSERT_GE(watch.runCycle().first, 1);
    ASSERT_TRUE(watch.service->supportsActions());
    QSignalSpy snoozed(watch.announcer.get(), &FindingAnnouncer::snoozed);
    ASSERT_TRUE(dunst.invokeMenuChoice());
    ASSERT_TRUE(snoozed.wait(watchWaitMs));
    const QStringList identities = snoozed.first().at(0).toStringList();
    ASSERT_EQ(identities.size(), 1);
    const FindingNotice notice = watch.notices().value(identities.first());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_GT(notice.snoozedUntil, now.addSecs(23 * 3600));
    EXPECT_LT(notice.snoozedUntil, now.addSecs(25 * 3600));
}

TEST(WatchNotifications, WithoutANotificationServerTheFallbackShowsThem)
{
    WatchFixture watch;
    const auto [shown, fallback] = watch.runCycle();
    EXPECT_EQ(watch.service->availability(), NotificationService::Availability::Absent);
    EXPECT_TRUE(fallback);
    EXPECT_GE(shown, 1);
    EXPECT_TRUE(watch.fallbackShown.contains(QStringLiteral("Expires soon: deploy-key")))
        << watch.fallbackShown.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(watch.runCycle().first, 0);
}

TEST(WatchNotifications, NothingIsMarkedNotifiedWhenNothingCanShowIt)
{
    WatchFixture watch;
    watch.fallbackAvailable = false;
    watch.announcer.reset();
    watch.announcer = std::make_unique<FindingAnnouncer>(
        FindingAnnouncer::Services{watch.inventory.get(), watch.service.get(), watch.clock, {}});
    QObject::connect(watch.cycle.get(), &WatchCycle::judged, watch.announcer.get(), &FindingAnnouncer::announce);
    EXPECT_EQ(watch.runCycle().first, 0);
    EXPECT_TRUE(watch.notices().isEmpty());
}

TEST(WatchNotifications, SnoozedFindingIsDueAgainAfterADay)
{
    WatchFixture watch;
    const int first = watch.runCycle().first;
    ASSERT_GE(first, 1);
    QSignalSpy snoozed(watch.announcer.get(), &FindingAnnouncer::snoozed);
    watch.announcer->snooze(watch.cycle->findings());
    ASSERT_TRUE(snoozed.wait(watchWaitMs));
    EXPECT_EQ(watch.runCycle().first, 0);
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(25 * 3600);
    watch.clock = [later] { return later; };
    watch.openInventory();
    EXPECT_EQ(watch.runCycle().first, first);
}

TEST(WatchNotifications, ManyNewFindingsBeyondThreeShareOneSummary)
{
    WatchFixture watch;
    QList<Finding> findings;
    for (int i = 0; i < 5; ++i) {
        Finding finding;
        finding.organisation = QStringLiteral("acme");
        finding.keyId = QStringLiteral("k%1").arg(i);
        finding.keyName = QStringLiteral("key %1").arg(i);
        finding.code = FindingCode::NoExpiry;
        findings.append(finding);
    }
    QSignalSpy announced(watch.announcer.get(), &FindingAnnouncer::announced);
    watch.service->probe();
    watch.announcer->announce(findings);
    ASSERT_TRUE(announced.wait(watchWaitMs));
    EXPECT_EQ(announced.first().at(0).toInt(), 4);
    ASSERT_EQ(watch.fallbackShown.size(), 4);
    EXPECT_EQ(watch.fallbackShown.last(), QStringLiteral("2 more findings"));
}

TEST(WatchNotifications, TwoInventoriesOnOneFileClaimAFindingOnce)
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("inventory.sqlite"));
    Inventory first(path);
    Inventory second(path);
    first.open();
    second.open();
    int claimed = 0;
    int answers = 0;
    const auto count = [&](const InventoryResult<QStringList> &result) {
        EXPECT_TRUE(result.ok()) << result.error.toStdString();
        claimed += int(result.value.size());
        ++answers;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    first.claimFindingNotices({QStringLiteral("acme/k1/no-expiry/info")}, now, &first, count);
    second.claimFindingNotices({QStringLiteral("acme/k1/no-expiry/info")}, now, &second, count);
    ASSERT_TRUE(QTest::qWaitFor([&] { return answers == 2; }, watchWaitMs));
    EXPECT_EQ(claimed, 1);
}

TEST(WatchResume, WallClockJumpMeansAResume)
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    ResumeWatcher watcher([&now] { return now; });
    QSignalSpy resumed(&watcher, &ResumeWatcher::resumed);
    now = now.addSecs(30);
    watcher.checkClock();
    EXPECT_EQ(resumed.count(), 0) << "a tick late is no resume";
    now = now.addSecs(3600);
    watcher.checkClock();
    EXPECT_EQ(resumed.count(), 1);
}

TEST(WatchResume, LogindPrepareForSleepFalseMeansAResume)
{
    // A stand-in logind on the private session bus sends the real signal.
    QDBusConnection bus = QDBusConnection::sessionBus();
    ASSERT_TRUE(bus.registerService(QStringLiteral("org.freedesktop.login1")));
    ResumeWatcher watcher([] { return QDateTime::currentDateTimeUtc(); });
    watcher.watchLogind(bus);
    QSignalSpy resumed(&watcher, &ResumeWatcher::resumed);
    for (const bool sleeping : {true, false}) {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/login1"),
                                                         QStringLiteral("org.freedesktop.login1.Manager"),
                                                         QStringLiteral("PrepareForSleep"));
        signal << sleeping;
        ASSERT_TRUE(bus.send(signal));
    }
    EXPECT_TRUE(resumed.wait(watchWaitMs));
    EXPECT_EQ(resumed.count(), 1);
    bus.unregisterService(QStringLiteral("org.freedesktop.login1"));
}

TEST(WatchAutostart, StartAtLoginWritesAndRemovesTheXdgEntry)
{
    QTemporaryDir config;
    const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    const QString expected = config.filePath(QStringLiteral("autostart/io.keydesk.KeyDesk.desktop"));
    EXPECT_EQ(AutostartEntry::path(), expected);
    EXPECT_FALSE(AutostartEntry::isInstalled());
    QString error;
    ASSERT_TRUE(AutostartEntry::install(QStringLiteral("/opt/key desk/bin/keydesk"), &error)) << error.toStdString();
    QFile file(expected);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.startsWith("[Desktop Entry]\n"));
    EXPECT_TRUE(text.contains("\nExec=\"/opt/key desk/bin/keydesk\" --background\n")) << text.toStdString();
    EXPECT_TRUE(text.contains("\nType=Application\n"));
    EXPECT_TRUE(AutostartEntry::isInstalled());
    ASSERT_TRUE(AutostartEntry::remove(&error));
    EXPECT_FALSE(QFile::exists(expected));
    EXPECT_TRUE(AutostartEntry::remove(&error)) << "removing a missing entry is fine";
    qputenv("XDG_CONFIG_HOME", previous);
}

TEST(WatchNotifications, ARotationReadyToRevokeIsNotifiedOnceAcrossRestarts)
{
    WatchFixture watch;
    RotationRecord rotation;
    rotation.id = QStringLiteral("rot-1");
    rotation.organisation = QStringLiteral("acme");
    rotation.oldKeyId = QStringLiteral("k1");
    rotation.oldKeyName = QStringLiteral("deploy-key");
    rotation.newKeyName = QStringLiteral("deploy-key 2");
    rotation.state = RotationState::ReadyToRevoke;
    rotation.autoRevoke = false;
    const auto announce = [&] {
        watch.service->probe();
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return watch.service->availability() != NotificationService::Availability::Unknown; }, watchWaitMs));
        QSignalSpy announced(watch.announcer.get(), &FindingAnnouncer::announced);
        watch.announcer->announceReadyToRevoke(rotation);
        EXPECT_TRUE(announced.count() > 0 || announced.wait(watchWaitMs));
        return announced.isEmpty() ? -1 : announced.first().at(0).toInt();
    };
    ASSERT_EQ(announce(), 1);
    ASSERT_EQ(watch.fallbackShown.size(), 1); // no notification server here: the tray's balloon
    EXPECT_EQ(watch.fallbackShown.first(), QStringLiteral("Ready to revoke: deploy-key"));
    EXPECT_EQ(announce(), 0) << "once per rotation";
    watch.openInventory(); // a restart, or another KeyDesk process
    EXPECT_EQ(announce(), 0) << "nor after a restart";
    rotation.id = QStringLiteral("rot-2");
    EXPECT_EQ(announce(), 1) << "another rotation is news";
}
