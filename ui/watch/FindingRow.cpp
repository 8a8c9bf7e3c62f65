#include "FindingRow.h"

#include "FindingIcons.h"
#include "FindingText.h"
#include "UntrustedText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace keydesk {

namespace {

// Key names come from the server: shown as plain text, never as markup.
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

FindingRow::FindingRow(const Finding &finding, bool showOrganisation, QWidget *parent)
    : QFrame(parent)
    , m_finding(finding)
    , m_reason(plainLabel(FindingText::reason(finding), this))
    , m_acknowledge(new QPushButton(this))
{
    setObjectName(QStringLiteral("findingRow"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(FindingText::title(finding.code));
    const bool aboutKey = !finding.keyId.isEmpty();

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("severityIcon"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(FindingIcons::forSeverity(finding.severity, this)
                        .pixmap(size, size, finding.acknowledged ? QIcon::Disabled : QIcon::Normal));
    icon->setToolTip(FindingText::severityLabel(finding.severity));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    QString subject = aboutKey ? UntrustedText::forDisplay(finding.keyName) : tr("Organisation");
    if (showOrganisation)
        subject = tr("%1 · %2").arg(UntrustedText::forDisplay(finding.organisation), subject);
    auto *title = plainLabel(tr("%1 — %2").arg(subject, FindingText::title(finding.code)), this);
    title->setWordWrap(false);
    title->setObjectName(QStringLiteral("findingTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_reason->setObjectName(QStringLiteral("findingReason"));

    // One line per finding where the dock is wide: icon, what and why, then the buttons.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(8);
    layout->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->setSpacing(1);
    text->addWidget(title);
    text->addWidget(m_reason);
    layout->addLayout(text, 1);
    if (finding.acknowledged) {
        const QString note = finding.acknowledgementNote.isEmpty()
                                 ? tr("Acknowledged.")
                                 : tr("Acknowledged: %1").arg(UntrustedText::forDisplay(finding.acknowledgementNote));
        auto *noteLabel = plainLabel(note, this);
        noteLabel->setObjectName(QStringLiteral("acknowledgementNote"));
        text->addWidget(noteLabel);
        // Dimmed: what was acknowledged stays readable but steps back.
        QPalette dimmed = palette();
        dimmed.setColor(QPalette::WindowText, dimmed.color(QPalette::Disabled, QPalette::WindowText));
        for (QLabel *label : {title, m_reason, noteLabel})
            label->setPalette(dimmed);
    }

    auto *buttons = new QHBoxLayout;
    if (!finding.acknowledged) {
        m_action = new QPushButton(actionText(finding), this);
        m_action->setObjectName(QStringLiteral("findingActionButton"));
        switch (finding.action) {
        case SuggestedAction::Rotate:
        case SuggestedAction::SetExpiryByRotating:
            m_action->setToolTip(
                tr("Rotates “%1”: KeyDesk creates its successor, then revokes this key once the new one is in use "
                   "and this one has gone quiet.")
                    .arg(UntrustedText::forDisplay(finding.keyName)));
            break;
        case SuggestedAction::Revoke:
            m_action->setToolTip(aboutKey ? tr("Revokes “%1” on the server, after a confirmation")
                                                .arg(UntrustedText::forDisplay(finding.keyName))
                                          : tr("Sorts the keys by last use, least used first, to find the keys "
                                               "no longer needed"));
            break;
        }
        connect(m_action, &QPushButton::clicked, this, [this] { Q_EMIT actionRequested(m_finding); });
        buttons->addWidget(m_action);
        m_acknowledge->setText(tr("Acknowledge…"));
        m_acknowledge->setToolTip(tr("Keeps this finding out of the counts, with a note, for good or until a date"));
        connect(m_acknowledge, &QPushButton::clicked, this, [this] { Q_EMIT acknowledgeRequested(m_finding); });
    } else {
        m_acknowledge->setText(tr("Withdraw"));
        m_acknowledge->setToolTip(tr("Withdraws the acknowledgement: the finding counts again"));
        connect(m_acknowledge, &QPushButton::clicked, this, [this] { Q_EMIT withdrawRequested(m_finding); });
    }
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    buttons->addWidget(m_acknowledge);
    layout->addLayout(buttons);
}

FindingRow::~FindingRow() = default;

QString FindingRow::reasonText() const
{
    return m_reason->text();
}

QString FindingRow::rotatedName(const QString &keyName)
{
    // Within the 100 characters a name may have (docs/design.md#the-copy-once-handoff).
    const QString pattern = tr("%1 (rotated)");
    const qsizetype room = qMax<qsizetype>(1, 100 - (pattern.size() - 2));
    return pattern.arg(keyName.trimmed().left(room).trimmed());
}

QString FindingRow::actionText(const Finding &finding)
{
    if (finding.keyId.isEmpty())
        return tr("Show least used keys");
    switch (finding.action) {
    case SuggestedAction::Rotate:
        return tr("Rotate…");
    case SuggestedAction::Revoke:
        return tr("Revoke…");
    case SuggestedAction::SetExpiryByRotating:
        return tr("Set an expiry by rotating…");
    }
    return {};
}

} // namespace keydesk
