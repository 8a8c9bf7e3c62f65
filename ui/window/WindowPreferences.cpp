#include "WindowPreferences.h"

#include "AutostartEntry.h"
#include "BannerMessages.h"
#include "ErrorBanner.h"
#include "PreferencesDialog.h"

#include <QCoreApplication>
#include <QSettings>

namespace keydesk {

WindowPreferences::WindowPreferences(QSettings *settings, BannerMessages *messages, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_messages(messages)
    , m_window(window)
    , m_preferences(Preferences::load(*settings))
{
}

void WindowPreferences::show()
{
    m_preferences = Preferences::load(*m_settings); // what another window saved counts
    auto *dialog = new PreferencesDialog(m_preferences, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_preferences = dialog->preferences();
        // A settings file Qt could not parse completely is left as it is (WindowSettings).
        if (m_settings->status() == QSettings::NoError)
            m_preferences.save(*m_settings);
        if (dialog->startAtLogin() != AutostartEntry::isInstalled()) {
            QString problem;
            const bool done = dialog->startAtLogin()
                                  ? AutostartEntry::install(QCoreApplication::applicationFilePath(), &problem)
                                  : AutostartEntry::remove(&problem);
            if (!done)
                m_messages->showLocalProblem(ErrorBanner::Level::Error, problem);
        }
        Q_EMIT changed();
    });
    dialog->open();
}

} // namespace keydesk
