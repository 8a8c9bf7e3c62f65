#include "Inventory.h"

#include "DataDirectory.h"
#include "InventoryWorker.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace keydesk {

Inventory::Inventory(QString path, QObject *parent)
    : Inventory(std::move(path), Options{}, parent)
{
}

Inventory::Inventory(QString path, Options options, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    m_status.path = m_path;
    Clock clock = options.clock ? options.clock : Clock([] { return QDateTime::currentDateTimeUtc(); });
    m_worker = new InventoryWorker(m_path, InventoryDatabase::Options{options.busyTimeoutMs, options.busyRetryMs},
                                   std::move(clock));
    // Status changes come from the inventory's thread; they are applied here.
    m_worker->setStatusListener([this](const InventoryStatus &status) {
        QMetaObject::invokeMethod(
            this,
            [this, status] {
                m_status = status;
                Q_EMIT statusChanged(m_status);
            },
            Qt::QueuedConnection);
    });
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(u"keydesk-inventory"_s);
    m_thread.start();
}

Inventory::~Inventory()
{
    // Behind every job already queued: close the connection on its own thread, stop.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            worker->close();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

QString Inventory::defaultPath()
{
    return DataDirectory::filePath(u"inventory.sqlite"_s);
}

template <typename T>
void Inventory::submit(std::function<InventoryResult<T>(InventoryWorker &)> job, QObject *context,
                       InventoryCallback<T> done, std::function<void(const InventoryResult<T> &)> announce)
{
    // The receiver is only looked at on this thread, where it could be deleted.
    QPointer<QObject> receiver(context ? context : this);
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, job = std::move(job), receiver = std::move(receiver), done = std::move(done),
         announce = std::move(announce)]() mutable {
            InventoryResult<T> result = job(*worker);
            QMetaObject::invokeMethod(
                this,
                [receiver = std::move(receiver), done = std::move(done), announce = std::move(announce),
                 result = std::move(result)] {
                    if (announce)
                        announce(result);
                    if (done && receiver)
                        done(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void Inventory::open()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->open(); }, Qt::QueuedConnection);
}

void Inventory::record(const Organisation &organisation, const QList<ApiKey> &listing, const QDateTime &observedAt,
                       QObject *context, InventoryCallback<RecordSummary> done)
{
    const QString name = organisation.name;
    submit<RecordSummary>([organisation, listing, observedAt](
                              InventoryWorker &worker) { return worker.record(organisation, listing, observedAt); },
                          context, std::move(done),
                          [this, name](const InventoryResult<RecordSummary> &result) {
                              if (result.ok() && !result.value.stale)
                                  Q_EMIT recorded(name, result.value);
                          });
}

void Inventory::logAction(const ActionLogEntry &entry, QObject *context, InventoryCallback<bool> done)
{
    // actionLogged() shows the entry as stored: stamped, and with a secret passed in its
    // free text masked (the Log window shows it live).
    submit<ActionLogEntry>([entry](InventoryWorker &worker) { return worker.logActionAsStored(entry); }, context,
                           [done = std::move(done)](const InventoryResult<ActionLogEntry> &result) {
                               if (done)
                                   done(InventoryResult<bool>{result.ok(), result.error});
                           },
                           [this](const InventoryResult<ActionLogEntry> &result) {
                               if (result.ok())
                                   Q_EMIT actionLogged(result.value);
                           });
}

void Inventory::trackKey(const Organisation &organisation, const TrackedKey &key, QObject *context,
                         InventoryCallback<bool> done)
{
    submit<bool>([organisation, key](InventoryWorker &worker) { return worker.trackKey(organisation, key); }, context,
                 std::move(done));
}

void Inventory::trackedKeyVerified(const Organisation &organisation, const QString &keyId, bool accepted,
                                   const QDateTime &at, QObject *context, InventoryCallback<bool> done)
{
    submit<bool>([organisation, keyId, accepted,
                  at](InventoryWorker &worker) { return worker.trackedKeyVerified(organisation, keyId, accepted, at); },
                 context, std::move(done));
}

void Inventory::trackedKeys(const QString &organisation, QObject *context, InventoryCallback<QList<TrackedKey>> done)
{
    submit<QList<TrackedKey>>([organisation](InventoryWorker &worker) { return worker.trackedKeys(organisation); },
                              context, std::move(done));
}

void Inventory::rememberCreatedKey(const Organisation &organisation, const CreatedKeyFingerprint &key, QObject *context,
                                   InventoryCallback<bool> done)
{
    submit<bool>([organisation, key](InventoryWorker &worker) { return worker.rememberCreatedKey(organisation, key); },
                 context, std::move(done));
}

void Inventory::organisations(QObject *context, InventoryCallback<QList<KnownOrganisation>> done)
{
    submit<QList<KnownOrganisation>>([](InventoryWorker &worker) { return worker.organisations(); }, context,
                                     std::move(done));
}

void Inventory::lastKnown(const QString &organisation, QObject *context,
                          InventoryCallback<std::optional<InventorySnapshot>> done)
{
    submit<std::optional<InventorySnapshot>>(
        [organisation](InventoryWorker &worker) { return worker.lastKnown(organisation); }, context, std::move(done));
}

void Inventory::history(const QString &organisation, const QString &keyId, QObject *context,
                        InventoryCallback<QList<Observation>> done)
{
    submit<QList<Observation>>(
        [organisation, keyId](InventoryWorker &worker) { return worker.history(organisation, keyId); }, context,
        std::move(done));
}

void Inventory::actionLog(const ActionLogFilter &filter, QObject *context,
                          InventoryCallback<QList<ActionLogEntry>> done)
{
    submit<QList<ActionLogEntry>>([filter](InventoryWorker &worker) { return worker.actionLog(filter); }, context,
                                  std::move(done));
}

void Inventory::exportRows(const QStringList &organisations, QObject *context,
                           InventoryCallback<QList<InventoryKey>> done)
{
    submit<QList<InventoryKey>>([organisations](InventoryWorker &worker) { return worker.exportRows(organisations); },
                                context, std::move(done));
}

void Inventory::createdKeysWithFingerprint(const QString &fingerprint, QObject *context,
                                           InventoryCallback<QList<CreatedKeyFingerprint>> done)
{
    submit<QList<CreatedKeyFingerprint>>(
        [fingerprint](InventoryWorker &worker) { return worker.createdKeysWithFingerprint(fingerprint); }, context,
        std::move(done));
}

void Inventory::findings(const QList<WatchScope> &scopes, QObject *context, InventoryCallback<QList<Finding>> done)
{
    submit<QList<Finding>>([scopes](InventoryWorker &worker) { return worker.findings(scopes); }, context,
                           std::move(done));
}

void Inventory::acknowledge(const FindingAcknowledgement &acknowledgement, const QString &keyName, QObject *context,
                            InventoryCallback<bool> done)
{
    submit<bool>(
        [acknowledgement, keyName](InventoryWorker &worker) { return worker.acknowledge(acknowledgement, keyName); },
        context, std::move(done));
}

void Inventory::withdrawAcknowledgement(const Finding &finding, QObject *context, InventoryCallback<bool> done)
{
    submit<bool>([finding](InventoryWorker &worker) { return worker.withdrawAcknowledgement(finding); }, context,
                 std::move(done));
}

void Inventory::findingNotices(QObject *context, InventoryCallback<QHash<QString, FindingNotice>> done)
{
    submit<QHash<QString, FindingNotice>>([](InventoryWorker &worker) { return worker.findingNotices(); }, context,
                                          std::move(done));
}

void Inventory::setFindingNotices(const QList<FindingNotice> &notices, QObject *context, InventoryCallback<bool> done)
{
    submit<bool>([notices](InventoryWorker &worker) { return worker.setFindingNotices(notices); }, context,
                 std::move(done));
}

void Inventory::claimFindingNotices(const QStringList &identities, const QDateTime &now, QObject *context,
                                    InventoryCallback<QStringList> done)
{
    submit<QStringList>(
        [identities, now](InventoryWorker &worker) { return worker.claimFindingNotices(identities, now); }, context,
        std::move(done));
}

void Inventory::saveRotation(const RotationRecord &rotation, const QList<ActionLogEntry> &log, QObject *context,
                             InventoryCallback<RotationSave> done)
{
    submit<RotationSave>([rotation, log](InventoryWorker &worker) { return worker.saveRotation(rotation, log); },
                         context, std::move(done),
                         [this](const InventoryResult<RotationSave> &result) {
                             if (result.value.record)
                                 Q_EMIT rotationChanged(*result.value.record);
                             for (const ActionLogEntry &entry : result.value.logged)
                                 Q_EMIT actionLogged(entry);
                         });
}

void Inventory::rotations(const RotationFilter &filter, QObject *context, InventoryCallback<QList<RotationRecord>> done)
{
    submit<QList<RotationRecord>>([filter](InventoryWorker &worker) { return worker.rotations(filter); }, context,
                                  std::move(done));
}

void Inventory::whenIdle(QObject *context, std::function<void()> done)
{
    submit<bool>(
        [](InventoryWorker &) {
            return InventoryResult<bool>{true, {}};
        },
        context,
        [done = std::move(done)](const InventoryResult<bool> &) {
            if (done)
                done();
        });
}

} // namespace keydesk
