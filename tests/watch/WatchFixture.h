#pragma once

#include "FindingAnnouncer.h"
#include "Inventory.h"
#include "NotificationService.h"
#include "ProfileStore.h"
#include "SandboxProcess.h"
#include "TestPaths.h"
#include "TestSecretStores.h"
#include "WatchCycle.h"

#include <gtest/gtest.h>

#include <QDBusConnection>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace keydesk::test {

constexpr int watchWaitMs = 30000; // generous: a busy 2-core machine

// One LocalLeads sandbox with a key that expires in 5 days ("deploy-key"), its profile
// (credential in the real keyring), a real inventory file, and the watch's pieces:
// the cycle, the notification client on the session bus and the announcer.
struct WatchFixture {
    WatchFixture()
        : sandbox(QStringLiteral("localleads"))
        , settings(directory.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , profiles(&settings)
        , keychain(makeTestSecretStore(QStringLiteral("KeyDeskTests-watch")))
    {
        EXPECT_TRUE(sandbox.started()) << sandbox.startError().toStdString();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KEYDESK_CREDENTIAL"), sandbox.credential());
        const ProcessResult created = runProcess(cliExecutable(),
                                                 {QStringLiteral("--dialect"), QStringLiteral("localleads"),
                                                  QStringLiteral("--base-url"), sandbox.url().toString(),
                                                  QStringLiteral("create"), QStringLiteral("deploy-key"),
                                                  QStringLiteral("--expires-in-days"), QStringLiteral("5")},
                                                 {}, environment);
        EXPECT_EQ(created.exitCode, 0) << created.err.toStdString();
        Profile profile;
        profile.name = QStringLiteral("acme");
        profile.dialect = Dialect::LocalLeads;
        profile.baseUrl = sandbox.url();
        EXPECT_TRUE(profiles.save(profile));
        EXPECT_TRUE(awaitJob(keychain->write(SecretStore::credentialEntry(profile.name), sandbox.credential())).ok());
        openInventory();
    }

    ~WatchFixture()
    {
        announcer.reset();
        service.reset();
        cycle.reset();
        awaitJob(keychain->remove(SecretStore::credentialEntry(QStringLiteral("acme"))));
    }

    // A new Inventory on the same file and new watch pieces: what a restart of KeyDesk
    // (or a second KeyDesk process) has.
    void openInventory()
    {
        announcer.reset();
        service.reset();
        cycle.reset();
        inventory = std::make_unique<Inventory>(directory.filePath(QStringLiteral("inventory.sqlite")));
        inventory->open();
        cycle = std::make_unique<WatchCycle>(
            WatchCycle::Services{&network, &profiles, nullptr, keychain.get(), clock, inventory.get()});
        service = std::make_unique<NotificationService>(QDBusConnection::sessionBus(),
                                                        QStringLiteral("io.keydesk.KeyDesk"));
        announcer = std::make_unique<FindingAnnouncer>(FindingAnnouncer::Services{
            inventory.get(), service.get(), clock, [this](const DesktopNotification &notification) {
                if (!fallbackAvailable)
                    return false;
                fallbackShown.append(notification.summary);
                return true;
            }});
        QObject::connect(cycle.get(), &WatchCycle::judged, announcer.get(), &FindingAnnouncer::announce);
    }

    // One cycle and its announcement: how many notifications went out, and how.
    std::pair<int, bool> runCycle()
    {
        QSignalSpy announced(announcer.get(), &FindingAnnouncer::announced);
        if (service->availability() == NotificationService::Availability::Unknown)
            service->probe();
        cycle->runNow();
        if (!announced.wait(watchWaitMs))
            return {-1, false};
        return {announced.first().at(0).toInt(), announced.first().at(1).toBool()};
    }

    QHash<QString, FindingNotice> notices()
    {
        QHash<QString, FindingNotice> found;
        bool done = false;
        inventory->findingNotices(inventory.get(), [&](const InventoryResult<QHash<QString, FindingNotice>> &result) {
            found = result.value;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, watchWaitMs));
        return found;
    }

    QTemporaryDir directory;
    SandboxProcess sandbox;
    QSettings settings;
    ProfileStore profiles;
    std::unique_ptr<SecretStore> keychain;
    QNetworkAccessManager network;
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    std::unique_ptr<Inventory> inventory;
    std::unique_ptr<WatchCycle> cycle;
    std::unique_ptr<NotificationService> service;
    std::unique_ptr<FindingAnnouncer> announcer;
    bool fallbackAvailable = true;
    QStringList fallbackShown;
};

} // namespace keydesk::test
