#include "KeyCreateFlow.h"

#include "ApiClient.h"
#include "CreateKeyDialog.h"
#include "CreatedKey.h"
#include "Dialect.h"
#include "HandoffRevealFlow.h"
#include "HandoffStore.h"
#include "LostCreateRecovery.h"

#include <QCoreApplication>

namespace keydesk {

int KeyCreateFlow::activeKeyCount(const QList<ApiKey> &keys, const QDateTime &now)
{
    int count = 0;
    for (const ApiKey &key : keys) {
        if (key.status(now) == KeyStatus::Active)
            ++count;
    }
    return count;
}

QString KeyCreateFlow::createBlockedReason(const Target &target, const QList<ApiKey> &currentKeys) const
{
    if (!target.client)
        return QCoreApplication::translate("keydesk::KeyFlows", "No connection is selected.");
    const Dialect dialect = target.client->connection().dialect;
    const DialectTraits traits = DialectTraits::of(dialect);
    if (!traits.managesKeys) {
        return QCoreApplication::translate("keydesk::KeyFlows",
                                           "%1 documents no endpoint for creating keys: create them in its dashboard.")
            .arg(dialectDisplayName(dialect));
    }
    const int active = activeKeyCount(currentKeys, m_flows.now());
    if (traits.activeKeyLimit > 0 && active >= traits.activeKeyLimit) {
        return QCoreApplication::translate(
                   "keydesk::KeyFlows",
                   "%1 of %2 active keys are in use, the most %3 allows. Revoke a key to create a new one.")
            .arg(active)
            .arg(traits.activeKeyLimit)
            .arg(dialectDisplayName(dialect));
    }
    return {};
}

void KeyCreateFlow::create(const Target &target, const QList<ApiKey> &currentKeys)
{
    if (!target.client)
        return;
    const Dialect dialect = target.client->connection().dialect;
    const QString blocked = createBlockedReason(target, currentKeys);
    if (!blocked.isEmpty()) {
        ApiError refusal;
        if (DialectTraits::of(dialect).managesKeys) {
            refusal.kind = ApiError::Kind::LimitReached;
            refusal.serverMessage = QCoreApplication::translate("keydesk::KeyFlows", "%1 of %2 active keys in use")
                                        .arg(activeKeyCount(currentKeys, m_flows.now()))
                                        .arg(DialectTraits::of(dialect).activeKeyLimit);
        } else {
            refusal.kind = ApiError::Kind::Unsupported;
            refusal.detail = dialectDisplayName(dialect);
        }
        Q_EMIT m_flows.requestFailed(target.profileName, refusal);
        return;
    }

    auto *dialog = new CreateKeyDialog(
        dialect, activeKeyCount(currentKeys, m_flows.now()), [flows = &m_flows] { return flows->now(); },
        m_flows.m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_flows.trackDialog(dialog);
    const QPointer<ApiClient> client = target.client;
    const QString profileName = target.profileName;
    // What the window listed before this create: an older key with the same name is
    // never taken for the one a lost create may have left.
    QSet<QString> idsBefore;
    for (const ApiKey &key : currentKeys)
        idsBefore.insert(key.id);
    QObject::connect(dialog, &CreateKeyDialog::createRequested, &m_flows,
                     [this, dialog, client, profileName, idsBefore](const CreateKeyRequest &request) {
                         if (!client)
                             return;
                         dialog->setBusy(true);
                         sendCreate(client, profileName, request, idsBefore,
                                    hooksFor(QPointer<CreateKeyDialog>(dialog)));
                     });
    dialog->open();
}

void KeyCreateFlow::sendCreate(QPointer<ApiClient> client, const QString &profileName, const CreateKeyRequest &request,
                               const QSet<QString> &idsBefore, CreateHooks hooks)
{
    if (!client)
        return;
    m_flows.setBusy(true);
    // What the window listed before this create: an older key with the same name is
    // never taken for the one a lost create may have left.
    const LostCreate lost{request.name, m_flows.now(), idsBefore};
    ApiReply *reply = client->createKey(request);
    const QPointer<KeyFlows> flows = &m_flows;
    // The HandoffStore is the context, not this controller: once the server has made
    // the key, its secret reaches the keychain even if the window goes away meanwhile.
    QObject::connect(
        reply, &ApiReply::finished, m_flows.m_handoffs,
        [handoffs = m_flows.m_handoffs, reply, flows, client, profileName, lost, hooks = std::move(hooks)] {
            if (flows)
                flows->setBusy(false);
            if (!reply->ok()) {
                const ApiError error = reply->error();
                if (!flows)
                    return;
                if (hooks.failed)
                    hooks.failed(error.userMessage());
                if (error.keyMayExist && !error.cancelled) {
                    hooks.closeDialog();
                    flows->reportAction(profileName, ActionLogEntry::create(), {}, lost.name, ActionLogEntry::unknown(),
                                        error.userMessage());
                    flows->m_lostCreate->recover(client, profileName, lost, error);
                    return;
                }
                flows->reportAction(profileName, ActionLogEntry::create(), {}, lost.name, ActionLogEntry::failed(),
                                    error.userMessage());
                if (!hooks.showError(error.userMessage()))
                    Q_EMIT flows->requestFailed(profileName, error);
                return;
            }
            CreatedKey created = reply->createdKey();
            // Keychain first (docs/design.md#copy-once-handoff, step 2), then everything else.
            SecretJob *storeJob = handoffs->begin(profileName, created);
            hooks.closeDialog();
            if (flows) {
                Q_EMIT flows->keyCreated(profileName, created.record);
                CreatedKeyFingerprint fingerprint = CreatedKeyFingerprint::of(created.secret);
                fingerprint.organisation = profileName;
                fingerprint.keyId = created.record.id;
                fingerprint.createdAt = created.record.createdAt.isValid() ? created.record.createdAt : flows->now();
                Q_EMIT flows->keyFingerprinted(profileName, fingerprint);
                flows->reportAction(profileName, ActionLogEntry::create(), created.record.id, created.record.name,
                                    ActionLogEntry::ok());
                std::function<void(const QString &, std::function<void()>)> beforeReveal;
                if (hooks.created)
                    beforeReveal = [created = created.record, hook = hooks.created](const QString &secret,
                                                                                    std::function<void()> reveal) {
                        hook(created, secret, std::move(reveal));
                    };
                flows->m_handoffFlow->afterCreated(profileName, created.record.id, storeJob, created.secret,
                                                   std::move(beforeReveal));
            }
            wipeSecret(created.secret);
        });
}

} // namespace keydesk
