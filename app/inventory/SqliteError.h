#pragma once

#include <QSqlError>
#include <QString>

namespace keydesk {

// What went wrong in SQLite, by its result code (QSqlError::nativeErrorCode), in the
// terms the inventory acts on.
class SqliteError final {
public:
    enum class Kind {
        None,
        Busy,     // another connection holds the lock: retry
        Full,     // no space left (SQLITE_FULL)
        ReadOnly, // SQLITE_READONLY, SQLITE_PERM
        Corrupt,  // SQLITE_CORRUPT, SQLITE_NOTADB: move the file aside
        CannotOpen,
        Io,      // SQLITE_IOERR and the rest
        Invalid, // no SQLite code: a statement refused before it ran (a bug, or bad input)
    };

    static Kind classify(const QSqlError &error);
    // The result code; 0 when the error carries none.
    static int code(const QSqlError &error);
    // SQLite's text, for InventoryStatus::detail.
    static QString describe(const QSqlError &error);
};

} // namespace keydesk
