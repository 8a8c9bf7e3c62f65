#pragma once

#include "LeakScanProblem.h"
#include "LeakSighting.h"

namespace keydesk {

// Where a scan reports, as it goes. The scanners call it from one thread at a time
// (they serialise their workers' calls), so an implementation needs no lock of its own.
class LeakScanSink {
public:
    virtual ~LeakScanSink() = default;
    virtual void sighting(const LeakSighting &sighting) = 0;
    virtual void problem(const LeakScanProblem &problem) = 0;
    // One more file or blob done; `bytes` scanned in it. `path`: the next one started.
    virtual void progress(qint64 files, qint64 bytes, const QString &path) = 0;
};

} // namespace keydesk
