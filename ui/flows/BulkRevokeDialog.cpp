#include "BulkRevokeDialog.h"
#include "ui_BulkRevokeDialog.h"

#include "FlowStyle.h"
#include "RelativeTime.h"
#include "RevokeConfirmation.h"
#include "ShownKey.h"
#include "UntrustedText.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTreeWidgetItem>

namespace keydesk {

namespace {

QString bulkKeyName(const ApiKey &key)
{
    return key.name.isEmpty() ? BulkRevokeDialog::tr("Unnamed key") : UntrustedText::forDisplay(key.name);
}

} // namespace

BulkRevokeDialog::BulkRevokeDialog(QList<Item> items, bool showOrganisation, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkRevokeDialog>())
    , m_items(std::move(items))
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));

    m_ui->keyList->setColumnHidden(Organisation, !showOrganisation);
    fillList(now);

    const int count = int(m_toRevoke.size());
    // Singular and plural spelled out: without a catalogue Qt would print "1 keys";
    // translators still get numerus forms for both (as in RevokeConfirmation).
    m_ui->questionLabel->setText(count == 1 ? tr("Revoke %n key?", nullptr, count)
                                            : tr("Revoke %n keys?", nullptr, count));
    QFont bold = m_ui->questionLabel->font();
    bold.setBold(true);
    m_ui->questionLabel->setFont(bold);
    QString consequences = tr("Every integration that uses these keys fails at once. Revoking cannot be undone.");
    const int skipped = int(m_items.size()) - count;
    if (skipped > 0)
        consequences += u' '
                        + (skipped == 1
                               ? tr("%n selected key is already revoked and is skipped.", nullptr, skipped)
                               : tr("%n selected keys are already revoked and are skipped.", nullptr, skipped));
    if (m_recentCount > 0)
        consequences += u' '
                        + (m_recentCount == 1
                               ? tr("%n of them was used in the last 24 hours: something may still depend on it.",
                                    nullptr, m_recentCount)
                               : tr("%n of them were used in the last 24 hours: something may still depend on them.",
                                    nullptr, m_recentCount));
    m_ui->consequencesLabel->setText(consequences);
    m_ui->summaryLabel->hide();

    m_ui->confirmLabel->setText(tr("Type %1 to confirm:").arg(expectedConfirmation()));
    m_revokeButton = m_ui->buttonBox->addButton(count == 1 ? tr("&Revoke %n Key", nullptr, count)
                                                           : tr("&Revoke %n Keys", nullptr, count),
                                                QDialogButtonBox::DestructiveRole);
    m_revokeButton->setObjectName(QStringLiteral("revokeButton"));
    m_revokeButton->setAccessibleName(tr("Revoke keys"));
    m_revokeButton->setAutoDefault(false);
    m_closeButton = m_ui->buttonBox->addButton(QDialogButtonBox::Close);
    m_closeButton->hide();
    QPushButton *cancel = cancelButton();
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setDefault(true);
    m_ui->confirmEdit->setFocus();

    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &BulkRevokeDialog::updateRevokeEnabled);
    connect(m_revokeButton, &QPushButton::clicked, this, [this] {
        if (!m_revokeButton->isEnabled() || m_state != State::Preview)
            return;
        m_state = State::Revoking;
        m_revokeButton->setEnabled(false);
        cancelButton()->setEnabled(false);
        m_ui->confirmEdit->setEnabled(false);
        Q_EMIT revokeRequested();
    });
    connect(cancel, &QPushButton::clicked, this, &BulkRevokeDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    updateRevokeEnabled();
    // The layout's minimum follows the list's (set in fillList), so every column shows.
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

BulkRevokeDialog::~BulkRevokeDialog() = default;

void BulkRevokeDialog::fillList(const QDateTime &now)
{
    QTreeWidget *list = m_ui->keyList;
    list->setHeaderLabels({tr("Organisation"), tr("Name"), tr("Key"), tr("Last used"), tr("Usage"), tr("Result")});
    const QLocale locale;
    for (int i = 0; i < m_items.size(); ++i) {
        const ApiKey &key = m_items.at(i).key;
        auto *row = new QTreeWidgetItem(list);
        row->setText(Organisation, UntrustedText::forDisplay(m_items.at(i).organisation));
        row->setText(Name, bulkKeyName(key));
        row->setText(Identifier, shownIdentifier(key));
        row->setText(LastUsed, key.lastUsedAt.isValid() ? relativeTime(key.lastUsedAt, now) : tr("never"));
        if (key.lastUsedAt.isValid())
            row->setToolTip(LastUsed, exactLocalTime(key.lastUsedAt));
        row->setText(Usage, key.usageCount ? locale.toString(*key.usageCount) : QStringLiteral("\u2014"));
        row->setTextAlignment(Usage, Qt::AlignRight | Qt::AlignVCenter);
        m_rows.append(row);
        if (key.revoked) {
            setResult(i, tr("Skipped: already revoked"), false);
            row->setDisabled(true);
            continue;
        }
        m_toRevoke.append(i);
        if (!RevokeConfirmation::recentUseText(key.lastUsedAt, now).isEmpty()) {
            ++m_recentCount;
            setResult(i, tr("To revoke (used in the last 24 hours)"), true);
        } else {
            setResult(i, tr("To revoke"), false);
        }
    }
    for (int column = 0; column <= Result; ++column)
        list->resizeColumnToContents(column);
    list->header()->setStretchLastSection(true);
    // Wide enough for every column (LeadHQL's ids are UUIDs), within reason; a taller list
    // only for many keys.
    int width = list->frameWidth() * 2 + list->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column <= Result; ++column)
        width += list->isColumnHidden(column) ? 0 : list->columnWidth(column);
    list->setMinimumWidth(qMin(width, 1100));
    const int rowHeight = list->sizeHintForRow(0) > 0 ? list->sizeHintForRow(0) : fontMetrics().height() + 4;
    list->setMinimumHeight(list->header()->sizeHint().height() + rowHeight * int(qBound(3, int(m_items.size()), 12))
                           + list->frameWidth() * 2 + 4);
}

void BulkRevokeDialog::setResult(int index, const QString &text, bool problem)
{
    QTreeWidgetItem *row = m_rows.value(index);
    if (!row)
        return;
    row->setText(Result, text);
    row->setToolTip(Result, text);
    QFont font = row->font(Result);
    font.setBold(problem);
    row->setFont(Result, font);
}

void BulkRevokeDialog::updateRevokeEnabled()
{
    const bool exact = m_ui->confirmEdit->text().trimmed() == expectedConfirmation();
    m_revokeButton->setEnabled(m_state == State::Preview && !m_toRevoke.isEmpty() && exact);
}

void BulkRevokeDialog::setConfirmationText(const QString &text)
{
    m_ui->confirmEdit->setText(text);
}

void BulkRevokeDialog::showRevoking(int index)
{
    setResult(index, tr("Revoking…"), false);
    if (QTreeWidgetItem *row = m_rows.value(index))
        m_ui->keyList->scrollToItem(row);
}

void BulkRevokeDialog::showResult(int index, bool revoked, const QString &error)
{
    if (revoked) {
        ++m_revoked;
        setResult(index, tr("Revoked"), false);
        return;
    }
    const ApiKey &key = m_items.at(index).key;
    m_failed.append(tr("“%1” (%2): %3").arg(bulkKeyName(key), shownIdentifier(key), error));
    setResult(index, tr("Failed: %1").arg(error), true);
}

void BulkRevokeDialog::finishRevoking()
{
    m_state = State::Done;
    const int skipped = int(m_items.size() - m_toRevoke.size());
    QString summary = m_revoked == 1 ? tr("%n key revoked.", nullptr, m_revoked)
                                     : tr("%n keys revoked.", nullptr, m_revoked);
    if (skipped > 0)
        summary += u' ' + tr("%n skipped (already revoked).", nullptr, skipped);
    if (!m_failed.isEmpty()) {
        const int failed = int(m_failed.size());
        summary += u' '
                   + (failed == 1 ? tr("%n key could not be revoked:", nullptr, failed)
                                  : tr("%n keys could not be revoked:", nullptr, failed))
                   + u'\n' + m_failed.join(u'\n');
        styleAsInlineError(m_ui->summaryLabel);
    }
    m_ui->summaryLabel->setText(summary);
    m_ui->summaryLabel->show();
    m_ui->confirmLabel->hide();
    m_ui->confirmEdit->hide();
    m_revokeButton->hide();
    cancelButton()->hide();
    m_closeButton->show();
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
}

QString BulkRevokeDialog::questionText() const
{
    return m_ui->questionLabel->text();
}

QString BulkRevokeDialog::summaryText() const
{
    return m_ui->summaryLabel->isVisibleTo(this) ? m_ui->summaryLabel->text() : QString();
}

QString BulkRevokeDialog::recentUseWarning() const
{
    return m_recentCount > 0 ? m_ui->consequencesLabel->text() : QString();
}

QString BulkRevokeDialog::resultText(int index) const
{
    const QTreeWidgetItem *row = m_rows.value(index);
    return row ? row->text(Result) : QString();
}

QPushButton *BulkRevokeDialog::cancelButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Cancel);
}

void BulkRevokeDialog::reject()
{
    if (m_state == State::Revoking)
        return;
    if (m_state == State::Done) {
        accept();
        return;
    }
    QDialog::reject();
}

} // namespace keydesk
