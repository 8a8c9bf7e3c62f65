#pragma once

#include "DeliveryServices.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <QString>

#include <memory>

class QMessageBox;

namespace Ui {
class RevealKeyDialog;
}

namespace keydesk {

class SecretClipboard;
class SendToDialog;
struct DeliveryResult;

// Shows a new key's secret once (docs/design.md#copy-once-handoff). Esc, reject(), done() and the window's
// close button do not close it: only "I have stored the key" and "Keep for later
// handoff" do, and both wipe the in-memory copy first. When the keychain write failed,
// it says so and closing needs an extra confirmation.
class RevealKeyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevealKeyDialog)
public:
    struct Details {
        QString keyName;
        QString maskedIdentifier;
        QDateTime expiresAt;  // null = never
        bool resumed = false; // a later handoff from the keychain, not a fresh key
    };

    explicit RevealKeyDialog(SecretClipboard *clipboard, QWidget *parent = nullptr);
    ~RevealKeyDialog() override; // wipes the secret

    // Takes the secret; the caller should wipe its own copy.
    void setKey(const Details &details, const QString &secret);
    // stored: the secret is in the SecretStore. problem: SecretError::userMessage() when
    // the write failed. persistentStore: false for "this session only" (memory).
    void setKeychainState(bool stored, const QString &problem, bool persistentStore);
    void setKeepInKeychain(bool keep);
    // Enables "Send To…" (docs/design.md#delivery) for a key of `profileName`. After a
    // delivery that was verified (or a command's exit status 0) the key is wiped at once
    // and the dialog closes as "I have stored the key" when Send To is closed; after a
    // failed one the key stays on screen and pending.
    void setDelivery(const DeliveryServices &services, const QString &profileName);
    SendToDialog *sendToDialog() const;
    bool keepInKeychain() const;

    QString warningText() const;              // empty when the keychain holds the key
    QString countdownText() const;            // "Clipboard clears in 27 s", ...
    QMessageBox *pendingConfirmation() const; // "Close anyway?" while it is open

    void reject() override;         // ignored: Esc must not lose the key
    void done(int result) override; // ignored unless closing through one of the two buttons

Q_SIGNALS:
    void storedConfirmed(bool keepInKeychain); // "I have stored the key"
    void keptForLater(bool keepInKeychain);    // "Keep for later handoff"
    void deliveryFinished(const keydesk::DeliveryResult &result); // every Send To attempt, for the log

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class Outcome { Stored, Later };
    void requestClose(Outcome outcome);
    void closeWith(Outcome outcome);
    void copy();
    void showCountdown(int secondsRemaining);
    void openSendTo();

    std::unique_ptr<Ui::RevealKeyDialog> m_ui;
    SecretClipboard *m_clipboard;
    QString m_secret;
    bool m_stored = true;
    bool m_copiedHere = false;
    bool m_closing = false;
    bool m_delivered = false;
    QPointer<QMessageBox> m_confirmation;
    QPointer<SendToDialog> m_sendTo;
    DeliveryServices m_delivery;
    QString m_profileName;
    QString m_keyName;
};

} // namespace keydesk
