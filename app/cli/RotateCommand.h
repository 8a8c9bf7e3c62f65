#pragma once

#include "ApiKey.h"
#include "RotationRecord.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

namespace keydesk {

class ApiClient;
class ApiReply;
class CommandContext;
class CreateCommand;
class RotationEngine;
struct CreatedKey;

// `keydesk-cli rotate ID` (docs/design.md#rotation): lists the organisation to find the
// old key, records the rotation, creates the successor through CreateCommand (its one
// POST, its output, its lost-create flow), verifies it and takes the baseline before
// the key is handed over (an emergency rotation revokes the old key there), and with
// --wait polls (a QTimer, no nested loop) until the rotation ends or --timeout passes
// (exit 6).
//
// The successor goes to standard output, as from `create`, or with --to DEST to its
// destination through CreateCommand's delivery (docs/design.md#delivery).
class RotateCommand final : public QObject {
    // No signals of its own; the CLI's messages share one translation context.
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
    Q_DISABLE_COPY_MOVE(RotateCommand)
public:
    RotateCommand(CommandContext &context, ApiClient *client, QObject *parent = nullptr);
    ~RotateCommand() override;

    void start();

private:
    void onListed(ApiReply *reply);
    void confirmEmergency(const ApiKey &oldKey);
    void begin(const ApiKey &oldKey);
    void onDelivered(int exitCode);
    void poll();
    void end(const RotationRecord &rotation);

    CommandContext &m_context;
    ApiClient *m_client;
    CreateCommand *m_create = nullptr; // made before the listing: --to is checked first
    RotationEngine *m_engine;
    RotationRecord m_rotation;
    QString m_verificationProblem;
    QTimer m_poll;
    QDeadlineTimer m_deadline;
};

} // namespace keydesk
