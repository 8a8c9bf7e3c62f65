#include "FileLeakScan.h"

#include "DisplayPath.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace keydesk {

namespace {

bool sameFile(const struct stat &a, const struct stat &b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

bool changed(const struct stat &before, const struct stat &after)
{
    return before.st_size != after.st_size || before.st_mtim.tv_sec != after.st_mtim.tv_sec
        || before.st_mtim.tv_nsec != after.st_mtim.tv_nsec;
}

} // namespace

QString FileLeakScan::errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString FileLeakScan::kindOf(mode_t mode)
{
    if (S_ISFIFO(mode))
        return tr("a FIFO");
    if (S_ISCHR(mode))
        return tr("a character device");
    if (S_ISBLK(mode))
        return tr("a block device");
    if (S_ISSOCK(mode))
        return tr("a socket");
    if (S_ISDIR(mode))
        return tr("a folder");
    return tr("not a regular file");
}

FileLeakScan::Outcome FileLeakScan::scanDescriptor(int fd, const QString &shownAs, LeakStreamScanner &scanner,
                                                   const std::atomic<bool> &cancelled, LeakScanProblem &problem)
{
    scanner.reset(shownAs);
    for (;;) {
        if (cancelled)
            return Outcome::Cancelled;
        const ssize_t n = ::read(fd, scanner.space(), size_t(scanner.spaceSize()));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                problem = {shownAs, tr("would block: not read")};
                return Outcome::Skipped;
            }
            problem = {shownAs, tr("cannot be read: %1").arg(errorText(errno))};
            scanner.finish(); // what was read so far is still scanned
            return Outcome::Skipped;
        }
        if (n == 0)
            break;
        if (!scanner.advance(n))
            return Outcome::Binary;
    }
    scanner.finish();
    return scanner.skippedAsBinary() ? Outcome::Binary : Outcome::Scanned;
}

FileLeakScan::Outcome FileLeakScan::scanPath(const QByteArray &path, const struct stat &status,
                                             LeakStreamScanner &scanner, const std::atomic<bool> &cancelled, LeakScanProblem &problem)
{
    const QString shown = DisplayPath::of(path);
    if (!S_ISREG(status.st_mode)) {
        problem = {shown, tr("%1, not opened").arg(kindOf(status.st_mode))};
        return Outcome::Skipped;
    }
    // O_NONBLOCK: should a FIFO replace the file between stat() and open(), the open
    // does not wait for a writer; fstat() below then refuses it.
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        problem = {shown, tr("cannot be opened: %1").arg(errorText(errno))};
        return Outcome::Skipped;
    }
    struct stat before = {};
    if (::fstat(fd, &before) != 0 || !S_ISREG(before.st_mode) || !sameFile(before, status)) {
        ::close(fd);
        problem = {shown, tr("changed while it was scanned: not read")};
        return Outcome::Skipped;
    }
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    Outcome outcome = scanDescriptor(fd, shown, scanner, cancelled, problem);
    struct stat after = {};
    if (outcome == Outcome::Scanned && problem.message.isEmpty() && ::fstat(fd, &after) == 0 && changed(before, after))
        problem = {shown, tr("changed while it was scanned: the results may be incomplete")};
    ::close(fd);
    return outcome;
}

} // namespace keydesk
