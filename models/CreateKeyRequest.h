#pragma once

#include <QDate>
#include <QString>

namespace keydesk {

// How long a new key lives. Mapped per dialect: LeadHQL takes `expiresInDays`,
// LocalLeads an ISO `expiresAt` date (a day count is converted to a date, a date to
// a day count, both relative to "today" supplied by the caller's clock).
struct Expiry final {
    enum class Kind { Never, InDays, OnDate };
    Kind kind = Kind::Never;
    int days = 0;   // Kind::InDays
    QDate date;     // Kind::OnDate

    static Expiry never() { return {}; }
    static Expiry inDays(int days) { return {Kind::InDays, days, {}}; }
    static Expiry onDate(QDate date) { return {Kind::OnDate, 0, date}; }
};

struct CreateKeyRequest final {
    QString name;   // already validated and trimmed
    Expiry expiry;
};

} // namespace keydesk
