#pragma once

#include "ActionLogEntry.h"
#include "ApiKey.h"

#include <QCoreApplication>
#include <QObject>

namespace keydesk {

class ApiClient;
class ApiReply;
class CommandContext;

// `keydesk-cli revoke ID [--yes]`: looks the key up first, to name it in the prompt,
// warn about recent use, and tell an unknown id (exit 4) from a refused revoke; asks
// on the terminal unless --yes.
class RevokeCommand final : public QObject {
    // No signals of its own; the CLI's messages share one translation context.
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
    Q_DISABLE_COPY_MOVE(RevokeCommand)
public:
    RevokeCommand(CommandContext &context, ApiClient *client, QObject *parent = nullptr);

    void start();

    // The action-log entry of a finished DELETE of `key`: ok, failed, or unknown when the
    // connection dropped after it was sent (it may have been carried out).
    static ActionLogEntry logEntry(const ApiKey &key, const ApiReply *reply);

private:
    void onLookup(ApiReply *reply);
    void confirm(const ApiKey &key);
    void revoke(const ApiKey &key);
    void onRevoked(ApiReply *reply, const ApiKey &key);

    CommandContext &m_context;
    ApiClient *m_client;
};

} // namespace keydesk
