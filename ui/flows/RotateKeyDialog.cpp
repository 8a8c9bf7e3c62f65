#include "RotateKeyDialog.h"
#include "ui_RotateKeyDialog.h"

#include "FlowStyle.h"
#include "KeyValidation.h"
#include "RelativeTime.h"
#include "RotationPlan.h"
#include "RotationRules.h"
#include "UntrustedText.h"

#include <QLocale>
#include <QPushButton>

namespace keydesk {

namespace {

QString keyLabel(const ApiKey &key)
{
    const QString name = key.name.isEmpty() ? RotateKeyDialog::tr("Unnamed key") : UntrustedText::forDisplay(key.name);
    return RotateKeyDialog::tr("“%1” (%2)")
        .arg(name, UntrustedText::forDisplay(key.keyPrefix.isEmpty() ? key.id : key.keyPrefix));
}

} // namespace

RotateKeyDialog::RotateKeyDialog(const ApiKey &oldKey, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RotateKeyDialog>())
    , m_oldKey(oldKey)
    , m_now(now)
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    setMinimumWidth(480);
    m_ui->introLabel->setText(
        tr("KeyDesk creates a successor for %1, shows it once for you to put into your integrations, and revokes "
           "the old key only after the new one has been seen in use and the old one has gone quiet.")
            .arg(keyLabel(oldKey)));
    m_ui->nameEdit->setText(KeyValidation::normalisedName(oldKey.name));
    m_ui->nameEdit->setMaxLength(KeyValidation::maxNameLength);
    m_ui->expirySpin->setMaximum(KeyValidation::maxExpiryDays);
    m_ui->expirySpin->setValue(RotationRules::successorLifetimeDays(oldKey, RotationPlan::defaultExpiryDays));
    m_ui->expirySpin->setSuffix(tr(" days"));
    m_ui->quietSpin->setValue(int(RotationPlan::defaultQuietForSeconds / 3600));
    m_ui->quietSpin->setSuffix(tr(" h"));
    m_ui->roomGroup->hide();
    styleAsInlineError(m_ui->nameProblemLabel);
    styleAsInlineError(m_ui->errorLabel);
    styleAsInlineError(m_ui->emergencyNote);
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Rotate"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RotateKeyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RotateKeyDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &RotateKeyDialog::updateState);
    connect(m_ui->emergencyCheck, &QCheckBox::toggled, this, &RotateKeyDialog::updateState);
    connect(m_ui->revokeFirstCheck, &QCheckBox::toggled, this, &RotateKeyDialog::updateState);
    updateState();
}

RotateKeyDialog::~RotateKeyDialog() = default;

QString RotateKeyDialog::emergencyWarning(const ApiKey &oldKey, const QDateTime &now)
{
    const QString lastUse = oldKey.lastUsedAt.isValid()
                                ? tr("it was last used %1").arg(relativeTime(oldKey.lastUsedAt, now))
                                : tr("no use of it is reported");
    const QString usage = oldKey.usageCount
                              ? tr("%1 requests so far", "usage count").arg(QLocale().toString(*oldKey.usageCount))
                              : tr("its usage is not reported");
    return tr("%1 is revoked as soon as its successor exists, without waiting for the new key to be in use. Every "
              "integration still using it fails at once (%2; %3).")
        .arg(keyLabel(oldKey), lastUse, usage);
}

void RotateKeyDialog::setRoom(int active, int limit, const QList<ApiKey> &candidates)
{
    m_roomNeeded = true;
    m_ui->roomGroup->show();
    m_ui->roomCombo->clear();
    for (const ApiKey &key : candidates)
        m_ui->roomCombo->addItem(keyLabel(key), key.id);
    if (candidates.isEmpty()) {
        m_ui->roomLabel->setText(tr("%1 of %2 active keys are in use, the most this organisation allows, and no key "
                                    "is unused or idle. Revoke a key first to make room for the new one.")
                                     .arg(active)
                                     .arg(limit));
        m_ui->revokeFirstCheck->hide();
        m_ui->roomCombo->hide();
    } else {
        m_ui->roomLabel->setText(tr("%1 of %2 active keys are in use, the most this organisation allows. A key that "
                                    "is unused or idle can be revoked first to make room for the new one.")
                                     .arg(active)
                                     .arg(limit));
        m_ui->revokeFirstCheck->setChecked(true);
    }
    updateState();
}

QString RotateKeyDialog::nameProblem() const
{
    const Validation validation = KeyValidation::validateName(KeyValidation::normalisedName(m_ui->nameEdit->text()));
    return validation.ok ? QString() : validation.message;
}

bool RotateKeyDialog::isInputValid() const
{
    const bool roomOk = !m_roomNeeded || (m_ui->revokeFirstCheck->isChecked() && m_ui->roomCombo->count() > 0);
    return nameProblem().isEmpty() && roomOk;
}

RotateKeyDialog::Choice RotateKeyDialog::choice() const
{
    Choice choice;
    choice.name = KeyValidation::normalisedName(m_ui->nameEdit->text());
    choice.expiresInDays = m_ui->expirySpin->value();
    choice.quietForSeconds = qint64(m_ui->quietSpin->value()) * 3600;
    choice.autoRevoke = m_ui->autoRevokeCheck->isChecked();
    choice.emergency = m_ui->emergencyCheck->isChecked();
    if (m_roomNeeded && m_ui->revokeFirstCheck->isChecked())
        choice.revokeFirstKeyId = m_ui->roomCombo->currentData().toString();
    return choice;
}

QString RotateKeyDialog::roomText() const
{
    return m_ui->roomLabel->text();
}

bool RotateKeyDialog::isRoomShown() const
{
    return m_roomNeeded;
}

QString RotateKeyDialog::emergencyNote() const
{
    return m_ui->emergencyNote->isVisibleTo(this) ? m_ui->emergencyNote->text() : QString();
}

void RotateKeyDialog::updateState()
{
    const QString problem = m_ui->nameEdit->text().isEmpty() ? QString() : nameProblem();
    m_ui->nameProblemLabel->setText(problem);
    m_ui->nameProblemLabel->setVisible(!problem.isEmpty());
    const bool emergency = m_ui->emergencyCheck->isChecked();
    m_ui->emergencyNote->setText(emergency ? emergencyWarning(m_oldKey, m_now) : QString());
    m_ui->emergencyNote->setVisible(emergency);
    // An emergency rotation does not wait for the quiet period.
    m_ui->quietSpin->setEnabled(!emergency && !m_busy);
    m_ui->autoRevokeCheck->setEnabled(!emergency && !m_busy);
    m_ui->roomCombo->setEnabled(m_ui->revokeFirstCheck->isChecked() && !m_busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(isInputValid() && !m_busy);
    // The wrapped notes came or went: the dialog's height follows them.
    layout()->activate();
    resize(width(), heightForWidth(width()) > 0 ? heightForWidth(width()) : sizeHint().height());
}

void RotateKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->nameEdit), static_cast<QWidget *>(m_ui->expirySpin),
          static_cast<QWidget *>(m_ui->emergencyCheck), static_cast<QWidget *>(m_ui->revokeFirstCheck)})
        widget->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    if (busy)
        m_ui->errorLabel->hide();
    updateState();
}

void RotateKeyDialog::showRequestError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

QString RotateKeyDialog::requestError() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

void RotateKeyDialog::finish()
{
    m_busy = false;
    QDialog::accept();
}

void RotateKeyDialog::accept()
{
    if (m_busy || !isInputValid())
        return;
    Q_EMIT rotateRequested(choice());
}

void RotateKeyDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

} // namespace keydesk
