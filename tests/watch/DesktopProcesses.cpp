#include "DesktopProcesses.h"

#include "SandboxProcess.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSystemTrayIcon>
#include <QTest>

namespace keydesk::test {

namespace {

constexpr int startMs = 20000;

bool writeFile(const QString &path, const QByteArray &text, bool executable = false)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return false;
    if (executable)
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    return true;
}

void stopProcess(QProcess *process)
{
    if (!process || process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    if (!process->waitForFinished(5000)) {
        process->kill();
        process->waitForFinished(5000);
    }
}

} // namespace

QByteArray dunstctl(const QStringList &arguments)
{
    return runProcess(QStringLiteral("dunstctl"), arguments).out;
}

DunstProcess::DunstProcess(const QString &menuChoice)
{
    const QString dmenu = m_directory.filePath(QStringLiteral("choose.sh"));
    writeFile(dmenu, QStringLiteral("#!/bin/sh\ngrep -F -m 1 '%1'\n").arg(menuChoice).toUtf8(), true);
    QByteArray config = "[global]\ndmenu = " + dmenu.toUtf8() + "\n";
    for (const char *urgency : {"low", "normal", "critical"}) {
        config += QByteArray("[keydesk-") + urgency + "]\ndesktop_entry = io.keydesk.KeyDesk\nmsg_urgency = " + urgency
                  + "\nformat = \"entry=io.keydesk.KeyDesk urgency=" + urgency + "|%s|%b\"\n";
    }
    const QString configPath = m_directory.filePath(QStringLiteral("dunstrc"));
    writeFile(configPath, config);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(QStringLiteral("dunst"), {QStringLiteral("-config"), configPath});
    if (!m_process->waitForStarted(startMs))
        return;
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    m_started = QTest::qWaitFor(
        [bus] { return bus->isServiceRegistered(QStringLiteral("org.freedesktop.Notifications")).value(); }, startMs);
}

DunstProcess::~DunstProcess()
{
    stopProcess(m_process.get());
    // Gone from the bus before the next test asks for a notification server.
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    (void)QTest::qWaitFor(
        [bus] { return !bus->isServiceRegistered(QStringLiteral("org.freedesktop.Notifications")).value(); }, startMs);
}

QStringList DunstProcess::shownMessages()
{
    dunstctl({QStringLiteral("close-all")});
    // Closing is asynchronous: wait until nothing is displayed any more.
    (void)QTest::qWaitFor(
        [] {
            return dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}).trimmed() == "0";
        },
        startMs);
    const QJsonObject history = QJsonDocument::fromJson(dunstctl({QStringLiteral("history")})).object();
    QStringList messages;
    for (const QJsonValue &page : history.value(QStringLiteral("data")).toArray()) {
        for (const QJsonValue &entry : page.toArray())
            messages.append(entry[QStringLiteral("message")][QStringLiteral("data")].toString());
    }
    return messages;
}

bool DunstProcess::invokeMenuChoice()
{
    return runProcess(QStringLiteral("dunstctl"), {QStringLiteral("context")}).exitCode == 0;
}

TrayHostProcess::TrayHostProcess()
{
    m_process = std::make_unique<QProcess>();
    m_process->start(QStringLiteral("trayer"),
                     {QStringLiteral("--edge"), QStringLiteral("top"), QStringLiteral("--widthtype"),
                      QStringLiteral("pixel"), QStringLiteral("--width"), QStringLiteral("120")});
    if (!m_process->waitForStarted(startMs))
        return;
    m_started = QTest::qWaitFor([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, startMs);
}

TrayHostProcess::~TrayHostProcess()
{
    stopProcess(m_process.get());
}

} // namespace keydesk::test
