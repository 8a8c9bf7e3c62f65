#pragma once

#include "ApiKey.h"
#include "Inventory.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QVariant>

#include <optional>

namespace keydesk::test {

// Runs `start(context, done)` and waits (event loop, tests only) for `done`.
template <typename T, typename Start>
InventoryResult<T> awaitResult(Start start, int timeoutMs = 60000)
{
    std::optional<InventoryResult<T>> got;
    QObject context;
    start(&context, [&got](const InventoryResult<T> &result) { got = result; });
    (void)QTest::qWaitFor([&got] { return got.has_value(); }, timeoutMs);
    if (!got) {
        InventoryResult<T> timedOut;
        timedOut.error = QStringLiteral("no result within %1 ms").arg(timeoutMs);
        return timedOut;
    }
    return *got;
}

// Shorthands for the calls the suites make most.
InventoryResult<RecordSummary> recordListing(Inventory &inventory, const Organisation &organisation,
                                             const QList<ApiKey> &listing, const QDateTime &observedAt);
InventoryResult<std::optional<InventorySnapshot>> lastKnown(Inventory &inventory, const QString &organisation);
InventoryResult<QList<Observation>> historyOf(Inventory &inventory, const QString &organisation, const QString &keyId);
InventoryResult<bool> logAction(Inventory &inventory, const ActionLogEntry &entry);
InventoryResult<QList<ActionLogEntry>> actionLog(Inventory &inventory, const ActionLogFilter &filter = {});
// Opens and waits until the status is no longer Opening.
InventoryStatus openAndWait(Inventory &inventory);

Organisation organisation(const QString &name, Dialect dialect = Dialect::LeadHql);
// A LeadHQL-shaped key: id "key-<n>", name "Key <n>".
ApiKey sampleKey(int n, qint64 usageCount = 0, const QDateTime &lastUsedAt = {});
QDateTime at(int day, int hour = 0, int minute = 0); // 2026-01-<day> hh:mm UTC (day may exceed 31)

// A separate connection from the test thread, to look at what the inventory wrote.
class RawDatabase final {
public:
    explicit RawDatabase(const QString &path, bool readOnly = true);
    ~RawDatabase();
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QVariant scalar(const QString &sql);
    QStringList column(const QString &sql);
    bool exec(const QString &sql);
    QString lastError() const { return m_lastError; }
    QSqlDatabase &connection() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_lastError;
};

QByteArray fileBytes(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);
// Every file name in `folder`, sorted.
QStringList filesIn(const QString &folder);

// mount(8)/umount(8) for the suites that need a small or read-only file system (root).
bool isRoot();
bool runCommand(const QString &program, const QStringList &arguments, QString *output = nullptr);

} // namespace keydesk::test
