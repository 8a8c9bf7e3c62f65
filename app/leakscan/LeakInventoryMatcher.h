#pragma once

#include "InventoryKey.h"
#include "LeakMatch.h"
#include "LeakSighting.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QStringList>

#include <optional>

namespace keydesk {

class InventoryDatabase;

// Tells which key of the inventory a found key is (docs/design.md#leak-scan): its
// SHA-256 fingerprint against the keys KeyDesk created or tracks, else the LocalLeads
// keyPrefix, else the masked identifier with its last 4 characters. Only among the
// organisations given to load() (all when empty).
class LeakInventoryMatcher final {
public:
    explicit LeakInventoryMatcher(InventoryDatabase &database);
    LeakInventoryMatcher(const LeakInventoryMatcher &) = delete;
    LeakInventoryMatcher &operator=(const LeakInventoryMatcher &) = delete;

    QSqlError load(const QStringList &organisations, const QDateTime &now);
    std::optional<LeakMatch> match(const LeakSighting &sighting) const;

private:
    LeakMatch matchOf(const InventoryKey &key, LeakMatch::By by) const;

    InventoryDatabase &m_database;
    QDateTime m_now;
    QList<InventoryKey> m_keys;
    QHash<QString, qsizetype> m_byFingerprint; // fingerprint → index into m_keys
    QHash<QString, qsizetype> m_byIdentifier;  // keyPrefix / masked identifier → index
};

} // namespace keydesk
