#pragma once

#include "ApiKey.h"
#include "Dialect.h"

#include <QDateTime>
#include <QString>

namespace keydesk {

// The last known record of one key of one organisation, and when the inventory saw it.
// Also one row of the export (without secrets: the inventory never has one).
struct InventoryKey final {
    QString organisation;
    Dialect dialect = Dialect::LeadHql;
    ApiKey key;
    QDateTime firstSeenAt; // UTC: the first listing that had it
    QDateTime lastSeenAt;  // UTC: the latest listing that had it
    QDateTime goneAt;      // UTC: the first listing that no longer had it; null while listed

    bool isGone() const { return goneAt.isValid(); }
};

} // namespace keydesk
