#include "InventoryArguments.h"

#include "CliArguments.h"
#include "CliOptions.h"
#include "TargetArguments.h"

#include <QCommandLineParser>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace keydesk {

bool parseAuditTarget(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure)
{
    invocation.allProfiles = parser.isSet(optAllProfiles);
    if (invocation.allProfiles) {
        for (const QString &option : {optProfile, optOrg, optDialect, optBaseUrl, optCaFile}) {
            if (parser.isSet(option)) {
                failure = usageError(CommandLine::tr("--%1 does not apply to 'audit --all-profiles', which audits "
                                                     "every saved profile.")
                                         .arg(option));
                return false;
            }
        }
        return true;
    }
    if (invocation.cached) {
        for (const QString &option : {optDialect, optBaseUrl, optCaFile}) {
            if (parser.isSet(option)) {
                failure = usageError(CommandLine::tr("--%1 does not apply to 'audit --cached', which makes no "
                                                     "request; name the organisation with --profile or --org.")
                                         .arg(option));
                return false;
            }
        }
        return parseInventoryTarget(parser, invocation, true, failure);
    }
    return parseTarget(parser, invocation, failure) && parseCaFile(parser, invocation, failure)
           && parseRecordingName(parser, invocation, failure);
}

bool parseFailOn(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure)
{
    const std::optional<QString> level = singleValue(parser, optFailOn, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (level) {
        const std::optional<Severity> severity = severityFromId(*level);
        if (!severity) {
            failure = usageError(
                CommandLine::tr("Unknown --fail-on level '%1'; use info, warning or critical.").arg(*level));
            return false;
        }
        invocation.failOn = *severity;
    }
    return true;
}

bool parseAcknowledgement(const QCommandLineParser &parser, const QStringList &positional, QDate today,
                          CliInvocation &invocation, CliParseResult &failure)
{
    const QString findingWord = positional.constLast().trimmed();
    const std::optional<FindingCode> code = findingCodeFromId(findingWord);
    if (!code) {
        failure = usageError(CommandLine::tr("Unknown finding '%1'; use one of the rule names 'keydesk-cli audit' "
                                             "prints, such as expires-soon, idle or limit-near.")
                                 .arg(findingWord));
        return false;
    }
    invocation.findingCode = *code;
    const bool aboutOrganisation = *code == FindingCode::LimitNear;
    if (positional.size() == 2) {
        invocation.keyId = positional.constFirst().trimmed();
        if (aboutOrganisation) {
            failure = usageError(CommandLine::tr("limit-near is about the organisation, not a key: use "
                                                 "'keydesk-cli acknowledge limit-near'."));
            return false;
        }
        if (invocation.keyId.isEmpty()) {
            failure = usageError(CommandLine::tr("'acknowledge' needs a key ID (see 'keydesk-cli audit')."));
            return false;
        }
    } else if (!aboutOrganisation) {
        failure = usageError(CommandLine::tr("'acknowledge %1' needs the key ID first: 'keydesk-cli acknowledge ID "
                                             "%1'.")
                                 .arg(findingWord));
        return false;
    }
    const std::optional<QString> note = singleValue(parser, optNote, failure);
    const std::optional<QString> until = singleValue(parser, optUntil, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (note)
        invocation.note = note->trimmed();
    if (until) {
        invocation.until = QDate::fromString(*until, u"yyyy-MM-dd"_s);
        if (!invocation.until.isValid()) {
            failure = usageError(CommandLine::tr("--until needs a date as YYYY-MM-DD, not '%1'.").arg(*until));
            return false;
        }
        if (invocation.until < today) {
            failure = usageError(CommandLine::tr("--until %1 has passed; give today or a later day.").arg(*until));
            return false;
        }
    }
    return true;
}

bool parseHistory(const QStringList &positional, CliInvocation &invocation, CliParseResult &failure)
{
    invocation.keyId = positional.at(0).trimmed();
    if (invocation.keyId.isEmpty()) {
        failure = usageError(CommandLine::tr("'history' needs a key ID (see 'keydesk-cli list')."));
        return false;
    }
    return true;
}

bool parseExport(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure)
{
    const std::optional<QString> format = singleValue(parser, optFormat, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (format && *format != u"csv"_s && *format != u"json"_s) {
        failure = usageError(CommandLine::tr("Unknown export format '%1'; use csv or json.").arg(*format));
        return false;
    }
    invocation.exportJson = format && *format == u"json"_s;
    invocation.allProfiles = parser.isSet(optAllProfiles);
    const bool named = invocation.target == CliInvocation::Target::Profile || !invocation.organisationName.isEmpty();
    if (invocation.allProfiles && named) {
        failure = usageError(
            CommandLine::tr("Use either --all-profiles or one organisation (--profile or --org), not both."));
        return false;
    }
    if (!invocation.allProfiles && !named) {
        failure = usageError(CommandLine::tr("'export' needs --profile NAME, --org NAME or --all-profiles."));
        return false;
    }
    return true;
}

bool parseLog(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure)
{
    const std::optional<QString> since = singleValue(parser, optSince, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (since) {
        invocation.since = QDate::fromString(*since, u"yyyy-MM-dd"_s);
        if (!invocation.since.isValid()) {
            failure = usageError(CommandLine::tr("--since needs a date as YYYY-MM-DD, not '%1'.").arg(*since));
            return false;
        }
    }
    return true;
}

} // namespace keydesk
