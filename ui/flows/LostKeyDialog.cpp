#include "LostKeyDialog.h"
#include "ui_LostKeyDialog.h"

#include "FlowStyle.h"
#include "ShownKey.h"
#include "UntrustedText.h"

#include <QHeaderView>
#include <QPushButton>
#include <QStyle>

namespace keydesk {

namespace {

constexpr int idRole = Qt::UserRole;

QString identifierOf(const ApiKey &key)
{
    return shownIdentifier(key);
}

// As shown: it comes from the server's list.
QString nameOf(const ApiKey &key)
{
    return UntrustedText::forDisplay(key.name);
}

} // namespace

LostKeyDialog::LostKeyDialog(const QString &keyName, const ApiError &createError, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LostKeyDialog>())
    , m_keyName(UntrustedText::forDisplay(keyName))
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    setMinimumWidth(580); // the list shows name, identifier and time side by side

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_ui->headlineLabel->setText(tr("It is not known whether the key “%1” was created.").arg(m_keyName));
    QFont bold = m_ui->headlineLabel->font();
    bold.setBold(true);
    m_ui->headlineLabel->setFont(bold);
    if (!createError.redirectTarget.isEmpty())
        m_ui->explanationLabel->setText(
            tr("The server answered with a redirect to %1 instead of the new key. It may have created the key "
               "first; the key's secret cannot be shown. KeyDesk looks for the key so that you can revoke it.")
                .arg(createError.redirectTarget));
    else if (createError.kind == ApiError::Kind::OutcomeUnknown)
        m_ui->explanationLabel->setText(
            tr("The server may have created the key, but its answer was lost on the way. The key's secret was in "
               "that answer, so it can never be shown. KeyDesk looks for the key so that you can revoke it."));
    else
        m_ui->explanationLabel->setText(
            tr("The server answered, but its answer could not be read. It may have created the key; the key's "
               "secret cannot be shown. KeyDesk looks for the key so that you can revoke it."));
    // The technical cause only: the explanation above already says what it means.
    m_ui->causeLabel->setText(createError.detail.isEmpty() ? createError.userMessage()
                                                           : tr("Cause: %1.").arg(createError.detail));

    QHeaderView *header = m_ui->candidateTree->header();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    styleAsInlineError(m_ui->problemLabel);

    m_revokeButton = m_ui->buttonBox->addButton(tr("&Revoke It Now"), QDialogButtonBox::DestructiveRole);
    m_revokeButton->setObjectName(QStringLiteral("revokeButton"));
    m_leaveButton = m_ui->buttonBox->addButton(tr("&Leave It"), QDialogButtonBox::RejectRole);
    m_leaveButton->setObjectName(QStringLiteral("leaveButton"));
    m_retryButton = m_ui->buttonBox->addButton(tr("&Retry"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAccessibleName(tr("Look for the key again"));
    m_closeButton = m_ui->buttonBox->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAccessibleName(tr("Close"));

    connect(m_revokeButton, &QPushButton::clicked, this, [this] {
        QList<ApiKey> chosen;
        const QStringList ids = selectedIds();
        for (const ApiKey &key : std::as_const(m_candidates)) {
            if (ids.contains(key.id))
                chosen.append(key);
        }
        if (!chosen.isEmpty())
            Q_EMIT revokeRequested(chosen);
    });
    connect(m_leaveButton, &QPushButton::clicked, this, &LostKeyDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &LostKeyDialog::reject);
    connect(m_retryButton, &QPushButton::clicked, this, &LostKeyDialog::retryRequested);
    connect(m_ui->candidateTree, &QTreeWidget::itemChanged, this, &LostKeyDialog::updateRevokeEnabled);

    showSearching();
}

LostKeyDialog::~LostKeyDialog() = default;

void LostKeyDialog::showSearching()
{
    m_candidates.clear();
    m_undatedCount = 0;
    m_ui->statusLabel->setText(tr("Looking for “%1” in the list of keys…").arg(m_keyName));
    showProblem({});
    setState(State::Searching);
}

void LostKeyDialog::showSearchFailed(const QString &message)
{
    m_candidates.clear();
    m_undatedCount = 0;
    m_ui->statusLabel->setText(tr("KeyDesk could not look for the key, so a key nobody can use may still exist."));
    showProblem(tr("The list of keys could not be read: %1").arg(message));
    setState(State::SearchFailed);
}

void LostKeyDialog::showCandidates(const QList<ApiKey> &candidates, const QList<ApiKey> &undated)
{
    m_candidates = candidates + undated;
    m_undatedCount = undated.size();
    showProblem({});
    if (!undated.isEmpty()) {
        // Without creation times nothing rules these keys out, or in: say so.
        m_ui->statusLabel->setText(
            tr("The list of keys does not say when keys were created, so KeyDesk cannot tell whether the server "
               "created “%1”. Any key shown here may be the one whose answer was lost; the others may belong to "
               "someone else. Check the ones to revoke, or leave them and check the list of keys yourself.")
                .arg(m_keyName));
        fillTree();
        setState(State::Found);
        return;
    }
    if (candidates.isEmpty()) {
        m_ui->statusLabel->setText(tr("No new key named “%1” was found: the server did not create it. Nothing to do. "
                                      "Refresh the list of keys if it still looks out of date.")
                                       .arg(m_keyName));
        setState(State::NothingFound);
        return;
    }
    if (candidates.size() == 1) {
        m_ui->statusLabel->setText(tr("The server did create the key. Nobody can use it, because its secret is "
                                      "lost: revoke it now, then create a new one if you still need it."));
    } else {
        m_ui->statusLabel->setText(tr("%n keys named “%1” were created around that time. Only one of them is the "
                                      "key whose answer was lost; the others may belong to someone else. Check "
                                      "the ones to revoke.",
                                      nullptr, static_cast<int>(candidates.size()))
                                       .arg(m_keyName));
    }
    fillTree();
    setState(State::Found);
}

void LostKeyDialog::showRevoking()
{
    m_ui->statusLabel->setText(tr("Revoking…"));
    showProblem({});
    setState(State::Revoking);
}

void LostKeyDialog::finishRevoking(const QStringList &revokedIds, const QString &problem)
{
    if (problem.isEmpty()) {
        m_state = State::Found; // no longer revoking: the dialog may close
        accept();
        return;
    }
    QList<ApiKey> remaining;
    QList<ApiKey> remainingUndated;
    for (const ApiKey &key : std::as_const(m_candidates)) {
        if (!revokedIds.contains(key.id))
            (key.createdAt.isValid() ? remaining : remainingUndated).append(key);
    }
    showCandidates(remaining, remainingUndated);
    showProblem(problem);
}

QString LostKeyDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

QString LostKeyDialog::problemText() const
{
    return m_ui->problemLabel->isVisibleTo(this) ? m_ui->problemLabel->text() : QString();
}

QStringList LostKeyDialog::listedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_ui->candidateTree->topLevelItemCount(); ++row)
        ids.append(m_ui->candidateTree->topLevelItem(row)->data(0, idRole).toString());
    return ids;
}

QStringList LostKeyDialog::selectedIds() const
{
    if (m_state != State::Found)
        return {};
    if (!isAmbiguous())
        return listedIds();
    QStringList ids;
    for (int row = 0; row < m_ui->candidateTree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_ui->candidateTree->topLevelItem(row);
        if (item->checkState(0) == Qt::Checked)
            ids.append(item->data(0, idRole).toString());
    }
    return ids;
}

void LostKeyDialog::setSelected(const QString &keyId, bool selected)
{
    for (int row = 0; row < m_ui->candidateTree->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_ui->candidateTree->topLevelItem(row);
        if (item->data(0, idRole).toString() == keyId && (item->flags() & Qt::ItemIsUserCheckable))
            item->setCheckState(0, selected ? Qt::Checked : Qt::Unchecked);
    }
}

void LostKeyDialog::reject()
{
    if (m_state == State::Revoking)
        return; // the answers still have to be shown
    QDialog::reject();
}

void LostKeyDialog::setState(State state)
{
    m_state = state;
    const bool found = state == State::Found;
    const bool revoking = state == State::Revoking;
    m_ui->candidateTree->setVisible(found || revoking);
    m_ui->candidateTree->setEnabled(found);
    m_revokeButton->setVisible(found || revoking);
    m_leaveButton->setVisible(found || revoking);
    m_leaveButton->setEnabled(found);
    m_retryButton->setVisible(state == State::SearchFailed);
    m_closeButton->setVisible(!found && !revoking);

    // Default buttons: revoking the found key (its secret cannot be handed over),
    // trying again after a failed search, closing otherwise.
    QPushButton *byDefault = found ? m_revokeButton : state == State::SearchFailed ? m_retryButton : m_closeButton;
    for (QPushButton *button : {m_revokeButton, m_leaveButton, m_retryButton, m_closeButton}) {
        button->setAutoDefault(false);
        button->setDefault(button == byDefault);
    }
    if (found) {
        m_revokeButton->setText(isAmbiguous() ? tr("&Revoke Selected") : tr("&Revoke It Now"));
        m_revokeButton->setAccessibleName(isAmbiguous() ? tr("Revoke the checked keys") : tr("Revoke the key now"));
        m_leaveButton->setText(isAmbiguous() ? tr("&Leave Them") : tr("&Leave It"));
        m_leaveButton->setAccessibleName(isAmbiguous() ? tr("Leave the keys active") : tr("Leave the key active"));
    }
    updateRevokeEnabled();
    byDefault->setFocus();
    growToFit();
    setCursor(state == State::Searching || revoking ? Qt::BusyCursor : Qt::ArrowCursor);
}

void LostKeyDialog::fillTree()
{
    QTreeWidget *tree = m_ui->candidateTree;
    const QSignalBlocker blocker(tree);
    tree->clear();
    const bool ambiguous = isAmbiguous();
    for (const ApiKey &key : std::as_const(m_candidates)) {
        auto *item = new QTreeWidgetItem(tree);
        item->setText(0, nameOf(key));
        item->setText(1, identifierOf(key));
        item->setText(2, createdText(key.createdAt));
        item->setToolTip(2, key.createdAt.toUTC().toString(Qt::ISODate));
        item->setData(0, idRole, key.id);
        if (ambiguous) {
            // Nothing checked in advance: only one of them is the lost key.
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
        }
        item->setData(0, Qt::AccessibleTextRole,
                      tr("%1, %2, created %3").arg(nameOf(key), identifierOf(key), createdText(key.createdAt)));
    }
    // Small list: as tall as its rows, up to a few.
    const int rows = qMin(static_cast<int>(m_candidates.size()), 5);
    const int rowHeight = tree->sizeHintForRow(0) > 0 ? tree->sizeHintForRow(0) : fontMetrics().height() + 6;
    tree->setFixedHeight(tree->header()->sizeHint().height() + rows * rowHeight + 2 * tree->frameWidth() + 2);
}

void LostKeyDialog::updateRevokeEnabled()
{
    m_revokeButton->setEnabled(m_state == State::Found && !selectedIds().isEmpty());
}

void LostKeyDialog::showProblem(const QString &problem)
{
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    growToFit();
}

void LostKeyDialog::growToFit()
{
    // The content changes while the dialog is open (a list, a longer message): grow so
    // that wrapped text is not squeezed; never shrink what the user sized. Before the
    // first show, showing sizes it.
    if (!isVisible())
        return;
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

QString LostKeyDialog::createdText(const QDateTime &createdAt) const
{
    if (!createdAt.isValid())
        return tr("unknown");
    // Seconds matter: same-name keys made moments apart are told apart by them.
    const QDateTime local = createdAt.toLocalTime();
    return tr("%1 %2").arg(locale().toString(local.date(), QLocale::ShortFormat),
                           local.time().toString(QStringLiteral("HH:mm:ss")));
}

} // namespace keydesk
