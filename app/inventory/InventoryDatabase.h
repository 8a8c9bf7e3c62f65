#pragma once

#include "InventoryStatus.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>

namespace keydesk {

// The inventory's one SQLite connection (Qt SQL, QSQLITE), used only by the thread
// that opened it. Opening checks the file first (DatabaseProbe): a newer or foreign
// file is refused untouched, a damaged one is moved aside (CorruptFile) and started
// anew. Then WAL mode (readers never wait for the writer, and a killed writer leaves
// the last committed state), foreign keys, and the forward-only migrations of
// InventorySchema.
class InventoryDatabase final {
public:
    struct Options final {
        int busyTimeoutMs = 5000; // SQLite waits this long for another writer's lock
        int busyRetryMs = 30000;  // then the whole transaction is tried again, until this
    };
    using Body = std::function<QSqlError()>;

    InventoryDatabase(QString path, Options options);
    ~InventoryDatabase();
    InventoryDatabase(const InventoryDatabase &) = delete;
    InventoryDatabase &operator=(const InventoryDatabase &) = delete;

    // Opens, checks and migrates the file; the status says why when it is not Ready.
    // `now` names a damaged file moved aside.
    InventoryStatus open(const QDateTime &now);
    // Closes the connection, moves the damaged file aside and opens a new one.
    InventoryStatus recover(const QDateTime &now);
    void close();
    bool isOpen() const { return m_open; }
    const QString &path() const { return m_path; }
    QSqlDatabase &connection() { return m_db; }

    // `body` inside BEGIN IMMEDIATE … COMMIT: the write lock is taken up front, so two
    // writers queue on the busy timeout instead of deadlocking on a lock upgrade. Rolled
    // back when `body` or COMMIT fails; run again (body and all) while SQLite reports
    // busy, for up to Options::busyRetryMs. Returns the error that ended it, if any.
    QSqlError write(const Body &body);
    // `body` inside one read transaction: a consistent snapshot across its SELECTs.
    QSqlError read(const Body &body);
    // Changes when another connection (another KeyDesk process) has committed.
    qint64 dataVersion();
    QSqlError exec(const QString &sql);
    // Whether the file system holding `path` has (almost) no space left.
    static bool isOutOfSpace(const QString &path);

private:
    QSqlError transaction(const QString &begin, const Body &body);
    InventoryStatus openOnce(const QDateTime &now);
    InventoryStatus openConnection(InventoryStatus status, const QDateTime &now);
    InventoryStatus failed(InventoryStatus status, InventoryStatus::Problem problem, const QString &detail);
    InventoryStatus failedWith(InventoryStatus status, const QSqlError &error);

    QString m_path;
    Options m_options;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_openWasBusy = false; // the last open attempt failed on another process's lock
};

} // namespace keydesk
