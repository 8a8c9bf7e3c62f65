#pragma once

#include "LeakedKey.h"
#include "LogTextScrubber.h"
#include "PreparedStatement.h"

#include <QList>
#include <QSqlError>

namespace keydesk {

class InventoryDatabase;

// The leaked_keys table (schema 5): what the `leaked` finding reads.
class LeakedKeyRegistry final {
public:
    explicit LeakedKeyRegistry(InventoryDatabase &database);
    LeakedKeyRegistry(const LeakedKeyRegistry &) = delete;
    LeakedKeyRegistry &operator=(const LeakedKeyRegistry &) = delete;

    // One write transaction; seeing a key again updates where and when.
    QSqlError sighted(const QList<LeakedKey> &keys);
    // Of one organisation (all when empty), by key id.
    QSqlError keys(const QString &organisation, QList<LeakedKey> &keys);

private:
    InventoryDatabase &m_database;
    PreparedStatement m_upsert;
    PreparedStatement m_select;
    LogTextScrubber m_scrubber;
};

} // namespace keydesk
