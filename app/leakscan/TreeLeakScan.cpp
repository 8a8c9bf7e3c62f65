#include "TreeLeakScan.h"

#include "DisplayPath.h"
#include "FileLeakScan.h"

#include <cerrno>
#include <condition_variable>
#include <deque>
#include <dirent.h>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace keydesk {

namespace {

struct QueuedFile final {
    QByteArray path;
    struct stat status;
};

// The walker fills it, the workers drain it; bounded, so that a huge tree does not
// queue every name in memory.
class FileQueue final {
public:
    static constexpr size_t capacity = 4096;

    void push(QueuedFile file)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_files.size() < capacity || m_closed; });
        if (m_closed)
            return;
        m_files.push_back(std::move(file));
        m_notEmpty.notify_one();
    }
    bool pop(QueuedFile &file)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_files.empty() || m_done; });
        if (m_files.empty())
            return false;
        file = std::move(m_files.front());
        m_files.pop_front();
        m_notFull.notify_one();
        return true;
    }
    // No more files will come.
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_notEmpty.notify_all();
    }
    // The workers stopped (cancelled): the walker must not wait for room.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<QueuedFile> m_files;
    bool m_done = false;
    bool m_closed = false;
};

// Serialises the workers' reports to the sink.
class SerialSink final {
public:
    explicit SerialSink(LeakScanSink &sink)
        : m_sink(sink)
    {
    }
    void report(const QList<LeakSighting> &sightings, const LeakScanProblem &problem, qint64 bytes,
                const QString &path, bool counted)
    {
        std::lock_guard lock(m_mutex);
        for (const LeakSighting &sighting : sightings)
            m_sink.sighting(sighting);
        if (!problem.message.isEmpty())
            m_sink.problem(problem);
        if (counted)
            m_sink.progress(1, bytes, path);
    }
    void problem(const LeakScanProblem &problem) { report({}, problem, 0, {}, false); }

private:
    std::mutex m_mutex;
    LeakScanSink &m_sink;
};

QByteArray joined(const QByteArray &folder, const char *name)
{
    QByteArray path = folder;
    if (!path.endsWith('/'))
        path += '/';
    return path + name;
}

} // namespace

TreeLeakScan::TreeLeakScan(LeakScanSink &sink, bool binary, int threads, const std::atomic<bool> &cancelled)
    : m_sink(sink)
    , m_binary(binary)
    , m_threads(threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency())))
    , m_cancelled(cancelled)
{
}

void TreeLeakScan::run(const QList<QByteArray> &paths)
{
    SerialSink sink(m_sink);
    FileQueue queue;

    auto worker = [&] {
        LeakStreamScanner scanner(!m_binary);
        scanner.setKeepKeys(m_keepKeys);
        QueuedFile file;
        while (queue.pop(file)) {
            if (m_cancelled.load(std::memory_order_relaxed))
                continue; // drain the queue so that the walker ends
            LeakScanProblem problem;
            FileLeakScan::scanPath(file.path, file.status, scanner, m_cancelled, problem);
            sink.report(scanner.takeSightings(), problem, scanner.bytesScanned(), DisplayPath::of(file.path), true);
        }
    };
    std::vector<std::thread> workers;
    for (int i = 0; i < m_threads; ++i)
        workers.emplace_back(worker);

    // Depth first with an explicit stack: no recursion limit on deep trees.
    std::vector<QByteArray> folders;
    auto consider = [&](const QByteArray &path, bool given) {
        struct stat link = {};
        if (::lstat(path.constData(), &link) != 0) {
            sink.problem({DisplayPath::of(path), tr("cannot be read: %1").arg(FileLeakScan::errorText(errno))});
            return;
        }
        struct stat target = link;
        if (S_ISLNK(link.st_mode)) {
            if (::stat(path.constData(), &target) != 0) {
                const int error = errno;
                sink.problem({DisplayPath::of(path), error == ELOOP ? tr("symlink loop, not followed")
                                                                    : tr("broken symlink: %1")
                                                                          .arg(FileLeakScan::errorText(error))});
                return;
            }
            if (S_ISDIR(target.st_mode) && !given)
                return; // a symlink to a folder is not followed: it may lead anywhere, or in a loop
        }
        if (S_ISDIR(target.st_mode)) {
            folders.push_back(path);
            return;
        }
        if (!S_ISREG(target.st_mode)) {
            sink.problem({DisplayPath::of(path), tr("%1, not opened").arg(FileLeakScan::kindOf(target.st_mode))});
            return;
        }
        queue.push({path, target});
    };

    for (const QByteArray &given : paths) {
        if (m_cancelled)
            break;
        consider(given, true);
        while (!folders.empty() && !m_cancelled) {
            const QByteArray folder = std::move(folders.back());
            folders.pop_back();
            DIR *dir = ::opendir(folder.constData());
            if (!dir) {
                sink.problem({DisplayPath::of(folder), tr("cannot be read: %1").arg(FileLeakScan::errorText(errno))});
                continue;
            }
            while (const dirent *entry = ::readdir(dir)) {
                if (m_cancelled)
                    break;
                const char *name = entry->d_name;
                if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0 || std::strcmp(name, ".git") == 0)
                    continue;
                consider(joined(folder, name), false);
            }
            ::closedir(dir);
        }
    }
    if (m_cancelled)
        queue.close();
    queue.finish();
    for (std::thread &thread : workers)
        thread.join();
}

} // namespace keydesk
