#include "KeyFlows.h"

#include "ApiClient.h"
#include "BulkRevokeQueue.h"
#include "HandoffRevealFlow.h"
#include "HandoffStore.h"
#include "KeyCreateFlow.h"
#include "LostCreateRecovery.h"
#include "RevokeConfirmation.h"
#include "RotationEngine.h"
#include "RotationStartFlow.h"
#include "SecretClipboard.h"
#include "UntrustedText.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace keydesk {

KeyFlows::KeyFlows(HandoffStore *handoffs, SecretClipboard *clipboard, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_handoffs(handoffs)
    , m_clipboard(clipboard)
    , m_window(window)
    , m_createFlow(std::make_unique<KeyCreateFlow>(*this))
    , m_handoffFlow(std::make_unique<HandoffRevealFlow>(*this))
    , m_lostCreate(std::make_unique<LostCreateRecovery>(*this))
    , m_bulkRevoke(std::make_unique<BulkRevokeQueue>(*this))
    , m_rotationStart(std::make_unique<RotationStartFlow>(*this))
{
}

KeyFlows::~KeyFlows()
{
    // A reveal dialog without its controller could not complete the handoff; the key
    // stays pending in the keychain and can be handed off later.
    for (const QPointer<QWidget> &dialog : std::as_const(m_dialogs))
        delete dialog.data();
}

QString KeyFlows::createBlockedReason(const Target &target, const QList<ApiKey> &currentKeys) const
{
    return m_createFlow->createBlockedReason(target, currentKeys);
}

void KeyFlows::create(const Target &target, const QList<ApiKey> &currentKeys)
{
    m_createFlow->create(target, currentKeys);
}

void KeyFlows::resumeHandoff(const QString &profileName, const QString &keyId)
{
    m_handoffFlow->resumeHandoff(profileName, keyId);
}

void KeyFlows::revokeMany(const QList<BulkItem> &items, bool showOrganisation)
{
    m_bulkRevoke->revokeMany(items, showOrganisation);
}

void KeyFlows::rotate(const Target &target, const ApiKey &oldKey, const QList<ApiKey> &currentKeys,
                      const QList<ApiKey> &roomCandidates, RotationEngine *engine)
{
    m_rotationStart->rotate(target, oldKey, currentKeys, roomCandidates, engine);
}

void KeyFlows::setDeliveryServices(DeliveryServices services)
{
    m_delivery = std::move(services);
}

void KeyFlows::revoke(const Target &target, const ApiKey &key)
{
    if (!target.client)
        return;
    auto *dialog = new RevokeConfirmation(key, now(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    trackDialog(dialog);
    connect(dialog, &QDialog::accepted, this,
            [this, client = QPointer<ApiClient>(target.client), profileName = target.profileName, key] {
                startRevoke(client, profileName, key);
            });
    dialog->open();
}

void KeyFlows::startRevoke(QPointer<ApiClient> client, const QString &profileName, const ApiKey &key)
{
    if (!client)
        return;
    sendRevoke(client, profileName, key, true, [this, profileName](const ApiReply *reply) {
        if (!reply->ok())
            Q_EMIT requestFailed(profileName, reply->error());
    });
}

void KeyFlows::sendRevoke(ApiClient *client, const QString &profileName, const ApiKey &key, bool announce,
                          std::function<void(const ApiReply *)> done)
{
    setBusy(true);
    ApiReply *reply = client->revokeKey(key.id);
    connect(reply, &ApiReply::finished, this,
            [this, reply, profileName, keyId = key.id, keyName = key.name, announce, done = std::move(done)] {
                setBusy(false);
                if (!reply->ok()) {
                    reportAction(profileName, ActionLogEntry::revoke(), keyId, keyName, ActionLogEntry::failed(),
                                 reply->error().userMessage());
                } else {
                    reportAction(profileName, ActionLogEntry::revoke(), keyId, keyName, ActionLogEntry::ok());
                    // A dead key's pending secret (or a kept copy) has no use any more.
                    m_handoffs->forget(profileName, keyId);
                    if (announce)
                        Q_EMIT keyRevoked(profileName, keyId);
                }
                done(reply);
            });
}

void KeyFlows::revokeRotationNow(const Target &target, const RotationRecord &rotation, RotationEngine *engine)
{
    if (!target.client || !engine)
        return;
    const bool inUse = rotation.newKeyFirstUsedAt.isValid();
    const QString oldName = UntrustedText::forDisplay(rotation.oldKeyName);
    const QString newName = UntrustedText::forDisplay(rotation.newKeyName);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Revoke the Old Key Now"),
                                tr("Revoke “%1” now, before its quiet period has passed?").arg(oldName),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("revokeNowConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        inUse ? tr("The new key “%1” is in use. Anything still using “%2” fails at once.").arg(newName, oldName)
              : tr("The new key “%1” has not been seen in use yet: every integration still using “%2” fails at "
                   "once, and nothing shows that it has moved to the new key.")
                    .arg(newName, oldName));
    QPushButton *go = box->addButton(inUse ? tr("Revoke Now") : tr("Revoke Anyway"), QMessageBox::DestructiveRole);
    go->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *keep = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, go, inUse, id = rotation.id, engine = QPointer<RotationEngine>(engine),
             client = QPointer<ApiClient>(target.client), profileName = target.profileName](QAbstractButton *button) {
                if (button != go || !engine || !client)
                    return;
                setBusy(true);
                engine->revokeNow(id, !inUse, client,
                                  [this, profileName](const RotationRecord &, const QString &error) {
                                      setBusy(false);
                                      if (!error.isEmpty())
                                          showMessage(QStringLiteral("rotationFailedMessage"),
                                                      tr("Old Key Not Revoked"), UntrustedText::forDisplay(error));
                                      Q_EMIT keysChanged(profileName);
                                  });
            });
    trackDialog(box);
    box->open();
}

void KeyFlows::cancelRotation(const Target &target, const RotationRecord &rotation, RotationEngine *engine)
{
    if (!engine)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel Rotation"),
                                tr("Stop rotating “%1”?").arg(UntrustedText::forDisplay(rotation.oldKeyName)),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("cancelRotationConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Both keys stay active; KeyDesk no longer revokes the old one."));
    if (!rotation.newKeyId.isEmpty()) {
        auto *check = new QCheckBox(
            tr("Also revoke the new key “%1”").arg(UntrustedText::forDisplay(rotation.newKeyName)), box);
        check->setObjectName(QStringLiteral("revokeNewCheck"));
        box->setCheckBox(check);
    }
    QPushButton *go = box->addButton(tr("Cancel Rotation"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *keep = box->addButton(tr("Keep Rotating"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, box, go, id = rotation.id, engine = QPointer<RotationEngine>(engine),
             client = QPointer<ApiClient>(target.client), profileName = target.profileName](QAbstractButton *button) {
                if (button != go || !engine)
                    return;
                const bool revokeNew = box->checkBox() && box->checkBox()->isChecked();
                if (revokeNew && !client)
                    return;
                setBusy(true);
                engine->cancel(id, revokeNew, client,
                               [this, profileName](const RotationRecord &, const QString &error) {
                                   setBusy(false);
                                   if (!error.isEmpty())
                                       showMessage(QStringLiteral("rotationFailedMessage"),
                                                   tr("Rotation Not Cancelled"), UntrustedText::forDisplay(error));
                                   Q_EMIT keysChanged(profileName);
                               });
            });
    trackDialog(box);
    box->open();
}

void KeyFlows::setClipboardTimeoutSeconds(int seconds)
{
    m_clipboard->setTimeoutSeconds(seconds);
}

void KeyFlows::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void KeyFlows::showMessage(const QString &objectName, const QString &title, const QString &text,
                           const QString &informativeText)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(objectName);
    box->setTextFormat(Qt::PlainText); // quotes the keychain's own words
    box->setInformativeText(informativeText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    trackDialog(box);
    box->open();
}

void KeyFlows::trackDialog(QWidget *dialog)
{
    m_dialogs.removeAll(QPointer<QWidget>());
    m_dialogs.append(dialog);
}

void KeyFlows::setBusy(bool busy)
{
    const bool wasBusy = isBusy();
    m_busyCount = qMax(0, m_busyCount + (busy ? 1 : -1));
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

void KeyFlows::reportAction(const QString &profileName, const QString &action, const QString &keyId,
                            const QString &keyName, const QString &outcome, const QString &detail)
{
    ActionLogEntry entry;
    entry.at = now();
    entry.organisation = profileName;
    entry.action = action;
    entry.keyId = keyId;
    entry.keyName = keyName;
    entry.outcome = outcome;
    entry.detail = detail;
    Q_EMIT actionFinished(entry);
}

QDateTime KeyFlows::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

} // namespace keydesk
