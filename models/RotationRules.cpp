#include "RotationRules.h"

#include <algorithm>
#include <cmath>

namespace keydesk {

namespace {

QDateTime latest(std::initializer_list<QDateTime> times)
{
    QDateTime found;
    for (const QDateTime &time : times) {
        if (time.isValid() && (!found.isValid() || time > found))
            found = time;
    }
    return found;
}

const ApiKey *findKey(const QList<ApiKey> &listing, const QString &id)
{
    const auto found = std::find_if(listing.cbegin(), listing.cend(),
                                    [&id](const ApiKey &key) { return key.id == id; });
    return found == listing.cend() ? nullptr : &*found;
}

void finish(RotationRules::Progress &progress, RotationState state, const QDateTime &now, const QString &reason)
{
    progress.record.state = state;
    progress.record.finishedAt = now;
    progress.record.reason = reason;
    progress.events.append(state == RotationState::Failed ? RotationRules::Event::Failed
                                                          : RotationRules::Event::Finished);
}

} // namespace

void RotationRules::takeBaseline(RotationRecord &record, const ApiKey &successor, const QDateTime &verifiedAt)
{
    record.baselineTaken = true;
    record.verifiedAt = verifiedAt;
    record.baselineUsageCount = successor.usageCount;
    record.baselineLastUsedAt = successor.lastUsedAt;
}

bool RotationRules::successorInUse(const RotationRecord &record, const ApiKey &successor)
{
    if (!record.baselineTaken)
        return false;
    if (successor.usageCount && record.baselineUsageCount && *successor.usageCount > *record.baselineUsageCount)
        return true;
    if (!successor.lastUsedAt.isValid())
        return false;
    // No reference at all: the baseline saw no use, so any reported use came after it.
    const QDateTime reference = latest({record.verifiedAt, record.baselineLastUsedAt});
    return !reference.isValid() || successor.lastUsedAt > reference;
}

bool RotationRules::oldKeyMoved(const RotationRecord &record, const ApiKey &oldKey)
{
    return oldKey.lastUsedAt != record.oldKeyLastUsedAt || oldKey.usageCount != record.oldKeyUsageCount;
}

QDateTime RotationRules::quietSince(const RotationRecord &record)
{
    if (!record.newKeyFirstUsedAt.isValid())
        return {};
    return latest({record.newKeyFirstUsedAt, record.oldKeyLastMovedAt, record.oldKeyLastUsedAt});
}

QDateTime RotationRules::revokeDueAt(const RotationRecord &record)
{
    const QDateTime since = quietSince(record);
    return since.isValid() ? since.addSecs(record.quietForSeconds) : QDateTime();
}

RotationState RotationRules::stateAt(const RotationRecord &record, const QDateTime &now)
{
    if (!isOpen(record.state))
        return record.state;
    const QDateTime due = revokeDueAt(record);
    if (!due.isValid())
        return RotationState::WaitingForNewKey;
    return now >= due ? RotationState::ReadyToRevoke : RotationState::WaitingForQuiet;
}

RotationRules::Progress RotationRules::advance(const RotationRecord &record, const QList<ApiKey> &listing,
                                               const QDateTime &now)
{
    Progress progress{record, {}, false};
    if (!isOpen(record.state))
        return progress;
    RotationRecord &next = progress.record;
    if (record.newKeyId.isEmpty()) {
        if (record.startedAt.isValid() && record.startedAt.secsTo(now) > creationGraceSeconds)
            finish(progress, RotationState::Failed, now,
                   tr("The new key's create never finished (KeyDesk stopped, or its answer was lost); look for a "
                      "key named '%1' in the list before starting again.")
                       .arg(record.newKeyName));
        return progress;
    }
    const ApiKey *oldKey = findKey(listing, record.oldKeyId);
    const ApiKey *newKey = findKey(listing, record.newKeyId);
    if (!newKey || newKey->revoked) {
        finish(progress, RotationState::Failed, now,
               newKey ? tr("The new key '%1' (%2) was revoked outside the rotation; the old key was kept.")
                            .arg(record.newKeyName, record.newKeyId)
                      : tr("The new key '%1' (%2) is no longer listed; the old key was kept.")
                            .arg(record.newKeyName, record.newKeyId));
        return progress;
    }
    if (!oldKey || oldKey->revoked) {
        // Ready: most likely KeyDesk's own revoke, whose answer was not recorded.
        if (record.state == RotationState::ReadyToRevoke)
            finish(progress, RotationState::Done, now, tr("The old key is revoked."));
        else
            finish(progress, RotationState::Failed, now,
                   oldKey ? tr("The old key '%1' (%2) was revoked outside the rotation.")
                                .arg(record.oldKeyName, record.oldKeyId)
                          : tr("The old key '%1' (%2) is no longer listed: it was revoked or deleted outside the "
                               "rotation.")
                                .arg(record.oldKeyName, record.oldKeyId));
        return progress;
    }
    if (!record.baselineTaken) {
        // Not verified, or its listing failed (KeyDesk stopped in between): the figures now
        // are the baseline.
        takeBaseline(next, *newKey, record.verifiedAt);
        progress.events.append(Event::BaselineTaken);
    } else if (!next.newKeyFirstUsedAt.isValid() && successorInUse(next, *newKey)) {
        next.newKeyFirstUsedAt = now;
        progress.events.append(Event::NewKeyInUse);
    }
    if (oldKeyMoved(next, *oldKey)) {
        next.oldKeyLastUsedAt = oldKey->lastUsedAt;
        next.oldKeyUsageCount = oldKey->usageCount;
        next.oldKeyLastMovedAt = now;
    }
    next.state = stateAt(next, now);
    if (next.state != record.state && next.state == RotationState::ReadyToRevoke)
        progress.events.append(Event::ReadyToRevoke);
    progress.revokeDue = next.state == RotationState::ReadyToRevoke && next.autoRevoke;
    return progress;
}

int RotationRules::successorLifetimeDays(const ApiKey &oldKey, int defaultDays)
{
    if (oldKey.createdAt.isValid() && oldKey.expiresAt.isValid() && oldKey.expiresAt > oldKey.createdAt) {
        const double days = double(oldKey.createdAt.secsTo(oldKey.expiresAt)) / 86400.0;
        return qBound(1, int(std::ceil(days)), 3650);
    }
    return defaultDays;
}

QStringList RotationRules::roomToRotate(const QList<Finding> &findings, const QString &oldKeyId)
{
    QList<const Finding *> candidates;
    for (const Finding &finding : findings) {
        if ((finding.code == FindingCode::NeverUsed || finding.code == FindingCode::Idle) && !finding.keyId.isEmpty()
            && finding.keyId != oldKeyId)
            candidates.append(&finding);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Finding *a, const Finding *b) {
        const bool aNever = a->code == FindingCode::NeverUsed;
        const bool bNever = b->code == FindingCode::NeverUsed;
        if (aNever != bNever)
            return aNever;
        return a->days > b->days;
    });
    QStringList ids;
    for (const Finding *finding : std::as_const(candidates)) {
        if (!ids.contains(finding->keyId))
            ids.append(finding->keyId);
    }
    return ids;
}

} // namespace keydesk
