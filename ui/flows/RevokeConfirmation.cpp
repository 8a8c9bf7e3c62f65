#include "RevokeConfirmation.h"
#include "ui_RevokeConfirmation.h"

#include "FlowStyle.h"
#include "UntrustedText.h"

#include <QPushButton>
#include <QStyle>

namespace keydesk {

RevokeConfirmation::RevokeConfirmation(const ApiKey &key, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RevokeConfirmation>())
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    setMinimumWidth(440); // long names and LeadHQL's UUID ids wrap less awkwardly

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));

    const QString name = key.name.isEmpty() ? tr("Unnamed key") : UntrustedText::forDisplay(key.name);
    const QString identifier = UntrustedText::forDisplay(key.keyPrefix.isEmpty() ? key.id : key.keyPrefix);
    m_ui->questionLabel->setText(tr("Revoke “%1” (%2)?").arg(name, identifier));
    QFont bold = m_ui->questionLabel->font();
    bold.setBold(true);
    m_ui->questionLabel->setFont(bold);
    m_ui->consequencesLabel->setText(tr("Every integration that uses this key fails at once. "
                                        "Revoking cannot be undone."));

    const QString recent = recentUseText(key.lastUsedAt, now);
    if (recent.isEmpty()) {
        m_ui->recentUseBanner->hide();
    } else {
        m_ui->recentUseLabel->setText(tr("%1 — something may still depend on it.").arg(recent));
        const int smallIcon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_ui->recentUseIconLabel->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(smallIcon));
        styleAsWarningBanner(m_ui->recentUseBanner);
    }

    m_revokeButton = m_ui->buttonBox->addButton(tr("&Revoke Key"), QDialogButtonBox::DestructiveRole);
    m_revokeButton->setObjectName(QStringLiteral("revokeButton"));
    m_revokeButton->setAccessibleName(tr("Revoke key"));
    m_revokeButton->setAutoDefault(false);
    QPushButton *cancel = cancelButton();
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setDefault(true);
    cancel->setFocus();

    connect(m_revokeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RevokeConfirmation::~RevokeConfirmation() = default;

QString RevokeConfirmation::questionText() const
{
    return m_ui->questionLabel->text();
}

QString RevokeConfirmation::recentUseWarning() const
{
    return m_ui->recentUseBanner->isVisibleTo(this) ? m_ui->recentUseLabel->text() : QString();
}

QPushButton *RevokeConfirmation::cancelButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Cancel);
}

QString RevokeConfirmation::recentUseText(const QDateTime &lastUsedAt, const QDateTime &now)
{
    if (!lastUsedAt.isValid() || !now.isValid())
        return {};
    const qint64 seconds = lastUsedAt.secsTo(now);
    // A small negative distance is clock skew between server and desktop: "just now".
    if (seconds < -300 || seconds > recentUseSeconds)
        return {};
    if (seconds < 60)
        return tr("It was used less than a minute ago");
    // Singular and plural spelled out: without a catalogue Qt would print "hour(s)";
    // translators still get numerus forms for both.
    if (seconds < 60 * 60) {
        const int minutes = static_cast<int>(seconds / 60);
        return minutes == 1 ? tr("It was used %n minute ago", nullptr, minutes)
                            : tr("It was used %n minutes ago", nullptr, minutes);
    }
    const int hours = static_cast<int>(seconds / 3600);
    return hours == 1 ? tr("It was used %n hour ago", nullptr, hours) : tr("It was used %n hours ago", nullptr, hours);
}

} // namespace keydesk
