#pragma once

#include <QDateTime>
#include <QString>

namespace keydesk {

// That a finding was notified (Finding::identity), and until when it is snoozed.
struct FindingNotice final {
    QString identity;
    QDateTime notifiedAt;   // UTC
    QDateTime snoozedUntil; // UTC, null: not snoozed

    // Due again: snoozed, and the snooze is over.
    bool isDueAgain(const QDateTime &now) const { return snoozedUntil.isValid() && snoozedUntil <= now; }
};

} // namespace keydesk
