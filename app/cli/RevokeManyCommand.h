#pragma once

#include "ApiKey.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QStringList>

namespace keydesk {

class ApiClient;
class ApiReply;
class CommandContext;

// `keydesk-cli revoke ID ID… [--yes]` (docs/design.md#bulk-revoke): lists first, refuses
// the whole batch when an ID is unknown (exit 4, no DELETE), previews every key with its
// last use and usage, asks once on the terminal to type the number of keys (unless
// --yes), then sends one DELETE at a time and prints a line per key. Keys already revoked
// are skipped. Any failure: the failed keys are named and the exit code is the first
// failure's.
class RevokeManyCommand final : public QObject {
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
    Q_DISABLE_COPY_MOVE(RevokeManyCommand)
public:
    RevokeManyCommand(CommandContext &context, ApiClient *client, QObject *parent = nullptr);

    void start();

private:
    struct Outcome {
        ApiKey key;
        enum class Result { Revoked, Skipped, Failed } result = Result::Skipped;
        QString error;
        int exitCode = 0;
    };

    void onLookup(ApiReply *reply);
    void preview();
    void confirm();
    void revokeNext();
    void onRevoked(ApiReply *reply);
    void report();

    CommandContext &m_context;
    ApiClient *m_client;
    QList<ApiKey> m_toRevoke; // in the order given
    QList<Outcome> m_outcomes;
    qsizetype m_next = 0;
};

} // namespace keydesk
