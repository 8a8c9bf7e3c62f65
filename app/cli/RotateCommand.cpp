#include "RotateCommand.h"

#include "ApiClient.h"
#include "ApiError.h"
#include "ApiReply.h"
#include "CliExitCode.h"
#include "CommandContext.h"
#include "ConfirmationPrompt.h"
#include "CreateCommand.h"
#include "CreatedKey.h"
#include "Inventory.h"
#include "KeyTable.h"
#include "KeyValidation.h"
#include "ListedKey.h"
#include "RotationCommands.h"
#include "RotationEngine.h"
#include "RotationOutput.h"
#include "RotationPlan.h"
#include "RotationRules.h"
#include "Terminal.h"
#include "UntrustedText.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

// The successor lives as long as the old key did, else the default (docs/design.md#rotation).
Expiry defaultExpiry(const ApiKey &oldKey)
{
    return Expiry::inDays(RotationRules::successorLifetimeDays(oldKey, RotationPlan::defaultExpiryDays));
}

} // namespace

RotateCommand::RotateCommand(CommandContext &context, ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_client(client)
    , m_engine(context.inventory() ? new RotationEngine(
                   context.inventory(), [&context] { return context.now(); }, this)
                                   : nullptr)
{
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &RotateCommand::poll);
}

RotateCommand::~RotateCommand() = default;

void RotateCommand::start()
{
    const CliInvocation &invocation = m_context.invocation;
    if (!m_engine || !m_context.organisation) {
        m_context.fail(CliExitCode::Other, tr("There is no inventory to hold the rotation."));
        return;
    }
    if (invocation.emergency && !invocation.assumeYes && !Terminal::isTerminal(m_context.services.inputFd)) {
        m_context.fail(CliExitCode::Usage,
                       tr("'rotate --emergency' asks for confirmation on a terminal, but stdin is not one; pass --yes "
                          "to revoke the old key without asking."));
        return;
    }
    // A --to destination is checked (and its password read) before anything is listed,
    // created or recorded: a destination that cannot take the key costs no rotation.
    m_create = new CreateCommand(m_context, m_client, this);
    if (!m_create->prepare())
        return;
    ApiReply *reply = m_client->listKeys();
    connect(reply, &ApiReply::finished, this, [this, reply] { onListed(reply); });
}

void RotateCommand::onListed(ApiReply *reply)
{
    const std::optional<ApiKey> listed = listedKeyOrFail(m_context, reply, m_context.invocation.keyId);
    if (!listed)
        return;
    const ApiKey oldKey = *listed;
    if (oldKey.status(m_context.now()) != KeyStatus::Active) {
        m_context.fail(CliExitCode::Rejected,
                       tr("Key '%1' (%2) is not active; only an active key can be rotated.")
                           .arg(UntrustedText::forDisplay(oldKey.name), UntrustedText::forDisplay(oldKey.id)));
        return;
    }
    CreateKeyRequest &request = m_context.invocation.createRequest;
    if (request.name.isEmpty()) {
        request.name = KeyValidation::normalisedName(oldKey.name);
        const Validation validation = KeyValidation::validateName(request.name);
        if (!validation.ok) {
            m_context.fail(CliExitCode::Rejected,
                           tr("The old key's name cannot be used for the new key (%1); give one with --name.")
                               .arg(validation.message));
            return;
        }
    }
    if (!m_context.invocation.createRequestHasExpiry)
        request.expiry = defaultExpiry(oldKey);
    if (m_context.invocation.emergency && !m_context.invocation.assumeYes) {
        confirmEmergency(oldKey);
        return;
    }
    begin(oldKey);
}

void RotateCommand::confirmEmergency(const ApiKey &oldKey)
{
    const QString name = UntrustedText::forDisplay(oldKey.name);
    const QString lastUse = oldKey.lastUsedAt.isValid()
                                ? tr("it was last used %1")
                                      .arg(KeyTable::formatDateTime(oldKey.lastUsedAt, m_context.services.locale))
                                : tr("no use of it is reported");
    m_context.output.printPrompt(
        tr("Emergency rotation: key '%1' (%2) is revoked as soon as its successor exists, without waiting for the "
           "new key to be in use. Every integration still using '%1' fails at once (%3). Continue? [y/N] ")
            .arg(name, UntrustedText::forDisplay(oldKey.id), lastUse));
    auto *prompt = new ConfirmationPrompt(m_context.services.inputFd, this);
    connect(prompt, &ConfirmationPrompt::answered, this, [this, prompt, oldKey](bool yes) {
        prompt->deleteLater();
        if (!yes) {
            m_context.output.printInfo(tr("Not rotated."));
            m_context.finish(CliExitCode::Other);
            return;
        }
        begin(oldKey);
    });
    prompt->start();
}

void RotateCommand::begin(const ApiKey &oldKey)
{
    RotationPlan plan;
    plan.organisation = *m_context.organisation;
    plan.oldKey = oldKey;
    plan.newKeyName = m_context.invocation.createRequest.name;
    plan.quietForSeconds = m_context.invocation.quietForSeconds;
    plan.autoRevoke = m_context.invocation.autoRevoke;
    plan.emergency = m_context.invocation.emergency;
    m_engine->begin(plan, [this](const RotationRecord &rotation, const QString &error) {
        if (!error.isEmpty()) {
            // Nothing was created: no rotation, no POST.
            m_context.fail(rotation.revision == 0 && error.contains(rotation.oldKeyId) ? CliExitCode::Rejected
                                                                                       : CliExitCode::Other,
                           tr("The rotation was not started: %1").arg(UntrustedText::forDisplay(error)));
            return;
        }
        m_rotation = rotation;
        CreateCommand::Hooks hooks;
        // Verified before the handoff: the baseline must be taken before anyone else can
        // have used the key (an integration's first use would otherwise count as KeyDesk's).
        hooks.created = [this](const CreatedKey &created, std::function<void(const QJsonObject &)> proceed) {
            const QString secret = created.secret;
            m_engine->successorCreated(
                m_rotation.id, created.record, [this, secret, proceed](const RotationRecord &stored, const QString &) {
                    m_rotation = stored;
                    m_engine->verifySuccessor(m_rotation.id, secret, m_client,
                                              [this, proceed](const RotationRecord &verified, const QString &error) {
                                                  m_rotation = verified;
                                                  if (!error.isEmpty())
                                                      m_verificationProblem = error;
                                                  proceed({{u"rotation"_s, RotationOutput::toJson(verified)}});
                                              });
                });
        };
        hooks.delivered = [this](const CreatedKey &, int exitCode) { onDelivered(exitCode); };
        hooks.failed = [this](const QString &reason) { m_engine->createFailed(m_rotation.id, reason); };
        m_create->setHooks(std::move(hooks));
        m_create->start();
    });
}

void RotateCommand::onDelivered(int exitCode)
{
    const RotationRecord rotation = m_rotation;
    m_context.output.printInfo(tr("Rotation %1 started.").arg(UntrustedText::forDisplay(rotation.id)));
    if (!m_verificationProblem.isEmpty())
        m_context.output.printWarning(UntrustedText::forDisplay(m_verificationProblem));
    if (exitCode != CliExitCode::Ok) {
        // --to failed: the key is pending in the keychain or was printed; the rotation goes on.
        m_context.finish(exitCode);
        return;
    }
    if (!isOpen(rotation.state) || !m_context.invocation.wait) {
        m_context.output.printInfo(RotationOutput::summary(rotation, m_context.services.locale));
        m_context.finish(rotation.state == RotationState::Failed ? CliExitCode::Other : CliExitCode::Ok);
        return;
    }
    if (m_context.invocation.timeoutSeconds > 0)
        m_deadline = QDeadlineTimer(m_context.invocation.timeoutSeconds * 1000);
    else
        m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    m_context.output.printInfo(RotationOutput::summary(rotation, m_context.services.locale));
    poll();
}

void RotateCommand::poll()
{
    if (m_deadline.hasExpired()) {
        m_context.fail(CliExitCode::Network,
                       tr("Rotation %1 is still %2 after the --timeout; it goes on: follow it with 'keydesk-cli "
                          "rotations advance'.")
                           .arg(UntrustedText::forDisplay(m_rotation.id), rotationStateId(m_rotation.state)));
        return;
    }
    RotationCommands::advanceOnce(
        m_context, m_client, m_engine, this, [this](const QList<RotationRecord> &rotations, const ApiError *error) {
            if (error)
                m_context.output.printWarning(tr("refresh failed: %1").arg(m_context.apiErrorMessage(*error)));
            for (const RotationRecord &rotation : rotations) {
                if (rotation.id != m_rotation.id)
                    continue;
                if (rotation.state != m_rotation.state)
                    m_context.output.printInfo(RotationOutput::summary(rotation, m_context.services.locale));
                m_rotation = rotation;
            }
            if (!isOpen(m_rotation.state)) {
                end(m_rotation);
                return;
            }
            // Often enough to see a short quiet period end, rarely enough for a server.
            const qint64 interval = qBound(qint64(1), m_rotation.quietForSeconds / 4, qint64(60)) * 1000;
            const qint64 left = m_deadline.isForever() ? interval : std::max<qint64>(m_deadline.remainingTime(), 0) + 1;
            m_poll.start(int(std::min(interval, left)));
        });
}

void RotateCommand::end(const RotationRecord &rotation)
{
    m_context.finish(rotation.state == RotationState::Done ? CliExitCode::Ok : CliExitCode::Other);
}

} // namespace keydesk
