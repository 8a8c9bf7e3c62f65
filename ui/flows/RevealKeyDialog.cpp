#include "RevealKeyDialog.h"
#include "ui_RevealKeyDialog.h"

#include "CreatedKey.h"
#include "FlowStyle.h"
#include "SecretClipboard.h"
#include "SendToDialog.h"
#include "UntrustedText.h"

#include <QCloseEvent>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace keydesk {

RevealKeyDialog::RevealKeyDialog(SecretClipboard *clipboard, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RevealKeyDialog>())
    , m_clipboard(clipboard)
{
    m_ui->setupUi(this);
    // No "?" and no close button where the platform allows it; a close request from the
    // window manager is ignored anyway (closeEvent).
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    setWindowFlag(Qt::WindowCloseButtonHint, false);

    QFont headline = m_ui->headlineLabel->font();
    headline.setBold(true);
    headline.setPointSizeF(headline.pointSizeF() * 1.15);
    m_ui->headlineLabel->setFont(headline);

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->warningIconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize / 2 + 8));
    styleAsWarningBanner(m_ui->warningBanner);
    m_ui->warningBanner->hide();
    m_ui->sessionNoteLabel->hide();
    const int timeout = m_clipboard->timeoutSeconds();
    m_ui->countdownLabel->setText(timeout == 1
                                      ? tr("Copy puts the key on the clipboard for %n second.", nullptr, timeout)
                                      : tr("Copy puts the key on the clipboard for %n seconds.", nullptr, timeout));

    m_ui->sendToButton->hide(); // until setDelivery()
    connect(m_ui->sendToButton, &QPushButton::clicked, this, &RevealKeyDialog::openSendTo);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &RevealKeyDialog::copy);
    connect(m_ui->keyEdit, &SecretField::copyRequested, this, &RevealKeyDialog::copy);
    connect(m_ui->storedButton, &QPushButton::clicked, this, [this] { requestClose(Outcome::Stored); });
    connect(m_ui->laterButton, &QPushButton::clicked, this, [this] { requestClose(Outcome::Later); });
    connect(m_clipboard, &SecretClipboard::countdownChanged, this, [this](int seconds) {
        if (m_copiedHere)
            showCountdown(seconds);
    });
    connect(m_clipboard, &SecretClipboard::cleared, this, [this] {
        if (m_copiedHere)
            m_ui->countdownLabel->setText(tr("The clipboard has been cleared."));
    });
    connect(m_clipboard, &SecretClipboard::superseded, this, [this] {
        if (m_copiedHere)
            m_ui->countdownLabel->setText(tr("The clipboard now holds something else."));
    });
}

RevealKeyDialog::~RevealKeyDialog()
{
    wipeSharedBuffer(m_ui->keyEdit->displayText()); // the field's own copy, for painting
    m_ui->keyEdit->clear();
    wipeSecret(m_secret);
}

void RevealKeyDialog::setKey(const Details &details, const QString &secret)
{
    m_secret = secret;
    m_keyName = details.keyName;
    m_ui->headlineLabel->setText(details.resumed ? tr("Hand off the pending key") : tr("Copy your new API key now"));
    m_ui->explanationLabel->setText(
        details.resumed
            ? tr("This key was kept in the keychain for a later handoff. Store it in your password manager "
                 "or the integration that needs it, then confirm below.")
            : tr("This is the only time the full key is shown: the server keeps only a fingerprint. Store it "
                 "in your password manager or the integration that needs it, then confirm below."));
    m_ui->keyEdit->setText(m_secret);
    m_ui->keyEdit->setCursorPosition(0);
    // Wide enough for the whole key where the screen allows; longer keys scroll.
    const int textWidth = m_ui->keyEdit->fontMetrics().horizontalAdvance(m_secret) + 24;
    m_ui->keyEdit->setMinimumWidth(qBound(240, textWidth, 720));

    // Both as the server sent them when the key was created.
    m_ui->nameValue->setText(UntrustedText::forDisplay(details.keyName));
    m_ui->identifierValue->setText(details.maskedIdentifier.isEmpty()
                                       ? tr("(not reported)")
                                       : UntrustedText::forDisplay(details.maskedIdentifier));
    m_ui->expiresValue->setText(details.expiresAt.isValid()
                                    ? QLocale().toString(details.expiresAt.toLocalTime(), QLocale::ShortFormat)
                                    : tr("Never"));
    adjustSize();
}

void RevealKeyDialog::setKeychainState(bool stored, const QString &problem, bool persistentStore)
{
    m_stored = stored;
    if (!stored) {
        m_ui->warningLabel->setText(
            tr("The key could not be saved in the keychain: %1 Copy it now — once this dialog is closed "
               "it cannot be shown again.")
                .arg(problem.isEmpty() ? tr("the keychain reported an error.") : problem));
        m_ui->warningBanner->show();
        m_ui->keepCopyCheck->setChecked(false);
        m_ui->keepCopyCheck->setEnabled(false);
        m_ui->laterButton->setEnabled(false);
        m_ui->laterButton->setToolTip(tr("Not available: the keychain does not hold this key."));
    } else {
        m_ui->warningBanner->hide();
        m_ui->keepCopyCheck->setEnabled(true);
        m_ui->laterButton->setEnabled(true);
        m_ui->laterButton->setToolTip({});
    }
    if (stored && !persistentStore) {
        m_ui->sessionNoteLabel->setText(tr("Keys are kept in memory for this session only: a key kept for "
                                           "later is lost when KeyDesk quits."));
        m_ui->sessionNoteLabel->show();
    } else {
        m_ui->sessionNoteLabel->hide();
    }
    adjustSize();
}

void RevealKeyDialog::setDelivery(const DeliveryServices &services, const QString &profileName)
{
    m_delivery = services;
    m_profileName = profileName;
    m_ui->sendToButton->show();
}

SendToDialog *RevealKeyDialog::sendToDialog() const
{
    return m_sendTo;
}

void RevealKeyDialog::openSendTo()
{
    if (m_secret.isEmpty())
        return;
    if (m_sendTo) {
        m_sendTo->raise();
        return;
    }
    // A child: window-modal, it holds the reveal dialog until it is closed.
    auto *dialog = new SendToDialog(m_delivery, m_profileName, m_keyName, m_secret, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &SendToDialog::deliveryFinished, this, [this](const DeliveryResult &result) {
        Q_EMIT deliveryFinished(result);
        // Forgotten only now that it is where it will live (docs/design.md#delivery); the
        // dialog closes as "I have stored the key" once the result has been read.
        if (result.delivered()) {
            m_delivered = true;
            wipeSharedBuffer(m_ui->keyEdit->displayText());
            m_ui->keyEdit->clear();
            wipeSecret(m_secret);
            m_ui->copyButton->setEnabled(false);
            m_ui->sendToButton->setEnabled(false);
        }
    });
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_delivered)
            closeWith(Outcome::Stored);
    });
    m_sendTo = dialog;
    dialog->open();
}

void RevealKeyDialog::setKeepInKeychain(bool keep)
{
    m_ui->keepCopyCheck->setChecked(keep && m_stored);
}

bool RevealKeyDialog::keepInKeychain() const
{
    return m_stored && m_ui->keepCopyCheck->isChecked();
}

QString RevealKeyDialog::warningText() const
{
    return m_ui->warningBanner->isVisibleTo(this) ? m_ui->warningLabel->text() : QString();
}

QString RevealKeyDialog::countdownText() const
{
    return m_ui->countdownLabel->text();
}

QMessageBox *RevealKeyDialog::pendingConfirmation() const
{
    return m_confirmation;
}

void RevealKeyDialog::reject()
{
    // Esc: the key stays on screen; the buttons say what happens next.
}

void RevealKeyDialog::done(int result)
{
    if (m_closing)
        QDialog::done(result);
}

void RevealKeyDialog::closeEvent(QCloseEvent *event)
{
    event->ignore();
}

void RevealKeyDialog::requestClose(Outcome outcome)
{
    if (m_stored) {
        closeWith(outcome);
        return;
    }
    if (m_confirmation)
        return;
    // Nowhere else holds the key: one more explicit step before it is gone for good.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Key Not Saved"),
                                tr("The key is not saved anywhere else. Close anyway?"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("notSavedConfirmation"));
    box->setInformativeText(tr("Without a copy, the key must be revoked and a new one created."));
    QPushButton *closeButton = box->addButton(tr("Close Anyway"), QMessageBox::DestructiveRole);
    closeButton->setAccessibleName(tr("Close anyway"));
    QPushButton *cancelButton = box->addButton(QMessageBox::Cancel);
    cancelButton->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(cancelButton);
    box->setEscapeButton(cancelButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, closeButton, outcome](QAbstractButton *button) {
        if (button == closeButton)
            closeWith(outcome);
    });
    m_confirmation = box;
    box->open();
}

void RevealKeyDialog::closeWith(Outcome outcome)
{
    const bool keep = keepInKeychain();
    // The clipboard keeps its own timeout: the user may be about to paste the key.
    // The field first: its display copy in place, then it lets go of the buffer it shares
    // with ours; then our copy, in place.
    wipeSharedBuffer(m_ui->keyEdit->displayText());
    m_ui->keyEdit->clear();
    wipeSecret(m_secret);
    if (outcome == Outcome::Stored)
        Q_EMIT storedConfirmed(keep);
    else
        Q_EMIT keptForLater(keep);
    m_closing = true;
    QDialog::done(outcome == Outcome::Stored ? QDialog::Accepted : QDialog::Rejected);
}

void RevealKeyDialog::copy()
{
    if (m_secret.isEmpty())
        return;
    m_copiedHere = true;
    m_clipboard->copySecret(m_secret);
}

void RevealKeyDialog::showCountdown(int secondsRemaining)
{
    m_ui->countdownLabel->setText(tr("Copied. Clipboard clears in %n s.", nullptr, secondsRemaining));
}

} // namespace keydesk
