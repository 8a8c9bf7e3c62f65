#pragma once

#include <QSqlError>

namespace keydesk {

class InventoryDatabase;

// The inventory's tables and their forward-only migrations. `PRAGMA user_version` is
// the schema version and `PRAGMA application_id` marks the file as KeyDesk's. Each
// migration runs in its own write transaction, so a crash leaves the file at the
// version before or after it, never between. A later feature adds a migration to the
// list in InventorySchema.cpp; a released one is never edited.
class InventorySchema final {
public:
    static constexpr int latestVersion = 4;
    static constexpr qint32 applicationId = 0x4b44494e; // "KDIN"

    struct Outcome final {
        QSqlError error;
        int newerVersion = 0; // the file's version, when a newer KeyDesk has migrated it meanwhile
    };
    static Outcome migrate(InventoryDatabase &database);
};

} // namespace keydesk
