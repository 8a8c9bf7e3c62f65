#pragma once

#include "RotationRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace keydesk {

class ApiClient;
struct ApiError;
class CommandContext;
class RotationEngine;

// `rotations`, `rotations advance`, `rotations cancel ID [--revoke-new]`
// (docs/design.md#rotation). `rotations` and a cancel that keeps both keys read and write
// the inventory only; advance lists the organisation (recorded like `list`) and moves its
// open rotations on, revoking old keys that are due.
class RotationCommands final : public QObject {
    // No signals of its own; the CLI's messages share one translation context.
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
    Q_DISABLE_COPY_MOVE(RotationCommands)
public:
    RotationCommands(CommandContext &context, QObject *parent = nullptr);

    void list();
    void advance(ApiClient *client);
    // `client` null: no request (without --revoke-new).
    void cancel(ApiClient *client);

    // One listing of the run's organisation, recorded, then RotationEngine::advance.
    // `done` gets the organisation's rotations it moved (or the listing's error).
    using Advanced = std::function<void(const QList<RotationRecord> &rotations, const ApiError *error)>;
    static void advanceOnce(CommandContext &context, ApiClient *client, RotationEngine *engine, QObject *receiver,
                            Advanced done);

private:
    CommandContext &m_context;
    RotationEngine *m_engine;
};

} // namespace keydesk
