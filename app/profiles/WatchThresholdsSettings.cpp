#include "WatchThresholdsSettings.h"

#include <QSettings>

#include <array>
#include <utility>

namespace keydesk {

namespace {

using Field = int WatchThresholds::*;

const std::array<std::pair<const char *, Field>, 12> fields{{
    {"expiresSoonInfoDays", &WatchThresholds::expiresSoonInfoDays},
    {"expiresSoonWarningDays", &WatchThresholds::expiresSoonWarningDays},
    {"expiresSoonCriticalDays", &WatchThresholds::expiresSoonCriticalDays},
    {"oldDays", &WatchThresholds::oldDays},
    {"neverUsedDays", &WatchThresholds::neverUsedDays},
    {"idleDays", &WatchThresholds::idleDays},
    {"wokeUpQuietDays", &WatchThresholds::wokeUpQuietDays},
    {"recentEventDays", &WatchThresholds::recentEventDays},
    {"spikeMinimumRequests", &WatchThresholds::spikeMinimumRequests},
    {"spikeFactor", &WatchThresholds::spikeFactor},
    {"limitInfoSlotsLeft", &WatchThresholds::limitInfoSlotsLeft},
    {"rotateEveryDays", &WatchThresholds::rotateEveryDays},
}};

QString keyOf(const char *name)
{
    return QStringLiteral("watch/") + QLatin1String(name);
}

} // namespace

WatchThresholds WatchThresholdsSettings::read(const QSettings &settings)
{
    WatchThresholds thresholds;
    for (const auto &[name, field] : fields) {
        bool ok = false;
        const int value = settings.value(keyOf(name)).toInt(&ok);
        if (ok && value >= 0)
            thresholds.*field = value;
    }
    return thresholds;
}

void WatchThresholdsSettings::write(QSettings &settings, const WatchThresholds &thresholds)
{
    const WatchThresholds defaults;
    for (const auto &[name, field] : fields) {
        if (thresholds.*field != defaults.*field)
            settings.setValue(keyOf(name), thresholds.*field);
        else
            settings.remove(keyOf(name));
    }
}

} // namespace keydesk
