#include "InventoryRecorder.h"

#include "InventoryDatabase.h"
#include "SqlValue.h"

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

// Listings that reach the file up to this much out of order are races between
// processes; beyond it, the clock moved back (ms).
constexpr qint64 staleWindowMs = 10 * 60 * 1000;

bool sameRecord(const ApiKey &a, const ApiKey &b)
{
    return a.name == b.name && a.revoked == b.revoked && a.createdAt == b.createdAt && a.expiresAt == b.expiresAt
           && a.lastUsedAt == b.lastUsedAt && a.usageCount == b.usageCount && a.keyPrefix == b.keyPrefix
           && a.createdBy == b.createdBy;
}

} // namespace

InventoryRecorder::InventoryRecorder(InventoryDatabase &database)
    : m_database(database)
    , m_organisations(database.connection())
    , m_loadKeys(database.connection(),
                 uR"(SELECT k.id, k.key_id, k.name, k.revoked, k.created_at, k.expires_at, k.last_used_at,
                            k.usage_count, k.key_prefix, k.created_by, k.gone_at,
                            o.status, o.usage_count, o.last_used_at
                     FROM keys k LEFT JOIN observations o ON o.key_row = k.id
                          AND o.observed_at = (SELECT max(observed_at) FROM observations WHERE key_row = k.id)
                     WHERE k.organisation_id = ?)"_s)
    , m_lastRow(database.connection(), u"SELECT coalesce(max(id), 0) FROM keys"_s)
    , m_updateKey(
          database.connection(),
          uR"(UPDATE keys SET name = coalesce(?, ''), revoked = ?, created_at = ?, expires_at = ?, last_used_at = ?,
                                      usage_count = ?, key_prefix = ?, created_by = ?, last_seen_at = ?, gone_at = NULL
                      WHERE id = ?)"_s)
    , m_markGone(database.connection(),
                 u"UPDATE keys SET gone_at = ?, last_seen_at = coalesce(?, last_seen_at) WHERE id = ?"_s)
    , m_touchKey(database.connection(), u"UPDATE keys SET last_seen_at = ? WHERE id = ?"_s)
    // The status as ApiKey::status(observedAt) and SqlValue::statusCode have it:
    // revoked 1, else expired 2 once expires_at is reached, else active 0.
    , m_firstObservations(database.connection(),
                          uR"(INSERT INTO observations (key_row, observed_at, status, usage_count, last_used_at)
                              SELECT id, first_seen_at,
                                     CASE WHEN revoked != 0 THEN 1
                                          WHEN expires_at IS NOT NULL AND expires_at <= ? THEN 2 ELSE 0 END,
                                     usage_count, last_used_at
                              FROM keys WHERE id >= ?)"_s)
    // Row ids of new keys are given here (the write lock is held, see nextRow), so that
    // their first observations can be made from their rows in one statement.
    , m_insertKey(database.connection(),
                  uR"(INSERT INTO keys (id, organisation_id, key_id, name, revoked, created_at, expires_at,
                                        last_used_at, usage_count, key_prefix, created_by, first_seen_at, last_seen_at)
                      VALUES (?, ?, ?, coalesce(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s)
    , m_insertObservation(
          database.connection(),
          uR"(INSERT OR REPLACE INTO observations (key_row, observed_at, status, usage_count, last_used_at)
                              VALUES (?, ?, ?, ?, ?))"_s)
{
}

InventoryRecorder::~InventoryRecorder() = default;

QSqlError InventoryRecorder::record(const Organisation &organisation, const QList<ApiKey> &listing,
                                    const QDateTime &observedAt, RecordSummary &summary)
{
    bool attempted = false;
    const QSqlError error = m_database.write([&]() -> QSqlError {
        // A busy retry runs this again after a rollback: what the first attempt put
        // into the cache was never committed.
        if (attempted)
            m_cache.clear();
        attempted = true;
        summary = RecordSummary{};
        m_nextRow = 0;
        return recordInTransaction(organisation, listing, observedAt, summary);
    });
    if (error.isValid())
        m_cache.clear();
    return error;
}

InventoryRecorder::Point InventoryRecorder::pointOf(const ApiKey &key, const QDateTime &observedAt)
{
    return Point{SqlValue::statusCode(key.status(observedAt)), key.usageCount, key.lastUsedAt};
}

QSqlError InventoryRecorder::recordInTransaction(const Organisation &organisation, const QList<ApiKey> &listing,
                                                 const QDateTime &observedAt, RecordSummary &summary)
{
    const qint64 version = m_database.dataVersion();
    if (version < 0 || version != m_cacheVersion) {
        m_cache.clear();
        m_cacheVersion = version;
    }
    auto cached = m_cache.find(organisation.name);
    if (cached == m_cache.end()) {
        OrganisationState state;
        if (const QSqlError error = load(organisation, state); error.isValid())
            return error;
        cached = m_cache.insert(organisation.name, state);
    } else if (cached->row.organisation.dialect != organisation.dialect
               || cached->row.organisation.baseUrl != organisation.baseUrl) {
        if (const QSqlError error = m_organisations.ensure(organisation, cached->row); error.isValid())
            return error;
    }
    OrganisationState &state = *cached;
    QDateTime when = observedAt;
    if (state.row.listedAt.isValid() && when < state.row.listedAt) {
        // A little older: another process recorded a newer listing meanwhile, and this
        // one would only step the history back. Much older: the clock was set back, and
        // history goes on, just after the latest point, rather than stop until the
        // clock catches up.
        if (state.row.listedAt.msecsTo(when) >= -staleWindowMs) {
            summary.stale = true;
            return {};
        }
        when = state.row.listedAt.addMSecs(1);
        summary.clockWentBack = true;
    }

    const bool fullListing = DialectTraits::of(organisation.dialect).managesKeys;
    const quint64 recording = ++m_recording;
    qint64 firstNewRow = 0;
    for (const ApiKey &key : listing) {
        if (key.id.isEmpty())
            continue;
        auto known = state.keys.find(key.id);
        if (known != state.keys.end() && known->listedIn == recording)
            continue; // the first record of an id listed twice wins, as in the table
        ++summary.listed;
        const Point point = pointOf(key, when);
        if (known == state.keys.end()) {
            KnownKey added;
            if (const QSqlError error = insertKey(state, key, when, added.row); error.isValid())
                return error;
            firstNewRow = firstNewRow ? firstNewRow : added.row;
            added.record = key;
            added.last = point;
            added.listedIn = recording;
            state.keys.insert(key.id, added);
            ++summary.added;
            ++summary.observations;
            continue;
        }
        known->listedIn = recording;
        const bool wasGone = known->goneAt.isValid();
        if (wasGone || !sameRecord(known->record, key)) {
            if (const QSqlError error = updateKey(*known, key, when); error.isValid())
                return error;
            known->record = key;
            known->goneAt = QDateTime();
            ++(wasGone ? summary.returned : summary.updated);
        } else if (!fullListing) {
            // Without a full listing the organisation's listed_at says nothing about
            // this key: keep its own time.
            if (const QSqlError error = m_touchKey.run({SqlValue::time(when), known->row}); error.isValid())
                return error;
        }
        if (!known->last || !(*known->last == point)) {
            if (const QSqlError error = observe(known->row, point, when); error.isValid())
                return error;
            known->last = point;
            ++summary.observations;
        }
    }
    if (firstNewRow) {
        // The first observation of every new key, from its row: one statement instead
        // of a bound row per key (a first listing of 10,000 keys).
        if (const QSqlError error = m_firstObservations.run({SqlValue::time(when), firstNewRow}); error.isValid())
            return error;
    }

    if (fullListing) {
        // Last seen in the previous listing, which still had it.
        const QVariant lastSeen = SqlValue::time(state.row.listedAt);
        for (auto it = state.keys.begin(); it != state.keys.end(); ++it) {
            if (it->goneAt.isValid() || it->listedIn == recording)
                continue;
            if (const QSqlError error = m_markGone.run({SqlValue::time(when), lastSeen, it->row}); error.isValid())
                return error;
            it->goneAt = when;
            ++summary.gone;
        }
    }
    return m_organisations.setListedAt(state.row, when);
}

QSqlError InventoryRecorder::load(const Organisation &organisation, OrganisationState &state)
{
    if (const QSqlError error = m_organisations.ensure(organisation, state.row); error.isValid())
        return error;
    if (const QSqlError error = m_loadKeys.run({state.row.id}); error.isValid())
        return error;
    QSqlQuery &query = m_loadKeys.query();
    while (query.next()) {
        KnownKey known;
        known.row = query.value(0).toLongLong();
        known.record = SqlValue::toKey(query, 1);
        known.goneAt = SqlValue::toTime(query.value(10));
        if (!query.value(11).isNull())
            known.last = Point{query.value(11).toInt(), SqlValue::toCount(query.value(12)),
                               SqlValue::toTime(query.value(13))};
        state.keys.insert(known.record.id, known);
    }
    const QSqlError error = query.lastError();
    m_loadKeys.finish();
    return error.isValid() ? error : QSqlError();
}

QSqlError InventoryRecorder::nextRow(qint64 &row)
{
    if (m_nextRow == 0) {
        if (const QSqlError error = m_lastRow.run({}); error.isValid())
            return error;
        if (!m_lastRow.query().next())
            return m_lastRow.query().lastError();
        m_nextRow = m_lastRow.query().value(0).toLongLong() + 1;
        m_lastRow.finish();
    }
    row = m_nextRow++;
    return {};
}

QSqlError InventoryRecorder::insertKey(const OrganisationState &state, const ApiKey &key, const QDateTime &observedAt,
                                       qint64 &row)
{
    if (const QSqlError error = nextRow(row); error.isValid())
        return error;
    const QVariant seen = SqlValue::time(observedAt);
    return m_insertKey.run({row, state.row.id, key.id, key.name, int(key.revoked), SqlValue::time(key.createdAt),
                            SqlValue::time(key.expiresAt), SqlValue::time(key.lastUsedAt),
                            SqlValue::count(key.usageCount), SqlValue::optionalText(key.keyPrefix),
                            SqlValue::optionalText(key.createdBy), seen, seen});
}

QSqlError InventoryRecorder::updateKey(const KnownKey &known, const ApiKey &key, const QDateTime &observedAt)
{
    return m_updateKey.run({key.name, int(key.revoked), SqlValue::time(key.createdAt), SqlValue::time(key.expiresAt),
                            SqlValue::time(key.lastUsedAt), SqlValue::count(key.usageCount),
                            SqlValue::optionalText(key.keyPrefix), SqlValue::optionalText(key.createdBy),
                            SqlValue::time(observedAt), known.row});
}

QSqlError InventoryRecorder::observe(qint64 row, const Point &point, const QDateTime &observedAt)
{
    return m_insertObservation.run({row, SqlValue::time(observedAt), point.status, SqlValue::count(point.usageCount),
                                    SqlValue::time(point.lastUsedAt)});
}

} // namespace keydesk
