#pragma once

#include "CreatedKey.h"
#include "DeliveryResult.h"
#include "Destination.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace keydesk {

class CommandContext;
class HandoffStore;
class KeyDelivery;

// `create … --to DEST`, and `rotate … --to DEST` (docs/design.md#delivery): the new key
// is written to the keychain as a pending handoff of the profile first (as the window
// does), then handed to DEST (KeyDelivery). Only a verified delivery (or a command's exit
// status 0) deletes the pending copy; on any failure it stays, and the run says what
// failed. Every delivery is logged (`deliver`). The key itself is never printed here:
// when delivery failed and no keychain could hold the key, the outcome is NotHeld and
// the caller must print it as `create` does (the key is never lost).
//
// Use: construct before the create request, call prepare() (it may read the KeePassXC
// database password from the terminal, which blocks: no request may be in flight), then
// deliver() with the created key.
class NewKeyDelivery final : public QObject {
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
    Q_DISABLE_COPY_MOVE(NewKeyDelivery)
public:
    enum class Outcome {
        Delivered,   // at DEST (verified, or a command's exit status 0); no pending copy left
        KeptPending, // delivery failed; the key waits in the keychain as a pending handoff
        NotHeld,     // delivery failed and no keychain holds it: the caller prints the key
    };

    NewKeyDelivery(CommandContext &context, Destination destination, QObject *parent = nullptr);
    ~NewKeyDelivery() override;

    // Reads what the destination needs before any request (the database password), and
    // checks that a command template exists. False after failing the run (exit 2).
    bool prepare();
    void deliver(const CreatedKey &created, std::function<void(Outcome)> done);

    const Destination &destination() const { return m_destination; }
    const DeliveryResult &result() const { return m_result; }

private:
    void onDelivered();
    void log(const QString &action, const QString &outcome, const QString &detail);
    void end(Outcome outcome);

    CommandContext &m_context;
    Destination m_destination;
    QStringList m_commandArgv;
    QString m_databasePassword;
    CreatedKey m_created;
    HandoffStore *m_handoffs = nullptr;
    KeyDelivery *m_delivery = nullptr;
    bool m_pendingStored = false;
    QString m_pendingProblem; // why no pending copy exists, when it does not
    DeliveryResult m_result;
    std::function<void(Outcome)> m_done;
};

} // namespace keydesk
