#include "DemoHistory.h"

#include "ApiKey.h"
#include "DemoSeeder.h"
#include "Inventory.h"
#include "RotationRecord.h"

#include <QtMath>

namespace keydesk {

namespace {

// A deterministic 0..1 wobble per key and day, so that curves differ and busy weeks show.
double wobble(const QString &keyId, qint64 day)
{
    // FNV-1a, not qHash: the same curves on every run (the screenshots are reproducible).
    quint64 hash = 14695981039346656037ULL ^ quint64(day);
    for (const QChar c : keyId)
        hash = (hash ^ c.unicode()) * 1099511628211ULL;
    return double(hash % 1000) / 1000.0;
}

// The share (0..1) of its current usage a key had reached at `at`: growing faster
// lately for the busy keys, flat on some weekends.
double usageShare(const StoredKey &key, const QDateTime &at, const QDateTime &now)
{
    // The count the server reports now was reached at the key's last use.
    const QDateTime end = key.lastUsedAt.isValid() && key.lastUsedAt < now ? key.lastUsedAt : now;
    const qint64 span = qMax<qint64>(1, key.createdAt.secsTo(end));
    const double lifetime = double(span);
    const double age = double(qBound<qint64>(0, key.createdAt.secsTo(at), span));
    const double exponent = 1.1 + wobble(key.id, 0);
    const double share = qPow(age / lifetime, exponent);
    // Weekends are quieter: the curve steps rather than glides.
    const int weekday = at.date().dayOfWeek();
    return weekday >= 6 ? share * (0.97 + 0.03 * wobble(key.id, at.date().toJulianDay())) : share;
}

ApiKey listed(const SandboxState &state, const StoredKey &stored, const QDateTime &at, const QDateTime &now)
{
    ApiKey key;
    key.id = stored.id;
    key.name = stored.name;
    key.createdAt = stored.createdAt;
    key.expiresAt = stored.expiresAt;
    key.revoked = stored.revokedAt.isValid() && stored.revokedAt <= at;
    const QDateTime usedUntil = key.revoked ? stored.revokedAt : at;
    const DemoPast past = DemoSeeder::pastOf(state.dialect, stored.name);
    if (stored.lastUsedAt.isValid()) {
        // Used a little before each listing while it was in use, up to its real last use.
        const qint64 hoursBefore = 1 + qint64(wobble(stored.id, at.date().toJulianDay()) * 20);
        QDateTime recent = usedUntil.addSecs(-3600 * hoursBefore);
        if (past.quietFromDaysAgo >= 0) { // not used during its quiet spell (woke-up)
            const QDateTime quietFrom = now.addDays(-past.quietFromDaysAgo);
            const QDateTime quietUntil = now.addDays(-past.quietUntilDaysAgo);
            if (at >= quietFrom && at < quietUntil)
                recent = quietFrom;
            else if (at >= quietUntil && recent < quietUntil)
                recent = quietUntil;
        }
        key.lastUsedAt = recent < stored.lastUsedAt ? recent : stored.lastUsedAt;
        if (key.lastUsedAt < stored.createdAt)
            key.lastUsedAt = {};
    }
    if (state.dialect == Dialect::LeadHql) {
        // A burst (usage-spike) came after the last listing of the history: its requests
        // are in the live count only.
        const qint64 before = qMax<qint64>(0, stored.usageCount - past.burstRequests);
        qint64 count = qint64(double(before) * usageShare(stored, usedUntil, now));
        if (!key.lastUsedAt.isValid())
            count = 0;
        key.usageCount = count;
    } else {
        key.keyPrefix = stored.visibleIdentifier;
        if (const SandboxUser *user = state.findUser(stored.userId))
            key.createdBy = QStringLiteral("%1 %2 <%3>").arg(user->firstName, user->lastName, user->email);
    }
    return key;
}

} // namespace

QList<ApiKey> DemoHistory::listingAt(const SandboxState &state, const QDateTime &at, const QDateTime &now)
{
    QList<ApiKey> keys;
    for (const StoredKey &stored : state.keys) {
        if (stored.sandboxCredential || stored.createdAt > at)
            continue;
        // LocalLeads lists active keys only: a revoked one drops out (the inventory marks it gone).
        if (state.dialect == Dialect::LocalLeads && stored.revokedAt.isValid() && stored.revokedAt <= at)
            continue;
        keys.append(listed(state, stored, at, now));
    }
    return keys;
}

void DemoHistory::seedRotation(Inventory &inventory, const Organisation &organisation, const SandboxState &state,
                               const QString &keyName)
{
    const StoredKey *oldKey = nullptr;
    const StoredKey *newKey = nullptr;
    for (const StoredKey &stored : state.keys) {
        if (stored.name != keyName || stored.revokedAt.isValid())
            continue;
        if (!oldKey || stored.createdAt < oldKey->createdAt) {
            newKey = oldKey;
            oldKey = &stored;
        } else if (!newKey || stored.createdAt > newKey->createdAt) {
            newKey = &stored;
        }
    }
    if (!oldKey || !newKey)
        return;
    RotationRecord rotation;
    rotation.id = QStringLiteral("rot-demo");
    rotation.organisation = organisation.name;
    rotation.oldKeyId = oldKey->id;
    rotation.oldKeyName = oldKey->name;
    rotation.newKeyId = newKey->id;
    rotation.newKeyName = newKey->name;
    rotation.state = RotationState::WaitingForQuiet;
    rotation.startedAt = newKey->createdAt.addSecs(-2);
    rotation.newKeyCreatedAt = newKey->createdAt;
    rotation.verifiedAt = newKey->createdAt.addSecs(3);
    rotation.baselineTaken = true;
    rotation.baselineUsageCount = 1; // KeyDesk's own verification
    rotation.baselineLastUsedAt = rotation.verifiedAt;
    rotation.newKeyFirstUsedAt = newKey->createdAt.addSecs(3 * 3600);
    rotation.oldKeyLastUsedAt = oldKey->lastUsedAt;
    rotation.oldKeyUsageCount = oldKey->usageCount;
    rotation.oldKeyLastMovedAt = oldKey->lastUsedAt;
    rotation.quietForSeconds = rotationQuietForSeconds;
    const auto logged = [&](const QDateTime &at, const QString &action, const QString &detail) {
        ActionLogEntry entry;
        entry.at = at;
        entry.organisation = organisation.name;
        entry.action = action;
        entry.keyId = oldKey->id;
        entry.keyName = oldKey->name;
        entry.outcome = ActionLogEntry::ok();
        entry.detail = detail;
        return entry;
    };
    const QString successor = QStringLiteral("new key '%1' (%2)").arg(newKey->name, newKey->id);
    inventory.saveRotation(rotation,
                           {logged(rotation.newKeyCreatedAt, ActionLogEntry::rotationStart(), successor),
                            logged(rotation.verifiedAt, ActionLogEntry::rotationVerified(), successor),
                            logged(rotation.newKeyFirstUsedAt, ActionLogEntry::rotationInUse(), successor)},
                           &inventory, [](const InventoryResult<RotationSave> &) {});
}

void DemoHistory::seed(Inventory &inventory, const Organisation &organisation, const SandboxState &state,
                       const QDateTime &now)
{
    const QDateTime last = now.addSecs(-3600 * lastListingHoursAgo);
    QList<QDateTime> times;
    // Weekly points first, daily for the last month: a believable curve in few writes
    // (the demo waits for them before its window starts).
    for (int day = days; day > 30; day -= 7)
        times.append(last.addDays(-day));
    for (int day = 30; day >= 2; --day)
        times.append(last.addDays(-day));
    for (qint64 hours = 48; hours >= 0; hours -= 6)
        times.append(last.addSecs(-3600 * hours));
    for (const QDateTime &at : std::as_const(times))
        inventory.record(organisation, listingAt(state, at, now), at);
}

} // namespace keydesk
