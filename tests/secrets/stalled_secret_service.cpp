// Test helper: owns org.freedesktop.secrets on the session bus but answers nothing (or,
// with --reply-after-ms N, answers every call with an error after N ms), so that
// keychain jobs run into their time limit deterministically. Prints "ready" once the
// name is owned; runs until killed.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QTimer>

#include <cstdio>

namespace {

class StalledObject final : public QDBusVirtualObject {
public:
    explicit StalledObject(int replyAfterMs)
        : m_replyAfterMs(replyAfterMs)
    {
    }

    QString introspect(const QString &) const override { return {}; }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        if (m_replyAfterMs >= 0) {
            QTimer::singleShot(m_replyAfterMs, this, [message, connection]() mutable {
                connection.send(message.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.Failed"),
                                                         QStringLiteral("stalled secret service gives up")));
            });
        }
        return true; // held: the caller waits
    }

private:
    int m_replyAfterMs;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int replyAfterMs = -1;
    const QStringList arguments = app.arguments();
    const qsizetype option = arguments.indexOf(QStringLiteral("--reply-after-ms"));
    if (option >= 0 && option + 1 < arguments.size())
        replyAfterMs = arguments.at(option + 1).toInt();

    QDBusConnection bus = QDBusConnection::sessionBus();
    StalledObject object(replyAfterMs);
    if (!bus.registerVirtualObject(QStringLiteral("/org/freedesktop/secrets"), &object, QDBusConnection::SubPath)
        || !bus.registerService(QStringLiteral("org.freedesktop.secrets"))) {
        std::fputs("cannot own org.freedesktop.secrets\n", stderr);
        return 1;
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    return app.exec();
}
