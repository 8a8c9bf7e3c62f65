#pragma once

#include <QDateTime>

#include <functional>

namespace keydesk {

// The sandbox's notion of "now" (UTC). Injected so tests can move time.
using SandboxClock = std::function<QDateTime()>;

inline SandboxClock systemSandboxClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace keydesk
