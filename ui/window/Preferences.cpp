#include "Preferences.h"

#include <QSettings>

namespace keydesk {

namespace {
const QString clipboardTimeoutKey = QStringLiteral("preferences/clipboardTimeoutSeconds");
const QString refreshIntervalKey = QStringLiteral("preferences/refreshIntervalSeconds");
const QString keepRunningKey = QStringLiteral("preferences/keepRunningInTray");
const QString watchIntervalKey = QStringLiteral("preferences/watchIntervalMinutes");
} // namespace

Preferences Preferences::load(QSettings &settings)
{
    // A damaged file is left exactly as it is (ProfileStore::problem reports it): sync()
    // could rewrite it.
    if (settings.status() == QSettings::NoError)
        settings.sync();
    Preferences preferences;
    preferences.clipboardTimeoutSeconds = qBound(
        1, settings.value(clipboardTimeoutKey, defaultClipboardTimeoutSeconds).toInt(), 3600);
    preferences.refreshIntervalSeconds = qBound(
        0, settings.value(refreshIntervalKey, defaultRefreshIntervalSeconds).toInt(), 24 * 3600);
    preferences.keepRunningInTray = settings.value(keepRunningKey, false).toBool();
    preferences.watchIntervalMinutes = qBound(1, settings.value(watchIntervalKey, defaultWatchIntervalMinutes).toInt(),
                                              24 * 60);
    preferences.m_saved = {preferences.clipboardTimeoutSeconds, preferences.refreshIntervalSeconds,
                           preferences.keepRunningInTray, preferences.watchIntervalMinutes};
    return preferences;
}

void Preferences::save(QSettings &settings)
{
    if (clipboardTimeoutSeconds != m_saved.clipboardTimeoutSeconds)
        settings.setValue(clipboardTimeoutKey, clipboardTimeoutSeconds);
    if (refreshIntervalSeconds != m_saved.refreshIntervalSeconds)
        settings.setValue(refreshIntervalKey, refreshIntervalSeconds);
    if (keepRunningInTray != m_saved.keepRunningInTray)
        settings.setValue(keepRunningKey, keepRunningInTray);
    if (watchIntervalMinutes != m_saved.watchIntervalMinutes)
        settings.setValue(watchIntervalKey, watchIntervalMinutes);
    settings.sync();
    m_saved = {clipboardTimeoutSeconds, refreshIntervalSeconds, keepRunningInTray, watchIntervalMinutes};
}

} // namespace keydesk
