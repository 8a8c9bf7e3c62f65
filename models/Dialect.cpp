#include "Dialect.h"

namespace keydesk {

QString dialectId(Dialect dialect)
{
    switch (dialect) {
    case Dialect::LeadHql:
        return QStringLiteral("leadhql");
    case Dialect::LocalLeads:
        return QStringLiteral("localleads");
    case Dialect::TrustLeads:
        return QStringLiteral("trustleads");
    }
    return {};
}

std::optional<Dialect> dialectFromId(QStringView id)
{
    // Case-insensitive so that "LeadHQL" typed on a command line or in a hand-edited
    // profile still works; the canonical spelling written back is always lower case.
    for (const Dialect dialect : {Dialect::LeadHql, Dialect::LocalLeads, Dialect::TrustLeads}) {
        if (id.compare(dialectId(dialect), Qt::CaseInsensitive) == 0)
            return dialect;
    }
    return std::nullopt;
}

QString dialectDisplayName(Dialect dialect)
{
    // Product names are not translated.
    switch (dialect) {
    case Dialect::LeadHql:
        return QStringLiteral("LeadHQL");
    case Dialect::LocalLeads:
        return QStringLiteral("LocalLeads");
    case Dialect::TrustLeads:
        return QStringLiteral("Trust Leads");
    }
    return {};
}

DialectTraits DialectTraits::of(Dialect dialect)
{
    DialectTraits traits;
    switch (dialect) {
    case Dialect::LeadHql:
        traits.managesKeys = true;
        traits.listIncludesRevoked = true;
        traits.reportsStatus = true;
        traits.reportsUsageCount = true;
        traits.reportsLastUse = true;
        traits.expiryAsDays = true;
        traits.managementNeedsJwt = true;
        break;
    case Dialect::LocalLeads:
        traits.managesKeys = true;
        traits.reportsKeyPrefix = true;
        traits.reportsLastUse = true;
        traits.reportsCreatedBy = true;
        traits.nameOptional = true;
        traits.activeKeyLimit = 10;
        break;
    case Dialect::TrustLeads:
        traits.acceptsXApiKeyHeader = true;
        break;
    }
    return traits;
}

} // namespace keydesk
