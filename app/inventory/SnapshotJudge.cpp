#include "SnapshotJudge.h"

#include "FindingRules.h"

namespace keydesk {

QList<Finding> SnapshotJudge::findings(const InventorySnapshot &snapshot,
                                       const QHash<QString, QList<Observation>> &histories,
                                       const WatchThresholds &thresholds,
                                       const QList<FindingAcknowledgement> &acknowledgements, const QDateTime &now)
{
    return findings(snapshot, histories, thresholds, acknowledgements, now, {});
}

QList<Finding> SnapshotJudge::findings(const InventorySnapshot &snapshot,
                                       const QHash<QString, QList<Observation>> &histories,
                                       const WatchThresholds &thresholds,
                                       const QList<FindingAcknowledgement> &acknowledgements, const QDateTime &now,
                                       const QList<LeakedKey> &leaked)
{
    QHash<QString, const LeakedKey *> leakedById;
    for (const LeakedKey &key : leaked)
        leakedById.insert(key.keyId, &key);
    const Organisation &organisation = snapshot.organisation.organisation;
    const FindingRules rules(thresholds, DialectTraits::of(organisation.dialect));
    QList<Finding> findings;
    QList<ApiKey> listed;
    for (const InventoryKey &row : snapshot.keys) {
        if (row.isGone()) // no longer listed: nothing to do about it
            continue;
        listed.append(row.key);
        findings.append(rules.forKey(organisation.name, row.key, histories.value(row.key.id), now));
        if (const LeakedKey *seen = leakedById.value(row.key.id)) {
            if (auto finding = FindingRules::leaked(organisation.name, row.key, seen->lastSeenAt, seen->location, now))
                findings.append(*finding);
        }
    }
    if (auto limit = rules.forOrganisation(organisation.name, listed, now))
        findings.append(*limit);
    FindingRules::acknowledge(findings, acknowledgements, now);
    return findings;
}

} // namespace keydesk
