#include "RotationCommands.h"

#include "ApiClient.h"
#include "ApiError.h"
#include "ApiReply.h"
#include "CliExitCode.h"
#include "CommandContext.h"
#include "Inventory.h"
#include "RotationEngine.h"
#include "RotationOutput.h"
#include "UntrustedText.h"

#include <QFileInfo>

#include <QJsonArray>
#include <algorithm>

namespace keydesk {

RotationCommands::RotationCommands(CommandContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_engine(context.inventory() ? new RotationEngine(
                   context.inventory(), [&context] { return context.now(); }, this)
                                   : nullptr)
{
}

void RotationCommands::advanceOnce(CommandContext &context, ApiClient *client, RotationEngine *engine,
                                   QObject *receiver, Advanced done)
{
    ApiReply *reply = client->listKeys();
    QObject::connect(reply, &ApiReply::finished, receiver, [&context, reply, client, engine, done] {
        if (!reply->ok()) {
            const ApiError error = reply->error();
            done({}, &error);
            return;
        }
        context.recordListing(reply->keys());
        engine->advance(context.organisation->name, reply->keys(), client,
                        [done](const QList<RotationRecord> &rotations) { done(rotations, nullptr); });
    });
}

void RotationCommands::list()
{
    const QString organisation = m_context.invocation.namedOrganisation();
    const auto print = [this](const QList<RotationRecord> &rotations) {
        if (m_context.invocation.json) {
            QJsonArray array;
            for (const RotationRecord &rotation : rotations)
                array.append(RotationOutput::toJson(rotation));
            m_context.output.printJson(array);
        } else if (rotations.isEmpty()) {
            m_context.output.printInfo(tr("No rotations."));
        } else {
            m_context.output.printResult(RotationOutput::table(rotations, m_context.services.locale));
        }
        m_context.finish(CliExitCode::Ok);
    };
    // A missing inventory reads as an empty one and is not created (as `log`).
    if (!m_engine || !QFileInfo::exists(m_context.services.inventoryPath)) {
        print({});
        return;
    }
    m_engine->rotations(
        organisation, false, [this, print](const QList<RotationRecord> &rotations, const QString &error) {
            if (!error.isEmpty()) {
                m_context.fail(CliExitCode::Other,
                               tr("Cannot read the inventory: %1").arg(UntrustedText::forDisplay(error)));
                return;
            }
            print(rotations);
        });
}

void RotationCommands::advance(ApiClient *client)
{
    if (!m_engine) {
        m_context.fail(CliExitCode::Other, tr("There is no inventory to hold rotations."));
        return;
    }
    advanceOnce(m_context, client, m_engine, this,
                [this](const QList<RotationRecord> &rotations, const ApiError *error) {
                    if (error) {
                        m_context.failWithApiError(*error);
                        return;
                    }
                    bool failed = false;
                    QJsonArray array;
                    for (const RotationRecord &rotation : rotations) {
                        m_context.output.printInfo(RotationOutput::summary(rotation, m_context.services.locale));
                        array.append(RotationOutput::toJson(rotation));
                        failed = failed || rotation.state == RotationState::Failed;
                    }
                    if (m_context.invocation.json)
                        m_context.output.printJson(array);
                    if (rotations.isEmpty())
                        m_context.output.printInfo(tr("No open rotations."));
                    // A cron job must see a revoke that failed.
                    m_context.finish(failed ? CliExitCode::Other : CliExitCode::Ok);
                });
}

void RotationCommands::cancel(ApiClient *client)
{
    const QString organisation = m_context.invocation.namedOrganisation().isEmpty() && m_context.organisation
                                     ? m_context.organisation->name
                                     : m_context.invocation.namedOrganisation();
    const QString id = m_context.invocation.rotationId;
    if (!m_engine) {
        m_context.fail(CliExitCode::Other, tr("There is no inventory to hold rotations."));
        return;
    }
    m_engine->rotations(
        organisation, false, [this, id, client](const QList<RotationRecord> &rotations, const QString &error) {
            if (!error.isEmpty()) {
                m_context.fail(CliExitCode::Other,
                               tr("Cannot read the inventory: %1").arg(UntrustedText::forDisplay(error)));
                return;
            }
            const bool known = std::any_of(rotations.cbegin(), rotations.cend(),
                                           [&id](const RotationRecord &rotation) { return rotation.id == id; });
            if (!known) {
                m_context.fail(CliExitCode::NotFound, tr("No rotation with ID '%1' in this organisation; see "
                                                         "'keydesk-cli rotations'.")
                                                          .arg(UntrustedText::forDisplay(id)));
                return;
            }
            m_engine->cancel(id, m_context.invocation.revokeNewKey, client,
                             [this](const RotationRecord &rotation, const QString &problem) {
                                 if (m_context.invocation.json)
                                     m_context.output.printJson(RotationOutput::toJson(rotation));
                                 if (!problem.isEmpty()) {
                                     m_context.fail(rotation.state == RotationState::Cancelled ? CliExitCode::Other
                                                                                               : CliExitCode::Rejected,
                                                    UntrustedText::forDisplay(problem));
                                     return;
                                 }
                                 m_context.output.printInfo(
                                     RotationOutput::summary(rotation, m_context.services.locale));
                                 m_context.finish(CliExitCode::Ok);
                             });
        });
}

} // namespace keydesk
