#include "InventoryReader.h"

#include "InventoryDatabase.h"
#include "SqlValue.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

// Keys with the identifier KeyDesk remembered at creation where the listing has none
// (LeadHQL lists no identifier).
const QString keyColumns = uR"(SELECT o.name, o.dialect, o.listed_at, k.key_id, k.name, k.revoked, k.created_at,
        k.expires_at, k.last_used_at, k.usage_count, coalesce(k.key_prefix, c.masked_identifier), k.created_by,
        k.first_seen_at, k.last_seen_at, k.gone_at
    FROM keys AS k JOIN organisations AS o ON o.id = k.organisation_id
    LEFT JOIN created_keys AS c ON c.organisation_id = k.organisation_id AND c.key_id = k.key_id)"_s;

QSqlError runQuery(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return query.lastError();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return query.lastError();
    return {};
}

// observed_at, status, usage_count, last_used_at from column `first` on.
Observation observationAt(const QSqlQuery &query, int first)
{
    Observation point;
    point.observedAt = SqlValue::toTime(query.value(first));
    point.status = SqlValue::toStatus(query.value(first + 1));
    point.usageCount = SqlValue::toCount(query.value(first + 2));
    point.lastUsedAt = SqlValue::toTime(query.value(first + 3));
    return point;
}

} // namespace

InventoryReader::InventoryReader(InventoryDatabase &database)
    : m_database(database)
    , m_history(database.connection(), uR"(SELECT b.observed_at, b.status, b.usage_count, b.last_used_at
                    FROM observations AS b JOIN keys AS k ON k.id = b.key_row
                    JOIN organisations AS o ON o.id = k.organisation_id
                    WHERE o.name = ? AND k.key_id = ? ORDER BY b.observed_at)"_s)
    , m_histories(database.connection(), uR"(SELECT k.key_id, b.observed_at, b.status, b.usage_count, b.last_used_at
                    FROM observations AS b JOIN keys AS k ON k.id = b.key_row
                    JOIN organisations AS o ON o.id = k.organisation_id
                    WHERE o.name = ? ORDER BY b.key_row, b.observed_at)"_s)
{
}

QSqlError InventoryReader::readOrganisations(const QString &condition, const QVariantList &values,
                                             QList<KnownOrganisation> &organisations)
{
    organisations.clear();
    QSqlQuery query(m_database.connection());
    const QString sql = uR"(SELECT o.name, o.dialect, o.base_url, o.first_listed_at, o.listed_at,
                                   (SELECT count(*) FROM keys WHERE organisation_id = o.id)
                            FROM organisations AS o %1 ORDER BY o.name)"_s.arg(condition);
    if (const QSqlError error = runQuery(query, sql, values); error.isValid())
        return error;
    while (query.next()) {
        KnownOrganisation known;
        known.organisation.name = query.value(0).toString();
        known.organisation.dialect = dialectFromId(query.value(1).toString()).value_or(Dialect::LeadHql);
        known.organisation.baseUrl = QUrl(query.value(2).toString());
        known.firstListedAt = SqlValue::toTime(query.value(3));
        known.listedAt = SqlValue::toTime(query.value(4));
        known.keyCount = query.value(5).toInt();
        organisations.append(known);
    }
    return query.lastError();
}

QSqlError InventoryReader::readKeys(const QString &condition, const QVariantList &values, QList<InventoryKey> &keys)
{
    keys.clear();
    QSqlQuery query(m_database.connection());
    const QString sql = keyColumns + u' ' + condition + u" ORDER BY o.name, k.first_seen_at, k.key_id"_s;
    if (const QSqlError error = runQuery(query, sql, values); error.isValid())
        return error;
    while (query.next()) {
        InventoryKey row;
        row.organisation = query.value(0).toString();
        row.dialect = dialectFromId(query.value(1).toString()).value_or(Dialect::LeadHql);
        const QDateTime listedAt = SqlValue::toTime(query.value(2));
        row.key = SqlValue::toKey(query, 3);
        row.firstSeenAt = SqlValue::toTime(query.value(12));
        row.goneAt = SqlValue::toTime(query.value(14));
        // A key still in a full listing was in the latest one (InventoryRecorder).
        const bool listedEveryTime = !row.isGone() && DialectTraits::of(row.dialect).managesKeys;
        row.lastSeenAt = listedEveryTime && listedAt.isValid() ? listedAt : SqlValue::toTime(query.value(13));
        keys.append(row);
    }
    return query.lastError();
}

QSqlError InventoryReader::organisations(QList<KnownOrganisation> &organisations)
{
    return m_database.read([&]() { return readOrganisations({}, {}, organisations); });
}

QSqlError InventoryReader::snapshot(const QString &organisation, std::optional<InventorySnapshot> &snapshot)
{
    return m_database.read([&]() { return readSnapshot(organisation, snapshot); });
}

QSqlError InventoryReader::readSnapshot(const QString &organisation, std::optional<InventorySnapshot> &snapshot)
{
    snapshot.reset();
    QList<KnownOrganisation> found;
    if (const QSqlError error = readOrganisations(u"WHERE o.name = ?"_s, {organisation}, found); error.isValid())
        return error;
    if (found.isEmpty())
        return {};
    InventorySnapshot result;
    result.organisation = found.first();
    if (const QSqlError error = readKeys(u"WHERE o.name = ?"_s, {organisation}, result.keys); error.isValid())
        return error;
    snapshot = result;
    return {};
}

QSqlError InventoryReader::watchInput(const QString &organisation, std::optional<InventorySnapshot> &snapshot,
                                      QHash<QString, QList<Observation>> &histories)
{
    return m_database.read([&]() -> QSqlError {
        histories.clear();
        if (const QSqlError error = readSnapshot(organisation, snapshot); error.isValid() || !snapshot)
            return error;
        if (const QSqlError error = m_histories.run({organisation}); error.isValid())
            return error;
        QSqlQuery &query = m_histories.query();
        while (query.next()) {
            histories[query.value(0).toString()].append(observationAt(query, 1));
        }
        const QSqlError error = query.lastError();
        m_histories.finish();
        return error;
    });
}

QSqlError InventoryReader::history(const QString &organisation, const QString &keyId, QList<Observation> &history)
{
    return m_database.read([&]() -> QSqlError {
        history.clear();
        if (const QSqlError error = m_history.run({organisation, keyId}); error.isValid())
            return error;
        QSqlQuery &query = m_history.query();
        while (query.next()) {
            history.append(observationAt(query, 0));
        }
        const QSqlError error = query.lastError();
        m_history.finish();
        return error;
    });
}

QSqlError InventoryReader::keys(const QStringList &organisations, QList<InventoryKey> &keys)
{
    return m_database.read([&]() -> QSqlError {
        if (organisations.isEmpty())
            return readKeys({}, {}, keys);
        QStringList marks;
        QVariantList values;
        for (const QString &name : organisations) {
            marks << u"?"_s;
            values << name;
        }
        return readKeys(u"WHERE o.name IN (%1)"_s.arg(marks.join(u", "_s)), values, keys);
    });
}

} // namespace keydesk
