#include "RotationStartFlow.h"

#include "ApiClient.h"
#include "Dialect.h"
#include "KeyCreateFlow.h"
#include "RotateKeyDialog.h"
#include "RotationEngine.h"
#include "RotationPlan.h"
#include "SecretHolder.h"
#include "UntrustedText.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

#include <algorithm>
#include <memory>

namespace keydesk {

struct RotationStartFlow::RotationStart final {
    QPointer<RotateKeyDialog> dialog;
    QPointer<ApiClient> client;
    QPointer<RotationEngine> engine;
    QString profileName;
    ApiKey oldKey;
    QList<ApiKey> currentKeys;
    RotateKeyDialog::Choice choice;
};

void RotationStartFlow::rotate(const Target &target, const ApiKey &oldKey, const QList<ApiKey> &currentKeys,
                               const QList<ApiKey> &roomCandidates, RotationEngine *engine)
{
    if (!target.client || !engine)
        return;
    auto *dialog = new RotateKeyDialog(oldKey, m_flows.now(), m_flows.m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_flows.trackDialog(dialog);
    const DialectTraits traits = DialectTraits::of(target.client->connection().dialect);
    const int active = KeyCreateFlow::activeKeyCount(currentKeys, m_flows.now());
    if (traits.activeKeyLimit > 0 && active >= traits.activeKeyLimit)
        dialog->setRoom(active, traits.activeKeyLimit, roomCandidates);
    auto start = std::make_shared<RotationStart>();
    start->dialog = dialog;
    start->client = target.client;
    start->engine = engine;
    start->profileName = target.profileName;
    start->oldKey = oldKey;
    start->currentKeys = currentKeys;
    QObject::connect(
        dialog, &RotateKeyDialog::rotateRequested, &m_flows, [this, start](const RotateKeyDialog::Choice &choice) {
            start->choice = choice;
            if (!choice.emergency) {
                startRotation(start);
                return;
            }
            auto *box = new QMessageBox(
                QMessageBox::Warning, QCoreApplication::translate("keydesk::KeyFlows", "Emergency Rotation"),
                RotateKeyDialog::emergencyWarning(start->oldKey, m_flows.now()), QMessageBox::NoButton,
                start->dialog ? static_cast<QWidget *>(start->dialog) : m_flows.m_window.data());
            box->setObjectName(QStringLiteral("emergencyConfirmation"));
            box->setTextFormat(Qt::PlainText);
            box->setInformativeText(QCoreApplication::translate(
                "keydesk::KeyFlows", "Revoke the leaked key right after its successor exists?"));
            QPushButton *go = box->addButton(QCoreApplication::translate("keydesk::KeyFlows", "Rotate and Revoke"),
                                             QMessageBox::DestructiveRole);
            go->setObjectName(QStringLiteral("confirmButton"));
            QPushButton *keep = box->addButton(QMessageBox::Cancel);
            box->setDefaultButton(keep);
            box->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(box, &QMessageBox::buttonClicked, &m_flows, [this, go, start](QAbstractButton *button) {
                if (button == go)
                    startRotation(start);
            });
            m_flows.trackDialog(box);
            box->open();
        });
    dialog->open();
}

void RotationStartFlow::startRotation(std::shared_ptr<RotationStart> start)
{
    if (!start->client || !start->engine)
        return;
    if (start->dialog)
        start->dialog->setBusy(true);
    const QString roomKeyId = start->choice.revokeFirstKeyId;
    const auto room = std::find_if(start->currentKeys.cbegin(), start->currentKeys.cend(),
                                   [&roomKeyId](const ApiKey &key) { return key.id == roomKeyId; });
    if (roomKeyId.isEmpty() || room == start->currentKeys.cend()) {
        beginRotation(start);
        return;
    }
    // Room to rotate: the chosen unused or idle key goes first, then the rotation.
    m_flows.sendRevoke(start->client, start->profileName, *room, true, [this, start](const ApiReply *reply) {
        if (!reply->ok()) {
            if (start->dialog) {
                start->dialog->setBusy(false);
                start->dialog->showRequestError(
                    QCoreApplication::translate("keydesk::KeyFlows", "The key to make room was not revoked: %1")
                        .arg(reply->error().userMessage()));
            }
            return;
        }
        beginRotation(start);
    });
}

void RotationStartFlow::beginRotation(std::shared_ptr<RotationStart> start)
{
    if (!start->client || !start->engine)
        return;
    RotationPlan plan;
    plan.organisation = {start->profileName, start->client->connection().dialect, start->client->connection().baseUrl};
    plan.oldKey = start->oldKey;
    plan.newKeyName = start->choice.name;
    plan.quietForSeconds = start->choice.quietForSeconds;
    plan.autoRevoke = start->choice.autoRevoke;
    plan.emergency = start->choice.emergency;
    m_flows.setBusy(true);
    start->engine->begin(plan, [this, start](const RotationRecord &rotation, const QString &error) {
        m_flows.setBusy(false);
        if (!error.isEmpty()) {
            // Nothing was created: no rotation, no POST.
            if (start->dialog) {
                start->dialog->setBusy(false);
                start->dialog->showRequestError(
                    QCoreApplication::translate("keydesk::KeyFlows", "The rotation was not started: %1")
                        .arg(UntrustedText::forDisplay(error)));
            }
            return;
        }
        QSet<QString> idsBefore;
        for (const ApiKey &key : std::as_const(start->currentKeys))
            idsBefore.insert(key.id);
        CreateKeyRequest request;
        request.name = start->choice.name;
        request.expiry = Expiry::inDays(start->choice.expiresInDays);
        const QString rotationId = rotation.id;
        KeyCreateFlow::CreateHooks hooks = KeyCreateFlow::hooksFor(start->dialog);
        hooks.failed = [engine = start->engine, rotationId](const QString &reason) {
            if (engine)
                engine->createFailed(rotationId, reason);
        };
        // Verified before the reveal: an integration's first use must not be taken into the baseline.
        hooks.created = [this, engine = start->engine, client = start->client, rotationId,
                         profileName = start->profileName](const ApiKey &record, const QString &secret,
                                                           std::function<void()> reveal) {
            if (!engine || !client) {
                reveal();
                return;
            }
            auto holder = std::make_shared<SecretHolder>(secret);
            engine->successorCreated(
                rotationId, record,
                [this, engine, client, rotationId, holder, reveal, profileName](const RotationRecord &,
                                                                                const QString &error) {
                    if (!engine || !client || !error.isEmpty()) {
                        reveal();
                        return;
                    }
                    engine->verifySuccessor(
                        rotationId, holder->secret, client,
                        [this, reveal, profileName](const RotationRecord &, const QString &problem) {
                            if (!problem.isEmpty())
                                m_flows.showMessage(
                                    QStringLiteral("verifyFailedMessage"),
                                    QCoreApplication::translate("keydesk::KeyFlows", "New Key Not Verified"),
                                    UntrustedText::forDisplay(problem));
                            Q_EMIT m_flows.keysChanged(profileName);
                            reveal();
                        });
                    wipeSecret(holder->secret);
                });
        };
        m_flows.m_createFlow->sendCreate(start->client, start->profileName, request, idsBefore, std::move(hooks));
    });
}

} // namespace keydesk
