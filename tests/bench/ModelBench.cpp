// The key table with 100,000 keys, offscreen (issue 11, "Performance"):
//   model-load-sort-100k             KeyTableModel::setKeys plus a sort by Last used
//                                    through KeyFilterProxy (goal <= 250 ms together)
//   model-load-100k, model-sort-100k the two parts
//   qt-model-load-sort-100k-baseline the same rows in a bare QAbstractTableModel sorted
//                                    by QSortFilterProxyModel: what Qt itself costs
#include "BenchSupport.h"
#include "KeyFilterProxy.h"
#include "KeyTableModel.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>

using namespace keydesk;
using namespace keydesk::bench;

namespace {

const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

QList<ApiKey> keys(int count)
{
    QRandomGenerator random(7);
    QList<ApiKey> result;
    result.reserve(count);
    for (int n = 0; n < count; ++n) {
        ApiKey key;
        key.id = QStringLiteral("%1-%2").arg(random.generate64(), 16, 16, QLatin1Char('0')).arg(n);
        key.name = QStringLiteral("Service key %1").arg(n);
        key.createdAt = now.addSecs(-qint64(random.bounded(365 * 86400)));
        if (n % 3 == 0)
            key.expiresAt = now.addDays(random.bounded(-30, 365));
        if (n % 5 != 0)
            key.lastUsedAt = now.addSecs(-qint64(random.bounded(30 * 86400)));
        key.usageCount = random.bounded(100000);
        key.revoked = n % 17 == 0;
        result << key;
    }
    return result;
}

// The floor: one typed value per row, Qt's own comparison.
class BareModel final : public QAbstractTableModel {
public:
    void setTimes(QList<QDateTime> times)
    {
        beginResetModel();
        m_times = std::move(times);
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_times.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 1; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole || !index.isValid())
            return {};
        const QDateTime &time = m_times.at(index.row());
        return time.isValid() ? QVariant(time) : QVariant();
    }

private:
    QList<QDateTime> m_times;
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int count = scaled(100000, 10000);
    const QList<ApiKey> listing = keys(count);
    const int runs = scaled(3, 2);

    QList<double> load;
    QList<double> sort;
    QList<double> total;
    for (int run = 0; run < runs; ++run) {
        KeyTableModel model([] { return now; });
        KeyFilterProxy proxy;
        proxy.setSourceModel(&model);
        QElapsedTimer timer;
        timer.start();
        model.setKeys(Dialect::LeadHql, listing);
        const double loaded = msSince(timer);
        proxy.sort(KeyTableModel::LastUsed, Qt::DescendingOrder);
        const double all = msSince(timer);
        if (proxy.rowCount() != count)
            qFatal("the proxy lost rows");
        load << loaded;
        sort << all - loaded;
        total << all;
    }
    report(QStringLiteral("model-load-sort-100k"), median(total), QStringLiteral("ms"));
    note(QStringLiteral("goal <= 250 ms; %1 keys, median of %2").arg(count).arg(runs));
    report(QStringLiteral("model-load-100k"), median(load), QStringLiteral("ms"));
    report(QStringLiteral("model-sort-100k"), median(sort), QStringLiteral("ms"));

    QList<double> baseline;
    QList<QDateTime> times;
    times.reserve(count);
    for (const ApiKey &key : listing)
        times << key.lastUsedAt;
    for (int run = 0; run < runs; ++run) {
        BareModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QElapsedTimer timer;
        timer.start();
        model.setTimes(times);
        proxy.sort(0, Qt::DescendingOrder);
        baseline << msSince(timer);
    }
    report(QStringLiteral("qt-model-load-sort-100k-baseline"), median(baseline), QStringLiteral("ms"));
    return 0;
}
