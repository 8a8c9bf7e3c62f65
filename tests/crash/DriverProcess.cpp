#include "DriverProcess.h"

#include "SandboxProcess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace keydesk::test {

QString guiDriverExecutable()
{
    return QStringLiteral(KEYDESK_GUI_DRIVER_PATH);
}
QString guiExecutable()
{
    return QStringLiteral(KEYDESK_GUI_PATH);
}

ClientHome::ClientHome()
{
    QDir().mkpath(home());
    QDir().mkpath(tmp());
}

QProcessEnvironment ClientHome::environment(const QString &credential) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home());
    environment.insert(QStringLiteral("TMPDIR"), tmp());
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "KEYDESK_CREDENTIAL"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!credential.isEmpty())
        environment.insert(QStringLiteral("KEYDESK_CREDENTIAL"), credential);
    return environment;
}

ClientProcess::ClientProcess()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

ClientProcess::~ClientProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        killHard();
    for (int &fd : m_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

bool ClientProcess::start(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                          int secretsFd)
{
    m_process.setProcessEnvironment(environment);
    if (secretsFd >= 0) {
        if (::pipe2(m_pipe, O_CLOEXEC) != 0)
            return false;
        const int writeEnd = m_pipe[1];
        // In the child only, between fork and exec: the write end becomes `secretsFd`
        // (dup2 clears close-on-exec on the copy).
        m_process.setChildProcessModifier([writeEnd, secretsFd] { ::dup2(writeEnd, secretsFd); });
    }
    m_process.start(program, arguments);
    const bool started = m_process.waitForStarted(30000);
    if (m_pipe[1] >= 0) {
        ::close(m_pipe[1]);
        m_pipe[1] = -1;
    }
    if (started)
        sampleCommandLines();
    return started;
}

void ClientProcess::writeStdin(const QByteArray &data)
{
    m_process.write(data);
    m_process.closeWriteChannel();
}

void ClientProcess::sendLine(const QByteArray &line)
{
    m_process.write(line + '\n');
    m_process.waitForBytesWritten(30000);
}

void ClientProcess::sampleCommandLines()
{
    // Every process of this user: the client, anything it may have spawned, and the
    // session's helpers (dbus, the keyring daemon).
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList({}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool numeric = false;
        pid.toInt(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly)) {
            const QByteArray line = cmdline.readAll();
            if (!line.isEmpty())
                m_commandLines.insert(line);
        }
    }
}

void ClientProcess::pump(int ms)
{
    if (m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(ms);
        sampleCommandLines();
    }
    m_stderr += m_process.readAllStandardError();
    const QByteArray out = m_process.readAllStandardOutput();
    m_stdout += out;
    m_pendingLine += out;
    qsizetype newline;
    while ((newline = m_pendingLine.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pendingLine.left(newline));
        m_pendingLine.remove(0, newline + 1);
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        Announcement announcement;
        announcement.word = words.at(0);
        for (const QString &word : words.mid(1)) {
            const qsizetype equals = word.indexOf(QLatin1Char('='));
            if (equals > 0)
                announcement.fields.insert(word.left(equals), word.mid(equals + 1));
            else if (announcement.name.isEmpty())
                announcement.name = word;
        }
        m_announcements.append(announcement);
    }
}

std::optional<Announcement> ClientProcess::waitFor(const QString &word, const QString &name, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        while (m_consumed < m_announcements.size()) {
            const Announcement &next = m_announcements.at(m_consumed++);
            if (next.word == word && (name.isEmpty() || next.name == name))
                return next;
        }
        if (deadline.hasExpired())
            return std::nullopt;
        if (m_process.state() != QProcess::Running) {
            pump(0); // what it printed before it ended
            if (m_consumed >= m_announcements.size())
                return std::nullopt;
            continue;
        }
        pump(100);
    }
}

bool ClientProcess::waitForStderr(const QByteArray &text, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_stderr.contains(text)) {
        if (deadline.hasExpired() || m_process.state() != QProcess::Running) {
            pump(0);
            return m_stderr.contains(text);
        }
        pump(100);
    }
    return true;
}

bool ClientProcess::waitForExit(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        pump(100);
        m_process.waitForFinished(50);
    }
    pump(0);
    return m_process.state() == QProcess::NotRunning;
}

void ClientProcess::killHard()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(30000);
    pump(0);
}

void ClientProcess::signal(int signalNumber)
{
    if (m_process.state() != QProcess::NotRunning)
        ::kill(pid_t(m_process.processId()), signalNumber);
}

QByteArray ClientProcess::readSecretsPipe()
{
    QByteArray all;
    if (m_pipe[0] < 0)
        return all;
    ::fcntl(m_pipe[0], F_SETFL, O_NONBLOCK);
    char buffer[4096];
    ssize_t got;
    while ((got = ::read(m_pipe[0], buffer, sizeof buffer)) > 0)
        all.append(buffer, got);
    return all;
}

QByteArray keychainDigest(const ClientHome &home, const QString &entry)
{
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        return QByteArrayLiteral("(secret-tool missing)");
    ProcessResult lookup = runProcess(
        secretTool,
        {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("KeyDesk"), QStringLiteral("user"), entry},
        {}, home.environment());
    if (lookup.exitCode != 0 || lookup.out.isEmpty())
        return {};
    QByteArray secret = lookup.out;
    if (secret.endsWith('\n'))
        secret.chop(1);
    const QByteArray digest = QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex();
    secret.fill('\0');
    lookup.out.fill('\0');
    return digest;
}

QStringList indexedKeyIds(const ClientHome &home, bool *validJson, const QString &profile)
{
    QFile file(home.handoffIndex());
    *validJson = false;
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    *validJson = error.error == QJsonParseError::NoError && document.isObject();
    QStringList ids;
    const QJsonArray pending = document.object().value(QStringLiteral("pending")).toArray();
    for (const QJsonValue &entry : pending) {
        if (profile.isEmpty() || entry.toObject().value(QStringLiteral("profile")).toString() == profile)
            ids << entry.toObject().value(QStringLiteral("keyId")).toString();
    }
    return ids;
}

QString describe(const ClientProcess &process)
{
    return QStringLiteral("stdout:\n%1\nstderr:\n%2")
        .arg(QString::fromUtf8(process.allStdout()), QString::fromUtf8(process.allStderr()));
}

} // namespace keydesk::test
