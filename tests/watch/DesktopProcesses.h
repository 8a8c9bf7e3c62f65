#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace keydesk::test {

// A real notification server, dunst, on the test's session bus and X display. Its
// configuration tags every KeyDesk notification's shown text with the desktop-entry
// hint and the urgency ("entry=io.keydesk.KeyDesk urgency=low|summary|body"), since
// `dunstctl history` reports neither; its context menu ("dunstctl context") picks the
// first entry containing `menuChoice`, so tests invoke an action through dunst.
class DunstProcess final {
public:
    explicit DunstProcess(const QString &menuChoice = QStringLiteral("Snooze"));
    ~DunstProcess();
    DunstProcess(const DunstProcess &) = delete;
    DunstProcess &operator=(const DunstProcess &) = delete;

    bool started() const { return m_started; }
    // Closes what is on screen (dunst keeps closed notifications in its history) and
    // returns the history's "message" texts, newest first.
    QStringList shownMessages();
    // Opens the context menu: dunst invokes the action the menu script chose.
    bool invokeMenuChoice();

private:
    QTemporaryDir m_directory;
    std::unique_ptr<QProcess> m_process;
    bool m_started = false;
};

// A real tray host (trayer) on the X display, so QSystemTrayIcon embeds.
class TrayHostProcess final {
public:
    TrayHostProcess();
    ~TrayHostProcess();
    TrayHostProcess(const TrayHostProcess &) = delete;
    TrayHostProcess &operator=(const TrayHostProcess &) = delete;
    bool started() const { return m_started; }

private:
    std::unique_ptr<QProcess> m_process;
    bool m_started = false;
};

// Runs dunstctl with `arguments`; its stdout.
QByteArray dunstctl(const QStringList &arguments);

} // namespace keydesk::test
