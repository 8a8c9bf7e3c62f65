#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace keydesk {

// stdout or stderr, written straight to the file descriptor: nothing is buffered in
// the process, so every write has either reached the file, pipe or terminal when it
// returns, or is known to have failed (a full disk, a closed descriptor, a pipe whose
// reader has gone: SIGPIPE must be ignored, see main.cpp). After the first failure
// nothing more is written: what follows would only be a fragment.
class OutputStream final {
    // The CLI's messages share one translation context.
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
public:
    explicit OutputStream(int fd);
    OutputStream(const OutputStream &) = delete;
    OutputStream &operator=(const OutputStream &) = delete;

    // All of it, or false.
    bool write(const QByteArray &bytes);
    // As UTF-8; the temporary encoded copy is wiped (it may hold a secret).
    bool write(const QString &text);

    bool failed() const { return m_error != 0; }
    bool isTerminal() const;
    // Why the first failed write failed, in words.
    QString errorString() const;

    // A standard descriptor (0, 1 or 2) that was closed when the process started would
    // be handed out again by the next open(): the settings file or a socket would then
    // receive what is meant for stdout. Such a descriptor is taken up by /dev/null,
    // opened the wrong way round, so using it still fails (EBADF) as a closed one does.
    // Call it first thing in main(), before anything opens a file.
    static void reserveIfClosed(int fd);

private:
    int m_fd;
    int m_error = 0;
};

} // namespace keydesk
