#include "AcknowledgeDialog.h"
#include "ui_AcknowledgeDialog.h"

#include "FindingText.h"
#include "UntrustedText.h"

#include <QPushButton>

namespace keydesk {

namespace {
constexpr int defaultDays = 30;
}

AcknowledgeDialog::AcknowledgeDialog(const Finding &finding, Clock clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AcknowledgeDialog>())
    , m_finding(finding)
    , m_clock(std::move(clock))
{
    m_ui->setupUi(this);
    setWindowModality(Qt::WindowModal);
    const QString subject = finding.keyId.isEmpty() ? UntrustedText::forDisplay(finding.organisation)
                                                    : UntrustedText::forDisplay(finding.keyName);
    m_ui->introLabel->setText(
        tr("%1: %2 %3").arg(subject, FindingText::title(finding.code), FindingText::reason(finding)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Acknowledge"));
    const QDate today = m_clock().toLocalTime().date();
    m_ui->untilEdit->setMinimumDate(today);
    m_ui->untilEdit->setDate(today.addDays(defaultDays));
    connect(m_ui->untilCheck, &QCheckBox::toggled, m_ui->untilEdit, &QWidget::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AcknowledgeDialog::~AcknowledgeDialog() = default;

FindingAcknowledgement AcknowledgeDialog::acknowledgement() const
{
    FindingAcknowledgement acknowledgement;
    acknowledgement.organisation = m_finding.organisation;
    acknowledgement.keyId = m_finding.keyId;
    acknowledgement.code = m_finding.code;
    acknowledgement.severity = m_finding.severity;
    acknowledgement.note = m_ui->noteEdit->text().trimmed();
    acknowledgement.at = m_clock().toUTC();
    if (m_ui->untilCheck->isChecked())
        acknowledgement.until = QDateTime(m_ui->untilEdit->date().addDays(1), QTime(0, 0)).toUTC();
    return acknowledgement;
}

void AcknowledgeDialog::setNote(const QString &note)
{
    m_ui->noteEdit->setText(note);
}

void AcknowledgeDialog::setUntil(const QDate &lastDay)
{
    m_ui->untilCheck->setChecked(lastDay.isValid());
    if (lastDay.isValid())
        m_ui->untilEdit->setDate(lastDay);
}

} // namespace keydesk
