#include "ToolProcess.h"

namespace keydesk {
namespace {

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

void appendBounded(QByteArray &to, const QByteArray &more)
{
    to.append(more.left(qMax<qsizetype>(0, ToolProcess::maxOutput - to.size())));
}

} // namespace

ToolProcess::ToolProcess(QString program, QStringList arguments, QProcessEnvironment environment,
                         std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
{
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeout);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_result.timedOut = true;
        m_process.kill(); // finished() follows through QProcess::finished
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ToolProcess::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &ToolProcess::readOutput);
    connect(&m_process, &QProcess::started, this, [this] {
        m_result.started = true;
        m_process.write(m_input);
        wipe(m_input);
        m_process.closeWriteChannel();
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        readOutput();
        m_result.exitCode = exitCode;
        m_result.crashed = status == QProcess::CrashExit && !m_result.timedOut;
        finish();
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_result.startError = m_process.errorString();
            finish();
        }
    });
}

ToolProcess::~ToolProcess()
{
    wipe(m_input);
    wipe(m_result.standardOutput);
    wipe(m_result.standardError);
    if (m_process.state() != QProcess::NotRunning) {
        // Abandoned (its delivery was cancelled): no signal reaches a half-destroyed object.
        m_process.disconnect(this);
        m_process.kill();
    }
}

void ToolProcess::start(QByteArray input)
{
    m_input = std::move(input);
    m_timer.start();
    m_process.start(m_program, m_arguments, QIODevice::ReadWrite);
}

void ToolProcess::readOutput()
{
    appendBounded(m_result.standardOutput, m_process.readAllStandardOutput());
    appendBounded(m_result.standardError, m_process.readAllStandardError());
}

void ToolProcess::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    Q_EMIT finished();
    deleteLater();
}

} // namespace keydesk
