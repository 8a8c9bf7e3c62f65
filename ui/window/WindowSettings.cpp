#include "WindowSettings.h"

#include <QMainWindow>
#include <QSettings>

namespace keydesk {

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString currentProfileKey = QStringLiteral("mainWindow/currentProfile");
// True while "All organisations" is the choice (a profile may have any name, so the
// choice is not kept in currentProfileKey).
const QString allOrganisationsKey = QStringLiteral("mainWindow/allOrganisations");

} // namespace

WindowSettings::WindowSettings(QSettings *settings)
    : m_settings(settings)
{
}

bool WindowSettings::isWritable() const
{
    return m_settings->status() == QSettings::NoError;
}

QString WindowSettings::lastProfile() const
{
    return m_settings->value(currentProfileKey).toString();
}

bool WindowSettings::lastWasAllOrganisations() const
{
    return m_settings->value(allOrganisationsKey).toBool();
}

void WindowSettings::rememberAllOrganisations()
{
    if (isWritable())
        m_settings->setValue(allOrganisationsKey, true);
}

void WindowSettings::rememberProfile(const QString &name)
{
    if (isWritable() && (m_settings->value(currentProfileKey) != name || m_settings->contains(allOrganisationsKey))) {
        m_settings->setValue(currentProfileKey, name);
        m_settings->remove(allOrganisationsKey);
    }
}

void WindowSettings::restore(QMainWindow &window) const
{
    window.restoreGeometry(m_settings->value(geometryKey).toByteArray());
    window.restoreState(m_settings->value(stateKey).toByteArray());
}

void WindowSettings::save(const QMainWindow &window)
{
    m_settings->setValue(geometryKey, window.saveGeometry());
    m_settings->setValue(stateKey, window.saveState());
    m_settings->sync();
}

} // namespace keydesk
