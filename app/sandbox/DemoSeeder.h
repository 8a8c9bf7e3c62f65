#pragma once

#include "SandboxState.h"

#include <QDateTime>

namespace keydesk {

// Believable demo data relative to `now`: keys with real formats (their secrets are
// discarded at once), some expired, revoked, expiring within a week, never used, and
// for LocalLeads several users. Runs once per state (SandboxState::demoSeeded).
class DemoSeeder final {
public:
    static void seed(SandboxState &state, const QDateTime &now);
};

} // namespace keydesk
