#include "OutputStream.h"

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace keydesk {

OutputStream::OutputStream(int fd)
    : m_fd(fd)
{
}

bool OutputStream::write(const QByteArray &bytes)
{
    if (failed())
        return false;
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(m_fd, data, size_t(left));
        if (written >= 0) {
            data += written;
            left -= written;
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            // A non-blocking descriptor inherited from the caller: wait until it drains.
            pollfd ready{m_fd, POLLOUT, 0};
            if (::poll(&ready, 1, -1) >= 0 || errno == EINTR)
                continue;
        }
        m_error = errno;
        return false;
    }
    return true;
}

bool OutputStream::write(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    const bool written = write(bytes);
    bytes.fill('\0');
    return written;
}

bool OutputStream::isTerminal() const
{
    return ::isatty(m_fd) == 1;
}

QString OutputStream::errorString() const
{
    switch (m_error) {
    case 0:
        return {};
    case EBADF:
        return tr("it is closed");
    case EPIPE:
        return tr("the program reading it has stopped");
    case ENOSPC:
        return tr("no space left on the device");
    default:
        return qt_error_string(m_error);
    }
}

void OutputStream::reserveIfClosed(int fd)
{
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
        return;
    // Read-only for an output, write-only for stdin: every use fails like a closed one.
    const int placeholder = ::open("/dev/null", fd == STDIN_FILENO ? O_WRONLY : O_RDONLY);
    if (placeholder >= 0 && placeholder != fd) {
        ::dup2(placeholder, fd);
        ::close(placeholder);
    }
}

} // namespace keydesk
