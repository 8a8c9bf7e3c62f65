#pragma once

#include "Preferences.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace keydesk {

// Clipboard timeout, refresh interval and the background watch. Opened with open(); emits accepted() and the
// caller reads preferences().
class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    Preferences preferences() const;
    // "Start at login" (AutostartEntry): not a setting, the autostart file itself.
    bool startAtLogin() const;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Preferences m_initial;
};

} // namespace keydesk
