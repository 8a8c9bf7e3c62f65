#include "SqliteError.h"

namespace keydesk {

namespace {

// Primary result codes of sqlite3.h; Qt turns on extended codes, whose low byte is the
// primary one.
constexpr int sqlitePerm = 3;
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteIoErr = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteNotADb = 26;

} // namespace

int SqliteError::code(const QSqlError &error)
{
    bool ok = false;
    const int value = error.nativeErrorCode().toInt(&ok);
    return ok ? value : 0;
}

SqliteError::Kind SqliteError::classify(const QSqlError &error)
{
    if (!error.isValid())
        return Kind::None;
    if (code(error) == 0)
        return Kind::Invalid;
    switch (code(error) & 0xff) {
    case sqliteBusy:
    case sqliteLocked:
        return Kind::Busy;
    case sqliteFull:
        return Kind::Full;
    case sqliteReadOnly:
    case sqlitePerm:
        return Kind::ReadOnly;
    case sqliteCorrupt:
    case sqliteNotADb:
        return Kind::Corrupt;
    case sqliteCantOpen:
        return Kind::CannotOpen;
    case sqliteIoErr:
    default:
        return Kind::Io;
    }
}

QString SqliteError::describe(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return text.trimmed();
}

} // namespace keydesk
