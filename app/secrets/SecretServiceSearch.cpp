#include "SecretServiceSearch.h"

#include "SecretServiceBus.h"
#include "SecretStore.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

using Attributes = QMap<QString, QString>; // D-Bus a{ss}

const QString servicePath = u"/org/freedesktop/secrets"_s;
const QString serviceInterface = u"org.freedesktop.Secret.Service"_s;
const QString itemInterface = u"org.freedesktop.Secret.Item"_s;
const QString propertiesInterface = u"org.freedesktop.DBus.Properties"_s;
// What QtKeychain's libsecret backend stores (see KeychainSecretStore.h).
const QString qtKeychainSchema = u"org.qt.keychain"_s;

SecretError errorFrom(const QDBusError &error)
{
    return SecretError{secretservice::meansNoProvider(error) ? SecretError::Kind::NoSecretService
                                                             : SecretError::Kind::Other,
                       error.message()};
}

Attributes attributesFrom(const QDBusVariant &value)
{
    const QVariant variant = value.variant();
    if (variant.metaType() == QMetaType::fromType<QDBusArgument>())
        return qdbus_cast<Attributes>(variant.value<QDBusArgument>());
    return variant.value<Attributes>();
}

} // namespace

SecretServiceSearch::SecretServiceSearch(SecretJob *job, QString service, QString prefix,
                                         std::chrono::milliseconds timeLimit)
    : QObject(job)
    , m_job(job)
    , m_service(std::move(service))
    , m_prefix(std::move(prefix))
    , m_bus(QDBusConnection::sessionBus())
    , m_callTimeoutMs(int(std::max<std::chrono::milliseconds::rep>(timeLimit.count(), 1)))
{
    static const QMetaType registered = qDBusRegisterMetaType<Attributes>();
    Q_UNUSED(registered);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(timeLimit);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(SecretError{SecretError::Kind::Timeout,
                         tr("The keychain did not list its entries within %n ms.", nullptr, m_callTimeoutMs)});
    });
}

void SecretServiceSearch::start()
{
    // The caller connects to the job after start(): answer on the next event-loop pass.
    QMetaObject::invokeMethod(this, &SecretServiceSearch::search, Qt::QueuedConnection);
}

void SecretServiceSearch::search()
{
    if (!m_bus.isConnected()) {
        fail(SecretError{SecretError::Kind::NoSessionBus,
                         m_bus.lastError().isValid() ? m_bus.lastError().message() : QString()});
        return;
    }
    m_deadline.start();
    QDBusMessage call = QDBusMessage::createMethodCall(secretservice::busName(), servicePath, serviceInterface,
                                                       u"SearchItems"_s);
    call << QVariant::fromValue(Attributes{{u"server"_s, m_service}});
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, m_callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *watcher;
        if (reply.isError()) {
            fail(errorFrom(reply.error()));
            return;
        }
        readAttributes(reply.argumentAt<0>() + reply.argumentAt<1>()); // unlocked, then locked
    });
}

void SecretServiceSearch::readAttributes(const QList<QDBusObjectPath> &items)
{
    if (items.isEmpty()) {
        succeed();
        return;
    }
    m_outstanding = items.size();
    for (const QDBusObjectPath &item : items) {
        QDBusMessage get = QDBusMessage::createMethodCall(secretservice::busName(), item.path(), propertiesInterface,
                                                          u"Get"_s);
        get << itemInterface << u"Attributes"_s;
        auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(get, m_callTimeoutMs), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
            watcher->deleteLater();
            const QDBusPendingReply<QDBusVariant> reply = *watcher;
            if (!reply.isError()) {
                const Attributes attributes = attributesFrom(reply.value());
                const QString schema = attributes.value(u"xdg:schema"_s);
                const QString user = attributes.value(u"user"_s);
                if ((schema.isEmpty() || schema == qtKeychainSchema) && user.startsWith(m_prefix))
                    m_found.append(user);
            }
            if (--m_outstanding == 0)
                succeed();
        });
    }
}

void SecretServiceSearch::fail(SecretError error)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_job->finishWithError(std::move(error));
}

void SecretServiceSearch::succeed()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_found.sort();
    m_found.removeDuplicates();
    m_job->finishWithEntries(m_found);
}

} // namespace keydesk
