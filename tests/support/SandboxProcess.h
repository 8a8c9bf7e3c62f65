#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace keydesk::test {

// A real keydesk-sandbox process on a loopback port, killed when this goes away.
class SandboxProcess final {
public:
    // dialect: "leadhql" | "localleads" | "trustleads"; extra: further arguments;
    // environment: the process's (TZ, for instance).
    explicit SandboxProcess(const QString &dialect, const QStringList &extra = {},
                            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    bool started() const { return m_started; }
    QString startError() const { return m_error; }
    QUrl url() const { return m_url; }
    QString credential() const { return m_credential; }
    QString dialect() const { return m_dialect; }
    QString stderrOutput();
    void stop();

private:
    std::unique_ptr<QProcess> m_process;
    bool m_started = false;
    QString m_error;
    QUrl m_url;
    QString m_credential;
    QString m_dialect;
};

// Runs a command to completion (tests only): exit code, stdout and stderr.
struct ProcessResult final {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};
ProcessResult runProcess(const QString &program, const QStringList &arguments, const QByteArray &stdinData = {},
                         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                         int timeoutMs = 60000);
// The same for a process the caller has set up (environment, child modifier).
ProcessResult runToCompletion(QProcess &process, const QString &program, const QStringList &arguments,
                              const QByteArray &stdinData, int timeoutMs);

} // namespace keydesk::test
