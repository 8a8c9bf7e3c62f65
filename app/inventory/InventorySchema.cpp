#include "InventorySchema.h"

#include "InventoryDatabase.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

struct Migration final {
    int version;
    QStringList statements;
};

// Times are UTC milliseconds since the epoch (SqlValue). Statuses in observations are
// 0 active, 1 revoked, 2 expired (InventoryRecorder). No column holds a secret.
QList<Migration> migrations()
{
    return {
        {1,
         {
             // name: the profile name or the CLI's --org NAME; listed_at: the latest
             // listing recorded (also the lastSeenAt of every key still listed).
             uR"(CREATE TABLE organisations (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    dialect TEXT NOT NULL,
                    base_url TEXT NOT NULL,
                    first_listed_at INTEGER,
                    listed_at INTEGER))"_s,
             // The last known record of each key (ApiKey's normalised fields).
             // last_seen_at is kept for keys that are gone or not listed by a full
             // listing; for the others it is the organisation's listed_at.
             uR"(CREATE TABLE keys (
                    id INTEGER PRIMARY KEY,
                    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
                    key_id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    revoked INTEGER NOT NULL,
                    created_at INTEGER,
                    expires_at INTEGER,
                    last_used_at INTEGER,
                    usage_count INTEGER,
                    key_prefix TEXT,
                    created_by TEXT,
                    first_seen_at INTEGER NOT NULL,
                    last_seen_at INTEGER NOT NULL,
                    gone_at INTEGER,
                    UNIQUE (organisation_id, key_id)))"_s,
             // A row only when status, usage count or last use changed. Clustered by
             // key and time: a key's history is one range scan.
             uR"(CREATE TABLE observations (
                    key_row INTEGER NOT NULL REFERENCES keys(id) ON DELETE CASCADE,
                    observed_at INTEGER NOT NULL,
                    status INTEGER NOT NULL,
                    usage_count INTEGER,
                    last_used_at INTEGER,
                    PRIMARY KEY (key_row, observed_at)) WITHOUT ROWID)"_s,
             // Keys created through KeyDesk: SHA-256 of the secret, masked identifier,
             // last 4 characters. Never the secret.
             uR"(CREATE TABLE created_keys (
                    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
                    key_id TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    masked_identifier TEXT NOT NULL,
                    last_four TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    PRIMARY KEY (organisation_id, key_id)))"_s,
             u"CREATE INDEX created_keys_by_fingerprint ON created_keys(fingerprint)"_s,
             // The organisation by name, not by reference: the log outlives a removed
             // profile.
             uR"(CREATE TABLE action_log (
                    id INTEGER PRIMARY KEY,
                    at INTEGER NOT NULL,
                    organisation TEXT NOT NULL,
                    action TEXT NOT NULL,
                    key_id TEXT,
                    key_name TEXT,
                    outcome TEXT NOT NULL,
                    detail TEXT))"_s,
             u"CREATE INDEX action_log_by_time ON action_log(at)"_s,
             // Bookkeeping of the maintenance jobs (ObservationThinner).
             uR"(CREATE TABLE maintenance (
                    name TEXT PRIMARY KEY,
                    value INTEGER NOT NULL) WITHOUT ROWID)"_s,
         }},
        {2,
         {
             // Keys tracked by hand (Trust Leads lists none): each is also a row of keys,
             // which lastKnown() reads. SHA-256 of the secret, masked identifier, last 4
             // characters, and the latest verification; never the secret (periodic: it
             // waits in the keychain).
             uR"(CREATE TABLE tracked_keys (
                    key_row INTEGER PRIMARY KEY REFERENCES keys(id) ON DELETE CASCADE,
                    fingerprint TEXT NOT NULL,
                    masked_identifier TEXT NOT NULL,
                    last_four TEXT NOT NULL,
                    tracked_at INTEGER NOT NULL,
                    verified_at INTEGER NOT NULL,
                    accepted INTEGER NOT NULL,
                    periodic INTEGER NOT NULL))"_s,
             u"CREATE INDEX tracked_keys_by_fingerprint ON tracked_keys(fingerprint)"_s,
         }},
        {3,
         {
             // The watch (FindingRules): an administrator's "I know" for a finding, by
             // organisation name like the log, up to a severity (models/Severity as an
             // integer), until a time (NULL: for good). key_id '' is the organisation.
             uR"(CREATE TABLE acknowledgements (
                    organisation TEXT NOT NULL,
                    key_id TEXT NOT NULL,
                    code TEXT NOT NULL,
                    severity INTEGER NOT NULL,
                    note TEXT,
                    at INTEGER NOT NULL,
                    until INTEGER,
                    PRIMARY KEY (organisation, key_id, code)) WITHOUT ROWID)"_s,
             // Which findings were notified (Finding::identity), and snoozed until when:
             // each finding is notified once, by whichever KeyDesk process saw it first.
             uR"(CREATE TABLE finding_notices (
                    identity TEXT PRIMARY KEY,
                    notified_at INTEGER NOT NULL,
                    snoozed_until INTEGER) WITHOUT ROWID)"_s,
         }},
        {4,
         {
             // The rotation assistant (models/RotationRules, app/rotation): one row per
             // rotation, by organisation name like the log; state is rotationStateId();
             // revision guards every change against another KeyDesk process's.
             uR"(CREATE TABLE rotations (
                    id TEXT PRIMARY KEY,
                    organisation TEXT NOT NULL,
                    old_key_id TEXT NOT NULL,
                    old_key_name TEXT NOT NULL,
                    new_key_id TEXT NOT NULL,
                    new_key_name TEXT NOT NULL,
                    state TEXT NOT NULL,
                    started_at INTEGER NOT NULL,
                    new_key_created_at INTEGER,
                    verified_at INTEGER,
                    baseline_taken INTEGER NOT NULL,
                    baseline_usage_count INTEGER,
                    baseline_last_used_at INTEGER,
                    new_key_first_used_at INTEGER,
                    old_key_last_used_at INTEGER,
                    old_key_usage_count INTEGER,
                    old_key_last_moved_at INTEGER,
                    quiet_for INTEGER NOT NULL,
                    auto_revoke INTEGER NOT NULL,
                    emergency INTEGER NOT NULL,
                    finished_at INTEGER,
                    reason TEXT,
                    revision INTEGER NOT NULL) WITHOUT ROWID)"_s,
             u"CREATE INDEX rotations_by_organisation ON rotations(organisation, started_at)"_s,
         }},
        {5,
         {
             // The leak scan (docs/design.md#leak-scan). The commits an earlier history
             // scan of a repository (its absolute git directory) reached: the next scan
             // leaves out what they reach.
             uR"(CREATE TABLE leak_scan_tips (
                    repository TEXT NOT NULL,
                    tip TEXT NOT NULL,
                    PRIMARY KEY (repository, tip)) WITHOUT ROWID)"_s,
             // What those scans found, so that an incremental scan still reports it: the
             // fingerprint (SHA-256), masked identifier and last 4 characters, never the key.
             uR"(CREATE TABLE leak_history_sightings (
                    repository TEXT NOT NULL,
                    commit_id TEXT NOT NULL,
                    blob TEXT NOT NULL,
                    path TEXT NOT NULL,
                    line INTEGER NOT NULL,
                    column_number INTEGER NOT NULL,
                    format TEXT NOT NULL,
                    masked_identifier TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    last_four TEXT NOT NULL,
                    local_prefix TEXT NOT NULL,
                    PRIMARY KEY (repository, commit_id, blob, path, line, column_number)) WITHOUT ROWID)"_s,
             // Keys of the inventory a scan found live, by organisation name like the log:
             // the `leaked` finding (FindingRules) until the key is revoked or expires.
             uR"(CREATE TABLE leaked_keys (
                    organisation TEXT NOT NULL,
                    key_id TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    location TEXT NOT NULL,
                    first_seen_at INTEGER NOT NULL,
                    last_seen_at INTEGER NOT NULL,
                    PRIMARY KEY (organisation, key_id)) WITHOUT ROWID)"_s,
         }},
    };
}

QSqlError readVersion(QSqlDatabase &db, int &version)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return query.lastError();
    version = query.value(0).toInt();
    return {};
}

} // namespace

InventorySchema::Outcome InventorySchema::migrate(InventoryDatabase &database)
{
    Outcome outcome;
    // Most opens find the file up to date: no write lock for them.
    int current = 0;
    if (const QSqlError error = readVersion(database.connection(), current); error.isValid()) {
        outcome.error = error;
        return outcome;
    }
    if (current > latestVersion) {
        outcome.newerVersion = current;
        return outcome;
    }
    for (const Migration &migration : migrations()) {
        if (current >= migration.version)
            continue;
        int found = 0;
        const QSqlError error = database.write([&]() -> QSqlError {
            // Read inside the transaction: another process may have migrated meanwhile.
            if (const QSqlError versionError = readVersion(database.connection(), found); versionError.isValid())
                return versionError;
            if (found >= migration.version)
                return {};
            for (const QString &statement : migration.statements) {
                if (const QSqlError statementError = database.exec(statement); statementError.isValid())
                    return statementError;
            }
            if (const QSqlError idError = database.exec(u"PRAGMA application_id = %1"_s.arg(applicationId));
                idError.isValid())
                return idError;
            return database.exec(u"PRAGMA user_version = %1"_s.arg(migration.version));
        });
        if (error.isValid()) {
            outcome.error = error;
            return outcome;
        }
        if (found > latestVersion) {
            outcome.newerVersion = found;
            return outcome;
        }
    }
    return outcome;
}

} // namespace keydesk
