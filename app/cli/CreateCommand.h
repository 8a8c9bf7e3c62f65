#pragma once

#include "CreatedKey.h"
#include "NewKeyDelivery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <functional>

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
    // What another command adds around the one POST and its handoff (`rotate`): the
    // create itself, its output and the lost-create flow stay exactly as `create` has them.
    struct Hooks final {
        // The key exists; the handoff waits until `proceed` is called with the members
        // `--json` adds to the record (the secret is still only in memory here).
        std::function<void(const CreatedKey &created, std::function<void(const QJsonObject &extra)> proceed)> created;
        // The key is in the caller's hands (written whole to stdout, or with --to at the
        // destination: exit code 0) or kept pending or printed after a failed --to (1):
        // instead of ending the run with that exit code.
        std::function<void(const CreatedKey &created, int exitCode)> delivered;
        // The create was refused, or its answer lost (after the lost-key report): before
        // the run ends with the create's exit code.
        std::function<void(const QString &reason)> failed;
    };

    CreateCommand(CommandContext &context, ApiClient *client, QObject *parent = nullptr);
    ~CreateCommand() override; // wipes the secret

    void setHooks(Hooks hooks) { m_hooks = std::move(hooks); }
    // --to DEST: what the destination needs, checked or read before any request (the
    // run failed when false). start() calls it when the caller has not.
    bool prepare();
    void start();

private:
    void onCreated(ApiReply *reply);
    void handOver(const QJsonObject &extra);
    // The normalised record, the secret included, plus what the hooks added.
    QJsonObject jsonRecord(const CreatedKey &created) const;
    // The key alone on stdout (or the JSON record with it); false when stdout failed.
    bool printKey(const CreatedKey &created);
    void reportCreated(const CreatedKey &created, int exitCode);
    void onDeliveryEnded(NewKeyDelivery::Outcome outcome);
    void finishWith(const CreatedKey &created, int exitCode);
    void logCreate(const QString &outcome, const QString &keyId, const QString &detail);
    void findLostKey(const ApiError &createError);
    void reportLostKey(const LostKeyFinder &finder, const ApiError &createError);

    CommandContext &m_context;
    ApiClient *m_client;
    QDateTime m_sentAt;
    Hooks m_hooks;
    NewKeyDelivery *m_delivery = nullptr; // --to DEST
    CreatedKey m_created;                 // between the answer and the handoff or delivery
    QJsonObject m_extra;                  // what Hooks::created added to the JSON record
};

} // namespace keydesk
