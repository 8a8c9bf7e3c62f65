#pragma once

#include "ApiKey.h"
#include "OrganisationTable.h"
#include "PreparedStatement.h"
#include "RecordSummary.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlError>

#include <optional>

namespace keydesk {

class InventoryDatabase;

// Records listings: the last known record of every key, and an observation only when a
// key's status, usage count or last use changed, so the file grows with activity, not
// with refreshes. Keys missing from a full listing (DialectTraits::managesKeys: LeadHQL
// lists revoked keys too, LocalLeads only active ones) are marked gone, and come back
// when listed again.
//
// What the file holds per organisation is cached in memory, so a refresh that changed
// nothing costs one small write; `PRAGMA data_version` tells when another process has
// written and the cache must be read again.
class InventoryRecorder final {
public:
    explicit InventoryRecorder(InventoryDatabase &database);
    ~InventoryRecorder();
    InventoryRecorder(const InventoryRecorder &) = delete;
    InventoryRecorder &operator=(const InventoryRecorder &) = delete;

    // One write transaction. A listing older than the latest one recorded for the
    // organisation (another process recorded a newer one meanwhile) is ignored.
    QSqlError record(const Organisation &organisation, const QList<ApiKey> &listing, const QDateTime &observedAt,
                     RecordSummary &summary);
    // Drops the cache (after maintenance rewrote rows, or a failure).
    void forgetCache() { m_cache.clear(); }

private:
    struct Point final {
        int status = 0;
        std::optional<qint64> usageCount;
        QDateTime lastUsedAt;
        bool operator==(const Point &other) const
        {
            return status == other.status && usageCount == other.usageCount && lastUsedAt == other.lastUsedAt;
        }
    };
    struct KnownKey final {
        qint64 row = 0;
        ApiKey record;
        QDateTime goneAt;
        std::optional<Point> last; // the latest observation
        quint64 listedIn = 0;      // the recording that last listed it
    };
    struct OrganisationState final {
        OrganisationTable::Row row;
        QHash<QString, KnownKey> keys;
    };

    QSqlError recordInTransaction(const Organisation &organisation, const QList<ApiKey> &listing,
                                  const QDateTime &observedAt, RecordSummary &summary);
    QSqlError load(const Organisation &organisation, OrganisationState &state);
    QSqlError insertKey(const OrganisationState &state, const ApiKey &key, const QDateTime &observedAt, qint64 &row);
    QSqlError updateKey(const KnownKey &known, const ApiKey &key, const QDateTime &observedAt);
    QSqlError observe(qint64 row, const Point &point, const QDateTime &observedAt);
    QSqlError nextRow(qint64 &row);
    static Point pointOf(const ApiKey &key, const QDateTime &observedAt);

    InventoryDatabase &m_database;
    OrganisationTable m_organisations;
    PreparedStatement m_loadKeys;
    PreparedStatement m_lastRow;
    PreparedStatement m_updateKey;
    PreparedStatement m_markGone;
    PreparedStatement m_touchKey;
    PreparedStatement m_firstObservations;
    PreparedStatement m_insertKey;
    PreparedStatement m_insertObservation;
    QHash<QString, OrganisationState> m_cache;
    qint64 m_cacheVersion = -1;
    quint64 m_recording = 0;
    qint64 m_nextRow = 0; // 0: not read in this transaction yet
};

} // namespace keydesk
