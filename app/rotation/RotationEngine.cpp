#include "RotationEngine.h"

#include "ActionLogEntry.h"
#include "ApiClient.h"
#include "ApiError.h"
#include "ApiReply.h"
#include "Inventory.h"
#include "RotationRules.h"

#include <QUuid>

#include <memory>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

QString newRotationId()
{
    // Short enough to type (`rotations cancel ID`), random enough for one inventory.
    return u"rot-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

const ApiKey *findKey(const QList<ApiKey> &keys, const QString &id)
{
    const auto found = std::find_if(keys.cbegin(), keys.cend(), [&id](const ApiKey &key) { return key.id == id; });
    return found == keys.cend() ? nullptr : &*found;
}

} // namespace

RotationEngine::RotationEngine(Inventory *inventory, Clock clock, QObject *parent)
    : QObject(parent)
    , m_inventory(inventory)
    , m_clock(std::move(clock))
{
}

RotationEngine::~RotationEngine() = default;

QDateTime RotationEngine::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

ActionLogEntry RotationEngine::step(const QString &action, const RotationRecord &record, const QString &outcome,
                                    const QString &detail) const
{
    ActionLogEntry entry;
    entry.at = now();
    entry.organisation = record.organisation;
    entry.action = action;
    entry.keyId = record.oldKeyId;
    entry.keyName = record.oldKeyName;
    entry.outcome = outcome;
    entry.detail = detail;
    return entry;
}

void RotationEngine::load(const QString &rotationId,
                          std::function<void(std::optional<RotationRecord>, const QString &)> done)
{
    RotationFilter filter;
    filter.id = rotationId;
    m_inventory->rotations(
        filter, this, [done = std::move(done)](const InventoryResult<QList<RotationRecord>> &result) {
            if (!result.ok()) {
                done(std::nullopt, result.error);
                return;
            }
            done(result.value.isEmpty() ? std::nullopt : std::optional<RotationRecord>(result.value.constFirst()), {});
        });
}

void RotationEngine::save(const RotationRecord &next, const QList<ActionLogEntry> &log, Done done)
{
    m_inventory->saveRotation(
        next, log, this, [this, next, done = std::move(done)](const InventoryResult<RotationSave> &result) {
            if (!result.ok()) {
                if (done)
                    done(next, result.error);
                return;
            }
            if (result.value.record) {
                Q_EMIT rotationChanged(*result.value.record);
                if (done)
                    done(*result.value.record, {});
                return;
            }
            // Another process took this step first: what it stored is the truth.
            load(next.id, [next, done](std::optional<RotationRecord> stored, const QString &error) {
                if (done)
                    done(stored.value_or(next), error);
            });
        });
}

void RotationEngine::begin(const RotationPlan &plan, Done done)
{
    RotationRecord record;
    record.id = newRotationId();
    record.organisation = plan.organisation.name;
    record.oldKeyId = plan.oldKey.id;
    record.oldKeyName = plan.oldKey.name;
    record.newKeyName = plan.newKeyName;
    record.startedAt = now();
    record.oldKeyLastUsedAt = plan.oldKey.lastUsedAt;
    record.oldKeyUsageCount = plan.oldKey.usageCount;
    record.quietForSeconds = plan.quietForSeconds;
    record.autoRevoke = plan.autoRevoke;
    record.emergency = plan.emergency;
    if (plan.oldKey.revoked) {
        done(record,
             tr("Key '%1' (%2) is revoked; only an active key can be rotated.").arg(plan.oldKey.name, plan.oldKey.id));
        return;
    }
    RotationFilter filter;
    filter.organisation = record.organisation;
    filter.openOnly = true;
    m_inventory->rotations(
        filter, this, [this, record, done = std::move(done)](const InventoryResult<QList<RotationRecord>> &open) {
            if (!open.ok()) {
                done(record, open.error);
                return;
            }
            for (const RotationRecord &other : open.value) {
                if (other.oldKeyId == record.oldKeyId || other.newKeyId == record.oldKeyId) {
                    done(record, tr("Key '%1' (%2) is already being rotated (rotation %3); cancel that rotation first.")
                                     .arg(record.oldKeyName, record.oldKeyId, other.id));
                    return;
                }
            }
            // Logged once the successor exists (rotation-start): a refused create is logged by
            // the create path and as rotation-failed.
            save(record, {}, done);
        });
}

void RotationEngine::successorCreated(const QString &rotationId, const ApiKey &successor, Done done)
{
    load(rotationId, [this, successor, done = std::move(done)](std::optional<RotationRecord> stored,
                                                               const QString &error) {
        if (!stored) {
            RotationRecord none;
            done(none, error.isEmpty() ? tr("The rotation is not in the inventory.") : error);
            return;
        }
        RotationRecord next = *stored;
        next.newKeyId = successor.id;
        next.newKeyName = successor.name;
        next.newKeyCreatedAt = successor.createdAt.isValid() ? successor.createdAt.toUTC() : now();
        const QString detail = tr("new key '%1' (%2)%3")
                                   .arg(successor.name, successor.id,
                                        next.emergency ? tr("; emergency: the old key is revoked at once") : QString());
        save(next, {step(ActionLogEntry::rotationStart(), next, ActionLogEntry::ok(), detail)}, done);
    });
}

void RotationEngine::createFailed(const QString &rotationId, const QString &reason, Done done)
{
    load(rotationId,
         [this, reason, done = std::move(done)](std::optional<RotationRecord> stored, const QString &error) {
             if (!stored || !isOpen(stored->state)) {
                 if (done)
                     done(stored.value_or(RotationRecord{}), error);
                 return;
             }
             RotationRecord next = *stored;
             next.state = RotationState::Failed;
             next.finishedAt = now();
             next.reason = tr("The new key could not be created: %1").arg(reason);
             save(next, {step(ActionLogEntry::rotationFailed(), next, ActionLogEntry::failed(), next.reason)}, done);
         });
}

void RotationEngine::verifySuccessor(const QString &rotationId, const QString &secret, ApiClient *client, Done done)
{
    // Held once, wiped once the verify request has it.
    auto key = std::make_shared<QString>(secret);
    load(rotationId, [this, key, client, done = std::move(done)](std::optional<RotationRecord> stored,
                                                                 const QString &error) {
        if (!stored || stored->newKeyId.isEmpty()) {
            wipeSecret(*key);
            done(stored.value_or(RotationRecord{}), error.isEmpty() ? tr("The rotation has no new key yet.") : error);
            return;
        }
        const RotationRecord record = *stored;
        const auto verify = [this, key, client, done](const RotationRecord &current) {
            ApiReply *reply = client->verifyKey(*key);
            wipeSecret(*key);
            connect(reply, &ApiReply::finished, this, [this, reply, client, current, done] {
                if (reply->ok()) {
                    RotationRecord next = current;
                    next.verifiedAt = now();
                    takeBaseline(next, client, done);
                    return;
                }
                const ApiError &failure = reply->error();
                RotationRecord next = current;
                QList<ActionLogEntry> log{
                    step(ActionLogEntry::rotationVerified(), next, ActionLogEntry::failed(), failure.userMessage())};
                if (failure.kind == ApiError::Kind::Authentication && isOpen(next.state)) {
                    // The server refuses the successor: nothing can ever use it.
                    next.state = RotationState::Failed;
                    next.finishedAt = now();
                    next.reason = tr("The server refused the new key '%1' (%2) when KeyDesk verified it: %3 The "
                                     "old key was kept.")
                                      .arg(next.newKeyName, next.newKeyId, failure.userMessage());
                    log.append(step(ActionLogEntry::rotationFailed(), next, ActionLogEntry::failed(), next.reason));
                }
                // Otherwise the next listing takes the baseline (RotationRules).
                save(next, log, done);
            });
        };
        if (!record.emergency || !isOpen(record.state)) {
            verify(record);
            return;
        }
        revokeOldKey(record, tr("emergency rotation: revoked as soon as the new key existed"), client,
                     [verify](const RotationRecord &revoked, const QString &) { verify(revoked); });
    });
}

void RotationEngine::takeBaseline(const RotationRecord &verified, ApiClient *client, Done done)
{
    ApiReply *reply = client->listKeys();
    connect(reply, &ApiReply::finished, this, [this, reply, verified, done] {
        RotationRecord next = verified;
        QString detail = tr("verified at %1").arg(next.verifiedAt.toString(Qt::ISODateWithMs));
        const ApiKey *successor = reply->ok() ? findKey(reply->keys(), next.newKeyId) : nullptr;
        if (successor) {
            RotationRules::takeBaseline(next, *successor, next.verifiedAt);
            detail += u"; "_s
                      + tr("baseline: usage count %1, last used %2")
                            .arg(next.baselineUsageCount ? QString::number(*next.baselineUsageCount) : u"—"_s,
                                 next.baselineLastUsedAt.isValid() ? next.baselineLastUsedAt.toString(Qt::ISODateWithMs)
                                                                   : u"—"_s);
        } else {
            detail += u"; "_s + tr("the baseline comes from the next listing");
        }
        save(next, {step(ActionLogEntry::rotationVerified(), next, ActionLogEntry::ok(), detail)}, done);
    });
}

void RotationEngine::advance(const QString &organisation, const QList<ApiKey> &listing, ApiClient *client,
                             std::function<void(const QList<RotationRecord> &)> done)
{
    RotationFilter filter;
    filter.organisation = organisation;
    filter.openOnly = true;
    m_inventory->rotations(
        filter, this,
        [this, listing, client, done = std::move(done)](const InventoryResult<QList<RotationRecord>> &open) {
            if (!open.ok() || open.value.isEmpty()) {
                if (done)
                    done({});
                return;
            }
            // Each rotation moves on by itself; `done` once all of them have.
            struct Pending {
                int left = 0;
                QList<RotationRecord> results;
            };
            auto pending = std::make_shared<Pending>();
            pending->left = int(open.value.size());
            const auto settle = [pending, done](const RotationRecord &record) {
                pending->results.append(record);
                if (--pending->left == 0 && done)
                    done(pending->results);
            };
            const QDateTime at = now();
            for (const RotationRecord &record : open.value) {
                const RotationRules::Progress progress = RotationRules::advance(record, listing, at);
                const RotationRecord &next = progress.record;
                const bool changed = !progress.events.isEmpty() || next.state != record.state
                                     || next.oldKeyLastMovedAt != record.oldKeyLastMovedAt;
                if (!changed) {
                    settle(record);
                    continue;
                }
                QList<ActionLogEntry> log;
                for (RotationRules::Event event : progress.events) {
                    switch (event) {
                    case RotationRules::Event::BaselineTaken:
                        log.append(step(ActionLogEntry::rotationVerified(), next, ActionLogEntry::unknown(),
                                        tr("not verified by KeyDesk; the baseline is this listing's figures")));
                        break;
                    case RotationRules::Event::NewKeyInUse:
                        log.append(step(ActionLogEntry::rotationInUse(), next, ActionLogEntry::ok(),
                                        tr("new key '%1' (%2) first seen in use at %3")
                                            .arg(next.newKeyName, next.newKeyId,
                                                 next.newKeyFirstUsedAt.toString(Qt::ISODateWithMs))));
                        break;
                    case RotationRules::Event::ReadyToRevoke:
                        log.append(step(ActionLogEntry::rotationReady(), next, ActionLogEntry::ok(),
                                        next.autoRevoke ? tr("the old key has been quiet for the quiet period")
                                                        : tr("the old key has been quiet for the quiet period; revoke "
                                                             "it when you are ready")));
                        break;
                    case RotationRules::Event::Finished:
                        log.append(step(ActionLogEntry::rotationRevoked(), next, ActionLogEntry::ok(), next.reason));
                        break;
                    case RotationRules::Event::Failed:
                        log.append(step(ActionLogEntry::rotationFailed(), next, ActionLogEntry::failed(), next.reason));
                        break;
                    }
                }
                const bool revokeDue = progress.revokeDue;
                const bool announceReady = progress.events.contains(RotationRules::Event::ReadyToRevoke)
                                           && !next.autoRevoke;
                save(next, log,
                     [this, revokeDue, announceReady, client, settle](const RotationRecord &stored,
                                                                      const QString &error) {
                         if (!error.isEmpty() || stored.state != RotationState::ReadyToRevoke) {
                             settle(stored);
                             return;
                         }
                         if (announceReady)
                             Q_EMIT readyToRevoke(stored);
                         if (!revokeDue || !client) {
                             settle(stored);
                             return;
                         }
                         revokeOldKey(
                             stored, tr("revoked automatically: the new key is in use and the old one was quiet"),
                             client, [settle](const RotationRecord &finished, const QString &) { settle(finished); });
                     });
            }
        });
}

void RotationEngine::revokeOldKey(const RotationRecord &record, const QString &how, ApiClient *client, Done done)
{
    ApiReply *reply = client->revokeKey(record.oldKeyId);
    connect(reply, &ApiReply::finished, this, [this, reply, record, how, done] {
        RotationRecord next = record;
        next.finishedAt = now();
        const ApiError &failure = reply->error();
        // Not found: revoked meanwhile (another KeyDesk, LocalLeads unlisting it).
        if (reply->ok() || failure.kind == ApiError::Kind::NotFound) {
            next.state = RotationState::Done;
            next.reason = how;
            save(next, {step(ActionLogEntry::rotationRevoked(), next, ActionLogEntry::ok(), how)}, done);
            return;
        }
        next.state = RotationState::Failed;
        next.reason = tr("Revoking the old key '%1' (%2) failed: %3 Both keys are still active; revoke the old one "
                         "when you can.")
                          .arg(record.oldKeyName, record.oldKeyId, failure.userMessage());
        const QString message = next.reason;
        save(next,
             {step(ActionLogEntry::rotationRevoked(), next, ActionLogEntry::failed(), failure.userMessage()),
              step(ActionLogEntry::rotationFailed(), next, ActionLogEntry::failed(), next.reason)},
             [done, message](const RotationRecord &stored, const QString &) {
                 if (done)
                     done(stored, message);
             });
    });
}

void RotationEngine::cancel(const QString &rotationId, bool revokeNewKey, ApiClient *client, Done done)
{
    load(rotationId, [this, revokeNewKey, client, done = std::move(done)](std::optional<RotationRecord> stored,
                                                                          const QString &error) {
        if (!stored) {
            done(RotationRecord{}, error.isEmpty() ? tr("There is no such rotation.") : error);
            return;
        }
        if (!isOpen(stored->state)) {
            done(*stored, tr("Rotation %1 has already ended (%2).").arg(stored->id, rotationStateId(stored->state)));
            return;
        }
        RotationRecord next = *stored;
        next.state = RotationState::Cancelled;
        next.finishedAt = now();
        if (!revokeNewKey || next.newKeyId.isEmpty() || !client) {
            next.reason = tr("cancelled; both keys were kept");
            save(next, {step(ActionLogEntry::rotationCancelled(), next, ActionLogEntry::ok(), next.reason)}, done);
            return;
        }
        ApiReply *reply = client->revokeKey(next.newKeyId);
        connect(reply, &ApiReply::finished, this, [this, reply, next, done]() mutable {
            const ApiError &failure = reply->error();
            const bool revoked = reply->ok() || failure.kind == ApiError::Kind::NotFound;
            next.reason = revoked ? tr("cancelled; the new key '%1' (%2) was revoked, the old key kept")
                                        .arg(next.newKeyName, next.newKeyId)
                                  : tr("cancelled; revoking the new key '%1' (%2) failed: %3")
                                        .arg(next.newKeyName, next.newKeyId, failure.userMessage());
            const QString problem = revoked ? QString() : next.reason;
            save(next,
                 {step(ActionLogEntry::rotationCancelled(), next,
                       revoked ? ActionLogEntry::ok() : ActionLogEntry::failed(), next.reason)},
                 [done, problem](const RotationRecord &stored, const QString &error) {
                     done(stored, problem.isEmpty() ? error : problem);
                 });
        });
    });
}

void RotationEngine::revokeNow(const QString &rotationId, bool force, ApiClient *client, Done done)
{
    load(rotationId,
         [this, force, client, done = std::move(done)](std::optional<RotationRecord> stored, const QString &error) {
             if (!stored || !isOpen(stored->state) || stored->newKeyId.isEmpty()) {
                 done(stored.value_or(RotationRecord{}),
                      !error.isEmpty() ? error
                      : !stored        ? tr("There is no such rotation.")
                                       : tr("Rotation %1 has no new key or has ended.").arg(stored->id));
                 return;
             }
             if (!stored->newKeyFirstUsedAt.isValid() && !force) {
                 done(*stored, tr("The new key '%1' has not been seen in use: revoking the old key now breaks every "
                                  "integration still on it. Force it to revoke anyway.")
                                   .arg(stored->newKeyName));
                 return;
             }
             revokeOldKey(*stored,
                          stored->newKeyFirstUsedAt.isValid()
                              ? tr("revoked by hand")
                              : tr("revoked by hand, forced, before the new key was seen in use"),
                          client, done);
         });
}

void RotationEngine::rotations(const QString &organisation, bool openOnly,
                               std::function<void(const QList<RotationRecord> &, const QString &)> done)
{
    RotationFilter filter;
    filter.organisation = organisation;
    filter.openOnly = openOnly;
    m_inventory->rotations(filter, this,
                           [done = std::move(done)](const InventoryResult<QList<RotationRecord>> &result) {
                               done(result.value, result.error);
                           });
}

} // namespace keydesk
