#pragma once

#include <QDateTime>
#include <QString>

namespace keydesk {

// Moves a damaged database aside, as `<file>.corrupt-<UTC timestamp>`, together with its
// write-ahead log and shared-memory index (`-wal`, `-shm`), so that the set can still
// be opened for inspection and a new file can start at the old name.
class CorruptFile final {
public:
    struct Moved final {
        bool ok = false;
        QString movedTo; // the new name of the database file
        QString error;   // the file system's words when !ok
    };

    static Moved moveAside(const QString &path, const QDateTime &now);
};

} // namespace keydesk
