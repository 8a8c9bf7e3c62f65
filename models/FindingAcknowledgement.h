#pragma once

#include "Finding.h"

#include <QDateTime>
#include <QString>

namespace keydesk {

// "I know, leave it": an administrator's acknowledgement of a finding, kept in the
// inventory. It covers the same key and rule up to the severity it was given at (an
// expiry acknowledged at "info" comes back at "warning"), until `until` (null: for good).
struct FindingAcknowledgement final {
    QString organisation;
    QString keyId;
    FindingCode code = FindingCode::NoExpiry;
    Severity severity = Severity::Info;
    QString note;
    QDateTime at;    // UTC
    QDateTime until; // UTC, null = no end

    bool covers(const Finding &finding, const QDateTime &now) const;
};

} // namespace keydesk
