#include "FindingAcknowledgement.h"

namespace keydesk {

bool FindingAcknowledgement::covers(const Finding &finding, const QDateTime &now) const
{
    return finding.organisation == organisation && finding.keyId == keyId && finding.code == code
           && finding.severity <= severity && (until.isNull() || now < until);
}

} // namespace keydesk
