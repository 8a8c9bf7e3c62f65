#pragma once

#include <QString>

namespace keydesk {

// KeyDesk's data folder, the same for every executable: `keydesk` (application name
// "KeyDesk") and `keydesk-cli` (its own name) share the handoff index and the inventory,
// so the folder cannot come from QStandardPaths::AppDataLocation, which follows the
// running program's name. It is the window's AppDataLocation spelt out:
// <GenericDataLocation>/KeyDesk/KeyDesk (~/.local/share/KeyDesk/KeyDesk on Linux).
class DataDirectory final {
public:
    static QString path();
    // A file in it: filePath(u"inventory.sqlite"_s).
    static QString filePath(const QString &name);
};

} // namespace keydesk
