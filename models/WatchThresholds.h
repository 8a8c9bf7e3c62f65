#pragma once

namespace keydesk {

// The watch's thresholds (FindingRules), configurable per profile. The defaults are the
// table in docs/design.md#watch.
struct WatchThresholds final {
    int expiresSoonInfoDays = 30;
    int expiresSoonWarningDays = 7;
    int expiresSoonCriticalDays = 1;
    int oldDays = 90;
    int neverUsedDays = 7;
    int idleDays = 45;
    int wokeUpQuietDays = 30;
    // woke-up and usage-spike stay this long after the use that ended the quiet spell or
    // the interval of the burst, so they are seen even when the key keeps being used.
    int recentEventDays = 7;
    int spikeMinimumRequests = 100;
    int spikeFactor = 10;
    // limit-near: info when this many slots are left, warning when none are.
    int limitInfoSlotsLeft = 1;
    // The rotation policy, "rotate every N days": rotation-due once an active key is older.
    // 0: no policy (the default).
    int rotateEveryDays = 0;

    bool operator==(const WatchThresholds &other) const;
    bool operator!=(const WatchThresholds &other) const { return !(*this == other); }
};

} // namespace keydesk
