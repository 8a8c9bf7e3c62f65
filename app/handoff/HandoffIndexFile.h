#pragma once

#include "PendingHandoff.h"

#include <QList>
#include <QString>

#include <chrono>
#include <functional>

namespace keydesk {

// The handoff index on disk, shared by every KeyDesk process of the user. It is written
// atomically (QSaveFile, mode 0600) and changed only under a QLockFile next to it
// ("<index>.lock"), after reading it again: a writer applies its own entry-level changes
// to what is on disk now, never its older copy of the whole list.
//
// A lock left by a process that died is recognised by QLockFile (its process is gone)
// and taken over; one held by a live process longer than its stale-lock time (30 s) is
// taken over too. Messages are composed by HandoffStore: this class reports facts.
class HandoffIndexFile final {
public:
    using Entries = QList<PendingHandoff>;
    // One entry-level change (add, update or remove one entry). Applied to what the file
    // holds at the time of writing, so it must depend on nothing else.
    using Change = std::function<void(Entries &)>;

    enum class Status {
        Ok,         // read (or missing: an empty index), and written if there were changes
        Busy,       // another process held the lock for longer than the wait
        Unreadable, // exists but cannot be read: left alone, nothing written
        Unwritable, // the lock or the file cannot be written
    };

    struct Result {
        Status status = Status::Ok;
        Entries entries;          // what the file holds now (after the changes, when written)
        QString error;            // the system's words for Unreadable / Unwritable
        qint64 lockHolderPid = 0; // Busy: the process holding the lock, when known
        QString lockHolderApp;
        bool lockUnavailable = false; // Unwritable: the lock file itself cannot be made
        bool corrupt = false;         // the file was not an index we wrote
        QString setAsidePath;         // corrupt and renamed to this (empty when that failed)
    };

    explicit HandoffIndexFile(QString path);

    const QString &path() const { return m_path; }
    QString lockPath() const;

    // Without the lock: writers replace the file atomically, so this never sees half of
    // one. A corrupt file is reported, not set aside (that needs the lock: update()).
    Result read() const;
    // Under the lock: reads the file again, sets a corrupt one aside, applies `changes`
    // in order and writes the result when there were any. Waits at most `lockWait`.
    Result update(const QList<Change> &changes, std::chrono::milliseconds lockWait) const;

private:
    QString m_path;
};

} // namespace keydesk
