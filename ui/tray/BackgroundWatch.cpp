#include "BackgroundWatch.h"

#include "AutostartEntry.h"
#include "FindingAnnouncer.h"
#include "NotificationService.h"
#include "ResumeWatcher.h"
#include "RotationEngine.h"
#include "TrayIcon.h"

namespace keydesk {

BackgroundWatch::BackgroundWatch(Services services, QObject *parent)
    : QObject(parent)
    , m_cycle(new WatchCycle(
          {services.network, services.profiles, nullptr, services.secrets, services.clock, services.inventory}, this))
    , m_resume(new ResumeWatcher(services.clock, this))
    , m_notifications(new NotificationService(services.sessionBus, AutostartEntry::desktopId(), this))
    , m_tray(new TrayIcon(this))
    , m_announcer(new FindingAnnouncer(
          {services.inventory, m_notifications, services.clock,
           [this](const DesktopNotification &notification) { return m_tray->showMessage(notification); }},
          this))
{
    m_resume->watchLogind(services.systemBus);
    connect(m_resume, &ResumeWatcher::resumed, m_cycle, &WatchCycle::runNow);
    connect(m_cycle, &WatchCycle::cycleStarted, m_tray, [this] { m_tray->setRefreshing(true); });
    connect(m_cycle, &WatchCycle::judged, this, [this](const QList<Finding> &findings) {
        m_tray->setRefreshing(false);
        m_tray->setFindings(findings);
        m_announcer->announce(findings);
    });
    connect(m_tray, &TrayIcon::refreshRequested, m_cycle, &WatchCycle::runNow);
    connect(m_tray, &TrayIcon::snoozeAllRequested, this, [this] { m_announcer->snooze(m_cycle->findings()); });
    connect(m_tray, &TrayIcon::openRequested, this, [this] { Q_EMIT openRequested({}, {}); });
    connect(m_tray, &TrayIcon::quitRequested, this, &BackgroundWatch::quitRequested);
    connect(m_announcer, &FindingAnnouncer::openRequested, this, &BackgroundWatch::openRequested);
    // A rotation ready to revoke with auto-revoke off: a notification, once per rotation.
    if (RotationEngine *rotations = m_cycle->rotations())
        announceReadyRotationsOf(rotations);
}

void BackgroundWatch::announceReadyRotationsOf(RotationEngine *engine)
{
    connect(engine, &RotationEngine::readyToRevoke, m_announcer, &FindingAnnouncer::announceReadyToRevoke);
}

BackgroundWatch::~BackgroundWatch() = default;

void BackgroundWatch::start(int intervalMinutes)
{
    m_notifications->probe();
    m_cycle->start(intervalMinutes);
}

void BackgroundWatch::setIntervalMinutes(int intervalMinutes)
{
    m_cycle->setIntervalMinutes(intervalMinutes);
}

} // namespace keydesk
