#include "CommandLine.h"

#include "CliExitCode.h"
#include "JwtReader.h"
#include "KeyFormat.h"
#include "KeyValidation.h"
#include "ProfileStore.h"
#include "Translations.h"
#include "UrlPolicy.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace keydesk {
namespace {

// Option names, one place.
const QString optProfile = u"profile"_s;
const QString optDialect = u"dialect"_s;
const QString optBaseUrl = u"base-url"_s;
const QString optJson = u"json"_s;
const QString optCaFile = u"ca-file"_s;
const QString optExpiresInDays = u"expires-in-days"_s;
const QString optExpiresAt = u"expires-at"_s;
const QString optYes = u"yes"_s;
const QString optHelp = u"help"_s;
const QString optVersion = u"version"_s;
const QString optLang = u"lang"_s; // see languageOption()
const QString optOrg = u"org"_s;
const QString optCached = u"cached"_s;
const QString optFormat = u"format"_s;
const QString optAllProfiles = u"all-profiles"_s;
const QString optSince = u"since"_s;
const QString optFailOn = u"fail-on"_s;
const QString optNote = u"note"_s;
const QString optUntil = u"until"_s;
const QString optTo = u"to"_s;
const QString optRemove = u"remove"_s;
const QString optRotateEveryDays = u"rotate-every-days"_s;
const QString optHistory = u"history"_s;
const QString optStaged = u"staged"_s;
const QString optBinary = u"binary"_s;
const QString optFull = u"full"_s;
const QString optVerify = u"verify"_s;
const QString optIgnoreFile = u"ignore-file"_s;
const QString optSarif = u"sarif"_s;
const QString optInstallHook = u"install-hook"_s;
const QString optName = u"name"_s;
const QString optQuietFor = u"quiet-for"_s;
const QString optNoAutoRevoke = u"no-auto-revoke"_s;
const QString optEmergency = u"emergency"_s;
const QString optWait = u"wait"_s;
const QString optTimeout = u"timeout"_s;
const QString optRevokeNew = u"revoke-new"_s;

} // namespace

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

namespace {

CliParseResult usageError(QString message, bool suggestHelp = true)
{
    return {std::nullopt, {CliExitCode::Usage, std::move(message), suggestHelp}};
}

CliParseResult rejected(QString message)
{
    return {std::nullopt, {CliExitCode::Rejected, std::move(message), false}};
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

// Options each command accepts; anything else set on the command line is an error
// rather than silently ignored.
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
        return target + QStringList{optOrg,          optName,      optExpiresInDays, optExpiresAt, optQuietFor,
                                    optNoAutoRevoke, optEmergency, optYes,           optWait,      optTimeout,
                                    optTo};
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

std::optional<QString> singleValue(const QCommandLineParser &parser, const QString &option, CliParseResult &failure)
{
    const QStringList values = parser.values(option);
    if (values.isEmpty())
        return std::nullopt;
    if (values.size() > 1) {
        failure = usageError(CommandLine::tr("--%1 is given more than once.").arg(option));
        return std::nullopt;
    }
    return values.constFirst();
}

QString unknownOptionMessage(const QCommandLineParser &parser)
{
    static const QStringList secretOptions{u"credential"_s, u"token"_s,  u"key"_s, u"api-key"_s,
                                           u"password"_s,   u"secret"_s, u"jwt"_s};
    for (const QString &name : parser.unknownOptionNames()) {
        if (secretOptions.contains(name.toLower()))
            return CommandLine::tr("There is no --%1 option: secrets are never passed as arguments; set the "
                                   "environment variable KEYDESK_CREDENTIAL or use --profile.")
                .arg(name);
    }
    return parser.errorText();
}

std::optional<QUrl> parseBaseUrl(const QString &text, CliParseResult &failure)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        failure = usageError(CommandLine::tr("--base-url '%1' is not an http(s) URL with a host.").arg(text));
        return std::nullopt;
    }
    const QString problem = UrlPolicy::problem(url); // https, user info, query: the profile dialog's words
    if (!problem.isEmpty()) {
        failure = usageError(problem, false);
        return std::nullopt;
    }
    return url;
}

std::optional<Dialect> parseDialect(const QString &text, CliParseResult &failure)
{
    const std::optional<Dialect> dialect = dialectFromId(text);
    if (!dialect)
        failure = usageError(CommandLine::tr("Unknown dialect '%1'; use leadhql, localleads or trustleads.").arg(text));
    return dialect;
}

bool parseExpiry(const QCommandLineParser &parser, QDate today, Expiry &expiry, CliParseResult &failure)
{
    const std::optional<QString> days = singleValue(parser, optExpiresInDays, failure);
    const std::optional<QString> date = singleValue(parser, optExpiresAt, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (days && date) {
        failure = usageError(CommandLine::tr("Give either --expires-in-days or --expires-at, not both."));
        return false;
    }
    if (days) {
        bool ok = false;
        const int count = days->toInt(&ok);
        if (!ok) {
            failure = usageError(
                CommandLine::tr("--expires-in-days needs a whole number of days, not '%1'.").arg(*days));
            return false;
        }
        const Validation validation = KeyValidation::validateExpiresInDays(count);
        if (!validation.ok) {
            failure = rejected(validation.message);
            return false;
        }
        expiry = Expiry::inDays(count);
    } else if (date) {
        const QDate on = QDate::fromString(*date, u"yyyy-MM-dd"_s);
        if (!on.isValid()) {
            failure = usageError(CommandLine::tr("--expires-at needs a date as YYYY-MM-DD, not '%1'.").arg(*date));
            return false;
        }
        const Validation validation = KeyValidation::validateExpiryDate(on, today);
        if (!validation.ok) {
            failure = rejected(validation.message);
            return false;
        }
        expiry = Expiry::onDate(on, QTimeZone::systemTimeZone()); // a local date, like `today`
    }
    return true;
}

// --profile NAME, or --dialect D --base-url URL, for the commands that talk to a server.
bool parseTarget(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure)
{
    const std::optional<QString> profile = singleValue(parser, optProfile, failure);
    const std::optional<QString> dialect = singleValue(parser, optDialect, failure);
    const std::optional<QString> baseUrl = singleValue(parser, optBaseUrl, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (profile && (dialect || baseUrl)) {
        failure = usageError(CommandLine::tr("Use either --profile or --dialect with --base-url, not both."));
        return false;
    }
    if (profile) {
        invocation.target = CliInvocation::Target::Profile;
        invocation.profileName = *profile;
        return true;
    }
    if (!dialect || !baseUrl) {
        failure = usageError(CommandLine::tr("No server given: use --profile NAME, or --dialect and --base-url "
                                             "(with the credential in KEYDESK_CREDENTIAL)."));
        return false;
    }
    invocation.target = CliInvocation::Target::Explicit;
    invocation.dialect = parseDialect(*dialect, failure);
    if (!invocation.dialect)
        return false;
    const std::optional<QUrl> url = parseBaseUrl(*baseUrl, failure);
    if (!url)
        return false;
    invocation.baseUrl = *url;
    return true;
}

std::optional<QString> parseOrganisationName(const QCommandLineParser &parser, CliParseResult &failure)
{
    const std::optional<QString> org = singleValue(parser, optOrg, failure);
    if (!org)
        return std::nullopt;
    const QString name = org->trimmed();
    if (name.isEmpty()) {
        failure = usageError(CommandLine::tr("--org needs an organisation name."));
        return std::nullopt;
    }
    return name;
}

// list/create/revoke: --org names the organisation of --dialect/--base-url in the
// inventory; a profile is its own name.
bool parseRecordingName(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure)
{
    const std::optional<QString> org = parseOrganisationName(parser, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (!org)
        return true;
    if (invocation.target == CliInvocation::Target::Profile) {
        failure = usageError(CommandLine::tr("--org goes with --dialect and --base-url; with --profile the "
                                             "history is recorded under the profile's name."));
        return false;
    }
    invocation.organisationName = *org;
    return true;
}

// list --cached, history, export, log: --profile NAME or --org NAME (`required`), never both.
bool parseInventoryTarget(const QCommandLineParser &parser, CliInvocation &invocation, bool required,
                          CliParseResult &failure)
{
    const std::optional<QString> profile = singleValue(parser, optProfile, failure);
    const std::optional<QString> org = parseOrganisationName(parser, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (profile && org) {
        failure = usageError(CommandLine::tr("Use either --profile or --org, not both."));
        return false;
    }
    if (profile) {
        invocation.target = CliInvocation::Target::Profile;
        invocation.profileName = *profile;
    } else if (org) {
        invocation.organisationName = *org;
    } else if (required) {
        failure = usageError(CommandLine::tr("No organisation given: use --profile NAME or --org NAME."));
        return false;
    }
    return true;
}

bool parseCaFile(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure)
{
    const std::optional<QString> caFile = singleValue(parser, optCaFile, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (!caFile)
        return true;
    if (!QFileInfo(*caFile).isFile()) {
        failure = usageError(CommandLine::tr("--ca-file '%1' is not a readable file.").arg(*caFile), false);
        return false;
    }
    invocation.caFile = QFileInfo(*caFile).absoluteFilePath();
    return true;
}

// audit: --all-profiles; --cached with --profile or --org; otherwise a server target,
// as `list`, with --org naming what is recorded.
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

// acknowledge [ID] FINDING [--note TEXT] [--until YYYY-MM-DD]
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

// scan PATH… [--history] [--staged] [--binary] [--full] [--verify] [--ignore-file FILE]
// [--json | --sarif] [--org NAME | --profile NAME]; scan --install-hook [REPO]
bool parseScan(const QCommandLineParser &parser, const QStringList &positional, CliInvocation &invocation,
               CliParseResult &failure)
{
    invocation.installHook = parser.isSet(optInstallHook);
    if (invocation.installHook) {
        for (const QString &option : parser.optionNames()) {
            if (option != optInstallHook && option != optLang) {
                failure = usageError(CommandLine::tr("--%1 does not apply to 'scan --install-hook'.").arg(option));
                return false;
            }
        }
        if (positional.size() > 1) {
            failure = usageError(CommandLine::tr("'scan --install-hook' takes at most one repository."));
            return false;
        }
        invocation.scanPaths = positional.isEmpty() ? QStringList{u"."_s} : positional;
        return true;
    }
    if (positional.isEmpty()) {
        failure = usageError(CommandLine::tr("'scan' needs a file, a folder or - (stdin)."));
        return false;
    }
    if (positional.count(u"-"_s) > 1) {
        failure = usageError(CommandLine::tr("'scan' reads stdin (-) once."));
        return false;
    }
    invocation.scanPaths = positional;
    invocation.scanHistory = parser.isSet(optHistory);
    invocation.scanStaged = parser.isSet(optStaged);
    invocation.scanBinary = parser.isSet(optBinary);
    invocation.scanFull = parser.isSet(optFull);
    invocation.scanVerify = parser.isSet(optVerify);
    invocation.sarif = parser.isSet(optSarif);
    if (invocation.json && invocation.sarif) {
        failure = usageError(CommandLine::tr("Give either --json or --sarif, not both."));
        return false;
    }
    if (invocation.scanFull && !invocation.scanHistory) {
        failure = usageError(CommandLine::tr("--full goes with --history."));
        return false;
    }
    const std::optional<QString> ignoreFile = singleValue(parser, optIgnoreFile, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (ignoreFile)
        invocation.ignoreFile = *ignoreFile;
    if (!parseInventoryTarget(parser, invocation, false, failure))
        return false;
    if (invocation.scanVerify && invocation.target != CliInvocation::Target::Profile) {
        failure = usageError(CommandLine::tr("--verify needs --profile NAME: the server that checks the keys."));
        return false;
    }
    return parseCaFile(parser, invocation, failure);
}

// rotations, rotations cancel ID (without --revoke-new): the inventory only, named by
// --profile or --org; --dialect and --base-url may come with --org (the same command
// line as `rotations advance`) and make no request.
bool parseRotationInventoryTarget(const QCommandLineParser &parser, CliInvocation &invocation, bool required,
                                  CliParseResult &failure)
{
    if (parser.isSet(optProfile) && (parser.isSet(optDialect) || parser.isSet(optBaseUrl))) {
        failure = usageError(CommandLine::tr("Use either --profile or --dialect with --base-url, not both."));
        return false;
    }
    return parseInventoryTarget(parser, invocation, required || parser.isSet(optBaseUrl), failure);
}

// rotate ID [--name NAME] [--expires-in-days N | --expires-at D] [--quiet-for DURATION]
// [--no-auto-revoke] [--emergency [--yes]] [--wait [--timeout DURATION]]
bool parseRotate(const QCommandLineParser &parser, const QStringList &positional, QDate today,
                 CliInvocation &invocation, CliParseResult &failure)
{
    invocation.keyId = positional.at(0).trimmed();
    if (invocation.keyId.isEmpty()) {
        failure = usageError(CommandLine::tr("'rotate' needs a key ID (see 'keydesk-cli list')."));
        return false;
    }
    if (invocation.target == CliInvocation::Target::Explicit && invocation.organisationName.isEmpty()) {
        failure = usageError(CommandLine::tr("'rotate' records the rotation in the inventory: use --profile NAME, "
                                             "or --org NAME with --base-url."));
        return false;
    }
    const std::optional<QString> name = singleValue(parser, optName, failure);
    const std::optional<QString> quiet = singleValue(parser, optQuietFor, failure);
    const std::optional<QString> timeout = singleValue(parser, optTimeout, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (name) {
        const QString keyName = KeyValidation::normalisedName(*name);
        const Validation validation = KeyValidation::validateName(keyName);
        if (!validation.ok) {
            failure = rejected(validation.message);
            return false;
        }
        invocation.createRequest.name = keyName;
    }
    invocation.createRequestHasExpiry = parser.isSet(optExpiresInDays) || parser.isSet(optExpiresAt);
    if (!parseExpiry(parser, today, invocation.createRequest.expiry, failure))
        return false;
    if (quiet) {
        const std::optional<qint64> seconds = CommandLine::parseDuration(*quiet);
        if (!seconds) {
            failure = usageError(CommandLine::tr("--quiet-for needs a duration such as 90s, 30m, 24h or 7d, not "
                                                 "'%1'.")
                                     .arg(*quiet));
            return false;
        }
        invocation.quietForSeconds = *seconds;
    }
    invocation.autoRevoke = !parser.isSet(optNoAutoRevoke);
    invocation.emergency = parser.isSet(optEmergency);
    invocation.wait = parser.isSet(optWait);
    if (invocation.assumeYes && !invocation.emergency) {
        failure = usageError(CommandLine::tr("--yes goes with --emergency (the only rotation that asks first)."));
        return false;
    }
    if (timeout && !invocation.wait) {
        failure = usageError(CommandLine::tr("--timeout goes with --wait."));
        return false;
    }
    if (timeout) {
        const std::optional<qint64> seconds = CommandLine::parseDuration(*timeout);
        if (!seconds || *seconds == 0) {
            failure = usageError(
                CommandLine::tr("--timeout needs a duration above zero such as 90s, 30m, 24h or 7d, not '%1'.")
                    .arg(*timeout));
            return false;
        }
        invocation.timeoutSeconds = *seconds;
    }
    return true;
}

// create/rotate --to DEST: checked here, so a bad destination costs no key.
bool parseDestination(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure)
{
    const std::optional<QString> spec = singleValue(parser, optTo, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (!spec)
        return true;
    QString error;
    invocation.deliverTo = Destination::parse(*spec, u"KeyDesk"_s, &error);
    if (!invocation.deliverTo) {
        failure = usageError(error, false);
        return false;
    }
    if (invocation.deliverTo->kind == Destination::Kind::Command
        && invocation.target != CliInvocation::Target::Profile) {
        failure = usageError(CommandLine::tr("Command templates are saved per profile: use --to command:NAME with "
                                             "--profile."),
                             false);
        return false;
    }
    return true;
}

// profile command PROFILE [NAME [-- PROGRAM ARG…]] [--remove]
bool parseProfileCommand(const QCommandLineParser &parser, const QStringList &positional, CliInvocation &invocation,
                         CliParseResult &failure)
{
    invocation.profileName = positional.at(0).trimmed();
    invocation.removeTemplate = parser.isSet(optRemove);
    if (positional.size() >= 2) {
        invocation.templateName = positional.at(1);
        const QString problem = ProfileStore::validateTemplateName(invocation.templateName);
        if (!problem.isEmpty()) {
            failure = usageError(problem, false);
            return false;
        }
    }
    invocation.commandArgv = positional.mid(2);
    if (invocation.removeTemplate && (positional.size() != 2)) {
        failure = usageError(CommandLine::tr("'profile command PROFILE NAME --remove' takes no program."));
        return false;
    }
    if (!invocation.commandArgv.isEmpty() && invocation.commandArgv.constFirst().isEmpty()) {
        failure = usageError(CommandLine::tr("The command template needs a program."));
        return false;
    }
    return true;
}

} // namespace

std::optional<qint64> CommandLine::parseDuration(const QString &text)
{
    static const QRegularExpression shape(u"^([0-9]{1,7})([smhd])$"_s);
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 count = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    const qint64 factor = unit == u's' ? 1 : unit == u'm' ? 60 : unit == u'h' ? 3600 : 86400;
    const qint64 seconds = count * factor;
    // At most ten years: the longest a key lives (KeyValidation).
    if (seconds > qint64(3650) * 86400)
        return std::nullopt;
    return seconds;
}

bool CommandLine::looksLikeSecret(QStringView argument)
{
    QStringView value = argument;
    while (value.startsWith(u'-'))
        value = value.mid(1);
    const qsizetype equals = value.indexOf(u'=');
    const QList<QStringView> candidates = equals >= 0 ? QList<QStringView>{value, value.mid(equals + 1)}
                                                      : QList<QStringView>{value};
    // Also catches truncated or mistyped keys, which are still secrets in part.
    static const QRegularExpression keyShaped(u"^(leadhql_pk_\\w{8,}|lfk_sk_\\w{8,}|ll_[0-9a-fA-F]{24,})"_s);
    for (const QStringView candidate : candidates) {
        const QStringView trimmed = candidate.trimmed();
        if (KeyFormat::recognise(trimmed) || readJwtClaims(trimmed).isJwt || keyShaped.match(trimmed).hasMatch())
            return true;
    }
    return false;
}

CliParseResult CommandLine::parse(const QStringList &arguments, QDate today)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (looksLikeSecret(arguments.at(i)))
            return usageError(tr("An argument looks like an API key or session token. Secrets are never "
                                 "accepted on the command line (shell history, process lists): put the "
                                 "credential in KEYDESK_CREDENTIAL, or pipe a key to 'verify' on stdin."),
                              false);
    }

    QCommandLineParser parser;
    addOptions(parser);
    parser.addPositionalArgument(u"command"_s, tr("list, create, revoke, verify, history, export, log, audit, "
                                                  "acknowledge, rotate, rotations, scan or profile."));
    if (!parser.parse(arguments))
        return usageError(unknownOptionMessage(parser));

    CliInvocation invocation;
    if (parser.isSet(optHelp)) {
        invocation.command = CliCommand::Help;
        return {invocation, {}};
    }
    if (parser.isSet(optVersion)) {
        invocation.command = CliCommand::Version;
        return {invocation, {}};
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("No command given."));
    const QString word = positional.takeFirst();
    int expectedArguments = 0;
    QString argumentName;
    if (word == u"list"_s) {
        invocation.command = CliCommand::List;
    } else if (word == u"create"_s) {
        invocation.command = CliCommand::Create;
        expectedArguments = 1;
        argumentName = tr("NAME");
    } else if (word == u"revoke"_s) {
        invocation.command = CliCommand::Revoke;
        // revoke ID ID…: several keys are one bulk revoke (RevokeManyCommand).
        expectedArguments = qMax(1, int(positional.size()));
        argumentName = tr("ID");
    } else if (word == u"verify"_s) {
        invocation.command = CliCommand::Verify;
    } else if (word == u"history"_s) {
        invocation.command = CliCommand::History;
        expectedArguments = 1;
        argumentName = tr("ID");
    } else if (word == u"export"_s) {
        invocation.command = CliCommand::Export;
    } else if (word == u"log"_s) {
        invocation.command = CliCommand::Log;
    } else if (word == u"audit"_s) {
        invocation.command = CliCommand::Audit;
    } else if (word == u"acknowledge"_s) {
        invocation.command = CliCommand::Acknowledge;
        // [ID] FINDING: one word is a finding about the organisation (limit-near).
        expectedArguments = qBound(1, int(positional.size()), 2);
        argumentName = tr("a finding (and the key ID of a key's finding)");
    } else if (word == u"scan"_s) {
        invocation.command = CliCommand::Scan;
        // PATH…: any number, checked by parseScan().
        expectedArguments = int(positional.size());
    } else if (word == u"rotate"_s) {
        invocation.command = CliCommand::Rotate;
        expectedArguments = 1;
        argumentName = tr("ID");
    } else if (word == u"rotations"_s) {
        invocation.command = CliCommand::Rotations;
        if (!positional.isEmpty() && positional.constFirst() == u"advance"_s) {
            positional.takeFirst();
            invocation.command = CliCommand::RotationsAdvance;
        } else if (!positional.isEmpty() && positional.constFirst() == u"cancel"_s) {
            positional.takeFirst();
            invocation.command = CliCommand::RotationsCancel;
            expectedArguments = 1;
            argumentName = tr("a rotation ID (see 'keydesk-cli rotations')");
        } else if (!positional.isEmpty()) {
            return usageError(
                tr("Unknown rotations subcommand '%1'; use advance or cancel.").arg(positional.constFirst()));
        }
    } else if (word == u"help"_s) {
        invocation.command = CliCommand::Help;
        return {invocation, {}};
    } else if (word == u"profile"_s) {
        if (positional.isEmpty())
            return usageError(tr("'profile' needs a subcommand: add, list, remove, set or command."));
        const QString sub = positional.takeFirst();
        if (sub == u"add"_s) {
            invocation.command = CliCommand::ProfileAdd;
            expectedArguments = 1;
            argumentName = tr("NAME");
        } else if (sub == u"list"_s) {
            invocation.command = CliCommand::ProfileList;
        } else if (sub == u"remove"_s) {
            invocation.command = CliCommand::ProfileRemove;
            expectedArguments = 1;
            argumentName = tr("NAME");
        } else if (sub == u"command"_s) {
            // PROFILE [NAME [-- PROGRAM ARG…]]
            invocation.command = CliCommand::ProfileCommand;
            expectedArguments = qMax(1, int(positional.size()));
            argumentName = tr("a profile name");
        } else if (sub == u"set"_s) {
            invocation.command = CliCommand::ProfileSet;
            expectedArguments = 1;
            argumentName = tr("NAME");
        } else {
            return usageError(tr("Unknown profile subcommand '%1'; use add, list, remove, set or command.").arg(sub));
        }
    } else {
        return usageError(tr("Unknown command '%1'.").arg(word));
    }

    const QString name = commandName(invocation.command);
    if (positional.size() < expectedArguments)
        return usageError(tr("'%1' needs %2.").arg(name, argumentName));
    if (positional.size() > expectedArguments)
        return usageError(tr("Unexpected argument '%1' for '%2'.").arg(positional.at(expectedArguments), name));

    const QStringList allowed = allowedOptions(invocation.command);
    for (const QString &option : parser.optionNames()) {
        if (!allowed.contains(option) && option != optLang)
            return usageError(tr("--%1 does not apply to '%2'.").arg(option, name));
    }

    CliParseResult failure;
    invocation.json = parser.isSet(optJson);
    invocation.assumeYes = parser.isSet(optYes);
    invocation.cached = parser.isSet(optCached);
    if (invocation.cached && invocation.command == CliCommand::List) {
        // It makes no request: the server options would be ignored, which is an error here.
        static const QStringList cachedOptions{optProfile, optOrg, optJson, optCached, optLang};
        for (const QString &option : parser.optionNames()) {
            if (!cachedOptions.contains(option))
                return usageError(tr("--%1 does not apply to 'list --cached', which makes no request; name the "
                                     "organisation with --profile or --org.")
                                      .arg(option));
        }
    }
    invocation.revokeNewKey = parser.isSet(optRevokeNew);
    const bool talksToServer = (invocation.command == CliCommand::List && !invocation.cached)
                               || invocation.command == CliCommand::Create || invocation.command == CliCommand::Revoke
                               || invocation.command == CliCommand::Verify || invocation.command == CliCommand::Rotate
                               || invocation.command == CliCommand::RotationsAdvance
                               || (invocation.command == CliCommand::RotationsCancel && invocation.revokeNewKey);
    if (talksToServer && (!parseTarget(parser, invocation, failure) || !parseCaFile(parser, invocation, failure)))
        return failure;
    if (talksToServer && invocation.command != CliCommand::Verify && !parseRecordingName(parser, invocation, failure))
        return failure;
    if (invocation.command == CliCommand::Audit && !parseAuditTarget(parser, invocation, failure))
        return failure;
    const bool rotationInventory = invocation.command == CliCommand::Rotations
                                   || invocation.command == CliCommand::RotationsCancel;
    if (invocation.readsInventory() && rotationInventory
        && !parseRotationInventoryTarget(parser, invocation, invocation.command == CliCommand::RotationsCancel,
                                         failure))
        return failure;
    if (invocation.readsInventory() && !rotationInventory
        && !parseInventoryTarget(parser, invocation,
                                 invocation.command != CliCommand::Log && invocation.command != CliCommand::Export,
                                 failure))
        return failure;

    switch (invocation.command) {
    case CliCommand::List:
    case CliCommand::Verify:
        break;
    case CliCommand::Audit: {
        const std::optional<QString> level = singleValue(parser, optFailOn, failure);
        if (!failure.failure.message.isEmpty())
            return failure;
        if (level) {
            const std::optional<Severity> severity = severityFromId(*level);
            if (!severity)
                return usageError(tr("Unknown --fail-on level '%1'; use info, warning or critical.").arg(*level));
            invocation.failOn = *severity;
        }
        break;
    }
    case CliCommand::Acknowledge:
        if (!parseAcknowledgement(parser, positional, today, invocation, failure))
            return failure;
        break;
    case CliCommand::Scan:
        if (!parseScan(parser, positional, invocation, failure))
            return failure;
        break;
    case CliCommand::History:
        invocation.keyId = positional.at(0).trimmed();
        if (invocation.keyId.isEmpty())
            return usageError(tr("'history' needs a key ID (see 'keydesk-cli list')."));
        break;
    case CliCommand::Export: {
        const std::optional<QString> format = singleValue(parser, optFormat, failure);
        if (!failure.failure.message.isEmpty())
            return failure;
        if (format && *format != u"csv"_s && *format != u"json"_s)
            return usageError(tr("Unknown export format '%1'; use csv or json.").arg(*format));
        invocation.exportJson = format && *format == u"json"_s;
        invocation.allProfiles = parser.isSet(optAllProfiles);
        const bool named = invocation.target == CliInvocation::Target::Profile
                           || !invocation.organisationName.isEmpty();
        if (invocation.allProfiles && named)
            return usageError(tr("Use either --all-profiles or one organisation (--profile or --org), not both."));
        if (!invocation.allProfiles && !named)
            return usageError(tr("'export' needs --profile NAME, --org NAME or --all-profiles."));
        break;
    }
    case CliCommand::Log: {
        const std::optional<QString> since = singleValue(parser, optSince, failure);
        if (!failure.failure.message.isEmpty())
            return failure;
        if (since) {
            invocation.since = QDate::fromString(*since, u"yyyy-MM-dd"_s);
            if (!invocation.since.isValid())
                return usageError(tr("--since needs a date as YYYY-MM-DD, not '%1'.").arg(*since));
        }
        break;
    }
    case CliCommand::Create: {
        const QString keyName = KeyValidation::normalisedName(positional.at(0));
        const Validation validation = KeyValidation::validateName(keyName);
        if (!validation.ok)
            return rejected(validation.message);
        invocation.createRequest.name = keyName;
        if (!parseExpiry(parser, today, invocation.createRequest.expiry, failure))
            return failure;
        if (!parseDestination(parser, invocation, failure))
            return failure;
        break;
    }
    case CliCommand::Revoke:
        invocation.keyId = positional.at(0).trimmed();
        if (invocation.keyId.isEmpty())
            return usageError(tr("'revoke' needs a key ID (see 'keydesk-cli list')."));
        if (positional.size() > 1) {
            for (const QString &argument : std::as_const(positional)) {
                const QString id = argument.trimmed();
                if (id.isEmpty())
                    return usageError(tr("'revoke' needs a key ID (see 'keydesk-cli list')."));
                if (!invocation.keyIds.contains(id))
                    invocation.keyIds.append(id);
            }
            // The same ID twice is one key: revoked once, and one ID is the single revoke.
            if (invocation.keyIds.size() == 1)
                invocation.keyIds.clear();
        }
        break;
    case CliCommand::Rotate:
        if (!parseRotate(parser, positional, today, invocation, failure)
            || !parseDestination(parser, invocation, failure))
            return failure;
        break;
    case CliCommand::RotationsAdvance:
        if (invocation.target == CliInvocation::Target::Explicit && invocation.organisationName.isEmpty())
            return usageError(tr("'rotations advance' needs the organisation the rotations are recorded under: "
                                 "--profile NAME, or --org NAME with --base-url."));
        break;
    case CliCommand::RotationsCancel:
        invocation.rotationId = positional.at(0).trimmed();
        if (invocation.rotationId.isEmpty())
            return usageError(tr("'rotations cancel' needs a rotation ID (see 'keydesk-cli rotations')."));
        if (invocation.revokeNewKey && invocation.target == CliInvocation::Target::Explicit
            && invocation.organisationName.isEmpty())
            return usageError(tr("'rotations cancel' needs the organisation the rotation is recorded under: "
                                 "--profile NAME, or --org NAME with --base-url."));
        break;
    case CliCommand::Rotations:
        break;
    case CliCommand::ProfileAdd: {
        invocation.profileName = positional.at(0).trimmed();
        const std::optional<QString> dialect = singleValue(parser, optDialect, failure);
        const std::optional<QString> baseUrl = singleValue(parser, optBaseUrl, failure);
        if (!failure.failure.message.isEmpty())
            return failure;
        if (!dialect || !baseUrl)
            return usageError(tr("'profile add' needs --dialect and --base-url."));
        invocation.dialect = parseDialect(*dialect, failure);
        if (!invocation.dialect)
            return failure;
        const std::optional<QUrl> url = parseBaseUrl(*baseUrl, failure);
        if (!url)
            return failure;
        invocation.baseUrl = *url;
        if (!parseCaFile(parser, invocation, failure))
            return failure;
        return {invocation, {}};
    }
    case CliCommand::ProfileRemove:
        invocation.profileName = positional.at(0).trimmed();
        return {invocation, {}};
    case CliCommand::ProfileCommand:
        if (!parseProfileCommand(parser, positional, invocation, failure))
            return failure;
        return {invocation, {}};
    case CliCommand::ProfileSet: {
        invocation.profileName = positional.at(0).trimmed();
        const std::optional<QString> days = singleValue(parser, optRotateEveryDays, failure);
        if (!failure.failure.message.isEmpty())
            return failure;
        if (!days)
            return usageError(tr("'profile set' needs --rotate-every-days N."));
        bool ok = false;
        const int count = days->toInt(&ok);
        // The same range as a key's expiry: at most ten years.
        if (!ok || count < 0 || count > 3650)
            return usageError(
                tr("--rotate-every-days needs a whole number of days from 0 (no policy) to 3650, not '%1'.")
                    .arg(*days));
        invocation.rotateEveryDays = count;
        return {invocation, {}};
    }
    case CliCommand::ProfileList:
    case CliCommand::Help:
    case CliCommand::Version:
        return {invocation, {}};
    }
    return {invocation, {}};
}

} // namespace keydesk
