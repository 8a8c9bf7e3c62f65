#pragma once

#include "ApiKey.h"
#include "Dialect.h"
#include "Finding.h"
#include "FindingAcknowledgement.h"
#include "Observation.h"
#include "WatchThresholds.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace keydesk {

// The watch's rules (docs/design.md#watch): pure functions of a key, its history, the
// organisation's dialect, the thresholds and the time. Only what the dialect reports is
// judged: no usage rules without `lastUsedAt`, no expiry or age rules for keys whose
// server lists nothing (Trust Leads keys tracked by hand).
class FindingRules final {
public:
    FindingRules(WatchThresholds thresholds, DialectTraits traits);

    // The findings about one key. `history` is oldest first and normally already holds
    // the key's current state (the listing is recorded before it is judged); if its last
    // point differs from `key`, the key counts as one more point observed at `now`.
    QList<Finding> forKey(const QString &organisation, const ApiKey &key, const QList<Observation> &history,
                          const QDateTime &now) const;
    // limit-near: the organisation's active keys against its documented limit.
    std::optional<Finding> forOrganisation(const QString &organisation, const QList<ApiKey> &keys,
                                           const QDateTime &now) const;

    // Marks the findings an acknowledgement covers.
    static void acknowledge(QList<Finding> &findings, const QList<FindingAcknowledgement> &acknowledgements,
                            const QDateTime &now);
    // Worst first, then by organisation, key name and rule.
    static void sortByUrgency(QList<Finding> &findings);

private:
    std::optional<Finding> expiry(const ApiKey &key, const QDateTime &now) const;
    std::optional<Finding> age(const ApiKey &key, const QDateTime &now) const;
    std::optional<Finding> rotationDue(const ApiKey &key, const QDateTime &now) const;
    std::optional<Finding> neverUsed(const ApiKey &key, const QDateTime &now) const;
    std::optional<Finding> idle(const ApiKey &key, const QDateTime &now) const;
    std::optional<Finding> wokeUp(const ApiKey &key, const QList<Observation> &history, const QDateTime &now) const;
    std::optional<Finding> usageSpike(const ApiKey &key, const QList<Observation> &history, const QDateTime &now) const;

    WatchThresholds m_thresholds;
    DialectTraits m_traits;
};

} // namespace keydesk
