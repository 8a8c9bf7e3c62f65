#pragma once

#include "QtPrinters.h"

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace keydesk::test {

QString guiDriverExecutable();
QString guiExecutable();

// A throwaway HOME and TMPDIR for the client processes of one test. They keep the
// D-Bus session (and so the unlocked keyring) of tests/with-keyring.sh.
class ClientHome final {
public:
    ClientHome();
    bool isValid() const { return m_root.isValid(); }
    QString root() const { return m_root.path(); }
    QString home() const { return m_root.path() + QStringLiteral("/home"); }
    QString tmp() const { return m_root.path() + QStringLiteral("/tmp"); }
    QString settingsFile() const { return home() + QStringLiteral("/.config/KeyDesk/KeyDesk.conf"); }
    QString handoffIndex() const
    {
        return home() + QStringLiteral("/.local/share/KeyDesk/KeyDesk/pending-handoffs.json");
    }
    // No KEYDESK_CREDENTIAL unless given.
    QProcessEnvironment environment(const QString &credential = {}) const;

private:
    QTemporaryDir m_root;
};

// One line the driver announced: "STEP name k=v ..." / "PENDING k=v" -> word + fields.
struct Announcement {
    QString word, name;
    QMap<QString, QString> fields;
};

// A client process (the GUI driver or the real keydesk) whose stdout lines are read
// as they come. Keeps everything it printed, and every command line seen under /proc
// while it ran (its own and those of all processes of this user).
class ClientProcess final {
public:
    ClientProcess();
    ~ClientProcess(); // kills the process if still running

    // secretsFd >= 0: a pipe is inherited as that descriptor (see takeSecretsPipe()).
    bool start(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
               int secretsFd = -1);
    void writeStdin(const QByteArray &data); // then closes stdin
    // One command line for a driver that reads commands (keeper); stdin stays open.
    void sendLine(const QByteArray &line);
    // Waits for the next announcement whose first words are `word` [`name`].
    std::optional<Announcement> waitFor(const QString &word, const QString &name = {}, int timeoutMs = 120000);
    // Waits for stderr to contain `text`.
    bool waitForStderr(const QByteArray &text, int timeoutMs = 120000);
    bool waitForExit(int timeoutMs = 120000);
    void killHard(); // SIGKILL, then reaps
    void signal(int signalNumber);

    QProcess &process() { return m_process; }
    QList<Announcement> announcements() const { return m_announcements; }
    QByteArray allStdout() const { return m_stdout; }
    QByteArray allStderr() const { return m_stderr; }
    QSet<QByteArray> commandLines() const { return m_commandLines; }
    // What the child wrote to the secrets pipe ("label\tsecret\n" lines).
    QByteArray readSecretsPipe();

private:
    void pump(int ms);
    void sampleCommandLines();

    QProcess m_process;
    QByteArray m_stdout, m_stderr, m_pendingLine;
    QList<Announcement> m_announcements;
    qsizetype m_consumed = 0;
    QSet<QByteArray> m_commandLines;
    int m_pipe[2] = {-1, -1};
};

// Digest of the secret secret-tool (libsecret) reads for `entry` of the service KeyDesk;
// empty when not found.
QByteArray keychainDigest(const ClientHome &home, const QString &entry);
// The key ids the handoff index of `home` lists (pending or handed off with a kept copy),
// of one profile or of all. The keyring is shared by every suite of a run, and the
// keychain scan lists other suites' pending entries too: tests name their profile.
QStringList indexedKeyIds(const ClientHome &home, bool *validJson, const QString &profile = {});
// Everything a client printed, for failure messages.
QString describe(const ClientProcess &process);

} // namespace keydesk::test
