#pragma once

#include "CliOutput.h"
#include "CliServices.h"
#include "CommandLine.h"
#include "Connection.h"
#include "Organisation.h"
#include "Profile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>

namespace keydesk {

class Inventory;
struct ActionLogEntry;
struct ApiError;
struct ApiKey;
struct CreatedKey;
struct SecretError;

// The state one keydesk-cli run shares between its commands: the injected services,
// the parsed command line, the connection once resolved, the output, and the one
// exit code it ends with.
class CommandContext final {
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
public:
    // With --base-url (and for `profile add`) the credential comes only from here.
    static constexpr const char *credentialVariable = "KEYDESK_CREDENTIAL";

    // `finished` is called once, by the first finish().
    CommandContext(CliServices services, std::function<void(int exitCode)> finished);
    ~CommandContext();
    CommandContext(const CommandContext &) = delete;
    CommandContext &operator=(const CommandContext &) = delete;

    CliServices services;
    CliInvocation invocation;
    Connection connection; // the server commands' target; its credential once read
    CliOutput output;

    QDateTime now() const; // UTC
    QDate today() const;   // local

    // The organisation this run records under: the profile, or --base-url with --org
    // (docs/design.md#cli-contract). Without one nothing is recorded or logged, so two
    // organisations on one server never mix.
    std::optional<Organisation> organisation;
    // The inventory file, opened on first use; nullptr when the services name none.
    Inventory *inventory();
    // Writes for `organisation` (nothing without one). A failure never changes the exit
    // code: finish() says once on stderr that the history was not recorded.
    void recordListing(const QList<ApiKey> &listing);
    void rememberCreatedKey(const CreatedKey &created);
    // `entry.organisation` and `entry.at` are filled in; the detail is redacted of every
    // secret this run knows.
    void logAction(ActionLogEntry entry);

    // Waits for the inventory's writes (if any) before `finished` sees the exit code.
    void finish(int exitCode);
    // One "keydesk-cli: error: …" line, then finish(exitCode).
    void fail(int exitCode, const QString &message, bool suggestHelp = false);
    void failWithApiError(const ApiError &error);
    // The line failWithApiError() prints, for a failure that does not end the run.
    QString apiErrorMessage(const ApiError &error) const;
    // The saved profile `name`, or nullopt after failing with exit 2 (unknown profile).
    std::optional<Profile> findProfileOrFail(const QString &name);
    // Why the keychain gave no credential for profile `name`: the fix when it has none.
    static QString credentialLookupMessage(const QString &name, const SecretError &error);

    // list, create, revoke and audit: the commands that need the dialect's key management.
    bool commandManagesKeys() const;
    // KEYDESK_CREDENTIAL, trimmed; empty when unset.
    QString credentialFromEnvironment() const;

private:
    QString credentialHint(const ApiError &error) const;
    void noteInventoryResult(const QString &error);
    void reportInventory();

    std::function<void(int)> m_finished;
    bool m_done = false;
    std::unique_ptr<Inventory> m_inventory;
    QString m_inventoryError;  // the first write that failed
    QString m_inventoryNotice; // a status worth saying although it works (a damaged file replaced)
};

} // namespace keydesk
