#include "WatchThresholds.h"

#include <tuple>

namespace keydesk {

namespace {

auto fields(const WatchThresholds &t)
{
    return std::tie(t.expiresSoonInfoDays, t.expiresSoonWarningDays, t.expiresSoonCriticalDays, t.oldDays,
                    t.neverUsedDays, t.idleDays, t.wokeUpQuietDays, t.recentEventDays, t.spikeMinimumRequests,
                    t.spikeFactor, t.limitInfoSlotsLeft, t.rotateEveryDays);
}

} // namespace

bool WatchThresholds::operator==(const WatchThresholds &other) const
{
    return fields(*this) == fields(other);
}

} // namespace keydesk
