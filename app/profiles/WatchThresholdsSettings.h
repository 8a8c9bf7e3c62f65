#pragma once

#include "WatchThresholds.h"

class QSettings;

namespace keydesk {

// A profile's watch thresholds in its settings group, "watch/<name>" (names as in
// WatchThresholds); only the values that differ from the defaults are written, and a
// missing or unreadable value (or one below 0) reads as its default.
class WatchThresholdsSettings final {
public:
    static WatchThresholds read(const QSettings &settings);
    static void write(QSettings &settings, const WatchThresholds &thresholds);
};

} // namespace keydesk
