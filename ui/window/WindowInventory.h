#pragma once

#include "ActionLogEntry.h"
#include "CreatedKeyFingerprint.h"
#include "InventorySnapshot.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace keydesk {

class Inventory;
class ProfileEditor;
class ProfileSession;
class ProfileStore;
class RotationEngine;
struct ApiKey;
struct InventoryStatus;

// The window's side of the local inventory (app/inventory/Inventory.h): every listing the
// session gets is recorded, the last known keys of an organisation are read when it
// opens (and delivered only while they are still news: same organisation, no live list
// yet), the window's actions go to the action log, and a status that means "no history"
// is announced once. Without an inventory (null) it does nothing and KeyDesk works as
// before.
class WindowInventory final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowInventory)
public:
    struct Services {
        Inventory *inventory = nullptr; // may be null
        ProfileSession *session = nullptr;
        ProfileStore *profiles = nullptr;
        std::function<QDateTime()> clock; // UTC now
        QWidget *window = nullptr;        // the last known keys are drawn before the requests go
    };

    explicit WindowInventory(Services services, QObject *parent = nullptr);
    ~WindowInventory() override;

    Inventory *inventory() const { return m_services.inventory; }
    // The rotation assistant of this window (null without an inventory): every listing
    // the session gets moves the organisation's open rotations on.
    RotationEngine *rotations() const { return m_rotations; }

    void log(const ActionLogEntry &entry);
    void logProfileAction(const QString &action, const QString &profileName);
    // The profiles added, changed and removed through `editor` go to the action log.
    void logProfileEdits(ProfileEditor *editor);
    void rememberCreatedKey(const QString &profileName, const CreatedKeyFingerprint &fingerprint);

Q_SIGNALS:
    // The organisation the session has open, as the inventory last knew it; only before
    // the session's own list answered (a stale read never overwrites a live list).
    void lastKnownRead(const keydesk::InventorySnapshot &snapshot);
    // The organisation opened is on screen as the inventory knew it (or it knew nothing):
    // its first requests go now, and so may what the window put off until then.
    void settled();
    // The inventory works without history (or recovered): one paragraph, once per problem.
    void problem(const QString &message);

private:
    void onOpened();
    // ProfileSession's first-request gate: the credential read and the list wait until
    // the read below answered and what it knew is on screen.
    void holdFirstRequests(const QString &profileName, std::function<void()> release);
    void onKeysListed(const QList<ApiKey> &keys);
    void onStatus(const InventoryStatus &status);

    Services m_services;
    RotationEngine *m_rotations = nullptr;
    QString m_announced;             // the last problem said, so each is said once
    int m_readGeneration = -1;       // the session generation whose read has answered
    std::function<void()> m_release; // the held first requests of the open generation
};

} // namespace keydesk
