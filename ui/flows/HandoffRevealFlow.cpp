#include "HandoffRevealFlow.h"

#include "HandoffStore.h"
#include "RevealKeyDialog.h"
#include "SecretHolder.h"
#include "SecretStore.h"
#include "UntrustedText.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace keydesk {

void HandoffRevealFlow::afterCreated(const QString &profileName, const QString &keyId, SecretJob *storeJob,
                                     const QString &secret,
                                     std::function<void(const QString &, std::function<void()>)> beforeReveal)
{
    m_flows.setBusy(true);
    auto holder = std::make_shared<SecretHolder>(secret);
    QObject::connect(storeJob, &SecretJob::finished, &m_flows,
                     [this, storeJob, holder, profileName, keyId, beforeReveal = std::move(beforeReveal)] {
                         RevealRequest request;
                         request.profileName = profileName;
                         request.keyId = keyId;
                         request.stored = storeJob->ok();
                         request.keychainProblem = storeJob->error().userMessage();
                         const QPointer<KeyFlows> flows = &m_flows;
                         auto reveal = [flows, holder, request] {
                             if (!flows)
                                 return;
                             flows->setBusy(false);
                             flows->m_handoffFlow->showReveal(request, holder->secret);
                         };
                         // A rotation verifies the successor before anyone else can have used it.
                         if (beforeReveal)
                             beforeReveal(holder->secret, std::move(reveal));
                         else
                             reveal();
                     });
}

void HandoffRevealFlow::showReveal(const RevealRequest &request, const QString &secret)
{
    const PendingHandoff entry = m_flows.m_handoffs->entry(request.profileName, request.keyId);
    auto *dialog = new RevealKeyDialog(m_flows.m_clipboard, m_flows.m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_flows.trackDialog(dialog);
    RevealKeyDialog::Details details;
    details.keyName = entry.keyName;
    details.maskedIdentifier = entry.maskedIdentifier;
    details.expiresAt = entry.expiresAt;
    details.resumed = request.resumed;
    dialog->setKey(details, secret);
    dialog->setKeychainState(request.stored, request.keychainProblem,
                             m_flows.m_handoffs->secretStore()->isPersistent());
    dialog->setKeepInKeychain(entry.keepInKeychain);
    if (m_flows.m_delivery)
        dialog->setDelivery(*m_flows.m_delivery, request.profileName);

    const QString profileName = request.profileName;
    const QString keyId = request.keyId;
    QObject::connect(dialog, &RevealKeyDialog::storedConfirmed, &m_flows,
                     [this, profileName, keyId](bool keep) { acknowledge(profileName, keyId, keep); });
    QObject::connect(dialog, &RevealKeyDialog::deliveryFinished, &m_flows,
                     [this, profileName, keyId, name = entry.keyName](const DeliveryResult &result) {
                         m_flows.reportAction(profileName, ActionLogEntry::deliver(), keyId, name,
                                              result.delivered() ? ActionLogEntry::ok() : ActionLogEntry::failed(),
                                              result.logDetail());
                     });
    QObject::connect(
        dialog, &RevealKeyDialog::keptForLater, &m_flows, [this, profileName, keyId, name = entry.keyName](bool keep) {
            m_flows.m_handoffs->setKeepInKeychain(profileName, keyId, keep);
            m_flows.reportAction(
                profileName, ActionLogEntry::handoffKept(), keyId, name, ActionLogEntry::ok(),
                QCoreApplication::translate("keydesk::KeyFlows", "Kept in the keychain for a later handoff."));
        });
    dialog->open();
}

void HandoffRevealFlow::acknowledge(const QString &profileName, const QString &keyId, bool keepInKeychain)
{
    const QString keyName = m_flows.m_handoffs->entry(profileName, keyId).keyName;
    SecretJob *job = m_flows.m_handoffs->complete(profileName, keyId, keepInKeychain);
    QObject::connect(job, &SecretJob::finished, &m_flows, [this, job, profileName, keyId, keyName, keepInKeychain] {
        if (job->ok() || job->error().kind == SecretError::Kind::NotFound) {
            m_flows.reportAction(profileName, ActionLogEntry::handoffStored(), keyId, keyName, ActionLogEntry::ok(),
                                 keepInKeychain
                                     ? QCoreApplication::translate("keydesk::KeyFlows", "A copy stays in the keychain.")
                                     : QString());
            return;
        }
        m_flows.reportAction(profileName, ActionLogEntry::handoffStored(), keyId, keyName, ActionLogEntry::failed(),
                             job->error().userMessage());
        m_flows.showMessage(
            QStringLiteral("completeFailedMessage"),
            QCoreApplication::translate("keydesk::KeyFlows", "Keychain Entry Not Removed"),
            QCoreApplication::translate("keydesk::KeyFlows", "The key could not be removed from the keychain: %1")
                .arg(job->error().userMessage()),
            QCoreApplication::translate("keydesk::KeyFlows",
                                        "It stays listed as pending, so you can finish the handoff later."));
    });
}

void HandoffRevealFlow::resumeHandoff(const QString &profileName, const QString &keyId)
{
    if (!m_flows.m_handoffs->isPending(profileName, keyId))
        return;
    m_flows.setBusy(true);
    SecretJob *job = m_flows.m_handoffs->fetch(profileName, keyId);
    QObject::connect(job, &SecretJob::finished, &m_flows, [this, job, profileName, keyId] {
        m_flows.setBusy(false);
        if (job->ok()) {
            RevealRequest request;
            request.profileName = profileName;
            request.keyId = keyId;
            request.resumed = true;
            showReveal(request, job->secret());
            return;
        }
        if (job->error().kind == SecretError::Kind::NotFound) {
            offerToDropLostEntry(profileName, keyId, job->error().userMessage());
            return;
        }
        m_flows.showMessage(
            QStringLiteral("fetchFailedMessage"),
            QCoreApplication::translate("keydesk::KeyFlows", "Keychain Not Available"),
            QCoreApplication::translate("keydesk::KeyFlows", "The pending key cannot be read from the keychain: %1")
                .arg(job->error().userMessage()),
            QCoreApplication::translate("keydesk::KeyFlows",
                                        "It stays listed as pending; try again when the keychain is available."));
    });
}

void HandoffRevealFlow::offerToDropLostEntry(const QString &profileName, const QString &keyId, const QString &why)
{
    const PendingHandoff entry = m_flows.m_handoffs->entry(profileName, keyId);
    // The name and identifier the server sent when the key was created.
    auto *box = new QMessageBox(
        QMessageBox::Warning, QCoreApplication::translate("keydesk::KeyFlows", "Pending Key Lost"),
        QCoreApplication::translate("keydesk::KeyFlows", "The keychain no longer holds the key “%1” (%2).")
            .arg(UntrustedText::forDisplay(entry.keyName),
                 UntrustedText::forDisplay(entry.maskedIdentifier.isEmpty() ? keyId : entry.maskedIdentifier)),
        QMessageBox::NoButton, m_flows.m_window);
    box->setObjectName(QStringLiteral("lostKeyMessage"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(QCoreApplication::translate(
        "keydesk::KeyFlows", "Its secret cannot be shown again, so the key should be revoked (and a new one "
                             "created if you still need it). Remove it from the list of pending keys?"));
    box->setDetailedText(why);
    QPushButton *dropButton = box->addButton(QCoreApplication::translate("keydesk::KeyFlows", "Remove from List"),
                                             QMessageBox::AcceptRole);
    dropButton->setObjectName(QStringLiteral("dropButton"));
    dropButton->setAccessibleName(
        QCoreApplication::translate("keydesk::KeyFlows", "Remove from the list of pending keys"));
    QPushButton *keepButton = box->addButton(QCoreApplication::translate("keydesk::KeyFlows", "Keep Listed"),
                                             QMessageBox::RejectRole);
    keepButton->setAccessibleName(QCoreApplication::translate("keydesk::KeyFlows", "Keep listed"));
    box->setDefaultButton(keepButton);
    box->setEscapeButton(keepButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, &m_flows,
                     [this, dropButton, profileName, keyId, name = entry.keyName, why](QAbstractButton *button) {
                         if (button != dropButton)
                             return;
                         m_flows.m_handoffs->forget(profileName, keyId);
                         m_flows.reportAction(profileName, ActionLogEntry::handoffExpired(), keyId, name,
                                              ActionLogEntry::ok(), why);
                     });
    m_flows.trackDialog(box);
    box->open();
}

} // namespace keydesk
