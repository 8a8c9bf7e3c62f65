#include "SandboxProcess.h"

#include "TestPaths.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace keydesk::test {

SandboxProcess::SandboxProcess(const QString &dialect, const QStringList &extra, const QProcessEnvironment &environment)
    : m_process(std::make_unique<QProcess>())
{
    m_process->setProcessEnvironment(environment);
    QStringList arguments{QStringLiteral("--dialect"), dialect, QStringLiteral("--port"), QStringLiteral("0")};
    arguments += extra;
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(sandboxExecutable(), arguments);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(sandboxExecutable(), m_process->errorString());
        return;
    }
    // The first stdout line is {"url":…, "dialect":…, "credential":…}.
    const QDeadlineTimer deadline(15000);
    while (!m_process->canReadLine() && !deadline.hasExpired() && m_process->state() == QProcess::Running)
        m_process->waitForReadyRead(100);
    const QByteArray line = m_process->readLine();
    const QJsonObject banner = QJsonDocument::fromJson(line).object();
    m_url = QUrl(banner.value(QStringLiteral("url")).toString());
    m_credential = banner.value(QStringLiteral("credential")).toString();
    m_dialect = banner.value(QStringLiteral("dialect")).toString();
    m_started = m_url.isValid() && !m_url.isEmpty();
    if (!m_started)
        m_error = QStringLiteral("sandbox did not announce itself; stdout: %1 stderr: %2")
                      .arg(QString::fromUtf8(line), QString::fromUtf8(m_process->readAllStandardError()));
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::stderrOutput()
{
    return QString::fromUtf8(m_process->readAllStandardError());
}

void SandboxProcess::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

ProcessResult runProcess(const QString &program, const QStringList &arguments, const QByteArray &stdinData,
                         const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    return runToCompletion(process, program, arguments, stdinData, timeoutMs);
}

ProcessResult runToCompletion(QProcess &process, const QString &program, const QStringList &arguments,
                              const QByteArray &stdinData, int timeoutMs)
{
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    // Killed by a signal (SIGPIPE included) is a crash, not an exit code.
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace keydesk::test
