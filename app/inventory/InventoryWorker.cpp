#include "InventoryWorker.h"

#include "ActionLog.h"
#include "CreatedKeyRegistry.h"
#include "FindingRegistry.h"
#include "FindingRules.h"
#include "FindingText.h"
#include "InventoryReader.h"
#include "InventoryRecorder.h"
#include "LeakedKeyRegistry.h"
#include "ObservationThinner.h"
#include "RotationRegistry.h"
#include "SnapshotJudge.h"
#include "SqliteError.h"
#include "TrackedKeyRegistry.h"

namespace keydesk {

// Everything that holds statements on the connection; destroyed before it.
struct InventoryWorker::Session final {
    Session(const QString &path, InventoryDatabase::Options options)
        : database(path, options)
    {
    }
    void start()
    {
        recorder = std::make_unique<InventoryRecorder>(database);
        thinner = std::make_unique<ObservationThinner>(database);
        log = std::make_unique<ActionLog>(database);
        created = std::make_unique<CreatedKeyRegistry>(database);
        reader = std::make_unique<InventoryReader>(database);
        tracked = std::make_unique<TrackedKeyRegistry>(database);
        findings = std::make_unique<FindingRegistry>(database);
        rotations = std::make_unique<RotationRegistry>(database);
    }

    InventoryDatabase database;
    std::unique_ptr<InventoryRecorder> recorder;
    std::unique_ptr<ObservationThinner> thinner;
    std::unique_ptr<ActionLog> log;
    std::unique_ptr<CreatedKeyRegistry> created;
    std::unique_ptr<InventoryReader> reader;
    std::unique_ptr<TrackedKeyRegistry> tracked;
    std::unique_ptr<FindingRegistry> findings;
    std::unique_ptr<RotationRegistry> rotations;
};

InventoryWorker::InventoryWorker(QString path, InventoryDatabase::Options options, Clock clock)
    : m_path(std::move(path))
    , m_options(options)
    , m_clock(std::move(clock))
{
    m_status.path = m_path;
}

InventoryWorker::~InventoryWorker() = default;

void InventoryWorker::setStatus(const InventoryStatus &status)
{
    const bool changed = status.state != m_status.state || status.problem != m_status.problem
                         || status.detail != m_status.detail || status.movedAsideTo != m_status.movedAsideTo;
    m_status = status;
    if (changed && m_listener)
        m_listener(m_status);
}

void InventoryWorker::openSession(bool recover)
{
    m_session.reset();
    auto session = std::make_unique<Session>(m_path, m_options);
    const QDateTime now = m_clock();
    const InventoryStatus status = recover ? session->database.recover(now) : session->database.open(now);
    if (status.isReady()) {
        session->start();
        m_session = std::move(session);
    }
    setStatus(status);
}

void InventoryWorker::open()
{
    openSession(false);
}

void InventoryWorker::close()
{
    m_session.reset();
}

bool InventoryWorker::ensureOpen(Access access)
{
    if (m_session)
        return true;
    if (m_status.state == InventoryStatus::State::Opening) {
        openSession(false);
    } else if (access == Access::Write) {
        // Space may have been freed, permissions fixed: every write tries again. A newer
        // or foreign file stays untouched, and a damaged one that could not be moved
        // aside stays as it is.
        switch (m_status.problem) {
        case InventoryStatus::Problem::DiskFull:
        case InventoryStatus::Problem::ReadOnly:
        case InventoryStatus::Problem::CannotOpen:
            openSession(false);
            break;
        default:
            break;
        }
    }
    return m_session != nullptr;
}

bool InventoryWorker::absorb(const QSqlError &error, Access access, QString &message)
{
    const QString detail = SqliteError::describe(error);
    const auto noHistory = [&](InventoryStatus::Problem problem) {
        InventoryStatus status;
        status.path = m_path;
        status.state = InventoryStatus::State::NoHistory;
        status.problem = problem;
        status.detail = detail;
        setStatus(status);
        message = m_status.message();
    };
    SqliteError::Kind kind = SqliteError::classify(error);
    if ((kind == SqliteError::Kind::Io || kind == SqliteError::Kind::CannotOpen)
        && InventoryDatabase::isOutOfSpace(m_path))
        kind = SqliteError::Kind::Full;
    switch (kind) {
    case SqliteError::Kind::None:
        return false;
    case SqliteError::Kind::Corrupt:
        openSession(true);
        if (m_session)
            return true;
        message = m_status.message();
        return false;
    case SqliteError::Kind::Busy:
        message = access == Access::Write ? tr(
                      "The inventory is busy: another KeyDesk has held it for too long. This change was not recorded.")
                                          : tr("The inventory is busy: another KeyDesk has held it for too long.");
        return false;
    case SqliteError::Kind::Invalid:
        message = tr("The inventory refused this request (%1).").arg(detail);
        return false;
    case SqliteError::Kind::Full:
    case SqliteError::Kind::ReadOnly:
    case SqliteError::Kind::CannotOpen:
    case SqliteError::Kind::Io:
        if (access == Access::Read) {
            message = tr("The inventory could not be read (%1).").arg(detail);
            return false;
        }
        noHistory(kind == SqliteError::Kind::Full       ? InventoryStatus::Problem::DiskFull
                  : kind == SqliteError::Kind::ReadOnly ? InventoryStatus::Problem::ReadOnly
                                                        : InventoryStatus::Problem::CannotOpen);
        return false;
    }
    return false;
}

template <typename T, typename Body>
InventoryResult<T> InventoryWorker::run(Access access, Body body)
{
    InventoryResult<T> result;
    // A second attempt only after a damaged file was replaced by a new one.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!ensureOpen(access)) {
            result.error = m_status.message();
            return result;
        }
        result.value = T{};
        const QSqlError error = body(*m_session, result.value);
        if (!error.isValid()) {
            if (access == Access::Write && m_status.state == InventoryStatus::State::NoHistory) {
                InventoryStatus ready;
                ready.path = m_path;
                ready.state = InventoryStatus::State::Ready;
                setStatus(ready);
            }
            return result;
        }
        QString message;
        if (!absorb(error, access, message)) {
            result.value = T{};
            result.error = message;
            return result;
        }
    }
    result.value = T{};
    result.error = m_status.message();
    return result;
}

InventoryResult<RecordSummary> InventoryWorker::record(const Organisation &organisation, const QList<ApiKey> &listing,
                                                       const QDateTime &observedAt)
{
    if (organisation.name.trimmed().isEmpty()) {
        InventoryResult<RecordSummary> refused;
        refused.error = tr("Nothing was recorded: the listing names no organisation.");
        return refused;
    }
    const QDateTime when = observedAt.isValid() ? observedAt.toUTC() : m_clock();
    InventoryResult<RecordSummary> result = run<RecordSummary>(
        Access::Write, [&](Session &session, RecordSummary &summary) {
            return session.recorder->record(organisation, listing, when, summary);
        });
    if (result.ok())
        maybeThin(when);
    return result;
}

void InventoryWorker::maybeThin(const QDateTime &now)
{
    if (!m_session || !m_session->thinner->isDue(now))
        return;
    // Best effort: a failure shows in the status like any write's, and the next
    // run catches up.
    run<int>(Access::Write, [&](Session &session, int &deleted) { return session.thinner->thin(now, deleted); });
}

InventoryResult<bool> InventoryWorker::logAction(const ActionLogEntry &entry)
{
    const InventoryResult<ActionLogEntry> stored = logActionAsStored(entry);
    return InventoryResult<bool>{stored.ok(), stored.error};
}

InventoryResult<ActionLogEntry> InventoryWorker::logActionAsStored(const ActionLogEntry &entry)
{
    if (entry.action.isEmpty()) {
        InventoryResult<ActionLogEntry> refused;
        refused.error = tr("Nothing was logged: the entry names no action.");
        return refused;
    }
    ActionLogEntry stamped = entry;
    if (!stamped.at.isValid())
        stamped.at = m_clock();
    return run<ActionLogEntry>(Access::Write, [&](Session &session, ActionLogEntry &stored) {
        const QSqlError error = session.log->append(stamped);
        if (!error.isValid())
            stored = session.log->asStored(stamped);
        return error;
    });
}

InventoryResult<bool> InventoryWorker::rememberCreatedKey(const Organisation &organisation,
                                                          const CreatedKeyFingerprint &key)
{
    CreatedKeyFingerprint stamped = key;
    if (!stamped.createdAt.isValid())
        stamped.createdAt = m_clock();
    if (organisation.name.trimmed().isEmpty() || !stamped.isValid()) {
        InventoryResult<bool> refused;
        refused.error = tr("Nothing was recorded: the inventory keeps only a key's SHA-256 fingerprint, "
                           "masked identifier and last 4 characters, for a named organisation and key.");
        return refused;
    }
    return run<bool>(Access::Write, [&](Session &session, bool &done) {
        const QSqlError error = session.created->remember(organisation, stamped);
        done = !error.isValid();
        return error;
    });
}

InventoryResult<QList<KnownOrganisation>> InventoryWorker::organisations()
{
    return run<QList<KnownOrganisation>>(Access::Read, [&](Session &session, QList<KnownOrganisation> &found) {
        return session.reader->organisations(found);
    });
}

InventoryResult<std::optional<InventorySnapshot>> InventoryWorker::lastKnown(const QString &organisation)
{
    return run<std::optional<InventorySnapshot>>(Access::Read,
                                                 [&](Session &session, std::optional<InventorySnapshot> &snapshot) {
                                                     return session.reader->snapshot(organisation, snapshot);
                                                 });
}

InventoryResult<QList<Observation>> InventoryWorker::history(const QString &organisation, const QString &keyId)
{
    return run<QList<Observation>>(Access::Read, [&](Session &session, QList<Observation> &points) {
        return session.reader->history(organisation, keyId, points);
    });
}

InventoryResult<QList<ActionLogEntry>> InventoryWorker::actionLog(const ActionLogFilter &filter)
{
    return run<QList<ActionLogEntry>>(Access::Read, [&](Session &session, QList<ActionLogEntry> &entries) {
        return session.log->entries(filter, entries);
    });
}

InventoryResult<QList<InventoryKey>> InventoryWorker::exportRows(const QStringList &organisations)
{
    return run<QList<InventoryKey>>(Access::Read, [&](Session &session, QList<InventoryKey> &rows) {
        return session.reader->keys(organisations, rows);
    });
}

InventoryResult<QList<CreatedKeyFingerprint>> InventoryWorker::createdKeysWithFingerprint(const QString &fingerprint)
{
    return run<QList<CreatedKeyFingerprint>>(Access::Read, [&](Session &session, QList<CreatedKeyFingerprint> &keys) {
        return session.created->withFingerprint(fingerprint, keys);
    });
}

InventoryResult<bool> InventoryWorker::trackKey(const Organisation &organisation, const TrackedKey &key)
{
    if (organisation.name.trimmed().isEmpty() || !key.isValid()) {
        InventoryResult<bool> refused;
        refused.error = tr("Nothing was recorded: the inventory keeps only a key's SHA-256 fingerprint, "
                           "masked identifier and last 4 characters, for a named organisation and key.");
        return refused;
    }
    InventoryResult<bool> result = run<bool>(Access::Write, [&](Session &session, bool &done) {
        const QSqlError error = session.tracked->track(organisation, key);
        done = !error.isValid();
        return error;
    });
    // The recorder's cache of this organisation's keys does not know the new row.
    if (m_session)
        m_session->recorder->forgetCache();
    return result;
}

InventoryResult<bool> InventoryWorker::trackedKeyVerified(const Organisation &organisation, const QString &keyId,
                                                          bool accepted, const QDateTime &at)
{
    const QDateTime when = at.isValid() ? at.toUTC() : m_clock();
    InventoryResult<bool> result = run<bool>(Access::Write, [&](Session &session, bool &found) {
        return session.tracked->verified(organisation, keyId, accepted, when, found);
    });
    if (m_session)
        m_session->recorder->forgetCache();
    return result;
}

InventoryResult<QList<TrackedKey>> InventoryWorker::trackedKeys(const QString &organisation)
{
    return run<QList<TrackedKey>>(Access::Read, [&](Session &session, QList<TrackedKey> &keys) {
        return session.tracked->keys(organisation, keys);
    });
}

InventoryResult<QList<Finding>> InventoryWorker::findings(const QList<WatchScope> &scopes)
{
    const QDateTime now = m_clock();
    return run<QList<Finding>>(Access::Read, [&](Session &session, QList<Finding> &found) -> QSqlError {
        QList<FindingAcknowledgement> acknowledgements;
        if (const QSqlError error = session.database.read(
                [&]() { return session.findings->acknowledgements(acknowledgements); });
            error.isValid())
            return error;
        for (const WatchScope &scope : scopes) {
            std::optional<InventorySnapshot> snapshot;
            QHash<QString, QList<Observation>> histories;
            if (const QSqlError error = session.reader->watchInput(scope.organisation, snapshot, histories);
                error.isValid())
                return error;
            if (!snapshot)
                continue;
            QList<LeakedKey> leaked;
            if (const QSqlError error = LeakedKeyRegistry(session.database).keys(scope.organisation, leaked);
                error.isValid())
                return error;
            found.append(
                SnapshotJudge::findings(*snapshot, histories, scope.thresholds, acknowledgements, now, leaked));
        }
        FindingRules::sortByUrgency(found);
        return {};
    });
}

InventoryResult<bool> InventoryWorker::acknowledge(const FindingAcknowledgement &acknowledgement,
                                                   const QString &keyName)
{
    FindingAcknowledgement stamped = acknowledgement;
    if (!stamped.at.isValid())
        stamped.at = m_clock();
    if (stamped.organisation.trimmed().isEmpty()) {
        InventoryResult<bool> refused;
        refused.error = tr("Nothing was recorded: the acknowledgement names no organisation.");
        return refused;
    }
    InventoryResult<bool> result = run<bool>(Access::Write, [&](Session &session, bool &done) {
        const QSqlError error = session.findings->acknowledge(stamped);
        done = !error.isValid();
        return error;
    });
    if (result.ok()) {
        ActionLogEntry entry;
        entry.at = stamped.at;
        entry.organisation = stamped.organisation;
        entry.action = ActionLogEntry::acknowledge();
        entry.keyId = stamped.keyId;
        entry.keyName = keyName;
        entry.outcome = ActionLogEntry::ok();
        entry.detail = stamped.note.isEmpty() ? findingCodeId(stamped.code)
                                              : findingCodeId(stamped.code) + QStringLiteral(": ") + stamped.note;
        logAction(entry);
    }
    return result;
}

InventoryResult<bool> InventoryWorker::withdrawAcknowledgement(const Finding &finding)
{
    InventoryResult<bool> result = run<bool>(Access::Write, [&](Session &session, bool &found) {
        return session.findings->withdraw(finding.organisation, finding.keyId, finding.code, found);
    });
    if (result.ok() && result.value) {
        ActionLogEntry entry;
        entry.organisation = finding.organisation;
        entry.action = ActionLogEntry::unacknowledge();
        entry.keyId = finding.keyId;
        entry.keyName = finding.keyName;
        entry.outcome = ActionLogEntry::ok();
        entry.detail = findingCodeId(finding.code);
        logAction(entry);
    }
    return result;
}

InventoryResult<QHash<QString, FindingNotice>> InventoryWorker::findingNotices()
{
    return run<QHash<QString, FindingNotice>>(
        Access::Read,
        [&](Session &session, QHash<QString, FindingNotice> &notices) { return session.findings->notices(notices); });
}

InventoryResult<bool> InventoryWorker::setFindingNotices(const QList<FindingNotice> &notices)
{
    return run<bool>(Access::Write, [&](Session &session, bool &done) {
        const QSqlError error = session.findings->setNotices(notices);
        done = !error.isValid();
        return error;
    });
}

InventoryResult<QStringList> InventoryWorker::claimFindingNotices(const QStringList &identities, const QDateTime &now)
{
    return run<QStringList>(Access::Write, [&](Session &session, QStringList &claimed) {
        return session.findings->claimNotices(identities, now, claimed);
    });
}

InventoryResult<RotationSave> InventoryWorker::saveRotation(const RotationRecord &record,
                                                            const QList<ActionLogEntry> &log)
{
    if (record.id.isEmpty() || record.organisation.trimmed().isEmpty()) {
        InventoryResult<RotationSave> refused;
        refused.error = tr("Nothing was recorded: the rotation names no organisation.");
        return refused;
    }
    InventoryResult<RotationSave> result = run<RotationSave>(Access::Write, [&](Session &session, RotationSave &saved) {
        RotationRecord stored = record;
        bool done = false;
        const QSqlError error = session.rotations->save(stored, done);
        if (!error.isValid() && done)
            saved.record = stored;
        return error;
    });
    if (!result.ok() || !result.value.record)
        return result;
    // Through the action log as every other step (its own transactions, after the change).
    for (ActionLogEntry entry : log) {
        entry.organisation = record.organisation;
        const InventoryResult<ActionLogEntry> logged = logActionAsStored(entry);
        if (!logged.ok()) {
            result.error = logged.error;
            return result;
        }
        result.value.logged.append(logged.value);
    }
    return result;
}

InventoryResult<QList<RotationRecord>> InventoryWorker::rotations(const RotationFilter &filter)
{
    return run<QList<RotationRecord>>(Access::Read, [&](Session &session, QList<RotationRecord> &found) {
        return session.rotations->rotations(filter, found);
    });
}

} // namespace keydesk
