#include "InventoryDatabase.h"

#include "CorruptFile.h"
#include "DatabaseProbe.h"
#include "InventorySchema.h"
#include "SqliteError.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

const QString driverName = u"QSQLITE"_s;

// Keeps the write-ahead log from staying large after a big write (bytes).
constexpr int journalSizeLimit = 4 * 1024 * 1024;
// Less free space than this, and an I/O error is taken for a full disk.
constexpr qint64 nearlyFullBytes = 64 * 1024;

} // namespace

bool InventoryDatabase::isOutOfSpace(const QString &path)
{
    // SQLite reports a full disk as SQLITE_FULL when a write is short, but as an I/O
    // error when it cannot grow its shared-memory index: ask the file system.
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() < nearlyFullBytes;
}

namespace {

bool folderIsWritable(const QString &path)
{
    const QFileInfo folder(QFileInfo(path).absolutePath());
    return folder.isDir() && folder.isWritable();
}

} // namespace

InventoryDatabase::InventoryDatabase(QString path, Options options)
    : m_path(std::move(path))
    , m_options(options)
    , m_connectionName(u"keydesk-inventory-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

InventoryDatabase::~InventoryDatabase()
{
    close();
}

void InventoryDatabase::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_open = false;
}

InventoryStatus InventoryDatabase::failed(InventoryStatus status, InventoryStatus::Problem problem,
                                          const QString &detail)
{
    close();
    status.state = InventoryStatus::State::NoHistory;
    status.problem = problem;
    status.detail = detail;
    return status;
}

InventoryStatus InventoryDatabase::failedWith(InventoryStatus status, const QSqlError &error)
{
    const SqliteError::Kind kind = SqliteError::classify(error);
    m_openWasBusy = m_openWasBusy || kind == SqliteError::Kind::Busy;
    if (kind == SqliteError::Kind::Full
        || ((kind == SqliteError::Kind::Io || kind == SqliteError::Kind::CannotOpen) && isOutOfSpace(m_path)))
        return failed(status, InventoryStatus::Problem::DiskFull, SqliteError::describe(error));
    switch (kind) {
    case SqliteError::Kind::ReadOnly:
        return failed(status, InventoryStatus::Problem::ReadOnly, SqliteError::describe(error));
    case SqliteError::Kind::CannotOpen:
        if (!folderIsWritable(m_path) || (QFileInfo::exists(m_path) && !QFileInfo(m_path).isWritable()))
            return failed(status, InventoryStatus::Problem::ReadOnly, SqliteError::describe(error));
        return failed(status, InventoryStatus::Problem::CannotOpen, SqliteError::describe(error));
    default:
        return failed(status, InventoryStatus::Problem::CannotOpen, SqliteError::describe(error));
    }
}

InventoryStatus InventoryDatabase::open(const QDateTime &now)
{
    // Another KeyDesk may hold the file's lock past the busy timeout while it makes or
    // migrates the file (or switches it to WAL): tried again like a busy transaction, so
    // that a second process does not go without history for its whole run.
    QElapsedTimer elapsed;
    elapsed.start();
    for (int attempt = 1;; ++attempt) {
        m_openWasBusy = false;
        InventoryStatus status = openOnce(now);
        if (!m_openWasBusy || status.state == InventoryStatus::State::Ready
            || elapsed.elapsed() >= m_options.busyRetryMs)
            return status;
        const int pause = 5 + int(QRandomGenerator::global()->bounded(20 * std::min(attempt, 10)));
        QThread::msleep(ulong(pause));
    }
}

InventoryStatus InventoryDatabase::openOnce(const QDateTime &now)
{
    close();
    InventoryStatus status;
    status.path = m_path;
    if (!QSqlDatabase::isDriverAvailable(driverName))
        return failed(status, InventoryStatus::Problem::DriverMissing, {});
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return failed(status,
                      folderIsWritable(folder) ? InventoryStatus::Problem::CannotOpen
                                               : InventoryStatus::Problem::ReadOnly,
                      u"cannot create the folder %1"_s.arg(QDir::toNativeSeparators(folder)));

    const DatabaseProbe::Result probe = DatabaseProbe::inspect(m_path, InventorySchema::latestVersion,
                                                               InventorySchema::applicationId, m_options.busyTimeoutMs);
    switch (probe.verdict) {
    case DatabaseProbe::Verdict::Missing:
    case DatabaseProbe::Verdict::Fresh:
    case DatabaseProbe::Verdict::Inventory:
        break;
    case DatabaseProbe::Verdict::Newer:
        status.fileVersion = probe.version;
        status.knownVersion = InventorySchema::latestVersion;
        return failed(status, InventoryStatus::Problem::NewerVersion, {});
    case DatabaseProbe::Verdict::Foreign:
        return failed(status, InventoryStatus::Problem::NotAnInventory, {});
    case DatabaseProbe::Verdict::Corrupt: {
        const CorruptFile::Moved moved = CorruptFile::moveAside(m_path, now);
        if (!moved.ok) {
            status.movedAsideTo.clear();
            return failed(status, InventoryStatus::Problem::Damaged, moved.error);
        }
        status.problem = InventoryStatus::Problem::Recovered;
        status.movedAsideTo = moved.movedTo;
        status.detail = probe.detail;
        break;
    }
    case DatabaseProbe::Verdict::Unreadable: {
        m_openWasBusy = probe.errorKind == SqliteError::Kind::Busy;
        if (probe.errorKind == SqliteError::Kind::ReadOnly || !QFileInfo(m_path).isReadable()
            || !folderIsWritable(m_path))
            return failed(status, InventoryStatus::Problem::ReadOnly, probe.detail);
        return failed(status, InventoryStatus::Problem::CannotOpen, probe.detail);
    }
    }
    return openConnection(status, now);
}

InventoryStatus InventoryDatabase::recover(const QDateTime &now)
{
    close();
    InventoryStatus status;
    status.path = m_path;
    const CorruptFile::Moved moved = CorruptFile::moveAside(m_path, now);
    if (!moved.ok)
        return failed(status, InventoryStatus::Problem::Damaged, moved.error);
    status.problem = InventoryStatus::Problem::Recovered;
    status.movedAsideTo = moved.movedTo;
    return openConnection(status, now);
}

InventoryStatus InventoryDatabase::openConnection(InventoryStatus status, const QDateTime &now)
{
    // Key names, ids and usage are the organisation's business: owner-only, like the
    // handoff index. SQLite gives the -wal and -shm files the database file's mode, so
    // an empty file made 0600 first (SQLite takes it as a new database) covers all three.
    if (QFile file(m_path); !file.exists())
        file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    else
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_db = QSqlDatabase::addDatabase(driverName, m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_options.busyTimeoutMs));
    if (!m_db.open())
        return failedWith(status, m_db.lastError());
    m_open = true;

    {
        QSqlQuery query(m_db);
        if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
            return failedWith(status, query.lastError());
        if (query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            return failed(status, InventoryStatus::Problem::ReadOnly, u"cannot switch to WAL mode"_s);
    }
    // NORMAL is safe in WAL mode: a crash or SIGKILL loses nothing committed, a power
    // cut at most the last transactions, never consistency.
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = NORMAL"_s,
                                  u"PRAGMA journal_size_limit = %1"_s.arg(journalSizeLimit)}) {
        if (const QSqlError error = exec(pragma); error.isValid())
            return failedWith(status, error);
    }

    const InventorySchema::Outcome migrated = InventorySchema::migrate(*this);
    if (migrated.newerVersion > 0) {
        status.fileVersion = migrated.newerVersion;
        status.knownVersion = InventorySchema::latestVersion;
        return failed(status, InventoryStatus::Problem::NewerVersion, {});
    }
    if (migrated.error.isValid()) {
        if (SqliteError::classify(migrated.error) == SqliteError::Kind::Corrupt
            && status.problem != InventoryStatus::Problem::Recovered) {
            // Damage found past the header: start anew once.
            close();
            const CorruptFile::Moved moved = CorruptFile::moveAside(m_path, now);
            if (!moved.ok)
                return failed(status, InventoryStatus::Problem::Damaged, moved.error);
            status.problem = InventoryStatus::Problem::Recovered;
            status.movedAsideTo = moved.movedTo;
            return openConnection(status, now);
        }
        return failedWith(status, migrated.error);
    }
    status.state = InventoryStatus::State::Ready;
    return status;
}

QSqlError InventoryDatabase::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return query.lastError();
    return {};
}

qint64 InventoryDatabase::dataVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QSqlError InventoryDatabase::write(const Body &body)
{
    return transaction(u"BEGIN IMMEDIATE"_s, body);
}

QSqlError InventoryDatabase::read(const Body &body)
{
    return transaction(u"BEGIN"_s, body);
}

QSqlError InventoryDatabase::transaction(const QString &begin, const Body &body)
{
    if (!m_open)
        return QSqlError(u"not open"_s, u"the inventory is not open"_s, QSqlError::ConnectionError);
    QElapsedTimer elapsed;
    elapsed.start();
    for (int attempt = 1;; ++attempt) {
        QSqlError error = exec(begin);
        if (!error.isValid()) {
            error = body();
            if (!error.isValid())
                error = exec(u"COMMIT"_s);
            if (error.isValid())
                exec(u"ROLLBACK"_s); // fails harmlessly when SQLite already rolled back
        }
        if (SqliteError::classify(error) != SqliteError::Kind::Busy || elapsed.elapsed() >= m_options.busyRetryMs)
            return error;
        // Busy past the busy timeout (or at once, where SQLite does not wait: a
        // snapshot that went stale, WAL recovery): back off a little, with jitter so
        // that two processes do not retry in step. This runs on the inventory's
        // thread, never the GUI's.
        const int pause = 5 + int(QRandomGenerator::global()->bounded(20 * std::min(attempt, 10)));
        QThread::msleep(ulong(pause));
    }
}

} // namespace keydesk
