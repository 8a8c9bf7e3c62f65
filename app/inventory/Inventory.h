#pragma once

#include "ActionLogEntry.h"
#include "ApiKey.h"
#include "CreatedKeyFingerprint.h"
#include "Finding.h"
#include "FindingAcknowledgement.h"
#include "FindingNotice.h"
#include "InventoryKey.h"
#include "InventoryResult.h"
#include "InventorySnapshot.h"
#include "InventoryStatus.h"
#include "Observation.h"
#include "Organisation.h"
#include "RecordSummary.h"
#include "RotationRegistry.h"
#include "TrackedKey.h"
#include "WatchScope.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <functional>
#include <optional>

namespace keydesk {

class InventoryWorker;

// The local inventory (one SQLite file, see InventoryDatabase): every listing KeyDesk
// has seen, the history of each key, the action log and the fingerprints of created
// keys; never a secret.
//
// Every call returns at once. The work runs on the inventory's own thread, in the
// order of the calls (a read after a record sees it), and the result arrives on this
// object's thread: through the callback, if `context` (default: this object) still
// exists, and through the signals. Nothing here waits on the disk, so the window and
// the CLI (which has an event loop too) use it alike.
class Inventory final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Inventory)
public:
    using Clock = std::function<QDateTime()>;
    struct Options final {
        int busyTimeoutMs = 5000; // see InventoryDatabase::Options
        int busyRetryMs = 30000;
        Clock clock; // default: the current UTC time
    };

    explicit Inventory(QString path, QObject *parent = nullptr);
    Inventory(QString path, Options options, QObject *parent = nullptr);
    // Finishes the calls already made (so nothing recorded is lost at quit), then closes
    // the file: the one place that waits for the inventory's thread.
    ~Inventory() override;

    // DataDirectory::filePath("inventory.sqlite"): one file for the window and the CLI.
    static QString defaultPath();
    QString path() const { return m_path; }

    // Opens the file; statusChanged() reports the outcome. Calls made before are queued
    // behind it.
    void open();
    const InventoryStatus &status() const { return m_status; }

    // Stores the listing of `organisation` seen at `observedAt` (InventoryRecorder).
    void record(const Organisation &organisation, const QList<ApiKey> &listing, const QDateTime &observedAt,
                QObject *context = nullptr, InventoryCallback<RecordSummary> done = {});
    // A line of the action log; `entry.at` defaults to now.
    void logAction(const ActionLogEntry &entry, QObject *context = nullptr, InventoryCallback<bool> done = {});
    // For a key created through KeyDesk: CreatedKeyFingerprint::of(secret) plus its id.
    void rememberCreatedKey(const Organisation &organisation, const CreatedKeyFingerprint &key,
                            QObject *context = nullptr, InventoryCallback<bool> done = {});

    void organisations(QObject *context, InventoryCallback<QList<KnownOrganisation>> done);
    // nullopt when the organisation was never recorded.
    void lastKnown(const QString &organisation, QObject *context,
                   InventoryCallback<std::optional<InventorySnapshot>> done);
    // Oldest first.
    void history(const QString &organisation, const QString &keyId, QObject *context,
                 InventoryCallback<QList<Observation>> done);
    void actionLog(const ActionLogFilter &filter, QObject *context, InventoryCallback<QList<ActionLogEntry>> done);
    // One row per key of the named organisations (all when empty).
    void exportRows(const QStringList &organisations, QObject *context, InventoryCallback<QList<InventoryKey>> done);
    void createdKeysWithFingerprint(const QString &fingerprint, QObject *context,
                                    InventoryCallback<QList<CreatedKeyFingerprint>> done);
    // A key tracked by hand (TrackedKey): stored, or updated when its fingerprint is
    // known; from then on one of the organisation's keys in lastKnown().
    void trackKey(const Organisation &organisation, const TrackedKey &key, QObject *context = nullptr,
                  InventoryCallback<bool> done = {});
    // The outcome of verifying a tracked key again (TrackedKeyVerifier): a refusal marks
    // it revoked, an acceptance active. The value is false when no such key is tracked.
    void trackedKeyVerified(const Organisation &organisation, const QString &keyId, bool accepted, const QDateTime &at,
                            QObject *context = nullptr, InventoryCallback<bool> done = {});
    // The organisation's tracked keys, by name.
    void trackedKeys(const QString &organisation, QObject *context, InventoryCallback<QList<TrackedKey>> done);
    // The watch's findings (FindingRules) about the last known inventory of each scope's
    // organisation (never recorded ones have none), acknowledged ones marked, worst first.
    void findings(const QList<WatchScope> &scopes, QObject *context, InventoryCallback<QList<Finding>> done);
    // Stores an acknowledgement (replacing one of the same key and rule) and logs it;
    // `keyName` is for the log. `acknowledgement.at` defaults to now.
    void acknowledge(const FindingAcknowledgement &acknowledgement, const QString &keyName, QObject *context = nullptr,
                     InventoryCallback<bool> done = {});
    // The value is false when the finding was not acknowledged.
    void withdrawAcknowledgement(const Finding &finding, QObject *context = nullptr, InventoryCallback<bool> done = {});
    // Which findings were notified, by Finding::identity.
    void findingNotices(QObject *context, InventoryCallback<QHash<QString, FindingNotice>> done);
    void setFindingNotices(const QList<FindingNotice> &notices, QObject *context = nullptr,
                           InventoryCallback<bool> done = {});
    // Of `identities` (Finding::identity), those never notified, or due again after a
    // snooze, at `now`: marked notified at `now` in one transaction and delivered, so a
    // finding is notified once across restarts and across KeyDesk processes.
    void claimFindingNotices(const QStringList &identities, const QDateTime &now, QObject *context,
                             InventoryCallback<QStringList> done);
    // Rotations (app/rotation): a change is stored only over the revision it was made
    // from (RotationSave.record nullopt otherwise: another process took that step), then
    // `log` is written to the action log under the rotation's organisation.
    void saveRotation(const RotationRecord &rotation, const QList<ActionLogEntry> &log, QObject *context,
                      InventoryCallback<RotationSave> done);
    void rotations(const RotationFilter &filter, QObject *context, InventoryCallback<QList<RotationRecord>> done);
    // `done` runs once every call made before this one has finished (the CLI waits for
    // this before it exits).
    void whenIdle(QObject *context, std::function<void()> done);

Q_SIGNALS:
    void statusChanged(const keydesk::InventoryStatus &status);
    void recorded(const QString &organisation, const keydesk::RecordSummary &summary);
    void actionLogged(const keydesk::ActionLogEntry &entry);
    // A rotation stored by this process (its timeline changed).
    void rotationChanged(const keydesk::RotationRecord &rotation);

private:
    template <typename T>
    void submit(std::function<InventoryResult<T>(InventoryWorker &)> job, QObject *context, InventoryCallback<T> done,
                std::function<void(const InventoryResult<T> &)> announce = {});

    QString m_path;
    InventoryStatus m_status;
    QThread m_thread;
    InventoryWorker *m_worker; // lives on m_thread; deleted after it stopped
};

} // namespace keydesk
