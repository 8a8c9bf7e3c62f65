#include "InventoryLeakState.h"

#include "InventoryDatabase.h"

using namespace Qt::StringLiterals;

namespace keydesk {

InventoryLeakState::InventoryLeakState(InventoryDatabase &database)
    : m_database(database)
    , m_tips(database.connection(), u"SELECT tip FROM leak_scan_tips WHERE repository = ?"_s)
    , m_sightings(database.connection(),
                  uR"(SELECT commit_id, blob, path, line, column_number, format, masked_identifier, fingerprint,
                          last_four, local_prefix
                      FROM leak_history_sightings WHERE repository = ? ORDER BY path, commit_id, line)"_s)
    , m_clearTips(database.connection(), u"DELETE FROM leak_scan_tips WHERE repository = ?"_s)
    , m_clearSightings(database.connection(), u"DELETE FROM leak_history_sightings WHERE repository = ?"_s)
    , m_insertTip(database.connection(), u"INSERT OR IGNORE INTO leak_scan_tips (repository, tip) VALUES (?, ?)"_s)
    , m_insertSighting(database.connection(),
                       // OR IGNORE: a sighting stored by an earlier scan. Empty texts are ''
                       // (Qt binds an empty QString as NULL, which NOT NULL would drop).
                       uR"(INSERT OR IGNORE INTO leak_history_sightings (repository, commit_id, blob, path, line,
                              column_number, format, masked_identifier, fingerprint, last_four, local_prefix)
                           VALUES (?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?, ?, coalesce(?, ''), ?,
                                   coalesce(?, ''), coalesce(?, '')))"_s)
{
}

QSqlError InventoryLeakState::scannedTips(const QString &gitDir, QStringList &tips)
{
    tips.clear();
    return m_database.read([&]() -> QSqlError {
        if (const QSqlError error = m_tips.run({gitDir}); error.isValid())
            return error;
        while (m_tips.query().next())
            tips.append(m_tips.query().value(0).toString());
        const QSqlError error = m_tips.query().lastError();
        m_tips.finish();
        return error;
    });
}

QSqlError InventoryLeakState::earlierSightings(const QString &gitDir, QList<LeakSighting> &sightings)
{
    sightings.clear();
    return m_database.read([&]() -> QSqlError {
        if (const QSqlError error = m_sightings.run({gitDir}); error.isValid())
            return error;
        QSqlQuery &query = m_sightings.query();
        while (query.next()) {
            LeakSighting sighting;
            sighting.commit = query.value(0).toString();
            sighting.blob = query.value(1).toString();
            sighting.path = query.value(2).toString();
            sighting.line = query.value(3).toLongLong();
            sighting.column = query.value(4).toLongLong();
            sighting.dialect = dialectFromId(query.value(5).toString()).value_or(Dialect::LeadHql);
            sighting.masked = query.value(6).toString();
            sighting.fingerprint = query.value(7).toString();
            sighting.lastFour = query.value(8).toString();
            sighting.localLeadsPrefix = query.value(9).toString();
            sightings.append(sighting);
        }
        const QSqlError error = query.lastError();
        m_sightings.finish();
        return error;
    });
}

QSqlError InventoryLeakState::remember(const QString &gitDir, const QStringList &tips,
                                       const QList<LeakSighting> &sightings, bool replaceSightings)
{
    return m_database.write([&]() -> QSqlError {
        if (const QSqlError error = m_clearTips.run({gitDir}); error.isValid())
            return error;
        if (replaceSightings) {
            if (const QSqlError error = m_clearSightings.run({gitDir}); error.isValid())
                return error;
        }
        for (const QString &tip : tips) {
            if (const QSqlError error = m_insertTip.run({gitDir, tip}); error.isValid())
                return error;
        }
        for (const LeakSighting &s : sightings) {
            if (const QSqlError error = m_insertSighting.run({gitDir, s.commit, s.blob, s.path, s.line, s.column,
                                                              dialectId(s.dialect), s.masked, s.fingerprint,
                                                              s.lastFour, s.localLeadsPrefix});
                error.isValid())
                return error;
        }
        return {};
    });
}

} // namespace keydesk
