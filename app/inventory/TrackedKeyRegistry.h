#pragma once

#include "LogTextScrubber.h"
#include "Organisation.h"
#include "OrganisationTable.h"
#include "PreparedStatement.h"
#include "TrackedKey.h"

#include <QList>
#include <QSqlError>

namespace keydesk {

class InventoryDatabase;

// The tracked_keys table, and the row each tracked key has among its organisation's
// keys (so that lastKnown(), the export and the history show it like a listed key): a
// refused verification marks it revoked, an accepted one active again, and each change
// of status is an observation.
class TrackedKeyRegistry final {
public:
    explicit TrackedKeyRegistry(InventoryDatabase &database);
    TrackedKeyRegistry(const TrackedKeyRegistry &) = delete;
    TrackedKeyRegistry &operator=(const TrackedKeyRegistry &) = delete;

    // One write transaction; tracking a key again (same fingerprint) updates it.
    // Refuses a key that is not TrackedKey::isValid().
    QSqlError track(const Organisation &organisation, const TrackedKey &key);
    // One write transaction; `found` is false when the organisation tracks no such key.
    QSqlError verified(const Organisation &organisation, const QString &keyId, bool accepted, const QDateTime &at,
                       bool &found);
    // By name, then id.
    QSqlError keys(const QString &organisation, QList<TrackedKey> &keys);

private:
    QSqlError setStatus(qint64 row, bool accepted, const QDateTime &at);

    InventoryDatabase &m_database;
    OrganisationTable m_organisations;
    PreparedStatement m_upsertKey;
    PreparedStatement m_keyRow;
    PreparedStatement m_upsertTracked;
    PreparedStatement m_observe;
    PreparedStatement m_updateKey;
    PreparedStatement m_updateTracked;
    PreparedStatement m_select;
    LogTextScrubber m_scrubber;
};

} // namespace keydesk
