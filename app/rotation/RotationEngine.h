#pragma once

#include "ApiKey.h"
#include "RotationPlan.h"
#include "RotationRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace keydesk {

class ApiClient;
class Inventory;
struct ActionLogEntry;
struct ApiError;

// The rotation assistant without widgets (docs/design.md#rotation). The state lives in
// the inventory only (rotations table), so a rotation survives quits, crashes and
// restarts and any KeyDesk process can move it on; every step goes to the action log.
// The successor is created by the caller's own create path (the window's KeyFlows, the
// CLI's CreateCommand) with its one POST and copy-once handoff; the engine is told:
//
//   begin(plan)                 → stored: waiting-for-new-key, no successor yet
//   the caller sends the POST   → successorCreated() or createFailed()
//   the caller hands the key over, then verifySuccessor(secret)
//                               → verified: the baseline; emergency: old key revoked, done
//   advance(listing) on every refresh (window, background watch, `rotations advance`)
//                               → new key in use → waiting-for-quiet → ready-to-revoke
//                               → the old key revoked (auto-revoke) → done
//   cancel(), revokeNow()       → cancelled / done;   keys gone, revoke refused → failed
//
// Every change is stored over the revision it was made from: a step another process took
// first is not taken twice (the callback then gets the stored record and no error).
class RotationEngine final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationEngine)
public:
    using Clock = std::function<QDateTime()>;
    // The rotation as stored after the step; `error` says why the step failed (empty: ok).
    using Done = std::function<void(const RotationRecord &rotation, const QString &error)>;

    RotationEngine(Inventory *inventory, Clock clock, QObject *parent = nullptr);
    ~RotationEngine() override;

    // Stores the new rotation before any request; an error means it was not stored (do
    // not create the successor). The old key must be active and not in another open rotation.
    void begin(const RotationPlan &plan, Done done);
    // The create answered: the successor is recorded (logged as rotation-start).
    void successorCreated(const QString &rotationId, const ApiKey &successor, Done done);
    // The create was refused, or its answer lost (the caller ran the lost-create flow).
    void createFailed(const QString &rotationId, const QString &reason, Done done = {});
    // After the handoff: the dialect's verify call with the successor, then a listing for
    // the baseline. An emergency rotation revokes the old key first.
    void verifySuccessor(const QString &rotationId, const QString &secret, ApiClient *client, Done done);
    // A listing of `organisation` (any refresh): each open rotation moves on, and the old
    // key is revoked where that is due. `done` gets the open and just finished rotations.
    void advance(const QString &organisation, const QList<ApiKey> &listing, ApiClient *client,
                 std::function<void(const QList<RotationRecord> &rotations)> done = {});
    // Keeps both keys (the successor revoked with `revokeNewKey`).
    void cancel(const QString &rotationId, bool revokeNewKey, ApiClient *client, Done done);
    // The window's "Revoke now": refused while the successor has not been seen in use
    // unless `force` (the caller confirmed that integrations on the old key will break).
    void revokeNow(const QString &rotationId, bool force, ApiClient *client, Done done);

    // The rotations of one organisation (empty: all), oldest first.
    void rotations(const QString &organisation, bool openOnly,
                   std::function<void(const QList<RotationRecord> &, const QString &error)> done);

Q_SIGNALS:
    // A step this process stored (the timeline changed).
    void rotationChanged(const keydesk::RotationRecord &rotation);
    // Ready, and auto-revoke is off: say so (window, notification).
    void readyToRevoke(const keydesk::RotationRecord &rotation);

private:
    void load(const QString &rotationId, std::function<void(std::optional<RotationRecord>, const QString &)> done);
    // Stores `next` (made from a stored revision) with its log lines.
    void save(const RotationRecord &next, const QList<ActionLogEntry> &log, Done done);
    void revokeOldKey(const RotationRecord &record, const QString &how, ApiClient *client, Done done);
    void takeBaseline(const RotationRecord &record, ApiClient *client, Done done);
    ActionLogEntry step(const QString &action, const RotationRecord &record, const QString &outcome,
                        const QString &detail) const;
    QDateTime now() const;

    Inventory *m_inventory;
    Clock m_clock;
};

} // namespace keydesk
