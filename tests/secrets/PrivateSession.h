#pragma once

#include <QDBusConnection>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace keydesk::test {

// A private D-Bus session bus for one test: a real dbus-daemon with a minimal
// configuration that activates nothing (so no Secret Service appears unless the test
// starts one), plus a scratch HOME and XDG_RUNTIME_DIR. Optionally a fresh, unlocked
// gnome-keyring-daemon on it. Everything is stopped when this goes away.
class PrivateSession final {
public:
    PrivateSession();
    ~PrivateSession();
    PrivateSession(const PrivateSession &) = delete;
    PrivateSession &operator=(const PrivateSession &) = delete;

    // Empty on success, else what went wrong.
    QString startBus();
    QString startKeyring(const QByteArray &password);

    QString address() const { return m_address; }
    // The system environment pointed at this bus, HOME and runtime dir.
    QProcessEnvironment environment() const;
    // A QtDBus connection to this bus, for calls the test makes itself.
    QDBusConnection connection() const;

private:
    void stop(QProcess &process);

    QTemporaryDir m_scratch;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
    QString m_connectionName;
};

} // namespace keydesk::test
