#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

class QTimeZone;

namespace keydesk {

// How long a new key lives, defined by UTC instants so that it means the same in every
// time zone:
// - "in N days" ends N × 24 hours after the request is sent (DST and the local date
//   play no part);
// - a date is a calendar day in the time zone of whoever chose it (the dialog and the
//   CLI take local dates); the key expires when that day begins there.
// Mapped per dialect by the codecs: LocalLeads takes the instant as `expiresAt`; LeadHQL
// takes only whole days from now, so a date becomes the days until its start rounded
// up, and the key expires during that day, at the time of day it was created.
struct Expiry final {
    enum class Kind { Never, InDays, OnDate };
    Kind kind = Kind::Never;
    int days = 0;       // Kind::InDays
    QDate date;         // Kind::OnDate: the day as chosen
    QDateTime startsAt; // Kind::OnDate: the start of `date` in the chooser's zone (UTC)

    static Expiry never() { return {}; }
    static Expiry inDays(int days) { return {Kind::InDays, days, {}, {}}; }
    static Expiry onDate(QDate date, const QTimeZone &zone);

    // When a key created at `now` stops working (UTC); null for Never.
    QDateTime instant(const QDateTime &now) const;
    // Whole days from `now` to instant(), rounded up; 0 for Never.
    qint64 wholeDaysFrom(const QDateTime &now) const;
};

struct CreateKeyRequest final {
    QString name; // already validated and trimmed
    Expiry expiry;
};

} // namespace keydesk
