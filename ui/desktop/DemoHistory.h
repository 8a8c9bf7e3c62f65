#pragma once

#include "Organisation.h"
#include "SandboxState.h"

#include <QDateTime>
#include <QList>

namespace keydesk {

class Inventory;
struct ApiKey;

// Months of believable history for the demo's inventory, so that the usage charts, the
// instant start from the inventory and All organisations have something to show at the
// first launch: listings of a demo server's keys going back about six months (weekly,
// daily for the last month, every few hours for the last two days), each key's usage growing along its own
// curve up to what the server reports now. Recorded through the public Inventory API,
// oldest first, ending a few hours before `now` (the live list then follows).
class DemoHistory final {
public:
    static constexpr int days = 182;
    static constexpr int lastListingHoursAgo = 3;

    // The listings of `state` (as the dialect would list them) from `days` ago to a few
    // hours ago, recorded for `organisation`.
    static void seed(Inventory &inventory, const Organisation &organisation, const SandboxState &state,
                     const QDateTime &now);
    // The demo's rotation under way (issue 13, docs/design.md#rotation): the older of two
    // keys named `keyName` replaced by the newer one, which is in use, while the old one
    // goes quiet (waiting-for-quiet, revoke due in about a day). Nothing without two such keys.
    static void seedRotation(Inventory &inventory, const Organisation &organisation, const SandboxState &state,
                             const QString &keyName);
    static constexpr qint64 rotationQuietForSeconds = 48 * 3600;
    // What a listing of `state` at `at` would have shown (exposed for the tests).
    static QList<ApiKey> listingAt(const SandboxState &state, const QDateTime &at, const QDateTime &now);
};

} // namespace keydesk
