#include "FindingAnnouncer.h"

#include "Inventory.h"

#include <QSet>

namespace keydesk {

FindingAnnouncer::FindingAnnouncer(Services services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    NotificationService *service = m_services.service;
    connect(service, &NotificationService::availabilityChanged, this, [this](NotificationService::Availability) {
        if (m_services.service->availability() == NotificationService::Availability::Unknown || !m_waiting)
            return;
        const QList<Finding> waiting = *std::exchange(m_waiting, std::nullopt);
        claimAndShow(waiting);
    });
    connect(service, &NotificationService::actionInvoked, this, &FindingAnnouncer::onAction);
    connect(service, &NotificationService::notificationClosed, this, [this](uint id, uint) { m_shown.remove(id); });
}

FindingAnnouncer::~FindingAnnouncer() = default;

void FindingAnnouncer::announce(const QList<Finding> &findings)
{
    QList<Finding> open;
    for (const Finding &finding : findings) {
        if (!finding.acknowledged)
            open.append(finding);
    }
    if (m_services.service->availability() == NotificationService::Availability::Unknown) {
        m_waiting = open; // the newest cycle replaces an older one that still waits
        return;
    }
    claimAndShow(open);
}

void FindingAnnouncer::claimAndShow(const QList<Finding> &open)
{
    const bool server = m_services.service->availability() == NotificationService::Availability::Available;
    // Nothing can show a notification: nothing is marked notified, so the findings are
    // announced once something can.
    if (open.isEmpty() || (!server && !m_services.fallback)) {
        Q_EMIT announced(0, !server);
        return;
    }
    QStringList identities;
    for (const Finding &finding : open)
        identities.append(finding.identity());
    m_services.inventory->claimFindingNotices(
        identities, m_services.clock(), this, [this, open](const InventoryResult<QStringList> &result) {
            if (!result.ok()) {
                Q_EMIT announced(0, false);
                return;
            }
            const QSet<QString> claimed(result.value.cbegin(), result.value.cend());
            QList<Finding> fresh; // worst first, as Inventory::findings orders them
            for (const Finding &finding : open) {
                if (claimed.contains(finding.identity()))
                    fresh.append(finding);
            }
            QList<DesktopNotification> notifications;
            for (const Finding &finding : fresh.mid(0, maxSeparate))
                notifications.append(DesktopNotification::about(finding));
            if (fresh.size() > maxSeparate)
                notifications.append(DesktopNotification::summaryOf(fresh.mid(maxSeparate)));
            show(notifications);
        });
}

QString FindingAnnouncer::rotationNoticeIdentity(const QString &rotationId)
{
    return QStringLiteral("rotation-ready|") + rotationId;
}

void FindingAnnouncer::announceReadyToRevoke(const RotationRecord &rotation)
{
    const bool server = m_services.service->availability() == NotificationService::Availability::Available;
    if (!server && !m_services.fallback) {
        Q_EMIT announced(0, true); // nothing can show it: not claimed, so a later process may
        return;
    }
    const QString identity = rotationNoticeIdentity(rotation.id);
    m_services.inventory->claimFindingNotices(
        {identity}, m_services.clock(), this, [this, rotation, server](const InventoryResult<QStringList> &result) {
            // Nothing claimed: notified before, here or by another process.
            if (result.ok() && !result.value.isEmpty())
                show({DesktopNotification::readyToRevoke(rotation)});
            else
                Q_EMIT announced(0, !server);
        });
}

void FindingAnnouncer::show(const QList<DesktopNotification> &notifications)
{
    const bool server = m_services.service->availability() == NotificationService::Availability::Available;
    if (notifications.isEmpty() || !server) {
        int shown = 0;
        for (const DesktopNotification &notification : notifications)
            shown += m_services.fallback && m_services.fallback(notification) ? 1 : 0;
        Q_EMIT announced(shown, true);
        return;
    }
    auto remaining = std::make_shared<int>(int(notifications.size()));
    auto shown = std::make_shared<int>(0);
    for (const DesktopNotification &notification : notifications) {
        m_services.service->notify(notification, this, [this, notification, remaining, shown](uint id) {
            if (id != 0) {
                m_shown.insert(id, notification);
                ++*shown;
            } else if (m_services.fallback && m_services.fallback(notification)) {
                ++*shown; // the server went away meanwhile
            }
            if (--*remaining == 0)
                Q_EMIT announced(*shown, false);
        });
    }
}

void FindingAnnouncer::onAction(uint id, const QString &action)
{
    const auto shown = m_shown.constFind(id);
    if (shown == m_shown.cend())
        return; // another program's notification
    const DesktopNotification notification = *shown;
    if (notification.findings.isEmpty()) { // a rotation's notice
        if (action == NotificationService::openAction())
            Q_EMIT openRequested(notification.organisation, notification.keyId);
        return;
    }
    if (action == NotificationService::openAction()) {
        const Finding &first = notification.findings.constFirst();
        Q_EMIT openRequested(first.organisation, notification.findings.size() == 1 ? first.keyId : QString());
    } else if (action == NotificationService::snoozeAction()) {
        snooze(notification.findings);
    }
}

void FindingAnnouncer::snooze(const QList<Finding> &findings)
{
    const QDateTime now = m_services.clock();
    QList<FindingNotice> notices;
    QStringList identities;
    for (const Finding &finding : findings) {
        if (finding.acknowledged)
            continue;
        notices.append({finding.identity(), now, now.addSecs(snoozeSeconds)});
        identities.append(finding.identity());
    }
    if (notices.isEmpty())
        return;
    m_services.inventory->setFindingNotices(notices, this, [this, identities](const InventoryResult<bool> &result) {
        if (result.ok())
            Q_EMIT snoozed(identities);
    });
}

} // namespace keydesk
