#pragma once

#include "ActionLogEntry.h"
#include "ApiError.h"
#include "ApiKey.h"
#include "CreateKeyRequest.h"
#include "CreatedKeyFingerprint.h"
#include "DeliveryServices.h"
#include "LostKeyFinder.h"
#include "RotationRecord.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace keydesk {

class ApiClient;
class ApiReply;
class BulkRevokeQueue;
class HandoffRevealFlow;
class HandoffStore;
class KeyCreateFlow;
class LostCreateRecovery;
class RotationEngine;
class RotationStartFlow;
class SecretClipboard;

// The user-facing flows, started by the main window: create (dialog → request →
// keychain first → reveal), revoke (confirmation → request) and the later handoff of a
// pending key. Dialogs are window-modal children of `window`, opened with open(),
// never exec().
class KeyFlows final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyFlows)
public:
    struct Target {
        ApiClient *client = nullptr; // client->connection().dialect decides the rules
        QString profileName;
    };
    using Clock = std::function<QDateTime()>; // UTC "now"

    KeyFlows(HandoffStore *handoffs, SecretClipboard *clipboard, QWidget *window, QObject *parent = nullptr);
    ~KeyFlows() override;

    // Empty when creating a key is possible for this target; otherwise a translated
    // reason for the window to show next to its disabled Create action (the dialect
    // manages no keys, the active-key limit is reached).
    QString createBlockedReason(const Target &target, const QList<ApiKey> &currentKeys) const;

    void create(const Target &target,
                const QList<ApiKey> &currentKeys);        // create dialog → request → keychain first → reveal
    void revoke(const Target &target, const ApiKey &key); // confirmation → request
    // Several keys (docs/design.md#bulk-revoke): the preview with a typed count, then one
    // DELETE at a time, each logged and reported in the dialog. `showOrganisation`: the
    // view of every organisation, whose rows name theirs.
    struct BulkItem {
        Target target;
        ApiKey key;
    };
    void revokeMany(const QList<BulkItem> &items, bool showOrganisation);
    // Key → Rotate… (docs/design.md#rotation): the dialog, then (emergency: after a
    // confirmation that names what breaks; at the limit: after revoking the chosen
    // room-to-rotate key) engine->begin, the create's one POST, the keychain,
    // successorCreated and verifySuccessor, and only then the reveal, unchanged.
    // `roomCandidates`: the keys RotationRules::roomToRotate offers, in its order.
    void rotate(const Target &target, const ApiKey &oldKey, const QList<ApiKey> &currentKeys,
                const QList<ApiKey> &roomCandidates, RotationEngine *engine);
    // The timeline's "Revoke now": a confirmation (saying so when the successor has not
    // been seen in use, which forces the revoke), then RotationEngine::revokeNow.
    void revokeRotationNow(const Target &target, const RotationRecord &rotation, RotationEngine *engine);
    // The timeline's "Cancel rotation": keeps both keys, or revokes the successor too.
    void cancelRotation(const Target &target, const RotationRecord &rotation, RotationEngine *engine);
    void resumeHandoff(const QString &profileName, const QString &keyId); // reveal a pending key from the keychain
    void setClipboardTimeoutSeconds(int seconds);                         // default 30
    void setClock(Clock clock);
    // "Send To…" in the reveal dialog (docs/design.md#delivery); without it, it is not offered.
    void setDeliveryServices(DeliveryServices services);
    bool isBusy() const { return m_busyCount > 0; }

Q_SIGNALS:
    void keyCreated(const QString &profileName, const keydesk::ApiKey &record);
    void keyRevoked(const QString &profileName, const QString &keyId);
    void requestFailed(const QString &profileName, const keydesk::ApiError &error); // window shows its banner
    // The organisation's keys may differ from what the window lists (a create whose
    // answer was lost has been looked into): list them again.
    void keysChanged(const QString &profileName);
    void busyChanged(bool busy);
    // A key was created here: what the inventory keeps of it (the SHA-256 fingerprint,
    // masked identifier and last 4 characters; never the secret).
    void keyFingerprinted(const QString &profileName, const keydesk::CreatedKeyFingerprint &fingerprint);
    // A create, revoke or handoff ended, for the action log (organisation: the profile).
    void actionFinished(const keydesk::ActionLogEntry &entry);

private:
    // The flows' own jobs; they use the helpers below and emit this controller's signals.
    friend class BulkRevokeQueue;
    friend class HandoffRevealFlow;
    friend class KeyCreateFlow;
    friend class LostCreateRecovery;
    friend class RotationStartFlow;
    std::optional<DeliveryServices> m_delivery;
    void startRevoke(QPointer<ApiClient> client, const QString &profileName, const ApiKey &key);
    // One DELETE: logged, on success the pending handoff forgotten and (with `announce`)
    // keyRevoked emitted; then `done` with the reply (which deletes itself afterwards).
    void sendRevoke(ApiClient *client, const QString &profileName, const ApiKey &key, bool announce,
                    std::function<void(const ApiReply *)> done);
    void showMessage(const QString &objectName, const QString &title, const QString &text,
                     const QString &informativeText = {});
    void trackDialog(QWidget *dialog);
    void setBusy(bool busy);
    void reportAction(const QString &profileName, const QString &action, const QString &keyId, const QString &keyName,
                      const QString &outcome, const QString &detail = {});
    QDateTime now() const;

    HandoffStore *m_handoffs;
    SecretClipboard *m_clipboard;
    QPointer<QWidget> m_window;
    Clock m_clock;
    int m_busyCount = 0;
    QList<QPointer<QWidget>> m_dialogs; // closed with this controller
    std::unique_ptr<KeyCreateFlow> m_createFlow;
    std::unique_ptr<HandoffRevealFlow> m_handoffFlow;
    std::unique_ptr<LostCreateRecovery> m_lostCreate;
    std::unique_ptr<BulkRevokeQueue> m_bulkRevoke;
    std::unique_ptr<RotationStartFlow> m_rotationStart;
};

} // namespace keydesk
