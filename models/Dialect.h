#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace keydesk {

// The three documented API dialects (docs/dialects.md).
enum class Dialect { LeadHql, LocalLeads, TrustLeads };

// Stable identifier used on the command line, in profiles and in JSON: "leadhql", ...
QString dialectId(Dialect dialect);
std::optional<Dialect> dialectFromId(QStringView id);
// Product name for people: "LeadHQL", "LocalLeads", "Trust Leads".
QString dialectDisplayName(Dialect dialect);

// What each dialect documents; the UI and CLI derive their behaviour from this table
// rather than from `if (dialect == ...)` scattered around.
struct DialectTraits final {
    bool managesKeys = false;         // list/create/revoke endpoints are documented
    bool listIncludesRevoked = false; // LeadHQL lists revoked keys, LocalLeads does not
    bool reportsStatus = false;       // records carry a `status` field
    bool reportsUsageCount = false;
    bool reportsLastUse = false; // records carry `lastUsedAt`
    bool reportsKeyPrefix = false;
    bool reportsCreatedBy = false;
    bool expiryAsDays = false;         // create takes `expiresInDays` (else `expiresAt`)
    bool nameOptional = false;         // server defaults a missing name ("API Key")
    bool managementNeedsJwt = false;   // LeadHQL: a JWT session token, never an API key
    bool acceptsXApiKeyHeader = false; // Trust Leads: `X-API-Key` as an alternative
    int activeKeyLimit = 0;            // 0 = no documented limit

    static DialectTraits of(Dialect dialect);
};

} // namespace keydesk
