#pragma once

#include "CliOutput.h"
#include "CliServices.h"
#include "CommandLine.h"
#include "Connection.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <functional>

namespace keydesk {

struct ApiError;

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

    void finish(int exitCode);
    // One "keydesk-cli: error: …" line, then finish(exitCode).
    void fail(int exitCode, const QString &message, bool suggestHelp = false);
    void failWithApiError(const ApiError &error);

    // list, create and revoke: the commands that need the dialect's key management.
    bool commandManagesKeys() const;
    // KEYDESK_CREDENTIAL, trimmed; empty when unset.
    QString credentialFromEnvironment() const;

private:
    QString credentialHint(const ApiError &error) const;

    std::function<void(int)> m_finished;
    bool m_done = false;
};

} // namespace keydesk
