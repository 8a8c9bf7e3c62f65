#pragma once

#include "LeakMatch.h"
#include "LeakSighting.h"

#include <optional>

namespace keydesk {

// One sighting and which key of the inventory it is, if any (LeakScanJob::found).
struct LeakResult final {
    LeakSighting sighting;
    std::optional<LeakMatch> match;

    // Live or unknown: what `scan` exits 8 for and the window marks.
    bool isLiveOrUnknown() const { return !match || match->status == KeyStatus::Active; }
};

} // namespace keydesk
