#pragma once

#include "Finding.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace keydesk {

class Inventory;
class ProfileSession;
class ProfileStore;
class RotationEngine;
class SecretStore;

// The background watch's refresh-and-judge cycle (docs/design.md#background-watch):
// every N minutes, and when runNow() is called (resume from sleep, "Refresh now"), it
// opens a ProfileSession per saved profile (credential from the keychain, then the
// list), records each listing in the inventory as the window does, and then asks the
// inventory for the findings of every profile with its own thresholds. Each listing
// also moves that profile's open rotations on (RotationEngine::advance), revoking an old
// key that is due before the session goes. Between cycles
// only a timer is left: the sessions are deleted.
class WatchCycle final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchCycle)
public:
    static constexpr int defaultIntervalMinutes = 15;

    struct Services {
        QNetworkAccessManager *network = nullptr;
        ProfileStore *profiles = nullptr;
        SecretStore *sessionSecrets = nullptr; // "this session only" (may be null)
        SecretStore *secrets = nullptr;        // the keychain
        std::function<QDateTime()> clock;      // UTC now
        Inventory *inventory = nullptr;
    };

    explicit WatchCycle(Services services, QObject *parent = nullptr);
    ~WatchCycle() override;

    // Runs a cycle now and then every `intervalMinutes` (at least 1).
    void start(int intervalMinutes = defaultIntervalMinutes);
    void setIntervalMinutes(int intervalMinutes);
    int intervalMinutes() const { return m_timer.interval() / 60000; }
    // A cycle now; while one runs, another follows it.
    void runNow();
    bool isRunning() const { return m_running; }
    // What the last cycle found (worst first).
    const QList<Finding> &findings() const { return m_findings; }
    QDateTime lastJudged() const { return m_lastJudged; }
    // Moves the open rotations of every listed profile on (null without an inventory).
    RotationEngine *rotations() const { return m_rotations; }

Q_SIGNALS:
    void cycleStarted();
    // The end of every cycle: the findings of all profiles, acknowledged ones marked.
    void judged(const QList<keydesk::Finding> &findings);
    // A profile could not be refreshed (its credential or its list failed): its findings
    // come from what the inventory last recorded.
    void refreshFailed(const QString &profileName, const QString &message);

private:
    void settle(ProfileSession *session);
    void judge();

    Services m_services;
    QTimer m_timer;
    bool m_running = false;
    bool m_again = false;
    QHash<ProfileSession *, bool> m_sessions; // this cycle's, settled or not
    int m_pending = 0;
    RotationEngine *m_rotations = nullptr;
    QList<Finding> m_findings;
    QDateTime m_lastJudged;
};

} // namespace keydesk
