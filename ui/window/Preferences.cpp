#include "Preferences.h"

#include <QSettings>

namespace keydesk {

namespace {
const QString clipboardTimeoutKey = QStringLiteral("preferences/clipboardTimeoutSeconds");
const QString refreshIntervalKey = QStringLiteral("preferences/refreshIntervalSeconds");
} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    Preferences preferences;
    preferences.clipboardTimeoutSeconds =
        qBound(1, settings.value(clipboardTimeoutKey, defaultClipboardTimeoutSeconds).toInt(), 3600);
    preferences.refreshIntervalSeconds =
        qBound(0, settings.value(refreshIntervalKey, defaultRefreshIntervalSeconds).toInt(), 24 * 3600);
    return preferences;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(clipboardTimeoutKey, clipboardTimeoutSeconds);
    settings.setValue(refreshIntervalKey, refreshIntervalSeconds);
}

} // namespace keydesk
