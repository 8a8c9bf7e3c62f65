#pragma once

#include <QString>

namespace keydesk {

// Something the scan could not read or had to skip, in one line, while it goes on
// (docs/security.md §2): an unreadable file, a symlink loop, a FIFO, a shallow clone.
struct LeakScanProblem final {
    QString path; // DisplayPath, or the repository
    QString message;
};

} // namespace keydesk
