#include "Preferences.h"

#include <QSettings>

namespace keydesk {

namespace {
const QString clipboardTimeoutKey = QStringLiteral("preferences/clipboardTimeoutSeconds");
const QString refreshIntervalKey = QStringLiteral("preferences/refreshIntervalSeconds");
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
    preferences.m_saved = {preferences.clipboardTimeoutSeconds, preferences.refreshIntervalSeconds};
    return preferences;
}

void Preferences::save(QSettings &settings)
{
    if (clipboardTimeoutSeconds != m_saved.clipboardTimeoutSeconds)
        settings.setValue(clipboardTimeoutKey, clipboardTimeoutSeconds);
    if (refreshIntervalSeconds != m_saved.refreshIntervalSeconds)
        settings.setValue(refreshIntervalKey, refreshIntervalSeconds);
    settings.sync();
    m_saved = {clipboardTimeoutSeconds, refreshIntervalSeconds};
}

} // namespace keydesk
