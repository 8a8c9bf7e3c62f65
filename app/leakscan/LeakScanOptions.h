#pragma once

#include <QDateTime>

namespace keydesk {

// What `keydesk-cli scan` and the scan dialog ask for (docs/design.md#leak-scan).
struct LeakScanOptions final {
    bool binary = false;  // scan binary files and blobs too
    bool history = false; // also every blob of the git history of each path's repository
    bool staged = false;  // the blobs of the index (a pre-commit hook)
    bool full = false;    // the history again, ignoring what earlier scans read
    int threads = 0;      // 0: one per core
    bool keepKeys = false; // LeakSighting::secret filled in (for --verify); wiped by the caller
};

} // namespace keydesk
