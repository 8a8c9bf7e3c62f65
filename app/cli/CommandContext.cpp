#include "CommandContext.h"

#include "ApiError.h"
#include "CliExitCode.h"
#include "CreatedKey.h"
#include "CreatedKeyFingerprint.h"
#include "Dialect.h"
#include "Inventory.h"
#include "JwtReader.h"
#include "KeyTable.h"
#include "ProfileStore.h"
#include "SecretError.h"
#include "UntrustedText.h"

using namespace Qt::StringLiterals;

namespace keydesk {

CommandContext::CommandContext(CliServices services_, std::function<void(int)> finished)
    : services(std::move(services_))
    , output(services.out, services.err)
    , m_finished(std::move(finished))
{
}

CommandContext::~CommandContext()
{
    wipeSecret(connection.credential);
    m_inventory.reset(); // finishes its thread while the services still exist
}

Inventory *CommandContext::inventory()
{
    if (!m_inventory && !services.inventoryPath.isEmpty()) {
        Inventory::Options options;
        options.clock = [clock = services.now] { return clock().toUTC(); };
        m_inventory = std::make_unique<Inventory>(services.inventoryPath, options);
        QObject::connect(m_inventory.get(), &Inventory::statusChanged, m_inventory.get(),
                         [this](const InventoryStatus &status) {
                             if (status.isReady() && status.problem == InventoryStatus::Problem::Recovered)
                                 m_inventoryNotice = status.message();
                         });
        m_inventory->open();
    }
    return m_inventory.get();
}

void CommandContext::noteInventoryResult(const QString &error)
{
    if (!error.isEmpty() && m_inventoryError.isEmpty())
        m_inventoryError = error;
}

void CommandContext::recordListing(const QList<ApiKey> &listing)
{
    if (!organisation || !inventory())
        return;
    inventory()->record(*organisation, listing, now(), nullptr,
                        [this](const InventoryResult<RecordSummary> &result) { noteInventoryResult(result.error); });
}

void CommandContext::rememberCreatedKey(const CreatedKey &created)
{
    if (!organisation || !inventory())
        return;
    CreatedKeyFingerprint key = CreatedKeyFingerprint::of(created.secret);
    key.organisation = organisation->name;
    key.keyId = created.record.id;
    key.createdAt = created.record.createdAt.isValid() ? created.record.createdAt.toUTC() : now();
    inventory()->rememberCreatedKey(*organisation, key, nullptr,
                                    [this](const InventoryResult<bool> &result) { noteInventoryResult(result.error); });
}

void CommandContext::logAction(ActionLogEntry entry)
{
    if (!organisation || !inventory())
        return;
    entry.organisation = organisation->name;
    entry.at = now();
    entry.detail = output.redacted(CliOutput::singleLine(entry.detail));
    inventory()->logAction(entry, nullptr,
                           [this](const InventoryResult<bool> &result) { noteInventoryResult(result.error); });
}

void CommandContext::reportInventory()
{
    // Once, whatever failed: the command itself worked, and its exit code says so.
    if (!m_inventoryError.isEmpty())
        output.printWarning(tr("history not recorded: %1").arg(UntrustedText::forDisplay(m_inventoryError)));
    else if (!m_inventoryNotice.isEmpty())
        output.printWarning(UntrustedText::forDisplay(m_inventoryNotice));
}

bool CommandContext::commandManagesKeys() const
{
    return invocation.command == CliCommand::List || invocation.command == CliCommand::Create
           || invocation.command == CliCommand::Revoke || invocation.command == CliCommand::Audit
           || invocation.command == CliCommand::Rotate || invocation.command == CliCommand::RotationsAdvance
           || invocation.command == CliCommand::RotationsCancel;
}

QString CommandContext::credentialFromEnvironment() const
{
    return services.environment.value(QString::fromLatin1(credentialVariable)).trimmed();
}

QDateTime CommandContext::now() const
{
    return services.now().toUTC();
}

QDate CommandContext::today() const
{
    return services.now().toLocalTime().date();
}

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
    if (m_inventory) {
        m_inventory->whenIdle(nullptr, [this, exitCode] {
            reportInventory();
            m_finished(exitCode);
        });
        return;
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
    fail(error.exitCode(), apiErrorMessage(error));
}

QString CommandContext::apiErrorMessage(const ApiError &error) const
{
    // It quotes the server (its message, a content type) and Qt's network errors.
    QString message = UntrustedText::forDisplay(error.userMessage());
    const QString hint = credentialHint(error);
    if (!hint.isEmpty())
        message += u' ' + hint;
    return message;
}

std::optional<Profile> CommandContext::findProfileOrFail(const QString &name)
{
    std::optional<Profile> profile = ProfileStore(services.settings).find(name);
    if (!profile) {
        fail(
            CliExitCode::Usage,
            tr("There is no profile named '%1'; see 'keydesk-cli profile list'.").arg(UntrustedText::forDisplay(name)));
    }
    return profile;
}

QString CommandContext::credentialLookupMessage(const QString &profileName, const SecretError &error)
{
    const QString name = UntrustedText::forDisplay(profileName);
    return error.kind == SecretError::Kind::NotFound
               ? tr("The keychain has no credential for profile '%1'; store it again with "
                    "'keydesk-cli profile add %1 …' and the credential in KEYDESK_CREDENTIAL.")
                     .arg(name)
               : tr("Cannot read the credential of profile '%1' from the keychain: %2")
                     .arg(name, UntrustedText::forDisplay(error.userMessage()));
}

// LeadHQL refuses API keys for key management; say so instead of "wrong credential".
QString CommandContext::credentialHint(const ApiError &error) const
{
    // ApiError already explains a recognised API key (needsSessionToken); this covers
    // other non-JWT strings and expired session tokens.
    if (error.kind != ApiError::Kind::Authentication || error.needsSessionToken || !commandManagesKeys()
        || !DialectTraits::of(connection.dialect).managementNeedsJwt)
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
