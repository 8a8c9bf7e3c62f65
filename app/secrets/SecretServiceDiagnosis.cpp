#include "SecretServiceDiagnosis.h"

#include "SecretServiceBus.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QStringList>

namespace keydesk {

namespace {

const QString busService = QStringLiteral("org.freedesktop.DBus");
const QString busPath = QStringLiteral("/org/freedesktop/DBus");

} // namespace

SecretServiceDiagnosis::SecretServiceDiagnosis(std::chrono::milliseconds timeLimit, QObject *parent)
    : QObject(parent)
    , m_bus(QDBusConnection::sessionBus())
    , m_callTimeoutMs(int(std::max<std::chrono::milliseconds::rep>(timeLimit.count(), 1)))
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(timeLimit);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { conclude(SecretError::Kind::None, tr("The keychain diagnosis did not finish in time.")); });
}

void SecretServiceDiagnosis::start()
{
    // No bus at all: DBUS_SESSION_BUS_ADDRESS unset, or pointing at a dead socket.
    if (!m_bus.isConnected()) {
        const QString reason = m_bus.lastError().isValid() ? m_bus.lastError().message() : QString();
        conclude(SecretError::Kind::NoSessionBus, reason);
        return;
    }
    m_deadline.start();
    askNameHasOwner();
}

template <typename Handler>
void SecretServiceDiagnosis::call(const QString &service, const QString &path, const QString &interface,
                                  const QString &method, const QVariantList &arguments, Handler handler)
{
    QDBusMessage message = QDBusMessage::createMethodCall(service, path, interface, method);
    message.setArguments(arguments);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, m_callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [watcher, handler = std::move(handler)] {
        watcher->deleteLater();
        handler(*watcher);
    });
}

void SecretServiceDiagnosis::askNameHasOwner()
{
    call(busService, busPath, busService, QStringLiteral("NameHasOwner"), {secretservice::busName()},
         [this](const QDBusPendingCall &call) {
             const QDBusPendingReply<bool> reply = call;
             if (reply.isError())
                 conclude(SecretError::Kind::None, reply.error().message());
             else if (reply.value())
                 askDefaultCollectionLocked();
             else
                 askActivatableNames();
         });
}

void SecretServiceDiagnosis::askActivatableNames()
{
    call(busService, busPath, busService, QStringLiteral("ListActivatableNames"), {},
         [this](const QDBusPendingCall &call) {
             const QDBusPendingReply<QStringList> reply = call;
             if (reply.isError())
                 conclude(SecretError::Kind::None, reply.error().message());
             else if (reply.value().contains(secretservice::busName()))
                 // Asking the collection starts the service, as libsecret would have.
                 askDefaultCollectionLocked();
             else
                 conclude(SecretError::Kind::NoSecretService,
                          tr("Nothing provides %1 on the session bus.").arg(secretservice::busName()));
         });
}

void SecretServiceDiagnosis::askDefaultCollectionLocked()
{
    call(secretservice::busName(), QStringLiteral("/org/freedesktop/secrets/aliases/default"),
         QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
         {QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")},
         [this](const QDBusPendingCall &call) {
             const QDBusPendingReply<QDBusVariant> reply = call;
             if (reply.isError()) {
                 const QDBusError error = reply.error();
                 conclude(secretservice::meansNoProvider(error) ? SecretError::Kind::NoSecretService
                                                                : SecretError::Kind::None,
                          error.message());
             } else if (reply.value().variant().toBool()) {
                 conclude(SecretError::Kind::Locked, tr("The default collection of the Secret Service is locked."));
             } else {
                 conclude(SecretError::Kind::None, {});
             }
         });
}

void SecretServiceDiagnosis::conclude(SecretError::Kind finding, const QString &detail)
{
    if (m_concluded)
        return;
    m_concluded = true;
    m_deadline.stop();
    Q_EMIT finished(finding, detail);
}

} // namespace keydesk
