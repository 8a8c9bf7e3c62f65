#include "AuditCommand.h"

#include "ApiClient.h"
#include "ApiError.h"
#include "ApiReply.h"
#include "CliExitCode.h"
#include "CommandContext.h"
#include "CreatedKey.h"
#include "CredentialLookup.h"
#include "FindingRules.h"
#include "FindingText.h"
#include "Inventory.h"
#include "ProfileStore.h"
#include "SnapshotJudge.h"
#include "TextTable.h"
#include "UntrustedText.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace keydesk {

AuditCommand::AuditCommand(CommandContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

void AuditCommand::start()
{
    const CliInvocation &invocation = m_context.invocation;
    ProfileStore store(m_context.services.settings);
    if (invocation.allProfiles) {
        m_many = true;
        if (!store.problem().isEmpty())
            m_context.output.printWarning(UntrustedText::forDisplay(store.problem()));
        const QList<Profile> profiles = store.profiles();
        for (const Profile &profile : profiles) {
            Target target;
            target.organisation = Organisation{profile.name, profile.dialect, profile.baseUrl};
            target.thresholds = profile.watch;
            target.refresh = !invocation.cached && DialectTraits::of(profile.dialect).managesKeys;
            target.fromKeychain = true;
            target.profileName = profile.name;
            target.connection = profile.connection(QString());
            m_targets.append(target);
        }
        if (profiles.isEmpty())
            m_context.output.printInfo(tr("There are no saved profiles to audit; see 'keydesk-cli profile add'."));
    } else {
        // --cached, or a dialect without a listing: the inventory of one organisation.
        Target target;
        target.refresh = false;
        target.organisation.name = invocation.namedOrganisation();
        if (invocation.target == CliInvocation::Target::Profile) {
            if (const std::optional<Profile> profile = store.find(invocation.profileName))
                target.thresholds = profile->watch;
        }
        m_targets.append(target);
    }
    next();
}

void AuditCommand::startWith(ApiClient *client)
{
    Target target;
    if (m_context.organisation) {
        target.organisation = *m_context.organisation;
    } else {
        // Nothing is recorded without a name (docs/design.md#cli-contract): the listing is
        // judged alone, under its server's address.
        target.organisation = Organisation{QString(), m_context.connection.dialect, m_context.connection.baseUrl};
    }
    if (m_context.invocation.target == CliInvocation::Target::Profile) {
        if (const std::optional<Profile> profile = ProfileStore(m_context.services.settings)
                                                       .find(m_context.invocation.profileName))
            target.thresholds = profile->watch;
    }
    refresh(target, client);
}

void AuditCommand::next()
{
    if (m_targets.isEmpty()) {
        report();
        return;
    }
    const Target target = m_targets.takeFirst();
    if (!target.refresh)
        judgeInventory(target);
    else if (target.fromKeychain)
        lookUpAndRefresh(target);
    else
        report(); // unreachable: the one explicit target comes through startWith()
}

void AuditCommand::lookUpAndRefresh(const Target &target)
{
    lookUpCredential(nullptr, m_context.services.secrets, target.profileName, this,
                     [this, target](const QString &credential, const SecretError &error) {
                         if (error.isError()) {
                             failTarget(target, CliExitCode::Keychain,
                                        CommandContext::credentialLookupMessage(target.profileName, error));
                             next();
                             return;
                         }
                         m_context.output.rememberSecret(credential);
                         // The connection of the organisation in hand, for the error hints.
                         wipeSecret(m_context.connection.credential);
                         m_context.connection = target.connection;
                         m_context.connection.credential = credential;
                         auto *client = new ApiClient(m_context.services.network, m_context.connection, this);
                         client->setClock([this] { return m_context.now(); });
                         refresh(target, client);
                     });
}

void AuditCommand::refresh(const Target &target, ApiClient *client)
{
    ApiReply *reply = client->listKeys();
    connect(reply, &ApiReply::finished, this, [this, target, reply] { onListed(target, reply); });
}

void AuditCommand::onListed(const Target &target, ApiReply *reply)
{
    if (!reply->ok()) {
        failTarget(target, reply->error().exitCode(), m_context.apiErrorMessage(reply->error()));
        next();
        return;
    }
    const QList<ApiKey> listing = reply->keys();
    if (target.organisation.name.isEmpty() || !m_context.inventory()) {
        judgeListing(target, listing);
        next();
        return;
    }
    // Recorded first, so the history the rules read ends with this listing.
    m_context.organisation = target.organisation;
    m_context.recordListing(listing);
    m_context.inventory()->findings({WatchScope{target.organisation.name, target.thresholds}}, this,
                                    [this, target, listing](const InventoryResult<QList<Finding>> &result) {
                                        if (result.ok()) {
                                            collect(result.value);
                                        } else {
                                            // The inventory is broken (already said once): what the server listed still
                                            // counts.
                                            judgeListing(target, listing);
                                        }
                                        next();
                                    });
}

void AuditCommand::judgeInventory(const Target &target)
{
    const QString &path = m_context.services.inventoryPath;
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        failTarget(target, CliExitCode::NotFound, QString());
        next();
        return;
    }
    m_context.inventory()->lastKnown(
        target.organisation.name, this,
        [this, target](const InventoryResult<std::optional<InventorySnapshot>> &result) {
            if (!result.ok()) {
                failTarget(target, CliExitCode::Other,
                           tr("Cannot read the inventory: %1")
                               .arg(UntrustedText::forDisplay(CliOutput::singleLine(result.error))));
                next();
                return;
            }
            const bool known = result.value
                               && (result.value->organisation.listedAt.isValid() || !result.value->keys.isEmpty());
            if (!known) {
                failTarget(target, CliExitCode::NotFound, QString());
                next();
                return;
            }
            judgeStoredFindings(target);
        });
}

void AuditCommand::judgeStoredFindings(const Target &target)
{
    m_context.inventory()->findings(
        {WatchScope{target.organisation.name, target.thresholds}}, this,
        [this, target](const InventoryResult<QList<Finding>> &result) {
            if (result.ok())
                collect(result.value);
            else
                failTarget(target, CliExitCode::Other,
                           tr("Cannot read the inventory: %1")
                               .arg(UntrustedText::forDisplay(CliOutput::singleLine(result.error))));
            next();
        });
}

void AuditCommand::judgeListing(const Target &target, const QList<ApiKey> &listing)
{
    InventorySnapshot snapshot;
    snapshot.organisation.organisation = target.organisation;
    if (snapshot.organisation.organisation.name.isEmpty())
        snapshot.organisation.organisation.name = target.organisation.baseUrl.toString();
    for (const ApiKey &key : listing) {
        InventoryKey row;
        row.key = key;
        snapshot.keys.append(row);
    }
    // No history and no acknowledgements: the rules that need them find nothing.
    collect(SnapshotJudge::findings(snapshot, {}, target.thresholds, {}, m_context.now()));
}

void AuditCommand::collect(const QList<Finding> &findings)
{
    m_findings.append(findings);
}

void AuditCommand::failTarget(const Target &target, int exitCode, const QString &message)
{
    const QString name = UntrustedText::forDisplay(target.organisation.name);
    QString line = message;
    if (exitCode == CliExitCode::NotFound && line.isEmpty()) {
        line = tr("The inventory has no listing of '%1' yet; list its keys once while the server is reachable.")
                   .arg(name);
    } else if (m_many) {
        line = tr("Profile '%1': %2").arg(name, message);
    }
    m_context.output.printError(CliOutput::singleLine(line));
    if (!m_failure)
        m_failure = exitCode;
}

void AuditCommand::report()
{
    // One organisation that could not be audited: its error is the whole answer.
    if (m_failure && !m_many) {
        m_context.finish(*m_failure);
        return;
    }
    FindingRules::sortByUrgency(m_findings);
    QList<Finding> open;
    qsizetype acknowledged = 0;
    bool failing = false;
    for (const Finding &finding : std::as_const(m_findings)) {
        if (finding.acknowledged) {
            ++acknowledged;
            continue;
        }
        open.append(finding);
        failing = failing || finding.severity >= m_context.invocation.failOn;
    }

    if (m_context.invocation.json) {
        QJsonArray array;
        for (const Finding &finding : std::as_const(open))
            array.append(QJsonObject{
                {u"organisation"_s, finding.organisation},
                {u"keyId"_s, CliOutput::textOrNull(finding.keyId)},
                {u"keyName"_s, CliOutput::textOrNull(finding.keyName)},
                {u"finding"_s, findingCodeId(finding.code)},
                {u"severity"_s, severityId(finding.severity)},
                {u"detail"_s, FindingText::reason(finding)},
            });
        m_context.output.printJson(array);
    } else if (!open.isEmpty()) {
        printTable(open);
    } else {
        m_context.output.printInfo(tr("No open findings."));
    }
    if (acknowledged > 0)
        m_context.output.printInfo(
            acknowledged == 1
                ? tr("%n acknowledged finding is not shown; 'keydesk-cli log' lists the acknowledgements.", nullptr,
                     int(acknowledged))
                : tr("%n acknowledged findings are not shown; 'keydesk-cli log' lists the acknowledgements.", nullptr,
                     int(acknowledged)));
    if (m_failure)
        m_context.finish(*m_failure);
    else
        m_context.finish(failing ? CliExitCode::Findings : CliExitCode::Ok);
}

void AuditCommand::printTable(const QList<Finding> &open)
{
    TextTable table({tr("Organisation"), tr("Key"), tr("Severity"), tr("Finding"), tr("Reason"), tr("Action")});
    for (const Finding &finding : open) {
        const QString key = finding.keyId.isEmpty() ? u"\u2014"_s // "—": about the organisation
                                                    : tr("%1 (%2)").arg(UntrustedText::forDisplay(finding.keyName),
                                                                        UntrustedText::forDisplay(finding.keyId));
        table.addRow({UntrustedText::forDisplay(finding.organisation), key, severityId(finding.severity),
                      findingCodeId(finding.code), FindingText::reason(finding),
                      FindingText::actionLabel(finding.action)});
    }
    m_context.output.printResult(table.toString());
}

} // namespace keydesk
