// Inventory figures (issue 11, "Performance"):
//   inventory-record-10k         a refresh of a 10,000-key listing (1% changed), through
//                                Inventory: from the call to the result on the calling
//                                thread, the work done on the inventory's thread
//   inventory-record-10k-new     the first listing of 10,000 keys (all new)
//   inventory-record-10k-caller  what the calling (GUI) thread spends in record()
//   sqlite-insert-10k-baseline   10,000 plain inserts of the same columns in one
//                                transaction, same pragmas: what SQLite itself costs
//   inventory-size-1k-keys-year  1,000 keys refreshed every 5 minutes for a simulated
//                                year (most change rarely, some often), thinning on
// bench-inventory [record|size]: only that part (profiling: valgrind --tool=callgrind).
#include "BenchSupport.h"
#include "Inventory.h"
#include "InventoryWorker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

using namespace keydesk;
using namespace keydesk::bench;

namespace {

const QDateTime epoch(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

Organisation benchOrganisation()
{
    Organisation org;
    org.name = QStringLiteral("bench");
    org.dialect = Dialect::LeadHql;
    org.baseUrl = QUrl(QStringLiteral("https://api.leadhql.com"));
    return org;
}

QList<ApiKey> listing(int count, QRandomGenerator &random)
{
    QList<ApiKey> keys;
    keys.reserve(count);
    for (int n = 0; n < count; ++n) {
        ApiKey key;
        key.id = QStringLiteral("%1-%2").arg(random.generate64(), 16, 16, QLatin1Char('0')).arg(n);
        key.name = QStringLiteral("Service key %1").arg(n);
        key.createdAt = epoch.addSecs(-qint64(random.bounded(365 * 86400)));
        if (n % 3 == 0)
            key.expiresAt = epoch.addDays(random.bounded(1, 365));
        if (n % 5 != 0)
            key.lastUsedAt = epoch.addSecs(-qint64(random.bounded(30 * 86400)));
        key.usageCount = random.bounded(100000);
        key.revoked = n % 17 == 0;
        keys << key;
    }
    return keys;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Timed {
    double roundTripMs = 0;
    double callerMs = 0;
    bool ok = false;
};

Timed timedRecord(Inventory &inventory, const QList<ApiKey> &keys, const QDateTime &when)
{
    Timed timed;
    bool done = false;
    // An event loop, not QTest::qWaitFor, which sleeps up to 10 ms between its looks.
    QEventLoop loop;
    QTimer::singleShot(120000, &loop, [] { qFatal("no result from the inventory"); });
    QElapsedTimer timer;
    timer.start();
    inventory.record(benchOrganisation(), keys, when, &inventory, [&](const InventoryResult<RecordSummary> &result) {
        timed.roundTripMs = msSince(timer);
        timed.ok = result.ok();
        done = true;
        loop.quit();
    });
    timed.callerMs = msSince(timer);
    if (!done)
        loop.exec();
    return timed;
}

// Plain inserts of the same columns in one transaction, same pragmas: what SQLite
// itself costs (ms).
Q_NEVER_INLINE double baselineInsert(const QList<ApiKey> &keys, int run)
{
    double elapsed = 0;
    QTemporaryDir dir;
    const QString name = QStringLiteral("baseline-%1").arg(run);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("baseline.sqlite")));
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        query.exec(QStringLiteral("CREATE TABLE keys (id INTEGER PRIMARY KEY, organisation_id INTEGER, key_id TEXT, "
                                  "name TEXT, revoked INTEGER, created_at INTEGER, expires_at INTEGER, "
                                  "last_used_at INTEGER, usage_count INTEGER, key_prefix TEXT, created_by TEXT, "
                                  "first_seen_at INTEGER, last_seen_at INTEGER)"));
        QElapsedTimer timer;
        timer.start();
        query.exec(QStringLiteral("BEGIN"));
        query.prepare(
            QStringLiteral("INSERT INTO keys (organisation_id, key_id, name, revoked, created_at, expires_at, "
                           "last_used_at, usage_count, key_prefix, created_by, first_seen_at, last_seen_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const ApiKey &key : keys) {
            query.bindValue(0, 1);
            query.bindValue(1, key.id);
            query.bindValue(2, key.name);
            query.bindValue(3, int(key.revoked));
            query.bindValue(4, key.createdAt.toMSecsSinceEpoch());
            query.bindValue(5, key.expiresAt.isValid() ? QVariant(key.expiresAt.toMSecsSinceEpoch()) : QVariant());
            query.bindValue(6, key.lastUsedAt.isValid() ? QVariant(key.lastUsedAt.toMSecsSinceEpoch()) : QVariant());
            query.bindValue(7, *key.usageCount);
            query.bindValue(8, QVariant());
            query.bindValue(9, QVariant());
            query.bindValue(10, epoch.toMSecsSinceEpoch());
            query.bindValue(11, epoch.toMSecsSinceEpoch());
            if (!query.exec())
                qFatal("baseline insert failed: %s", qPrintable(query.lastError().text()));
        }
        query.exec(QStringLiteral("COMMIT"));
        elapsed = msSince(timer);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return elapsed;
}

void recordBenchmarks()
{
    constexpr int keyCount = 10000;
    QRandomGenerator random(11);
    const QList<ApiKey> keys = listing(keyCount, random);
    const int runs = scaled(5, 3);
    QList<double> first;
    QList<double> refresh;
    QList<double> caller;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        Inventory inventory(dir.filePath(QStringLiteral("inventory.sqlite")));
        inventory.open();
        const Timed created = timedRecord(inventory, keys, epoch);
        if (!created.ok)
            qFatal("recording failed: %s", qPrintable(inventory.status().message()));
        first << created.roundTripMs;
        caller << created.callerMs;
        QList<ApiKey> changed = keys;
        for (int step = 1; step <= scaled(5, 2); ++step) {
            for (int n = 0; n < keyCount / 100; ++n) {
                ApiKey &key = changed[int(random.bounded(keyCount))];
                key.usageCount = *key.usageCount + 1;
                key.lastUsedAt = epoch.addSecs(300 * step - 10);
            }
            const Timed timed = timedRecord(inventory, changed, epoch.addSecs(300 * step));
            refresh << timed.roundTripMs;
            caller << timed.callerMs;
        }
    }
    report(QStringLiteral("inventory-record-10k"), median(refresh), QStringLiteral("ms"));
    note(QStringLiteral("goal <= 100 ms; a refresh with 1% of the keys changed, median of %1").arg(refresh.size()));
    report(QStringLiteral("inventory-record-10k-new"), median(first), QStringLiteral("ms"));
    report(QStringLiteral("inventory-record-10k-caller"), median(caller), QStringLiteral("ms"), 3);
    note(QStringLiteral("the calling thread's share: the call returns at once"));

    QList<double> baseline;
    for (int run = 0; run < runs; ++run)
        baseline << baselineInsert(keys, run);
    report(QStringLiteral("sqlite-insert-10k-baseline"), median(baseline), QStringLiteral("ms"));
}

// How often each kind of key is used, per 5-minute refresh.
struct Activity {
    double share;
    double chance;
};

void sizeBenchmark()
{
    const int keyCount = scaled(1000, 100);
    const int days = scaled(365, 30);
    const int refreshesPerDay = 24 * 12;
    const QList<Activity> kinds{
        {0.02, 0.8},                            // busy integrations: nearly every refresh
        {0.08, 1.0 / 12},                       // about once an hour
        {0.20, 2.0 / refreshesPerDay},          // a couple of times a day
        {0.70, 1.0 / (14.0 * refreshesPerDay)}, // once a fortnight or so
    };
    QRandomGenerator random(42);
    QList<ApiKey> keys = listing(keyCount, random);
    QList<double> chance;
    for (int n = 0; n < keyCount; ++n) {
        double position = double(n) / keyCount;
        for (const Activity &kind : kinds) {
            if (position < kind.share) {
                chance << kind.chance;
                break;
            }
            position -= kind.share;
        }
        if (chance.size() <= n)
            chance << kinds.last().chance;
    }

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("inventory.sqlite"));
    qint64 changes = 0;
    QElapsedTimer timer;
    timer.start();
    {
        // The worker's own code, called here directly: the inventory thread's work
        // without the hand-over, so a year takes minutes, not hours.
        InventoryWorker worker(file, {}, [] { return epoch; });
        worker.open();
        int next = keyCount;
        for (int refresh = 0; refresh < days * refreshesPerDay; ++refresh) {
            const QDateTime now = epoch.addSecs(qint64(refresh) * 300);
            for (int n = 0; n < keys.size(); ++n) {
                if (!keys.at(n).revoked && random.generateDouble() < chance.value(n, kinds.last().chance)) {
                    ApiKey &key = keys[n];
                    key.usageCount = *key.usageCount + 1 + random.bounded(20);
                    key.lastUsedAt = now.addSecs(-qint64(random.bounded(300)));
                    ++changes;
                }
            }
            // Rotation now and then: a key revoked, a new one made (LeadHQL lists both).
            if (refresh % (refreshesPerDay * 7 / 2) == refreshesPerDay / 2) {
                keys[int(random.bounded(keys.size()))].revoked = true;
                ApiKey fresh = listing(1, random).first();
                fresh.name = QStringLiteral("Service key %1").arg(next++);
                fresh.revoked = false;
                fresh.createdAt = now;
                keys << fresh;
                chance << kinds.at(int(random.bounded(kinds.size()))).chance;
            }
            if (!worker.record(benchOrganisation(), keys, now).ok())
                qFatal("recording failed at refresh %d", refresh);
        }
        worker.close();
    }
    qint64 bytes = 0;
    for (const QFileInfo &info : QDir(dir.path()).entryInfoList(QDir::Files))
        bytes += info.size();
    report(QStringLiteral("inventory-size-1k-keys-year"), double(bytes) / (1024.0 * 1024.0), QStringLiteral("MB"), 1);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("size"));
    db.setDatabaseName(file);
    db.open();
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT count(*) FROM observations"));
    query.next();
    note(QStringLiteral("goal <= 50 MB; %1 keys over %2 days, %3 changes seen, %4 observations kept; simulated in %5 s")
             .arg(keys.size())
             .arg(days)
             .arg(changes)
             .arg(query.value(0).toLongLong())
             .arg(msSince(timer) / 1000, 0, 'f', 0));
    query.finish();
    query = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("size"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString only = app.arguments().value(1);
    if (only.isEmpty() || only == QLatin1String("record"))
        recordBenchmarks();
    if (only.isEmpty() || only == QLatin1String("size"))
        sizeBenchmark();
    return 0;
}
