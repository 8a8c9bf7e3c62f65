#include "InventoryTestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <unistd.h>

namespace keydesk::test {

InventoryResult<RecordSummary> recordListing(Inventory &inventory, const Organisation &organisation,
                                             const QList<ApiKey> &listing, const QDateTime &observedAt)
{
    return awaitResult<RecordSummary>([&](QObject *context, InventoryCallback<RecordSummary> done) {
        inventory.record(organisation, listing, observedAt, context, done);
    });
}

InventoryResult<std::optional<InventorySnapshot>> lastKnown(Inventory &inventory, const QString &organisation)
{
    return awaitResult<std::optional<InventorySnapshot>>(
        [&](QObject *context, InventoryCallback<std::optional<InventorySnapshot>> done) {
            inventory.lastKnown(organisation, context, done);
        });
}

InventoryResult<QList<Observation>> historyOf(Inventory &inventory, const QString &organisation, const QString &keyId)
{
    return awaitResult<QList<Observation>>([&](QObject *context, InventoryCallback<QList<Observation>> done) {
        inventory.history(organisation, keyId, context, done);
    });
}

InventoryResult<bool> logAction(Inventory &inventory, const ActionLogEntry &entry)
{
    return awaitResult<bool>(
        [&](QObject *context, InventoryCallback<bool> done) { inventory.logAction(entry, context, done); });
}

InventoryResult<QList<ActionLogEntry>> actionLog(Inventory &inventory, const ActionLogFilter &filter)
{
    return awaitResult<QList<ActionLogEntry>>([&](QObject *context, InventoryCallback<QList<ActionLogEntry>> done) {
        inventory.actionLog(filter, context, done);
    });
}

InventoryStatus openAndWait(Inventory &inventory)
{
    inventory.open();
    (void)QTest::qWaitFor([&inventory] { return inventory.status().state != InventoryStatus::State::Opening; }, 60000);
    return inventory.status();
}

Organisation organisation(const QString &name, Dialect dialect)
{
    Organisation result;
    result.name = name;
    result.dialect = dialect;
    result.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/") + dialectId(dialect));
    return result;
}

ApiKey sampleKey(int n, qint64 usageCount, const QDateTime &lastUsedAt)
{
    ApiKey key;
    key.id = QStringLiteral("key-%1").arg(n);
    key.name = QStringLiteral("Key %1").arg(n);
    key.createdAt = QDateTime(QDate(2025, 12, 1), QTime(9, 0), Qt::UTC).addSecs(n);
    key.usageCount = usageCount;
    key.lastUsedAt = lastUsedAt;
    return key;
}

QDateTime at(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addDays(day - 1).addSecs(hour * 3600 + minute * 60);
}

RawDatabase::RawDatabase(const QString &path, bool readOnly)
    : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open())
        m_lastError = m_db.lastError().text();
}

RawDatabase::~RawDatabase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QVariant RawDatabase::scalar(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next()) {
        m_lastError = query.lastError().text();
        return {};
    }
    return query.value(0);
}

QStringList RawDatabase::column(const QString &sql)
{
    QStringList values;
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        return values;
    }
    while (query.next())
        values << query.value(0).toString();
    return values;
}

bool RawDatabase::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

bool isRoot()
{
    return ::geteuid() == 0;
}

bool runCommand(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return false;
    process.waitForFinished(60000);
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace keydesk::test
