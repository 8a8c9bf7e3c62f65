#include "ObservationThinner.h"

#include "InventoryDatabase.h"

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

const QString lastRunMark = u"thinned_at"_s;
const QString hourlyMark = u"thinned_hourly_before"_s; // observations before it are at most hourly
const QString dailyMark = u"thinned_daily_before"_s;   // observations before it are at most daily

qint64 floorTo(qint64 value, qint64 step)
{
    return value - (value % step + step) % step;
}

} // namespace

ObservationThinner::ObservationThinner(InventoryDatabase &database)
    : m_database(database)
    // An observation goes when a later one of the same key falls in the same bucket
    // (and in the window), unless it is the key's first: the last of each bucket stays.
    // The later-one search is bounded to the bucket, so it is one short index range.
    , m_delete(database.connection(), uR"(DELETE FROM observations AS o
                   WHERE o.observed_at >= ? AND o.observed_at < ?
                     AND o.observed_at > (SELECT min(f.observed_at) FROM observations AS f WHERE f.key_row = o.key_row)
                     AND EXISTS (SELECT 1 FROM observations AS n
                                 WHERE n.key_row = o.key_row AND n.observed_at > o.observed_at
                                   AND n.observed_at < min(?, (o.observed_at / ? + 1) * ?)))"_s)
    , m_readMark(database.connection(), u"SELECT value FROM maintenance WHERE name = ?"_s)
    , m_writeMark(database.connection(), u"INSERT OR REPLACE INTO maintenance (name, value) VALUES (?, ?)"_s)
{
}

bool ObservationThinner::isDue(const QDateTime &now)
{
    if (!m_lastRun) {
        qint64 value = 0;
        if (readMark(lastRunMark, value).isValid())
            return false;
        m_lastRun = value;
    }
    return now.toMSecsSinceEpoch() - *m_lastRun >= intervalMs;
}

QSqlError ObservationThinner::thin(const QDateTime &now, int &deleted)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QSqlError error = m_database.write([&]() -> QSqlError {
        deleted = 0;
        qint64 hourlyBefore = 0;
        qint64 dailyBefore = 0;
        if (QSqlError markError = readMark(hourlyMark, hourlyBefore); markError.isValid())
            return markError;
        if (QSqlError markError = readMark(dailyMark, dailyBefore); markError.isValid())
            return markError;
        const qint64 hourlyUntil = nowMs - keepAllMs;
        const qint64 dailyUntil = nowMs - hourlyMs;
        // From the start of the bucket the previous run stopped in: its later part is
        // new to this run, its earlier part is already thinned.
        if (hourlyUntil > hourlyBefore) {
            if (QSqlError windowError = thinWindow(floorTo(hourlyBefore, hourMs), hourlyUntil, hourMs, deleted);
                windowError.isValid())
                return windowError;
            if (QSqlError markError = writeMark(hourlyMark, hourlyUntil); markError.isValid())
                return markError;
        }
        if (dailyUntil > dailyBefore) {
            if (QSqlError windowError = thinWindow(floorTo(dailyBefore, dayMs), dailyUntil, dayMs, deleted);
                windowError.isValid())
                return windowError;
            if (QSqlError markError = writeMark(dailyMark, dailyUntil); markError.isValid())
                return markError;
        }
        return writeMark(lastRunMark, nowMs);
    });
    if (!error.isValid())
        m_lastRun = nowMs;
    return error;
}

QSqlError ObservationThinner::thinWindow(qint64 from, qint64 until, qint64 bucketMs, int &deleted)
{
    if (const QSqlError error = m_delete.run({from, until, until, bucketMs, bucketMs}); error.isValid())
        return error;
    deleted += m_delete.query().numRowsAffected();
    return {};
}

QSqlError ObservationThinner::readMark(const QString &name, qint64 &value)
{
    value = 0;
    if (const QSqlError error = m_readMark.run({name}); error.isValid())
        return error;
    if (m_readMark.query().next())
        value = m_readMark.query().value(0).toLongLong();
    m_readMark.finish();
    return {};
}

QSqlError ObservationThinner::writeMark(const QString &name, qint64 value)
{
    return m_writeMark.run({name, value});
}

} // namespace keydesk
