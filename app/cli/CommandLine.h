#pragma once

#include "CreateKeyRequest.h"
#include "Destination.h"
#include "Dialect.h"
#include "Finding.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QCommandLineParser;

namespace keydesk {

enum class CliCommand {
    Help,
    Version,
    List,
    Create,
    Revoke,
    Verify,
    ProfileAdd,
    ProfileList,
    ProfileRemove,
    ProfileSet, // profile set NAME --rotate-every-days N
    History,    // the inventory's commands: no request, no credential
    Export,
    Log,
    Audit,       // the watch's findings (refreshes first unless --cached)
    Acknowledge, // the inventory only, like History
    Scan,        // the leak scan: files, folders, git history (docs/design.md#leak-scan)
    // The rotation assistant (docs/design.md#rotation).
    Rotate,           // a server command, like create
    Rotations,        // the inventory only
    RotationsAdvance, // lists the organisation, then moves its rotations on
    RotationsCancel,  // the inventory only; with --revoke-new a server command
    ProfileCommand,   // a profile's command templates for deliveries: save, show, remove, list
};

// A parsed command line. Holds no secret: secrets are never accepted as arguments.
struct CliInvocation final {
    enum class Target { None, Profile, Explicit };

    CliCommand command = CliCommand::Help;
    Target target = Target::None;   // how list/create/revoke/verify reach the server
    QString profileName;            // --profile NAME, or NAME of `profile add/remove`
    std::optional<Dialect> dialect; // --dialect (explicit target, `profile add`)
    QUrl baseUrl;                   // --base-url (explicit target, `profile add`)
    QString caFile;                 // --ca-file, empty when not given
    bool json = false;
    bool assumeYes = false;         // revoke --yes
    CreateKeyRequest createRequest; // create: name trimmed and validated, expiry checked
    QString keyId;                  // revoke ID, history ID
    QStringList keyIds;             // revoke ID ID…: two or more distinct IDs; empty for one
    // --org NAME: the inventory's name for the organisation of --base-url (docs/design.md#
    // cli-contract), and for the inventory's commands; empty when not given.
    QString organisationName;
    bool cached = false;      // list --cached: the inventory's last listing, no request
    bool exportJson = false;  // export --format json (default csv)
    bool allProfiles = false; // export, audit --all-profiles
    QDate since;              // log --since, local date; null when not given
    Severity failOn = Severity::Warning;             // audit --fail-on
    FindingCode findingCode = FindingCode::NoExpiry; // acknowledge [ID] FINDING
    QString note;                                    // acknowledge --note
    QDate until;                                     // acknowledge --until, local date; null: for good
    std::optional<Destination> deliverTo;            // create --to DEST (docs/design.md#delivery)
    QString templateName;                            // profile command PROFILE NAME
    QStringList commandArgv;                         // profile command PROFILE NAME -- PROGRAM ARG…
    bool removeTemplate = false;                     // profile command PROFILE NAME --remove
    int rotateEveryDays = 0;                         // profile set --rotate-every-days; 0: no policy
    // scan PATH… (docs/design.md#leak-scan)
    QStringList scanPaths; // files, folders, `-`; with --install-hook the repository (default .)
    bool scanHistory = false;
    bool scanStaged = false;
    bool scanBinary = false;
    bool scanFull = false;
    bool scanVerify = false; // unmatched keys against the dialect's verify endpoint (--profile)
    bool sarif = false;
    bool installHook = false;
    QString ignoreFile; // --ignore-file, empty when not given
    // rotate ID (in keyId): --name (empty: the old key's), --expires-* (createRequest.expiry;
    // createRequestHasExpiry false: the old key's lifetime), --quiet-for, --no-auto-revoke,
    // --emergency (with --yes: no confirmation), --wait [--timeout].
    bool createRequestHasExpiry = false;
    qint64 quietForSeconds = 24 * 3600;
    bool autoRevoke = true;
    bool emergency = false;
    bool wait = false;
    qint64 timeoutSeconds = 0; // --timeout; 0: wait without end
    // rotations cancel ID [--revoke-new]
    QString rotationId;
    bool revokeNewKey = false;

    // The organisation the inventory's commands name: the profile's or --org's.
    QString namedOrganisation() const { return target == Target::Profile ? profileName : organisationName; }

    // list --cached, history, export, log: they read the inventory only.
    bool readsInventory() const
    {
        return (command == CliCommand::List && cached) || command == CliCommand::History
               || command == CliCommand::Export || command == CliCommand::Log || command == CliCommand::Acknowledge
               || command == CliCommand::Rotations || (command == CliCommand::RotationsCancel && !revokeNewKey);
    }
};

// Why a command line was not accepted: one translated sentence and the exit code
// (CliExitCode::Usage, or CliExitCode::Rejected when a value breaks a server rule).
struct CliFailure final {
    int exitCode = 0;
    QString message;
    bool suggestHelp = false; // append "Try 'keydesk-cli --help'."
};

struct CliParseResult final {
    std::optional<CliInvocation> invocation;
    CliFailure failure;
};

// The grammar of docs/design.md#cli-contract on QCommandLineParser. Options may come before or
// after the command and its arguments; `--` ends option parsing.
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // `arguments` includes the program name first, like QCoreApplication::arguments().
    // `today` (local date) checks --expires-at.
    static CliParseResult parse(const QStringList &arguments, QDate today);
    static QString helpText();
    // DURATION: a whole number followed by s, m, h or d ("90s", "24h"); nullopt otherwise.
    static std::optional<qint64> parseDuration(const QString &text);
    // True for anything shaped like an API key of a known dialect or a JWT, also as
    // the value part of `--option=value`: such arguments are refused unread.
    static bool looksLikeSecret(QStringView argument);

private:
    // Every option, for parse() and for the option table of helpText() (CommandLineHelp.cpp).
    static void addOptions(QCommandLineParser &parser);
};

} // namespace keydesk
