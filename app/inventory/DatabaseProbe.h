#pragma once

#include "SqliteError.h"

#include <QString>

namespace keydesk {

// Looks at an existing inventory file without changing it: a read-only connection
// (which never checkpoints or rewrites anything) reads the application id and the
// schema version, so a file from a newer KeyDesk or of another program is refused
// untouched, and a damaged one is recognised before anything writes to it.
class DatabaseProbe final {
public:
    enum class Verdict {
        Missing,    // no file yet
        Fresh,      // an empty file or an empty database: ours to set up
        Inventory,  // ours, at `version` (<= the known version)
        Newer,      // ours, written by a newer KeyDesk
        Foreign,    // a database of something else
        Corrupt,    // not a database, or damaged
        Unreadable, // cannot be read (permissions, I/O): see errorKind
    };
    struct Result final {
        Verdict verdict = Verdict::Missing;
        int version = 0;
        SqliteError::Kind errorKind = SqliteError::Kind::None;
        QString detail;
    };

    static Result inspect(const QString &path, int knownVersion, qint32 applicationId, int busyTimeoutMs);
};

} // namespace keydesk
