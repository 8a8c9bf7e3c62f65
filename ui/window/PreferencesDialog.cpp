#include "PreferencesDialog.h"
#include "ui_PreferencesDialog.h"

#include "AutostartEntry.h"

#include <QPushButton>

namespace keydesk {

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_initial(preferences)
{
    m_ui->setupUi(this);
    setWindowModality(Qt::WindowModal);
    m_ui->clipboardTimeoutSpin->setValue(preferences.clipboardTimeoutSeconds);
    m_ui->refreshIntervalSpin->setValue(preferences.refreshIntervalSeconds);
    m_ui->keepRunningCheck->setChecked(preferences.keepRunningInTray);
    m_ui->watchIntervalSpin->setValue(preferences.watchIntervalMinutes);
    m_ui->startAtLoginCheck->setChecked(AutostartEntry::isInstalled());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Apply preferences"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

bool PreferencesDialog::startAtLogin() const
{
    return m_ui->startAtLoginCheck->isChecked();
}

Preferences PreferencesDialog::preferences() const
{
    // A copy of what the dialog was opened with, so Preferences::save() can tell what
    // the user changed.
    Preferences preferences = m_initial;
    preferences.clipboardTimeoutSeconds = m_ui->clipboardTimeoutSpin->value();
    preferences.refreshIntervalSeconds = m_ui->refreshIntervalSpin->value();
    preferences.keepRunningInTray = m_ui->keepRunningCheck->isChecked();
    preferences.watchIntervalMinutes = m_ui->watchIntervalSpin->value();
    return preferences;
}

} // namespace keydesk
