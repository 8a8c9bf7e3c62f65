#include "CommandRunner.h"

#include "AcknowledgeCommand.h"
#include "ApiClient.h"
#include "AuditCommand.h"
#include "CliExitCode.h"
#include "CommandContext.h"
#include "CreateCommand.h"
#include "CredentialLookup.h"
#include "InventoryCommands.h"
#include "ListCommand.h"
#include "ProfileCommands.h"
#include "ProfileStore.h"
#include "RevokeCommand.h"
#include "RevokeManyCommand.h"
#include "RotateCommand.h"
#include "RotationCommands.h"
#include "ScanCommand.h"
#include "Terminal.h"
#include "UntrustedText.h"
#include "VerifyCommand.h"

using namespace Qt::StringLiterals;

namespace keydesk {

CommandRunner::CommandRunner(CliServices services, QObject *parent)
    : QObject(parent)
    , m_context(
          std::make_unique<CommandContext>(std::move(services), [this](int exitCode) { Q_EMIT finished(exitCode); }))
{
}

// The commands (children) go before the context they refer to.
CommandRunner::~CommandRunner()
{
    while (!children().isEmpty())
        delete children().constFirst();
}

void CommandRunner::start(const QStringList &arguments)
{
    CommandContext &context = *m_context;
    const CliParseResult parsed = CommandLine::parse(arguments, context.today());
    if (!parsed.invocation) {
        // The message may quote an argument, which a script may have taken from a server.
        context.fail(parsed.failure.exitCode, UntrustedText::forDisplay(parsed.failure.message),
                     parsed.failure.suggestHelp);
        return;
    }
    context.invocation = *parsed.invocation;
    switch (context.invocation.command) {
    case CliCommand::Help:
        context.output.printResult(CommandLine::helpText());
        context.finish(CliExitCode::Ok);
        return;
    case CliCommand::Version:
        context.output.printResult(u"keydesk-cli "_s + QCoreApplication::applicationVersion() + u'\n');
        context.finish(CliExitCode::Ok);
        return;
    case CliCommand::ProfileAdd:
        (new ProfileCommands(context, this))->add();
        return;
    case CliCommand::ProfileList:
        (new ProfileCommands(context, this))->list();
        return;
    case CliCommand::ProfileRemove:
        (new ProfileCommands(context, this))->remove();
        return;
    case CliCommand::ProfileCommand:
        (new ProfileCommands(context, this))->commandTemplate();
        return;
    case CliCommand::ProfileSet:
        (new ProfileCommands(context, this))->set();
        return;
    case CliCommand::History:
    case CliCommand::Export:
    case CliCommand::Log:
    case CliCommand::Acknowledge:
        startInventoryCommand();
        return;
    case CliCommand::Audit:
        // Every profile, or the inventory alone: AuditCommand resolves its targets itself.
        if (context.invocation.allProfiles || context.invocation.cached) {
            if (context.invocation.target == CliInvocation::Target::Profile
                && !context.findProfileOrFail(context.invocation.profileName))
                return;
            (new AuditCommand(context, this))->start();
            return;
        }
        startServerCommand();
        return;
    case CliCommand::List:
        if (context.invocation.cached) {
            startInventoryCommand();
            return;
        }
        startServerCommand();
        return;
    case CliCommand::Create:
    case CliCommand::Revoke:
    case CliCommand::Verify:
    case CliCommand::Rotate:
    case CliCommand::RotationsAdvance:
        startServerCommand();
        return;
    case CliCommand::Scan:
        // The inventory (and with --verify the profile's server): ScanCommand does the rest.
        if (context.invocation.target == CliInvocation::Target::Profile
            && !context.findProfileOrFail(context.invocation.profileName))
            return;
        (new ScanCommand(context, this))->start();
        return;
    case CliCommand::Rotations:
        startInventoryCommand();
        return;
    case CliCommand::RotationsCancel:
        if (context.invocation.revokeNewKey)
            startServerCommand();
        else
            startInventoryCommand();
        return;
    }
}

void CommandRunner::startInventoryCommand()
{
    CommandContext &context = *m_context;
    const CliInvocation &invocation = context.invocation;
    // No keychain and no network: the inventory alone, under the profile's or --org's name.
    if (invocation.target == CliInvocation::Target::Profile && !context.findProfileOrFail(invocation.profileName))
        return;
    if (invocation.command == CliCommand::Acknowledge)
        (new AcknowledgeCommand(context, this))->start();
    else if (invocation.command == CliCommand::Rotations)
        (new RotationCommands(context, this))->list();
    else if (invocation.command == CliCommand::RotationsCancel)
        (new RotationCommands(context, this))->cancel(nullptr);
    else
        (new InventoryCommands(context, this))->start();
}

void CommandRunner::startServerCommand()
{
    CommandContext &context = *m_context;
    const CliInvocation &invocation = context.invocation;
    Dialect dialect = Dialect::LeadHql;
    if (invocation.target == CliInvocation::Target::Profile) {
        const std::optional<Profile> profile = context.findProfileOrFail(invocation.profileName);
        if (!profile)
            return;
        context.connection = profile->connection(QString());
        if (!invocation.caFile.isEmpty())
            context.connection.caFile = invocation.caFile;
        dialect = profile->dialect;
        context.organisation = Organisation{profile->name, profile->dialect, profile->baseUrl};
    } else {
        dialect = *invocation.dialect;
        context.connection.dialect = dialect;
        context.connection.baseUrl = invocation.baseUrl;
        context.connection.caFile = invocation.caFile;
        context.connection.authHeader = Connection::AuthHeader::Bearer;
        if (!invocation.organisationName.isEmpty())
            context.organisation = Organisation{invocation.organisationName, dialect, invocation.baseUrl};
    }

    // Without a listing to refresh, `audit` judges what the inventory holds (tracked keys).
    if (invocation.command == CliCommand::Audit && !DialectTraits::of(dialect).managesKeys && context.organisation) {
        (new AuditCommand(context, this))->start();
        return;
    }
    if (context.commandManagesKeys() && !DialectTraits::of(dialect).managesKeys) {
        context.fail(CliExitCode::Other,
                     tr("'%1' is not supported by %2 (no documented key-management API); manage its keys in the "
                        "%2 dashboard. 'verify' works.")
                         .arg(invocation.command == CliCommand::List     ? u"list"_s
                              : invocation.command == CliCommand::Create ? u"create"_s
                              : invocation.command == CliCommand::Audit  ? u"audit"_s
                              : invocation.command == CliCommand::Revoke ? u"revoke"_s
                              : invocation.command == CliCommand::Rotate ? u"rotate"_s
                                                                         : u"rotations"_s,
                              dialectDisplayName(dialect)));
        return;
    }

    // Everything that may block or ask the user happens before any request is in flight.
    if (invocation.command == CliCommand::Revoke && !invocation.assumeYes
        && !Terminal::isTerminal(context.services.inputFd)) {
        context.fail(CliExitCode::Usage,
                     tr("'revoke' asks for confirmation on a terminal, but stdin is not one; pass --yes to revoke "
                        "without asking."));
        return;
    }
    if (invocation.command == CliCommand::Verify) {
        // Checking a key needs no management credential: only the server and the key.
        m_verify = new VerifyCommand(context, this);
        if (m_verify->readKey())
            runRequest();
        return;
    }

    if (invocation.target == CliInvocation::Target::Explicit) {
        const QString credential = context.credentialFromEnvironment();
        if (credential.isEmpty()) {
            context.fail(CliExitCode::Usage,
                         tr("The environment variable %1 is not set: with --base-url the credential is read only "
                            "from there (or save a profile with 'keydesk-cli profile add').")
                             .arg(QString::fromLatin1(CommandContext::credentialVariable)));
            return;
        }
        connectWithCredential(credential);
        return;
    }

    // The CLI has no "this session only" store: the keychain alone, as the window reads it.
    lookUpCredential(nullptr, context.services.secrets, invocation.profileName, this,
                     [this](const QString &credential, const SecretError &error) {
                         if (!error.isError()) {
                             connectWithCredential(credential);
                             return;
                         }
                         m_context->fail(CliExitCode::Keychain, CommandContext::credentialLookupMessage(
                                                                    m_context->invocation.profileName, error));
                     });
}

void CommandRunner::connectWithCredential(const QString &credential)
{
    m_context->output.rememberSecret(credential);
    m_context->connection.credential = credential;
    runRequest();
}

void CommandRunner::runRequest()
{
    CommandContext &context = *m_context;
    m_client = new ApiClient(context.services.network, context.connection, this);
    m_client->setClock([this] { return m_context->now(); });

    switch (context.invocation.command) {
    case CliCommand::List:
        (new ListCommand(context, m_client, this))->start();
        return;
    case CliCommand::Create:
        (new CreateCommand(context, m_client, this))->start();
        return;
    case CliCommand::Revoke:
        if (!context.invocation.keyIds.isEmpty()) {
            (new RevokeManyCommand(context, m_client, this))->start();
            return;
        }
        (new RevokeCommand(context, m_client, this))->start();
        return;
    case CliCommand::Verify:
        m_verify->start(m_client);
        return;
    case CliCommand::Audit:
        (new AuditCommand(context, this))->startWith(m_client);
        return;
    case CliCommand::Rotate:
        (new RotateCommand(context, m_client, this))->start();
        return;
    case CliCommand::RotationsAdvance:
        (new RotationCommands(context, this))->advance(m_client);
        return;
    case CliCommand::RotationsCancel:
        (new RotationCommands(context, this))->cancel(m_client);
        return;
    case CliCommand::Rotations:
    case CliCommand::Help:
    case CliCommand::Version:
    case CliCommand::ProfileAdd:
    case CliCommand::ProfileList:
    case CliCommand::ProfileRemove:
    case CliCommand::ProfileCommand:
    case CliCommand::ProfileSet:
    case CliCommand::History:
    case CliCommand::Export:
    case CliCommand::Log:
    case CliCommand::Acknowledge:
    case CliCommand::Scan:
        break;
    }
}

} // namespace keydesk
