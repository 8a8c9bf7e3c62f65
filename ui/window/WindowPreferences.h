#pragma once

#include "Preferences.h"

#include <QObject>

class QSettings;
class QWidget;

namespace keydesk {

class BannerMessages;

// Edit → Preferences… in the main window: the preferences in effect (loaded at start,
// saved when the dialog is accepted) and "Start at login".
class WindowPreferences final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowPreferences)
public:
    WindowPreferences(QSettings *settings, BannerMessages *messages, QWidget *window, QObject *parent = nullptr);

    const Preferences &preferences() const { return m_preferences; }
    // The dialog (window-modal, never a nested event loop); changed() once accepted.
    void show();

Q_SIGNALS:
    void changed();

private:
    QSettings *m_settings;
    BannerMessages *m_messages;
    QWidget *m_window;
    Preferences m_preferences;
};

} // namespace keydesk
