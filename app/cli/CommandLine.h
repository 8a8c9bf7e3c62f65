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
    Audit,          // the watch's findings (refreshes first unless --cached)
    Acknowledge,    // the inventory only, like History
    ProfileCommand, // a profile's command templates for deliveries: save, show, remove, list
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

    // The organisation the inventory's commands name: the profile's or --org's.
    QString namedOrganisation() const { return target == Target::Profile ? profileName : organisationName; }

    // list --cached, history, export, log: they read the inventory only.
    bool readsInventory() const
    {
        return (command == CliCommand::List && cached) || command == CliCommand::History
               || command == CliCommand::Export || command == CliCommand::Log || command == CliCommand::Acknowledge;
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
    // True for anything shaped like an API key of a known dialect or a JWT, also as
    // the value part of `--option=value`: such arguments are refused unread.
    static bool looksLikeSecret(QStringView argument);

private:
    // Every option, for parse() and for the option table of helpText() (CommandLineHelp.cpp).
    static void addOptions(QCommandLineParser &parser);
};

} // namespace keydesk
