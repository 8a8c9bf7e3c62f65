#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <sys/types.h>
#include <thread>

namespace keydesk {

// `git cat-file --batch` over plain pipes: a writer thread feeds the object ids while
// the caller reads the answers through a large buffer. QProcess costs a wait and a copy
// per small read, which made the history scan slower than `git log -p | rg`
// (tests/bench/leak-scan.sh); this reads a blob in as few system calls as its size allows.
class GitBatchPipe final {
    Q_DECLARE_TR_FUNCTIONS(keydesk::GitBatchPipe)

public:
    GitBatchPipe() = default;
    ~GitBatchPipe();
    GitBatchPipe(const GitBatchPipe &) = delete;
    GitBatchPipe &operator=(const GitBatchPipe &) = delete;

    // Starts `git -C gitDir cat-file --batch` and writes `ids` (one per line) to it.
    bool start(const QString &gitDir, QByteArray ids, QString &error);
    // The next line without its '\n'; false at the end of the output.
    bool readLine(QByteArray &line);
    // Up to `size` bytes into `into`; 0 at the end of the output.
    qsizetype read(char *into, qsizetype size);
    // Stops git (cancel) and waits for it.
    void stop();
    // Waits for git; true when it exited 0.
    bool finish();

private:
    bool fill();

    pid_t m_pid = -1;
    int m_out = -1;
    std::thread m_writer;
    QByteArray m_buffer;
    qsizetype m_start = 0;
    qsizetype m_end = 0;
};

} // namespace keydesk
