#include "NotificationService.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QPointer>

namespace keydesk {

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");

// The specification's urgency levels: 0 low, 1 normal, 2 critical.
uchar urgencyOf(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return 0;
    case Severity::Warning:
        return 1;
    case Severity::Critical:
        return 2;
    }
    return 1;
}

QString escapedMarkup(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

NotificationService::NotificationService(const QDBusConnection &bus, QString desktopEntry, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_desktopEntry(std::move(desktopEntry))
{
    // The server sends both signals to the client that showed the notification.
    // QtDBus connects signals by slot name only (no function-pointer overload).
    m_bus.connect(service, path, interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service, path, interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
}

NotificationService::~NotificationService() = default;

void NotificationService::probe()
{
    if (!m_bus.isConnected()) {
        setAvailability(Availability::Absent);
        return;
    }
    const QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface,
                                                             QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QStringList> reply = *watcher;
        if (reply.isError()) {
            m_capabilities.clear();
            setAvailability(Availability::Absent);
            return;
        }
        m_capabilities = reply.value();
        setAvailability(Availability::Available);
    });
}

void NotificationService::notify(const DesktopNotification &notification, QObject *context,
                                 std::function<void(uint id)> done)
{
    QStringList actions;
    if (supportsActions())
        actions << openAction() << tr("Open") << snoozeAction() << tr("Snooze a day");
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), m_desktopEntry);
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(urgencyOf(notification.severity)));
    // Without "body-markup" the server shows the body as it is; with it, the text is
    // escaped so a key name never becomes markup.
    const bool markup = m_capabilities.contains(QStringLiteral("body-markup"));
    const QString body = markup ? escapedMarkup(notification.body) : notification.body;
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    call << QStringLiteral("KeyDesk") << uint(0) << m_desktopEntry << notification.summary << body << actions << hints
         << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, callTimeoutMs), this);
    QPointer<QObject> guard(context);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, guard, done = std::move(done)] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        const uint id = reply.isError() ? 0 : reply.value();
        if (reply.isError())
            setAvailability(Availability::Absent);
        if (guard && done)
            done(id);
    });
}

void NotificationService::onActionInvoked(uint id, const QString &action)
{
    Q_EMIT actionInvoked(id, action);
}

void NotificationService::onNotificationClosed(uint id, uint reason)
{
    Q_EMIT notificationClosed(id, reason);
}

void NotificationService::setAvailability(Availability availability)
{
    m_availability = availability;
    Q_EMIT availabilityChanged(availability);
}

} // namespace keydesk
