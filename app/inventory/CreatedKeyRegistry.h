#pragma once

#include "CreatedKeyFingerprint.h"
#include "LogTextScrubber.h"
#include "Organisation.h"
#include "OrganisationTable.h"
#include "PreparedStatement.h"

#include <QList>
#include <QSqlError>

namespace keydesk {

class InventoryDatabase;

// The created_keys table: the fingerprints of keys created through KeyDesk.
class CreatedKeyRegistry final {
public:
    explicit CreatedKeyRegistry(InventoryDatabase &database);
    CreatedKeyRegistry(const CreatedKeyRegistry &) = delete;
    CreatedKeyRegistry &operator=(const CreatedKeyRegistry &) = delete;

    // One write transaction. Refuses anything that is not a SHA-256 hex fingerprint with
    // at most 4 last characters, so that a caller's mistake cannot store the secret.
    QSqlError remember(const Organisation &organisation, const CreatedKeyFingerprint &key);
    // Every key created through KeyDesk with this fingerprint (normally one).
    QSqlError withFingerprint(const QString &fingerprint, QList<CreatedKeyFingerprint> &keys);

private:
    InventoryDatabase &m_database;
    OrganisationTable m_organisations;
    PreparedStatement m_insert;
    PreparedStatement m_select;
    LogTextScrubber m_scrubber;
};

} // namespace keydesk
