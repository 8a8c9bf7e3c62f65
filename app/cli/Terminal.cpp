#include "Terminal.h"

#include <cerrno>
#include <termios.h>
#include <unistd.h>

namespace keydesk {
namespace {

// Switches terminal echo off for its lifetime.
class EchoOff final {
public:
    explicit EchoOff(int fd)
        : m_fd(fd)
    {
        if (::tcgetattr(fd, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        m_active = ::tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    int m_fd;
    termios m_saved{};
    bool m_active = false;
};

} // namespace

bool Terminal::isTerminal(int fd)
{
    return ::isatty(fd) == 1;
}

std::optional<QByteArray> Terminal::readSecret(int fd, qsizetype maxBytes)
{
    const bool interactive = isTerminal(fd);
    std::optional<EchoOff> echoOff;
    if (interactive)
        echoOff.emplace(fd);
    QByteArray data;
    char buffer[512];
    for (;;) {
        const ssize_t count = ::read(fd, buffer, sizeof buffer);
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0) {
            data.fill('\0');
            return std::nullopt;
        }
        if (count == 0)
            break;
        data.append(buffer, count);
        if (data.size() > maxBytes) {
            data.fill('\0');
            std::fill(std::begin(buffer), std::end(buffer), '\0');
            return std::nullopt;
        }
        if (interactive && data.contains('\n'))
            break;
    }
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    return data;
}

} // namespace keydesk
