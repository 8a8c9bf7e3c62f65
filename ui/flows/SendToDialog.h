#pragma once

#include "DeliveryResult.h"
#include "DeliveryServices.h"

#include <QDialog>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace Ui {
class SendToDialog;
}

namespace keydesk {

class KeyDelivery;

// "Send to…" from the reveal dialog (docs/design.md#delivery): the destination (the
// keychain under a label and account, a pass entry, a KeePassXC database and entry with
// its password in a masked field, or a saved command shown before it runs), then the
// delivery in the background with its progress and result. Tools that are missing say
// "not installed". It never closes while a delivery runs.
class SendToDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendToDialog)
public:
    // Takes a copy of the secret (wiped when it is delivered or the dialog goes).
    SendToDialog(const DeliveryServices &services, const QString &profileName, const QString &keyName,
                 const QString &secret, QWidget *parent = nullptr);
    ~SendToDialog() override;

    // The destination as typed, for tests and the screenshot: "pass:team/deploy".
    QString destinationSpec() const;
    QString resultText() const;
    bool isDelivering() const;

    void reject() override; // not while delivering

Q_SIGNALS:
    // Every attempt, for the action log; the reveal dialog forgets the key on delivered().
    void deliveryFinished(const keydesk::DeliveryResult &result);

private:
    void updateKind();
    void updateCommandPreview();
    void send();
    void onFinished();
    void setEditable(bool editable);
    bool toolMissing(int kind) const;

    std::unique_ptr<Ui::SendToDialog> m_ui;
    DeliveryServices m_services;
    QMap<QString, QStringList> m_templates;
    QString m_secret;
    KeyDelivery *m_delivery = nullptr;
    bool m_delivered = false;
};

} // namespace keydesk
