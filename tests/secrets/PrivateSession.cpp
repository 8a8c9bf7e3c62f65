#include "PrivateSession.h"

#include <QDBusConnectionInterface>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QUuid>
#include <QtTest/QTest>

namespace keydesk::test {

PrivateSession::PrivateSession()
    : m_connectionName(QStringLiteral("keydesk-private-") + QUuid::createUuid().toString(QUuid::Id128))
{
    QDir(m_scratch.path()).mkpath(QStringLiteral("home"));
    QDir(m_scratch.path()).mkpath(QStringLiteral("run"));
    QFile::setPermissions(m_scratch.filePath(QStringLiteral("run")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

PrivateSession::~PrivateSession()
{
    QDBusConnection::disconnectFromBus(m_connectionName);
    stop(m_keyring);
    stop(m_bus);
}

void PrivateSession::stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

QString PrivateSession::startBus()
{
    if (!m_scratch.isValid())
        return QStringLiteral("no temporary directory");
    // Like the standard session configuration, minus every service directory.
    const QString configPath = m_scratch.filePath(QStringLiteral("bus.conf"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly))
        return config.errorString();
    config.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                                " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                                "<auth>EXTERNAL</auth>"
                                "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                                "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                     .arg(m_scratch.filePath(QStringLiteral("run")))
                     .toUtf8());
    config.close();

    m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--config-file=") + configPath,
                                                QStringLiteral("--print-address"), QStringLiteral("--nofork")});
    if (!m_bus.waitForStarted(10000))
        return QStringLiteral("cannot start dbus-daemon: ") + m_bus.errorString();
    const QDeadlineTimer deadline(15000);
    while (!m_bus.canReadLine() && !deadline.hasExpired() && m_bus.state() == QProcess::Running)
        m_bus.waitForReadyRead(100);
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    if (m_address.isEmpty())
        return QStringLiteral("dbus-daemon printed no address: ") + QString::fromUtf8(m_bus.readAllStandardError());
    if (!connection().isConnected())
        return QStringLiteral("cannot connect to the private bus: ") + connection().lastError().message();
    return {};
}

QString PrivateSession::startKeyring(const QByteArray &password)
{
    m_keyring.setProcessEnvironment(environment());
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"), {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                                                             QStringLiteral("--components=secrets")});
    if (!m_keyring.waitForStarted(10000))
        return QStringLiteral("cannot start gnome-keyring-daemon: ") + m_keyring.errorString();
    m_keyring.write(password);
    m_keyring.closeWriteChannel();
    QDBusConnectionInterface *bus = connection().interface();
    const bool owned = QTest::qWaitFor(
        [bus] { return bus->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")).value(); }, 30000);
    if (!owned)
        return QStringLiteral("gnome-keyring-daemon did not take org.freedesktop.secrets: ")
               + QString::fromUtf8(m_keyring.readAllStandardError());
    return {};
}

QProcessEnvironment PrivateSession::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    environment.insert(QStringLiteral("HOME"), m_scratch.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_scratch.filePath(QStringLiteral("run")));
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "GNOME_KEYRING_CONTROL",
                             "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

QDBusConnection PrivateSession::connection() const
{
    return QDBusConnection::connectToBus(m_address, m_connectionName);
}

} // namespace keydesk::test
