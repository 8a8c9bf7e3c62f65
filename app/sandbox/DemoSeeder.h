#pragma once

#include "SandboxState.h"

#include <QDateTime>

namespace keydesk {

// What a demo key went through before the demo starts, for the inventory's history
// (ui/desktop/DemoHistory): a quiet spell without use, a burst of requests just now.
struct DemoPast final {
    qint64 quietFromDaysAgo = -1;  // unused from then…
    qint64 quietUntilDaysAgo = -1; // …until then (-1: no quiet spell)
    qint64 burstRequests = 0;      // of its usage count, made in the last two hours
};

// Believable demo data relative to `now`: keys with real formats (their secrets are
// discarded at once), some expired, revoked, expiring within a week, never used, and
// for LocalLeads several users. Runs once per state (SandboxState::demoSeeded).
class DemoSeeder final {
public:
    static void seed(SandboxState &state, const QDateTime &now);
    // The past of the demo key of that name (none for other keys).
    static DemoPast pastOf(Dialect dialect, const QString &keyName);
};

} // namespace keydesk
