// A real process that writes to an inventory, for the SIGKILL and concurrency tests:
//   inventory-writer loop  FILE ORG [BUSY_TIMEOUT_MS]     records and logs until killed
//   inventory-writer count FILE ORG N [BUSY_TIMEOUT_MS]   N rounds, also into "shared"
// Round i records listing(i) (40 keys, every usage count = i) then logs "i"; a loop
// restarted on the same file goes on after the last round it finds logged. Prints
// "start <i>", "logged <i>" per round, and "done failures=<n>" at the end of a count.
#include "Inventory.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>

using namespace keydesk;

namespace {

constexpr int keysPerListing = 40;

QList<ApiKey> listing(int round)
{
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QList<ApiKey> keys;
    for (int n = 0; n < keysPerListing; ++n) {
        ApiKey key;
        key.id = QStringLiteral("key-%1").arg(n);
        key.name = QStringLiteral("Key %1 of a process that is killed at random points").arg(n);
        key.createdAt = base;
        key.usageCount = round;
        key.lastUsedAt = base.addSecs(round);
        keys << key;
    }
    return keys;
}

QDateTime observedAt(int round)
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(round) + 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4 || (args.at(1) != u"loop" && args.at(1) != u"count")) {
        QTextStream(stderr) << "usage: inventory-writer loop|count FILE ORG [N] [BUSY_TIMEOUT_MS]\n";
        return 2;
    }
    const bool counting = args.at(1) == u"count";
    const int rounds = counting && args.size() > 4 ? args.at(4).toInt() : -1;
    const int busyIndex = counting ? 5 : 4;
    Inventory::Options options;
    if (args.size() > busyIndex)
        options.busyTimeoutMs = args.at(busyIndex).toInt();

    Inventory inventory(args.at(2), options);
    Organisation own;
    own.name = args.at(3);
    own.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/"));
    Organisation shared = own;
    shared.name = QStringLiteral("shared");
    QTextStream out(stdout);
    int failures = 0;
    const auto fail = [&](const QString &what, const QString &error) {
        ++failures;
        out << what << " failed: " << error << '\n';
        out.flush();
    };

    std::function<void(int)> step = [&](int round) {
        if (counting && round >= rounds) {
            inventory.whenIdle(&app, [&] {
                out << "done failures=" << failures << '\n';
                out.flush();
                QCoreApplication::exit(failures == 0 ? 0 : 1);
            });
            return;
        }
        inventory.record(own, listing(round), observedAt(round), &app,
                         [&, round](const InventoryResult<RecordSummary> &r) {
                             if (!r.ok())
                                 fail(QStringLiteral("record %1").arg(round), r.error);
                             if (counting)
                                 inventory.record(shared, listing(round), observedAt(round), &app,
                                                  [&, round](const InventoryResult<RecordSummary> &s) {
                                                      if (!s.ok())
                                                          fail(QStringLiteral("shared record %1").arg(round), s.error);
                                                  });
                             ActionLogEntry entry;
                             entry.at = observedAt(round);
                             entry.organisation = own.name;
                             entry.action = ActionLogEntry::create();
                             entry.outcome = ActionLogEntry::ok();
                             entry.detail = QString::number(round);
                             inventory.logAction(entry, &app, [&, round](const InventoryResult<bool> &logged) {
                                 if (!logged.ok())
                                     fail(QStringLiteral("log %1").arg(round), logged.error);
                                 out << "logged " << round << '\n';
                                 out.flush();
                                 step(round + 1);
                             });
                         });
    };

    inventory.open();
    ActionLogFilter last;
    last.organisation = own.name;
    last.limit = 1;
    inventory.actionLog(last, &app, [&](const InventoryResult<QList<ActionLogEntry>> &log) {
        if (!log.ok())
            fail(QStringLiteral("reading the log"), log.error);
        const int start = log.value.isEmpty() ? 0 : log.value.last().detail.toInt() + 1;
        out << "start " << start << '\n';
        out.flush();
        step(start);
    });
    return app.exec();
}
