#pragma once

#include "ActionLogEntry.h"
#include "ApiKey.h"
#include "CreatedKeyFingerprint.h"
#include "Finding.h"
#include "FindingAcknowledgement.h"
#include "FindingNotice.h"
#include "InventoryDatabase.h"
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

#include <functional>
#include <memory>
#include <optional>

namespace keydesk {

// The inventory's side of the thread: owns the connection and everything that runs SQL
// on it, and lives on Inventory's own QThread (Qt SQL connections belong to the thread
// that opened them). Every method runs there, one job after the other; Inventory
// posts the jobs and delivers the results. Failures become an InventoryStatus: a
// damaged file is moved aside and the job tried once more on the new one; a full disk
// or a read-only file leaves "no history", and the next successful write ends it.
class InventoryWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryWorker)
public:
    using Clock = std::function<QDateTime()>;
    using StatusListener = std::function<void(const InventoryStatus &)>;

    InventoryWorker(QString path, InventoryDatabase::Options options, Clock clock);
    ~InventoryWorker() override;

    // Called (on the inventory thread) whenever the status changes.
    void setStatusListener(StatusListener listener) { m_listener = std::move(listener); }

    void open();
    void close();

    InventoryResult<RecordSummary> record(const Organisation &organisation, const QList<ApiKey> &listing,
                                          const QDateTime &observedAt);
    InventoryResult<bool> logAction(const ActionLogEntry &entry);
    InventoryResult<bool> rememberCreatedKey(const Organisation &organisation, const CreatedKeyFingerprint &key);
    InventoryResult<QList<KnownOrganisation>> organisations();
    InventoryResult<std::optional<InventorySnapshot>> lastKnown(const QString &organisation);
    InventoryResult<QList<Observation>> history(const QString &organisation, const QString &keyId);
    InventoryResult<QList<ActionLogEntry>> actionLog(const ActionLogFilter &filter);
    InventoryResult<QList<InventoryKey>> exportRows(const QStringList &organisations);
    InventoryResult<QList<CreatedKeyFingerprint>> createdKeysWithFingerprint(const QString &fingerprint);
    // The entry as stored (stamped, its free text scrubbed): what actionLogged() shows.
    InventoryResult<ActionLogEntry> logActionAsStored(const ActionLogEntry &entry);
    InventoryResult<bool> trackKey(const Organisation &organisation, const TrackedKey &key);
    InventoryResult<bool> trackedKeyVerified(const Organisation &organisation, const QString &keyId, bool accepted,
                                             const QDateTime &at);
    InventoryResult<QList<TrackedKey>> trackedKeys(const QString &organisation);
    InventoryResult<QList<Finding>> findings(const QList<WatchScope> &scopes);
    InventoryResult<bool> acknowledge(const FindingAcknowledgement &acknowledgement, const QString &keyName);
    InventoryResult<bool> withdrawAcknowledgement(const Finding &finding);
    InventoryResult<QHash<QString, FindingNotice>> findingNotices();
    InventoryResult<bool> setFindingNotices(const QList<FindingNotice> &notices);
    InventoryResult<QStringList> claimFindingNotices(const QStringList &identities, const QDateTime &now);
    // The record stored (compare-and-set on its revision), then, if it was, the entries
    // logged (entries without a time get the clock's).
    InventoryResult<RotationSave> saveRotation(const RotationRecord &record, const QList<ActionLogEntry> &log);
    InventoryResult<QList<RotationRecord>> rotations(const RotationFilter &filter);

private:
    struct Session;
    enum class Access { Read, Write };

    template <typename T, typename Body>
    InventoryResult<T> run(Access access, Body body);
    bool ensureOpen(Access access);
    // Turns a failed job's error into a status change; true when the job may be tried
    // once more (the damaged file was replaced).
    bool absorb(const QSqlError &error, Access access, QString &message);
    void setStatus(const InventoryStatus &status);
    void openSession(bool recover);
    void maybeThin(const QDateTime &now);

    QString m_path;
    InventoryDatabase::Options m_options;
    Clock m_clock;
    StatusListener m_listener;
    InventoryStatus m_status;
    std::unique_ptr<Session> m_session;
};

} // namespace keydesk
