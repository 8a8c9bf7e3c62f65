#pragma once

#include "Dialect.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace keydesk {

// Recognises the documented key formats:
//   leadhql_pk_ + random alphanumerics (>= 16), ll_ + 64 lowercase hex,
//   lfk_sk_ + 40 alphanumerics.
class KeyFormat final {
public:
    static std::optional<Dialect> recognise(QStringView key);
    static bool isWellFormed(QStringView key, Dialect dialect);
    // The identifier that is safe to show: "leadhql_pk_…a1b2", "ll_a1b2c3d4e5…",
    // "lfk_sk_…q7r8". Empty for a string that is not a recognised key.
    static QString maskedIdentifier(QStringView key);
    // What the LocalLeads server reports as `keyPrefix`: "ll_" + 10 hex (13 chars, as in
    // the documented example "ll_a1b2c3d4e5").
    static QString localLeadsPrefix(QStringView key);
};

} // namespace keydesk
