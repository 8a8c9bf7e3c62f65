#pragma once

#include <QCoreApplication>
#include <QString>

namespace keydesk {

// Whether the inventory records history, and if not, why. Anything but Ready means
// "KeyDesk works without history": listings, creates and revokes go on as before.
struct InventoryStatus final {
    Q_DECLARE_TR_FUNCTIONS(InventoryStatus)
public:
    enum class State { Opening, Ready, NoHistory };
    enum class Problem {
        None,
        Recovered,      // Ready: the file was damaged, moved aside and started anew
        NewerVersion,   // the file was written by a newer KeyDesk: left untouched
        NotAnInventory, // a database of something else: left untouched
        DriverMissing,  // Qt's SQLite driver is not installed
        ReadOnly,       // the file or its folder cannot be written
        DiskFull,       // writes fail for lack of space (retried on the next write)
        CannotOpen,     // any other reason the file cannot be opened or written
        Damaged,        // damaged, and it could not be moved aside
    };

    State state = State::Opening;
    Problem problem = Problem::None;
    QString path;         // the inventory file
    QString movedAsideTo; // Recovered, or Damaged after a failed move: the file kept aside
    int fileVersion = 0;  // NewerVersion: the file's schema version
    int knownVersion = 0; // NewerVersion: the newest this build knows
    QString detail;       // SQLite's or the file system's own words (not translated)

    bool isReady() const { return state == State::Ready; }
    // One translated paragraph for a banner or stderr; empty when Ready with no problem.
    QString message() const;
};

} // namespace keydesk
