#include "KeyFlows.h"

#include "ApiClient.h"
#include "BulkRevokeDialog.h"
#include "CreateKeyDialog.h"
#include "CreatedKey.h"
#include "Dialect.h"
#include "HandoffStore.h"
#include "LostKeyDialog.h"
#include "RevealKeyDialog.h"
#include "RevokeConfirmation.h"
#include "RotateKeyDialog.h"
#include "RotationEngine.h"
#include "RotationPlan.h"
#include "SecretClipboard.h"
#include "SecretStore.h"
#include "UntrustedText.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace keydesk {

namespace {

// Holds a copy of a secret between two asynchronous steps and wipes it however the
// step ends (also when the receiver is destroyed and the connection dropped).
struct SecretHolder final {
    QString secret;
    explicit SecretHolder(QString value)
        : secret(std::move(value))
    {
    }
    ~SecretHolder() { wipeSecret(secret); }
    SecretHolder(const SecretHolder &) = delete;
    SecretHolder &operator=(const SecretHolder &) = delete;
};

int activeKeyCount(const QList<ApiKey> &keys, const QDateTime &now)
{
    int count = 0;
    for (const ApiKey &key : keys) {
        if (key.status(now) == KeyStatus::Active)
            ++count;
    }
    return count;
}

} // namespace

struct KeyFlows::RevealRequest {
    QString profileName;
    QString keyId;
    bool stored = true;
    QString keychainProblem;
    bool resumed = false;
};

template <typename Dialog>
KeyFlows::CreateHooks KeyFlows::hooksFor(QPointer<Dialog> dialog)
{
    CreateHooks hooks;
    hooks.closeDialog = [dialog] {
        if (dialog)
            dialog->finish();
    };
    hooks.showError = [dialog](const QString &message) {
        if (!dialog)
            return false;
        // Nothing is lost: the dialog stays open with what was typed.
        dialog->setBusy(false);
        dialog->showRequestError(message);
        return true;
    };
    return hooks;
}

KeyFlows::KeyFlows(HandoffStore *handoffs, SecretClipboard *clipboard, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_handoffs(handoffs)
    , m_clipboard(clipboard)
    , m_window(window)
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
    if (!target.client)
        return tr("No connection is selected.");
    const Dialect dialect = target.client->connection().dialect;
    const DialectTraits traits = DialectTraits::of(dialect);
    if (!traits.managesKeys) {
        return tr("%1 documents no endpoint for creating keys: create them in its dashboard.")
            .arg(dialectDisplayName(dialect));
    }
    const int active = activeKeyCount(currentKeys, now());
    if (traits.activeKeyLimit > 0 && active >= traits.activeKeyLimit) {
        return tr("%1 of %2 active keys are in use, the most %3 allows. Revoke a key to create a new one.")
            .arg(active)
            .arg(traits.activeKeyLimit)
            .arg(dialectDisplayName(dialect));
    }
    return {};
}

void KeyFlows::create(const Target &target, const QList<ApiKey> &currentKeys)
{
    if (!target.client)
        return;
    const Dialect dialect = target.client->connection().dialect;
    const QString blocked = createBlockedReason(target, currentKeys);
    if (!blocked.isEmpty()) {
        ApiError refusal;
        if (DialectTraits::of(dialect).managesKeys) {
            refusal.kind = ApiError::Kind::LimitReached;
            refusal.serverMessage = tr("%1 of %2 active keys in use")
                                        .arg(activeKeyCount(currentKeys, now()))
                                        .arg(DialectTraits::of(dialect).activeKeyLimit);
        } else {
            refusal.kind = ApiError::Kind::Unsupported;
            refusal.detail = dialectDisplayName(dialect);
        }
        Q_EMIT requestFailed(target.profileName, refusal);
        return;
    }

    auto *dialog = new CreateKeyDialog(
        dialect, activeKeyCount(currentKeys, now()), [this] { return now(); }, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    trackDialog(dialog);
    const QPointer<ApiClient> client = target.client;
    const QString profileName = target.profileName;
    // What the window listed before this create: an older key with the same name is
    // never taken for the one a lost create may have left.
    QSet<QString> idsBefore;
    for (const ApiKey &key : currentKeys)
        idsBefore.insert(key.id);
    connect(dialog, &CreateKeyDialog::createRequested, this,
            [this, dialog, client, profileName, idsBefore](const CreateKeyRequest &request) {
                if (!client)
                    return;
                dialog->setBusy(true);
                sendCreate(client, profileName, request, idsBefore, hooksFor(QPointer<CreateKeyDialog>(dialog)));
            });
    dialog->open();
}

void KeyFlows::sendCreate(QPointer<ApiClient> client, const QString &profileName, const CreateKeyRequest &request,
                          const QSet<QString> &idsBefore, CreateHooks hooks)
{
    if (!client)
        return;
    setBusy(true);
    // What the window listed before this create: an older key with the same name is
    // never taken for the one a lost create may have left.
    const LostCreate lost{request.name, now(), idsBefore};
    ApiReply *reply = client->createKey(request);
    const QPointer<KeyFlows> flows = this;
    // The HandoffStore is the context, not this controller: once the server has made
    // the key, its secret reaches the keychain even if the window goes away meanwhile.
    connect(
        reply, &ApiReply::finished, m_handoffs,
        [handoffs = m_handoffs, reply, flows, client, profileName, lost, hooks = std::move(hooks)] {
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
                    flows->recoverLostCreate(client, profileName, lost, error);
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
                flows->afterCreated(profileName, created.record.id, storeJob, created.secret, std::move(beforeReveal));
            }
            wipeSecret(created.secret);
        });
}

void KeyFlows::afterCreated(const QString &profileName, const QString &keyId, SecretJob *storeJob,
                            const QString &secret,
                            std::function<void(const QString &, std::function<void()>)> beforeReveal)
{
    setBusy(true);
    auto holder = std::make_shared<SecretHolder>(secret);
    connect(storeJob, &SecretJob::finished, this,
            [this, storeJob, holder, profileName, keyId, beforeReveal = std::move(beforeReveal)] {
                RevealRequest request;
                request.profileName = profileName;
                request.keyId = keyId;
                request.stored = storeJob->ok();
                request.keychainProblem = storeJob->error().userMessage();
                const QPointer<KeyFlows> flows = this;
                auto reveal = [flows, holder, request] {
                    if (!flows)
                        return;
                    flows->setBusy(false);
                    flows->showReveal(request, holder->secret);
                };
                // A rotation verifies the successor before anyone else can have used it.
                if (beforeReveal)
                    beforeReveal(holder->secret, std::move(reveal));
                else
                    reveal();
            });
}

void KeyFlows::showReveal(const RevealRequest &request, const QString &secret)
{
    const PendingHandoff entry = m_handoffs->entry(request.profileName, request.keyId);
    auto *dialog = new RevealKeyDialog(m_clipboard, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    trackDialog(dialog);
    RevealKeyDialog::Details details;
    details.keyName = entry.keyName;
    details.maskedIdentifier = entry.maskedIdentifier;
    details.expiresAt = entry.expiresAt;
    details.resumed = request.resumed;
    dialog->setKey(details, secret);
    dialog->setKeychainState(request.stored, request.keychainProblem, m_handoffs->secretStore()->isPersistent());
    dialog->setKeepInKeychain(entry.keepInKeychain);
    if (m_delivery)
        dialog->setDelivery(*m_delivery, request.profileName);

    const QString profileName = request.profileName;
    const QString keyId = request.keyId;
    connect(dialog, &RevealKeyDialog::storedConfirmed, this,
            [this, profileName, keyId](bool keep) { acknowledge(profileName, keyId, keep); });
    connect(dialog, &RevealKeyDialog::deliveryFinished, this,
            [this, profileName, keyId, name = entry.keyName](const DeliveryResult &result) {
                reportAction(profileName, ActionLogEntry::deliver(), keyId, name,
                             result.delivered() ? ActionLogEntry::ok() : ActionLogEntry::failed(), result.logDetail());
            });
    connect(dialog, &RevealKeyDialog::keptForLater, this, [this, profileName, keyId, name = entry.keyName](bool keep) {
        m_handoffs->setKeepInKeychain(profileName, keyId, keep);
        reportAction(profileName, ActionLogEntry::handoffKept(), keyId, name, ActionLogEntry::ok(),
                     tr("Kept in the keychain for a later handoff."));
    });
    dialog->open();
}

void KeyFlows::acknowledge(const QString &profileName, const QString &keyId, bool keepInKeychain)
{
    const QString keyName = m_handoffs->entry(profileName, keyId).keyName;
    SecretJob *job = m_handoffs->complete(profileName, keyId, keepInKeychain);
    connect(job, &SecretJob::finished, this, [this, job, profileName, keyId, keyName, keepInKeychain] {
        if (job->ok() || job->error().kind == SecretError::Kind::NotFound) {
            reportAction(profileName, ActionLogEntry::handoffStored(), keyId, keyName, ActionLogEntry::ok(),
                         keepInKeychain ? tr("A copy stays in the keychain.") : QString());
            return;
        }
        reportAction(profileName, ActionLogEntry::handoffStored(), keyId, keyName, ActionLogEntry::failed(),
                     job->error().userMessage());
        showMessage(QStringLiteral("completeFailedMessage"), tr("Keychain Entry Not Removed"),
                    tr("The key could not be removed from the keychain: %1").arg(job->error().userMessage()),
                    tr("It stays listed as pending, so you can finish the handoff later."));
    });
}

void KeyFlows::setDeliveryServices(DeliveryServices services)
{
    m_delivery = std::move(services);
}

void KeyFlows::resumeHandoff(const QString &profileName, const QString &keyId)
{
    if (!m_handoffs->isPending(profileName, keyId))
        return;
    setBusy(true);
    SecretJob *job = m_handoffs->fetch(profileName, keyId);
    connect(job, &SecretJob::finished, this, [this, job, profileName, keyId] {
        setBusy(false);
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
        showMessage(QStringLiteral("fetchFailedMessage"), tr("Keychain Not Available"),
                    tr("The pending key cannot be read from the keychain: %1").arg(job->error().userMessage()),
                    tr("It stays listed as pending; try again when the keychain is available."));
    });
}

void KeyFlows::offerToDropLostEntry(const QString &profileName, const QString &keyId, const QString &why)
{
    const PendingHandoff entry = m_handoffs->entry(profileName, keyId);
    // The name and identifier the server sent when the key was created.
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Pending Key Lost"),
        tr("The keychain no longer holds the key “%1” (%2).")
            .arg(UntrustedText::forDisplay(entry.keyName),
                 UntrustedText::forDisplay(entry.maskedIdentifier.isEmpty() ? keyId : entry.maskedIdentifier)),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("lostKeyMessage"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Its secret cannot be shown again, so the key should be revoked (and a new one "
                               "created if you still need it). Remove it from the list of pending keys?"));
    box->setDetailedText(why);
    QPushButton *dropButton = box->addButton(tr("Remove from List"), QMessageBox::AcceptRole);
    dropButton->setObjectName(QStringLiteral("dropButton"));
    dropButton->setAccessibleName(tr("Remove from the list of pending keys"));
    QPushButton *keepButton = box->addButton(tr("Keep Listed"), QMessageBox::RejectRole);
    keepButton->setAccessibleName(tr("Keep listed"));
    box->setDefaultButton(keepButton);
    box->setEscapeButton(keepButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, dropButton, profileName, keyId, name = entry.keyName, why](QAbstractButton *button) {
                if (button != dropButton)
                    return;
                m_handoffs->forget(profileName, keyId);
                reportAction(profileName, ActionLogEntry::handoffExpired(), keyId, name, ActionLogEntry::ok(), why);
            });
    trackDialog(box);
    box->open();
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

struct KeyFlows::BulkQueue final {
    QPointer<BulkRevokeDialog> dialog;
    QList<BulkItem> items;
    QList<QPointer<ApiClient>> clients; // by item: an organisation closed meanwhile fails its keys
    QList<int> pending;                 // indices still to send, in order
    QList<int> revoked;                 // announced when the queue is done
};

void KeyFlows::revokeMany(const QList<BulkItem> &items, bool showOrganisation)
{
    if (items.isEmpty())
        return;
    QList<BulkRevokeDialog::Item> shown;
    auto queue = std::make_shared<BulkQueue>();
    for (const BulkItem &item : items) {
        shown.append({item.target.profileName, item.key});
        queue->items.append(item);
        queue->clients.append(item.target.client);
    }
    auto *dialog = new BulkRevokeDialog(shown, showOrganisation, now(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    trackDialog(dialog);
    queue->dialog = dialog;
    connect(dialog, &BulkRevokeDialog::revokeRequested, this, [this, queue] {
        if (!queue->dialog)
            return;
        queue->pending = queue->dialog->toRevoke();
        revokeNextOf(queue);
    });
    dialog->open();
}

// A small queue: one DELETE in flight at a time, so a long selection neither floods the
// server (its rate limit, LocalLeads' per-key calls) nor the retries.
void KeyFlows::revokeNextOf(std::shared_ptr<BulkQueue> queue)
{
    if (queue->pending.isEmpty()) {
        if (queue->dialog)
            queue->dialog->finishRevoking();
        // Only now: each announcement lists the organisation again, and a listing sent
        // between two DELETEs would stand in for the later ones (ProfileSession::refresh
        // sends none while one is in flight) and show their keys still active.
        for (const int index : std::as_const(queue->revoked))
            Q_EMIT keyRevoked(queue->items.at(index).target.profileName, queue->items.at(index).key.id);
        return;
    }
    const int index = queue->pending.takeFirst();
    const BulkItem &item = queue->items.at(index);
    ApiClient *client = queue->clients.at(index);
    if (queue->dialog)
        queue->dialog->showRevoking(index);
    if (!client) {
        if (queue->dialog)
            queue->dialog->showResult(index, false, tr("the connection to this organisation was closed"));
        revokeNextOf(queue);
        return;
    }
    sendRevoke(client, item.target.profileName, item.key, false, [this, queue, index](const ApiReply *reply) {
        if (reply->ok())
            queue->revoked.append(index);
        if (queue->dialog)
            queue->dialog->showResult(index, reply->ok(), reply->ok() ? QString() : reply->error().userMessage());
        revokeNextOf(queue);
    });
}

void KeyFlows::recoverLostCreate(QPointer<ApiClient> client, const QString &profileName, const LostCreate &lost,
                                 const ApiError &createError)
{
    auto *dialog = new LostKeyDialog(lost.name, createError, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    trackDialog(dialog);
    connect(dialog, &LostKeyDialog::retryRequested, this,
            [this, dialog, client, lost] { findLostKey(dialog, client, lost); });
    connect(dialog, &LostKeyDialog::revokeRequested, this,
            [this, dialog, client, profileName](const QList<ApiKey> &keys) {
                revokeLostKeys(dialog, client, profileName, keys);
            });
    // However it ends (revoked, left, nothing found), the window lists the keys again.
    connect(dialog, &QDialog::finished, this, [this, profileName] { Q_EMIT keysChanged(profileName); });
    dialog->open();
    findLostKey(dialog, client, lost);
}

void KeyFlows::findLostKey(LostKeyDialog *dialog, QPointer<ApiClient> client, const LostCreate &lost)
{
    if (!client) {
        dialog->showSearchFailed(tr("the connection to this organisation was closed"));
        return;
    }
    dialog->showSearching();
    setBusy(true);
    auto *finder = new LostKeyFinder(
        client, [this] { return now(); }, this);
    const QPointer<LostKeyDialog> dialogGuard = dialog;
    connect(finder, &LostKeyFinder::finished, this, [this, finder, dialogGuard] {
        finder->deleteLater();
        setBusy(false);
        if (!dialogGuard)
            return;
        if (finder->error().isError())
            dialogGuard->showSearchFailed(finder->error().userMessage());
        else
            dialogGuard->showCandidates(finder->candidates(), finder->undated());
    });
    finder->start(lost);
}

void KeyFlows::revokeLostKeys(LostKeyDialog *dialog, QPointer<ApiClient> client, const QString &profileName,
                              const QList<ApiKey> &keys)
{
    if (!client) {
        dialog->finishRevoking({}, tr("The connection to this organisation was closed."));
        return;
    }
    struct Batch final {
        qsizetype pending = 0;
        QStringList revokedIds;
        QStringList problems;
    };
    auto batch = std::make_shared<Batch>();
    batch->pending = keys.size();
    dialog->showRevoking();
    const QPointer<LostKeyDialog> dialogGuard = dialog;
    for (const ApiKey &key : keys) {
        setBusy(true);
        ApiReply *reply = client->revokeKey(key.id);
        connect(reply, &ApiReply::finished, this, [this, reply, batch, dialogGuard, profileName, key] {
            setBusy(false);
            if (reply->ok()) {
                batch->revokedIds.append(key.id);
                reportAction(profileName, ActionLogEntry::revoke(), key.id, key.name, ActionLogEntry::ok(),
                             tr("Left by a create whose answer was lost."));
                Q_EMIT keyRevoked(profileName, key.id);
            } else {
                reportAction(profileName, ActionLogEntry::revoke(), key.id, key.name, ActionLogEntry::failed(),
                             reply->error().userMessage());
                batch->problems.append(
                    tr("“%1” (%2) was not revoked: %3")
                        .arg(UntrustedText::forDisplay(key.name),
                             UntrustedText::forDisplay(key.keyPrefix.isEmpty() ? key.id : key.keyPrefix),
                             reply->error().userMessage()));
            }
            if (--batch->pending > 0 || !dialogGuard)
                return;
            dialogGuard->finishRevoking(batch->revokedIds, batch->problems.join(u'\n'));
        });
    }
}

struct KeyFlows::RotationStart final {
    QPointer<RotateKeyDialog> dialog;
    QPointer<ApiClient> client;
    QPointer<RotationEngine> engine;
    QString profileName;
    ApiKey oldKey;
    QList<ApiKey> currentKeys;
    RotateKeyDialog::Choice choice;
};

void KeyFlows::rotate(const Target &target, const ApiKey &oldKey, const QList<ApiKey> &currentKeys,
                      const QList<ApiKey> &roomCandidates, RotationEngine *engine)
{
    if (!target.client || !engine)
        return;
    auto *dialog = new RotateKeyDialog(oldKey, now(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    trackDialog(dialog);
    const DialectTraits traits = DialectTraits::of(target.client->connection().dialect);
    const int active = activeKeyCount(currentKeys, now());
    if (traits.activeKeyLimit > 0 && active >= traits.activeKeyLimit)
        dialog->setRoom(active, traits.activeKeyLimit, roomCandidates);
    auto start = std::make_shared<RotationStart>();
    start->dialog = dialog;
    start->client = target.client;
    start->engine = engine;
    start->profileName = target.profileName;
    start->oldKey = oldKey;
    start->currentKeys = currentKeys;
    connect(dialog, &RotateKeyDialog::rotateRequested, this, [this, start](const RotateKeyDialog::Choice &choice) {
        start->choice = choice;
        if (!choice.emergency) {
            startRotation(start);
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Emergency Rotation"),
                                    RotateKeyDialog::emergencyWarning(start->oldKey, now()), QMessageBox::NoButton,
                                    start->dialog ? static_cast<QWidget *>(start->dialog) : m_window.data());
        box->setObjectName(QStringLiteral("emergencyConfirmation"));
        box->setTextFormat(Qt::PlainText);
        box->setInformativeText(tr("Revoke the leaked key right after its successor exists?"));
        QPushButton *go = box->addButton(tr("Rotate and Revoke"), QMessageBox::DestructiveRole);
        go->setObjectName(QStringLiteral("confirmButton"));
        QPushButton *keep = box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(keep);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [this, go, start](QAbstractButton *button) {
            if (button == go)
                startRotation(start);
        });
        trackDialog(box);
        box->open();
    });
    dialog->open();
}

void KeyFlows::startRotation(std::shared_ptr<RotationStart> start)
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
    sendRevoke(start->client, start->profileName, *room, true, [this, start](const ApiReply *reply) {
        if (!reply->ok()) {
            if (start->dialog) {
                start->dialog->setBusy(false);
                start->dialog->showRequestError(
                    tr("The key to make room was not revoked: %1").arg(reply->error().userMessage()));
            }
            return;
        }
        beginRotation(start);
    });
}

void KeyFlows::beginRotation(std::shared_ptr<RotationStart> start)
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
    setBusy(true);
    start->engine->begin(plan, [this, start](const RotationRecord &rotation, const QString &error) {
        setBusy(false);
        if (!error.isEmpty()) {
            // Nothing was created: no rotation, no POST.
            if (start->dialog) {
                start->dialog->setBusy(false);
                start->dialog->showRequestError(
                    tr("The rotation was not started: %1").arg(UntrustedText::forDisplay(error)));
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
        CreateHooks hooks = hooksFor(start->dialog);
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
                                showMessage(QStringLiteral("verifyFailedMessage"), tr("New Key Not Verified"),
                                            UntrustedText::forDisplay(problem));
                            Q_EMIT keysChanged(profileName);
                            reveal();
                        });
                    wipeSecret(holder->secret);
                });
        };
        sendCreate(start->client, start->profileName, request, idsBefore, std::move(hooks));
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
