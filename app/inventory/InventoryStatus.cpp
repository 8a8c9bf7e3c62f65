#include "InventoryStatus.h"

#include <QDir>

namespace keydesk {

QString InventoryStatus::message() const
{
    const QString file = QDir::toNativeSeparators(path);
    switch (problem) {
    case Problem::None:
        return state == State::Opening ? tr("Opening the inventory…") : QString();
    case Problem::Recovered:
        return tr("The inventory file was damaged. It was moved to %1 and a new one was started; "
                  "KeyDesk fills it again from the servers.")
            .arg(QDir::toNativeSeparators(movedAsideTo));
    case Problem::NewerVersion:
        return tr("The inventory %1 was written by a newer version of KeyDesk (format %2; this version "
                  "knows formats up to %3). It was left untouched: KeyDesk works without history "
                  "until you update it.")
            .arg(file)
            .arg(fileVersion)
            .arg(knownVersion);
    case Problem::NotAnInventory:
        return tr("%1 is not a KeyDesk inventory. It was left untouched: KeyDesk works without history.").arg(file);
    case Problem::DriverMissing:
        return tr("Qt's SQLite driver is not installed (Debian package libqt6sql6-sqlite): KeyDesk "
                  "works without history.");
    case Problem::ReadOnly:
        return tr("The inventory %1 cannot be written (read-only): KeyDesk works without history.").arg(file);
    case Problem::DiskFull:
        return tr("The disk that holds the inventory %1 is full: KeyDesk works without history until "
                  "there is space again.")
            .arg(file);
    case Problem::CannotOpen:
        return tr("The inventory %1 cannot be used (%2): KeyDesk works without history.").arg(file, detail);
    case Problem::Damaged:
        return tr("The inventory %1 is damaged and could not be moved aside (%2): KeyDesk works "
                  "without history.")
            .arg(file, detail);
    }
    return {};
}

} // namespace keydesk
