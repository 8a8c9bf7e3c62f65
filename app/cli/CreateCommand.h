#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

#include "CreatedKey.h"
#include "NewKeyDelivery.h"

namespace keydesk {

class ApiClient;
class ApiReply;
class CommandContext;
class LostKeyFinder;
struct ApiError;

// `keydesk-cli create NAME`: the new key alone on stdout (or `--json` with `key`),
// everything else on stderr. With `--to DEST` the key goes to DEST instead
// (NewKeyDelivery, docs/design.md#delivery) and is printed only when nothing else holds it. A create whose answer was
// lost or unreadable is looked into: the key it may have left is named with the command that revokes it (never revoked
// automatically).
class CreateCommand final : public QObject {
    // No signals of its own; the CLI's messages share one translation context.
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
    Q_DISABLE_COPY_MOVE(CreateCommand)
public:
    CreateCommand(CommandContext &context, ApiClient *client, QObject *parent = nullptr);
    ~CreateCommand() override;

    void start();

private:
    void onCreated(ApiReply *reply);
    // The key alone on stdout (or the JSON record with it); false when stdout failed.
    bool printKey(const CreatedKey &created);
    void reportCreated(const CreatedKey &created, int exitCode);
    void onDeliveryEnded(NewKeyDelivery::Outcome outcome);
    void logCreate(const QString &outcome, const QString &keyId, const QString &detail);
    void findLostKey(const ApiError &createError);
    void reportLostKey(const LostKeyFinder &finder, const ApiError &createError);

    CommandContext &m_context;
    ApiClient *m_client;
    QDateTime m_sentAt;
    NewKeyDelivery *m_delivery = nullptr; // --to DEST
    CreatedKey m_created;                 // while it is being delivered
};

} // namespace keydesk
