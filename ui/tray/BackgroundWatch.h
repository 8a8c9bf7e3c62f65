#pragma once

#include "WatchCycle.h"

#include <QDBusConnection>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace keydesk {

class FindingAnnouncer;
class Inventory;
class NotificationService;
class ProfileStore;
class ResumeWatcher;
class RotationEngine;
class SecretStore;
class TrayIcon;

// `keydesk --background` and "Keep KeyDesk running in the system tray": the watch cycle
// (app/watch), resume from sleep, the notifications and the tray icon, wired together.
// The window is not part of it: openRequested() asks for it.
class BackgroundWatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundWatch)
public:
    struct Services {
        QNetworkAccessManager *network = nullptr;
        ProfileStore *profiles = nullptr;
        SecretStore *secrets = nullptr; // the keychain (memory in the demo)
        std::function<QDateTime()> clock;
        Inventory *inventory = nullptr;
        QDBusConnection sessionBus = QDBusConnection::sessionBus(); // the notification server
        QDBusConnection systemBus = QDBusConnection::systemBus();   // logind
    };

    explicit BackgroundWatch(Services services, QObject *parent = nullptr);
    ~BackgroundWatch() override;

    void start(int intervalMinutes);
    void setIntervalMinutes(int intervalMinutes);
    // Notifies the rotations `engine` finds ready to revoke (the window's engine too).
    void announceReadyRotationsOf(RotationEngine *engine);

    WatchCycle *cycle() const { return m_cycle; }
    TrayIcon *tray() const { return m_tray; }
    NotificationService *notifications() const { return m_notifications; }
    FindingAnnouncer *announcer() const { return m_announcer; }
    ResumeWatcher *resume() const { return m_resume; }

Q_SIGNALS:
    // Show the window (on this organisation and key when given).
    void openRequested(const QString &organisation, const QString &keyId);
    void quitRequested();

private:
    WatchCycle *m_cycle;
    ResumeWatcher *m_resume;
    NotificationService *m_notifications;
    TrayIcon *m_tray;
    FindingAnnouncer *m_announcer;
};

} // namespace keydesk
