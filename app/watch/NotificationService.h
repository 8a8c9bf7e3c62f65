#pragma once

#include "DesktopNotification.h"

#include <QDBusConnection>
#include <QObject>
#include <QStringList>

#include <functional>

namespace keydesk {

// The desktop's notification server, org.freedesktop.Notifications on the session bus
// (Desktop Notifications Specification 1.2), asked without ever waiting: probe() reads
// its capabilities, notify() shows one notification. Actions ("open", "snooze") are
// offered only when the server lists the "actions" capability.
class NotificationService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationService)
public:
    enum class Availability { Unknown, Available, Absent };
    static constexpr int callTimeoutMs = 10000;

    // `desktopEntry`: the hint that ties the notification to KeyDesk's .desktop file.
    NotificationService(const QDBusConnection &bus, QString desktopEntry, QObject *parent = nullptr);
    ~NotificationService() override;

    static QString openAction() { return QStringLiteral("open"); }
    static QString snoozeAction() { return QStringLiteral("snooze"); }

    // Asks for the capabilities; availabilityChanged() tells the outcome.
    void probe();
    Availability availability() const { return m_availability; }
    bool supportsActions() const { return m_capabilities.contains(QStringLiteral("actions")); }
    QStringList capabilities() const { return m_capabilities; }

    // Shows `notification`; `done` gets the server's id, or 0 when it failed (the server
    // went away: availability() is Absent then).
    void notify(const DesktopNotification &notification, QObject *context, std::function<void(uint id)> done);

Q_SIGNALS:
    void availabilityChanged(keydesk::NotificationService::Availability availability);
    void actionInvoked(uint id, const QString &action);
    void notificationClosed(uint id, uint reason);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    void setAvailability(Availability availability);

    QDBusConnection m_bus;
    QString m_desktopEntry;
    Availability m_availability = Availability::Unknown;
    QStringList m_capabilities;
};

} // namespace keydesk
