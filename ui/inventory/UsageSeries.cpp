#include "UsageSeries.h"

#include <QSet>

#include <algorithm>

namespace keydesk {

namespace {

constexpr qint64 hourMs = 3600LL * 1000;
constexpr qint64 dayMs = 24 * hourMs;

qint64 spanOf(UsageSeries::Range range)
{
    switch (range) {
    case UsageSeries::Range::Day:
        return dayMs;
    case UsageSeries::Range::Week:
        return 7 * dayMs;
    case UsageSeries::Range::Month:
        return 30 * dayMs;
    case UsageSeries::Range::All:
        return 0;
    }
    return 0;
}

} // namespace

UsageSeries::Kind UsageSeries::kindFor(Dialect dialect)
{
    const DialectTraits traits = DialectTraits::of(dialect);
    if (traits.reportsUsageCount)
        return Kind::UsageCount;
    if (traits.managesKeys)
        return Kind::UsesPerBin; // last use is reported, no count
    return Kind::None;
}

UsageSeries UsageSeries::build(Dialect dialect, const QList<Observation> &history, Range range, const QDateTime &now)
{
    UsageSeries series;
    series.kind = kindFor(dialect);
    const qint64 end = now.toMSecsSinceEpoch();
    qint64 start = end - spanOf(range);
    if (range == Range::All) {
        start = end - dayMs;
        for (const Observation &point : history) {
            start = std::min(start, point.observedAt.toMSecsSinceEpoch());
            if (point.lastUsedAt.isValid())
                start = std::min(start, point.lastUsedAt.toMSecsSinceEpoch());
        }
    }
    series.from = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
    series.to = QDateTime::fromMSecsSinceEpoch(end, Qt::UTC);
    if (history.isEmpty())
        return series;

    if (series.kind == Kind::UsageCount) {
        std::optional<qint64> carried;
        for (const Observation &point : history) {
            const qint64 at = point.observedAt.toMSecsSinceEpoch();
            if (!point.usageCount)
                continue;
            if (at <= start) {
                carried = point.usageCount;
                continue;
            }
            if (at > end)
                break;
            if (carried && series.points.isEmpty())
                series.points.append(QPointF(double(start), double(*carried)));
            series.points.append(QPointF(double(at), double(*point.usageCount)));
            carried = point.usageCount;
        }
        if (carried && series.points.isEmpty())
            series.points.append(QPointF(double(start), double(*carried)));
        if (carried && series.points.constLast().x() < double(end))
            series.points.append(QPointF(double(end), double(*carried)));
    } else if (series.kind == Kind::UsesPerBin) {
        series.binMs = range == Range::Day ? hourMs
                                           : (range == Range::All && end - start > 183 * dayMs ? 7 * dayMs : dayMs);
        QSet<qint64> uses;
        for (const Observation &point : history) {
            if (point.lastUsedAt.isValid())
                uses.insert(point.lastUsedAt.toMSecsSinceEpoch());
        }
        // Bins on UTC boundaries (whole hours, days, weeks since the epoch).
        const qint64 first = start - (start % series.binMs);
        const int bins = int((end - first) / series.binMs) + 1;
        QList<int> counts(bins, 0);
        for (const qint64 use : std::as_const(uses)) {
            if (use < start || use > end)
                continue;
            ++counts[int((use - first) / series.binMs)];
        }
        for (int i = 0; i < bins; ++i)
            series.points.append(QPointF(double(first + i * series.binMs), double(counts.at(i))));
    }
    for (const QPointF &point : std::as_const(series.points))
        series.maxValue = std::max(series.maxValue, point.y());
    return series;
}

} // namespace keydesk
