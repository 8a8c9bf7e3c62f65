#pragma once

#include "WatchThresholds.h"

#include <QString>

namespace keydesk {

// One organisation to judge, with its profile's thresholds.
struct WatchScope final {
    QString organisation;
    WatchThresholds thresholds;
};

} // namespace keydesk
