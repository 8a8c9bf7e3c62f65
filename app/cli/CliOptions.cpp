#include "CliOptions.h"

#include "Translations.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace keydesk {

void CommandLine::addOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions({
        {optProfile, CommandLine::tr("Use the saved connection NAME (credential from the keychain)."),
         CommandLine::tr("NAME")},
        {optDialect, CommandLine::tr("API dialect: leadhql, localleads or trustleads."), CommandLine::tr("DIALECT")},
        {optBaseUrl, CommandLine::tr("Server base URL (credential from the environment variable KEYDESK_CREDENTIAL)."),
         CommandLine::tr("URL")},
        {optJson, CommandLine::tr("Print JSON instead of text.")},
        {optCaFile, CommandLine::tr("Also trust the CA certificates in FILE (PEM)."), CommandLine::tr("FILE")},
        {optExpiresInDays, CommandLine::tr("create: the key expires after N days."), CommandLine::tr("N")},
        {optExpiresAt, CommandLine::tr("create: the key expires on this date."), CommandLine::tr("YYYY-MM-DD")},
        {optYes, CommandLine::tr("revoke: do not ask for confirmation.")},
        {optOrg,
         CommandLine::tr("With --base-url: record the history under the organisation NAME (without it, nothing "
                         "is recorded). For history, export and log: the organisation to read."),
         CommandLine::tr("NAME")},
        {optCached, CommandLine::tr("list, audit: the last listing the inventory knows, without any request.")},
        {optFormat, CommandLine::tr("export: csv (default) or json."), CommandLine::tr("FORMAT")},
        {optAllProfiles, CommandLine::tr("export, audit: every saved profile.")},
        {optSince, CommandLine::tr("log: entries from this day on."), CommandLine::tr("YYYY-MM-DD")},
        {optFailOn,
         CommandLine::tr("audit: exit 8 when an open finding is at least this severe: info, warning (default) or "
                         "critical."),
         CommandLine::tr("LEVEL")},
        {optNote, CommandLine::tr("acknowledge: why the finding is acceptable."), CommandLine::tr("TEXT")},
        {optUntil, CommandLine::tr("acknowledge: the last day the acknowledgement holds (default: for good)."),
         CommandLine::tr("YYYY-MM-DD")},
        {optTo,
         CommandLine::tr("create, rotate: hand the new key to DEST instead of printing it: keychain:LABEL, pass:NAME, "
                         "keepassxc:DATABASE:ENTRY or command:NAME."),
         CommandLine::tr("DEST")},
        {optRemove, CommandLine::tr("profile command: remove the saved command template.")},
        {optRotateEveryDays,
         CommandLine::tr("profile set: the rotation policy, rotate keys every N days (0: no policy)."),
         CommandLine::tr("N")},
        {optHistory, CommandLine::tr("scan: also the git history of each PATH in a repository.")},
        {optStaged, CommandLine::tr("scan: the files staged in the index (a pre-commit hook).")},
        {optBinary, CommandLine::tr("scan: binary files too.")},
        {optFull, CommandLine::tr("scan --history: read the whole history again, not only what is new.")},
        {optVerify, CommandLine::tr("scan: check keys the inventory does not know with the server of --profile.")},
        {optIgnoreFile,
         CommandLine::tr("scan: fingerprints to leave out, one per line with a reason (default: .keydesk-ignore "
                         "in each folder PATH)."),
         CommandLine::tr("FILE")},
        {optSarif, CommandLine::tr("scan: print SARIF 2.1.0 (for code scanning) instead of text.")},
        {optInstallHook,
         CommandLine::tr("scan: write a pre-commit hook into the repository that runs 'scan --staged'.")},
        {optName, CommandLine::tr("rotate: the new key's name (default: the old key's)."), CommandLine::tr("NAME")},
        {optQuietFor,
         CommandLine::tr("rotate: how long the old key must be unused after the new one is in use before it is "
                         "revoked (default 24h)."),
         CommandLine::tr("DURATION")},
        {optNoAutoRevoke, CommandLine::tr("rotate: say when the old key is ready to revoke, do not revoke it.")},
        {optEmergency,
         CommandLine::tr("rotate: a leaked key; revoke the old key as soon as the new one exists (asks first "
                         "unless --yes).")},
        {optWait, CommandLine::tr("rotate: keep polling until the rotation ends.")},
        {optTimeout, CommandLine::tr("rotate --wait: give up after DURATION (exit 6)."), CommandLine::tr("DURATION")},
        {optRevokeNew, CommandLine::tr("rotations cancel: also revoke the new key.")},
        {{u"h"_s, optHelp}, CommandLine::tr("Show this help.")},
        {optVersion, CommandLine::tr("Show the version.")},
    });
    // Global: main() has already installed the translations it names.
    parser.addOption(languageOption());
}

QString commandName(CliCommand command)
{
    switch (command) {
    case CliCommand::List:
        return u"list"_s;
    case CliCommand::Create:
        return u"create"_s;
    case CliCommand::Revoke:
        return u"revoke"_s;
    case CliCommand::Verify:
        return u"verify"_s;
    case CliCommand::ProfileAdd:
        return u"profile add"_s;
    case CliCommand::ProfileList:
        return u"profile list"_s;
    case CliCommand::ProfileRemove:
        return u"profile remove"_s;
    case CliCommand::ProfileSet:
        return u"profile set"_s;
    case CliCommand::History:
        return u"history"_s;
    case CliCommand::Export:
        return u"export"_s;
    case CliCommand::Log:
        return u"log"_s;
    case CliCommand::Audit:
        return u"audit"_s;
    case CliCommand::Acknowledge:
        return u"acknowledge"_s;
    case CliCommand::Scan:
        return u"scan"_s;
    case CliCommand::Rotate:
        return u"rotate"_s;
    case CliCommand::Rotations:
        return u"rotations"_s;
    case CliCommand::RotationsAdvance:
        return u"rotations advance"_s;
    case CliCommand::RotationsCancel:
        return u"rotations cancel"_s;
    case CliCommand::ProfileCommand:
        return u"profile command"_s;
    case CliCommand::Help:
        return u"help"_s;
    case CliCommand::Version:
        return u"version"_s;
    }
    return {};
}

QStringList allowedOptions(CliCommand command)
{
    const QStringList target{optProfile, optDialect, optBaseUrl, optCaFile, optJson};
    switch (command) {
    case CliCommand::List:
        return target + QStringList{optOrg, optCached};
    case CliCommand::Verify:
        return target;
    case CliCommand::Create:
        return target + QStringList{optOrg, optExpiresInDays, optExpiresAt, optTo};
    case CliCommand::Revoke:
        return target + QStringList{optOrg, optYes};
    case CliCommand::History:
        return {optProfile, optOrg, optJson};
    case CliCommand::Export:
        return {optProfile, optOrg, optFormat, optAllProfiles};
    case CliCommand::Log:
        return {optProfile, optOrg, optJson, optSince};
    case CliCommand::Audit:
        return target + QStringList{optOrg, optCached, optAllProfiles, optFailOn};
    case CliCommand::Acknowledge:
        return {optProfile, optOrg, optNote, optUntil};
    case CliCommand::Scan:
        return {optProfile, optOrg,  optJson,   optSarif,      optHistory,     optStaged,
                optBinary,  optFull, optVerify, optIgnoreFile, optInstallHook, optCaFile};
    case CliCommand::Rotate:
        return target + QStringList{optOrg,       optName, optExpiresInDays, optExpiresAt, optQuietFor, optNoAutoRevoke,
                                    optEmergency, optYes,  optWait,          optTimeout,   optTo};
    case CliCommand::Rotations:
        return target + QStringList{optOrg};
    case CliCommand::RotationsAdvance:
        return target + QStringList{optOrg};
    case CliCommand::RotationsCancel:
        return target + QStringList{optOrg, optRevokeNew};
    case CliCommand::ProfileAdd:
        return {optDialect, optBaseUrl, optCaFile};
    case CliCommand::ProfileList:
        return {optJson};
    case CliCommand::ProfileRemove:
        return {};
    case CliCommand::ProfileCommand:
        return {optJson, optRemove};
    case CliCommand::ProfileSet:
        return {optRotateEveryDays};
    case CliCommand::Help:
    case CliCommand::Version:
        break;
    }
    return {};
}

} // namespace keydesk
