#pragma once

#include "DesktopNotification.h"
#include "Finding.h"
#include "NotificationService.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace keydesk {

class Inventory;

// Tells the user about NEW open findings (docs/design.md#background-watch): a finding
// that is not acknowledged and was never notified, or whose snooze is over. The
// inventory records every notice (Inventory::claimFindingNotices), so each finding is
// notified once across restarts and across KeyDesk processes. Up to maxSeparate new
// findings get a notification each (worst first); beyond that the rest share one
// summary ("5 more findings"). Through the notification server when there is one,
// otherwise through `fallback` (the tray's balloon message).
class FindingAnnouncer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingAnnouncer)
public:
    static constexpr int maxSeparate = 3;
    static constexpr int snoozeSeconds = 24 * 3600;

    // Shows a notification without the server (no actions); false when it cannot (no tray).
    using Fallback = std::function<bool(const DesktopNotification &notification)>;

    struct Services {
        Inventory *inventory = nullptr;
        NotificationService *service = nullptr;
        std::function<QDateTime()> clock; // UTC now
        Fallback fallback;                // may be empty
    };

    explicit FindingAnnouncer(Services services, QObject *parent = nullptr);
    ~FindingAnnouncer() override;

    // The findings of a watch cycle (Inventory::findings): notifies the new open ones.
    void announce(const QList<Finding> &findings);
    // A rotation is ready to revoke and revokes nothing by itself (RotationEngine::
    // readyToRevoke): notified once per rotation, across restarts and processes (its
    // notice is claimed in the inventory like a finding's, as rotationNoticeIdentity).
    void announceReadyToRevoke(const RotationRecord &rotation);
    static QString rotationNoticeIdentity(const QString &rotationId);
    // Snoozes every open finding of `findings` for a day (the tray's "Snooze all").
    void snooze(const QList<Finding> &findings);

    // How many notifications are on screen through the server (for tests, the tray).
    int shownCount() const { return int(m_shown.size()); }

Q_SIGNALS:
    // "Open" on a notification: the window, on this organisation and key (empty: any).
    void openRequested(const QString &organisation, const QString &keyId);
    // A round of announce() is done: how many notifications went out, and how.
    void announced(int notifications, bool throughFallback);
    // The snooze of a notification (or of snooze()) is stored.
    void snoozed(const QStringList &identities);

private:
    void claimAndShow(const QList<Finding> &open);
    void show(const QList<DesktopNotification> &notifications);
    void onAction(uint id, const QString &action);

    Services m_services;
    std::optional<QList<Finding>> m_waiting;  // announce() before the server answered the probe
    QHash<uint, DesktopNotification> m_shown; // by the server's id, until closed
};

} // namespace keydesk
