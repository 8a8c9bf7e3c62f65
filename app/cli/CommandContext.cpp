#include "CommandContext.h"

#include "ApiError.h"
#include "CliExitCode.h"
#include "CreatedKey.h"
#include "Dialect.h"
#include "JwtReader.h"
#include "KeyTable.h"
#include "UntrustedText.h"

using namespace Qt::StringLiterals;

namespace keydesk {

CommandContext::CommandContext(CliServices services_, std::function<void(int)> finished)
    : services(std::move(services_)), output(services.out, services.err), m_finished(std::move(finished))
{
}

CommandContext::~CommandContext()
{
    wipeSecret(connection.credential);
}

bool CommandContext::commandManagesKeys() const
{
    return invocation.command == CliCommand::List || invocation.command == CliCommand::Create
        || invocation.command == CliCommand::Revoke;
}

QString CommandContext::credentialFromEnvironment() const
{
    return services.environment.value(QString::fromLatin1(credentialVariable)).trimmed();
}

QDateTime CommandContext::now() const { return services.now().toUTC(); }

QDate CommandContext::today() const { return services.now().toLocalTime().date(); }

void CommandContext::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    // Whatever the command, output that did not reach stdout is a failure (a script
    // would otherwise go on with an empty list or half a JSON document).
    if (output.resultFailed() && !output.resultFailureReported()) {
        output.printError(tr("Could not write the result to standard output: %1.").arg(output.resultError()));
        if (exitCode == CliExitCode::Ok)
            exitCode = CliExitCode::Other;
    }
    m_finished(exitCode);
}

void CommandContext::fail(int exitCode, const QString &message, bool suggestHelp)
{
    QString line = CliOutput::singleLine(message);
    if (suggestHelp)
        line += u' ' + tr("Try 'keydesk-cli --help'.");
    output.printError(line);
    finish(exitCode);
}

void CommandContext::failWithApiError(const ApiError &error)
{
    // It quotes the server (its message, a content type) and Qt's network errors.
    QString message = UntrustedText::forDisplay(error.userMessage());
    const QString hint = credentialHint(error);
    if (!hint.isEmpty())
        message += u' ' + hint;
    fail(error.exitCode(), message);
}

// LeadHQL refuses API keys for key management; say so instead of "wrong credential".
QString CommandContext::credentialHint(const ApiError &error) const
{
    // ApiError already explains a recognised API key (needsSessionToken); this covers
    // other non-JWT strings and expired session tokens.
    if (error.kind != ApiError::Kind::Authentication || error.needsSessionToken
        || !commandManagesKeys() || !DialectTraits::of(connection.dialect).managementNeedsJwt)
        return {};
    const JwtClaims claims = readJwtClaims(connection.credential);
    if (!claims.isJwt)
        return tr("%1 manages keys only with a JWT session token from the dashboard, not with an API key.")
            .arg(dialectDisplayName(connection.dialect));
    if (claims.expiresAt.isValid() && claims.expiresAt <= now())
        return tr("The session token expired at %1; sign in to the dashboard and copy a new one.")
            .arg(KeyTable::formatDateTime(claims.expiresAt, services.locale));
    return {};
}

} // namespace keydesk
