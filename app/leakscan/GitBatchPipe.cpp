#include "GitBatchPipe.h"

#include "GitCommand.h"

#include <QFile>
#include <QProcessEnvironment>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

namespace keydesk {

namespace {

constexpr qsizetype bufferSize = qsizetype(1) << 20;

void writeAll(int fd, QByteArray ids)
{
    // Should git exit early, a write fails with EPIPE here instead of killing the process.
    sigset_t pipeSignal;
    sigemptyset(&pipeSignal);
    sigaddset(&pipeSignal, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipeSignal, nullptr);
    const char *data = ids.constData();
    qsizetype left = ids.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // git went away (stop()): nothing more to say to it
        data += n;
        left -= n;
    }
    ::close(fd);
}

} // namespace

GitBatchPipe::~GitBatchPipe()
{
    stop();
}

bool GitBatchPipe::start(const QString &gitDir, QByteArray ids, QString &error)
{
    const QString git = GitCommand::program();
    if (git.isEmpty()) {
        error = GitCommand::notInstalledText();
        return false;
    }
    int input[2];
    int output[2];
    if (::pipe2(input, O_CLOEXEC) != 0) {
        error = tr("git could not be started: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (::pipe2(output, O_CLOEXEC) != 0) {
        error = tr("git could not be started: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        ::close(input[0]);
        ::close(input[1]);
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, input[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, output[1], STDOUT_FILENO);
    // cat-file reports a missing object on stdout; its stderr says nothing we read.
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    const QByteArray program = QFile::encodeName(git);
    const QList<QByteArray> arguments{program, "-C", QFile::encodeName(gitDir), "cat-file", "--batch"};
    std::vector<char *> argv;
    for (const QByteArray &argument : arguments)
        argv.push_back(const_cast<char *>(argument.constData()));
    argv.push_back(nullptr);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    QList<QByteArray> variables;
    for (const QString &variable : environment.toStringList())
        variables.append(variable.toLocal8Bit());
    std::vector<char *> envp;
    for (const QByteArray &variable : variables)
        envp.push_back(const_cast<char *>(variable.constData()));
    envp.push_back(nullptr);

    const int spawned = ::posix_spawn(&m_pid, program.constData(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(input[0]);
    ::close(output[1]);
    if (spawned != 0) {
        m_pid = -1;
        ::close(input[1]);
        ::close(output[0]);
        error = tr("git could not be started: %1").arg(QString::fromLocal8Bit(std::strerror(spawned)));
        return false;
    }
    m_out = output[0];
    m_buffer.resize(bufferSize);
    m_writer = std::thread(writeAll, input[1], std::move(ids));
    return true;
}

bool GitBatchPipe::fill()
{
    if (m_start > 0 && m_start == m_end)
        m_start = m_end = 0;
    if (m_end == m_buffer.size()) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_start, size_t(m_end - m_start));
        m_end -= m_start;
        m_start = 0;
    }
    for (;;) {
        const ssize_t n = ::read(m_out, m_buffer.data() + m_end, size_t(m_buffer.size() - m_end));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        m_end += n;
        return true;
    }
}

bool GitBatchPipe::readLine(QByteArray &line)
{
    for (;;) {
        const void *newline = std::memchr(m_buffer.constData() + m_start, '\n', size_t(m_end - m_start));
        if (newline) {
            const qsizetype at = static_cast<const char *>(newline) - m_buffer.constData();
            line = QByteArray(m_buffer.constData() + m_start, at - m_start);
            m_start = at + 1;
            return true;
        }
        if (m_end - m_start == m_buffer.size())
            return false; // a "line" of 1 MiB: not cat-file's
        if (!fill())
            return false;
    }
}

qsizetype GitBatchPipe::read(char *into, qsizetype size)
{
    if (m_start == m_end) {
        // Large reads go straight into the caller's buffer.
        if (size >= bufferSize / 2) {
            for (;;) {
                const ssize_t n = ::read(m_out, into, size_t(size));
                if (n < 0 && errno == EINTR)
                    continue;
                return n > 0 ? n : 0;
            }
        }
        if (!fill())
            return 0;
    }
    const qsizetype n = std::min(size, m_end - m_start);
    std::memcpy(into, m_buffer.constData() + m_start, size_t(n));
    m_start += n;
    return n;
}

void GitBatchPipe::stop()
{
    if (m_pid > 0)
        ::kill(m_pid, SIGTERM);
    finish();
}

bool GitBatchPipe::finish()
{
    if (m_out >= 0) {
        ::close(m_out); // a writer blocked on a full pipe gets EPIPE once git is gone
        m_out = -1;
    }
    bool ok = false;
    if (m_pid > 0) {
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
        }
        ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
        m_pid = -1;
    }
    if (m_writer.joinable())
        m_writer.join();
    return ok;
}

} // namespace keydesk
