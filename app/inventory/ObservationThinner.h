#pragma once

#include "PreparedStatement.h"

#include <QDateTime>
#include <QSqlError>

#include <optional>

namespace keydesk {

class InventoryDatabase;

// Thins old observations so that a busy key's history stays small: all of the last
// week, then at most one per hour (the last of the hour), and past 90 days at most one
// per day; a key's first and last observations always stay. Runs from time to time
// (isDue), not on every record, and only over what crossed a threshold since the
// previous run (the thresholds reached are kept in the maintenance table), so each run
// costs in proportion to the new history, not to the whole file.
class ObservationThinner final {
public:
    static constexpr qint64 hourMs = 3600 * 1000;
    static constexpr qint64 dayMs = 24 * hourMs;
    static constexpr qint64 keepAllMs = 7 * dayMs;
    static constexpr qint64 hourlyMs = 90 * dayMs;
    static constexpr qint64 intervalMs = 6 * hourMs;

    explicit ObservationThinner(InventoryDatabase &database);
    ObservationThinner(const ObservationThinner &) = delete;
    ObservationThinner &operator=(const ObservationThinner &) = delete;

    // Whether a run is due at `now` (every intervalMs, shared by every process through
    // the file; a run that races another one is merely redundant).
    bool isDue(const QDateTime &now);
    // One write transaction; `deleted` counts the observations removed.
    QSqlError thin(const QDateTime &now, int &deleted);

private:
    QSqlError thinWindow(qint64 from, qint64 until, qint64 bucketMs, int &deleted);
    QSqlError readMark(const QString &name, qint64 &value);
    QSqlError writeMark(const QString &name, qint64 value);

    InventoryDatabase &m_database;
    PreparedStatement m_delete;
    PreparedStatement m_readMark;
    PreparedStatement m_writeMark;
    std::optional<qint64> m_lastRun;
};

} // namespace keydesk
