#include "AcknowledgeCommand.h"

#include "CliExitCode.h"
#include "CommandContext.h"
#include "FindingAcknowledgement.h"
#include "Inventory.h"
#include "ProfileStore.h"
#include "UntrustedText.h"

#include <QFileInfo>

namespace keydesk {

AcknowledgeCommand::AcknowledgeCommand(CommandContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_organisation(context.invocation.namedOrganisation())
{
}

void AcknowledgeCommand::start()
{
    const QString &path = m_context.services.inventoryPath;
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        notFound();
        return;
    }
    WatchScope scope{m_organisation, {}};
    if (m_context.invocation.target == CliInvocation::Target::Profile) {
        if (const std::optional<Profile> profile = ProfileStore(m_context.services.settings).find(m_organisation))
            scope.thresholds = profile->watch;
    }
    m_context.inventory()->findings({scope}, this, [this](const InventoryResult<QList<Finding>> &result) {
        if (!result.ok()) {
            m_context.fail(CliExitCode::Other,
                           tr("Cannot read the inventory: %1")
                               .arg(UntrustedText::forDisplay(CliOutput::singleLine(result.error))));
            return;
        }
        for (const Finding &finding : result.value) {
            if (finding.keyId == m_context.invocation.keyId && finding.code == m_context.invocation.findingCode) {
                acknowledge(finding);
                return;
            }
        }
        notFound();
    });
}

void AcknowledgeCommand::notFound()
{
    const CliInvocation &invocation = m_context.invocation;
    const QString organisation = UntrustedText::forDisplay(m_organisation);
    const QString code = findingCodeId(invocation.findingCode);
    m_context.fail(CliExitCode::NotFound,
                   invocation.keyId.isEmpty()
                       ? tr("'%1' has no %2 finding; 'keydesk-cli audit' lists the findings.").arg(organisation, code)
                       : tr("Key '%1' of '%2' has no %3 finding; 'keydesk-cli audit' lists the findings.")
                             .arg(UntrustedText::forDisplay(invocation.keyId), organisation, code));
}

void AcknowledgeCommand::acknowledge(const Finding &finding)
{
    const CliInvocation &invocation = m_context.invocation;
    FindingAcknowledgement acknowledgement;
    acknowledgement.organisation = m_organisation;
    acknowledgement.keyId = finding.keyId;
    acknowledgement.code = finding.code;
    acknowledgement.severity = finding.severity;
    acknowledgement.note = m_context.output.redacted(CliOutput::singleLine(invocation.note));
    acknowledgement.at = m_context.now();
    if (invocation.until.isValid()) // through the end of that local day
        acknowledgement.until = invocation.until.addDays(1).startOfDay().toUTC();
    m_context.inventory()->acknowledge(
        acknowledgement, finding.keyName, this, [this, finding](const InventoryResult<bool> &result) {
            if (!result.ok()) {
                m_context.fail(CliExitCode::Other,
                               tr("The acknowledgement was not stored: %1")
                                   .arg(UntrustedText::forDisplay(CliOutput::singleLine(result.error))));
                return;
            }
            const CliInvocation &invocation = m_context.invocation;
            const QString code = findingCodeId(finding.code);
            const QString subject = finding.keyId.isEmpty() ? tr("'%1'").arg(UntrustedText::forDisplay(m_organisation))
                                                            : tr("key '%1' (%2) of '%3'")
                                                                  .arg(UntrustedText::forDisplay(finding.keyName),
                                                                       UntrustedText::forDisplay(finding.keyId),
                                                                       UntrustedText::forDisplay(m_organisation));
            const QString severity = severityId(finding.severity);
            m_context.output.printInfo(
                invocation.until.isValid()
                    ? tr("Acknowledged: 'audit' leaves out %1 about %2 until the end of %3, unless it becomes "
                         "worse than %4.")
                          .arg(code, subject, invocation.until.toString(Qt::ISODate), severity)
                    : tr("Acknowledged: 'audit' leaves out %1 about %2 unless it becomes worse than %3.")
                          .arg(code, subject, severity));
            m_context.finish(CliExitCode::Ok);
        });
}

} // namespace keydesk
