#pragma once

#include "KeyStatus.h"

#include <QDateTime>

#include <optional>

namespace keydesk {

// One point of a key's history: what a listing showed when status, usage count or
// last use had changed since the previous point (the inventory stores nothing else).
struct Observation final {
    QDateTime observedAt; // UTC
    KeyStatus status = KeyStatus::Active;
    std::optional<qint64> usageCount; // nullopt: the dialect does not report it
    QDateTime lastUsedAt;             // UTC, null = never used / not reported
};

} // namespace keydesk
