#include "RevokeCommand.h"

#include "ActionLogEntry.h"
#include "ApiClient.h"
#include "ApiError.h"
#include "ApiReply.h"
#include "CliExitCode.h"
#include "CommandContext.h"
#include "ConfirmationPrompt.h"
#include "KeyTable.h"
#include "NormalisedJson.h"
#include "UntrustedText.h"

#include <algorithm>

namespace keydesk {
namespace {

constexpr qint64 recentUseSeconds = 24 * 60 * 60;

} // namespace

ActionLogEntry RevokeCommand::logEntry(const ApiKey &key, const ApiReply *reply)
{
    ActionLogEntry entry;
    entry.action = ActionLogEntry::revoke();
    entry.keyId = key.id;
    entry.keyName = key.name;
    if (reply->ok()) {
        entry.outcome = ActionLogEntry::ok();
        return entry;
    }
    const ApiError &error = reply->error();
    // A DELETE cut off after it was sent may have been carried out.
    const bool mayHaveHappened = error.httpStatus == 0
                                 && (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout);
    entry.outcome = mayHaveHappened ? ActionLogEntry::unknown() : ActionLogEntry::failed();
    entry.detail = error.userMessage();
    return entry;
}

RevokeCommand::RevokeCommand(CommandContext &context, ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_client(client)
{
}

void RevokeCommand::start()
{
    ApiReply *reply = m_client->listKeys();
    connect(reply, &ApiReply::finished, this, [this, reply] { onLookup(reply); });
}

void RevokeCommand::onLookup(ApiReply *reply)
{
    if (!reply->ok()) {
        m_context.failWithApiError(reply->error());
        return;
    }
    // The lookup is a full listing like any other.
    m_context.recordListing(reply->keys());
    const QString &keyId = m_context.invocation.keyId;
    const QList<ApiKey> &keys = reply->keys();
    const auto found = std::find_if(keys.cbegin(), keys.cend(),
                                    [&keyId](const ApiKey &key) { return key.id == keyId; });
    if (found == keys.cend()) {
        m_context.fail(CliExitCode::NotFound, tr("No key with ID '%1' in this organisation; see 'keydesk-cli list'.")
                                                  .arg(UntrustedText::forDisplay(keyId)));
        return;
    }
    const ApiKey key = *found;
    const QString name = UntrustedText::forDisplay(key.name);
    if (key.revoked) {
        m_context.output.printInfo(
            tr("Key '%1' (%2) is already revoked.").arg(name, UntrustedText::forDisplay(key.id)));
        m_context.finish(CliExitCode::Ok);
        return;
    }
    if (key.lastUsedAt.isValid() && key.lastUsedAt.secsTo(m_context.now()) < recentUseSeconds)
        m_context.output.printWarning(
            tr("key '%1' was used in the last 24 hours (%2); integrations still using it will fail.")
                .arg(name, KeyTable::formatDateTime(key.lastUsedAt, m_context.services.locale)));
    if (m_context.invocation.assumeYes)
        revoke(key);
    else
        confirm(key);
}

void RevokeCommand::confirm(const ApiKey &key)
{
    m_context.output.printPrompt(
        tr("Revoke key '%1' (%2)? Integrations using it fail at once. This cannot be undone. [y/N] ")
            .arg(UntrustedText::forDisplay(key.name), UntrustedText::forDisplay(key.id)));
    auto *prompt = new ConfirmationPrompt(m_context.services.inputFd, this);
    connect(prompt, &ConfirmationPrompt::answered, this, [this, prompt, key](bool yes) {
        prompt->deleteLater();
        if (!yes) {
            m_context.output.printInfo(tr("Not revoked."));
            m_context.finish(CliExitCode::Other);
            return;
        }
        revoke(key);
    });
    prompt->start();
}

void RevokeCommand::revoke(const ApiKey &key)
{
    ApiReply *reply = m_client->revokeKey(key.id);
    connect(reply, &ApiReply::finished, this, [this, reply, key] { onRevoked(reply, key); });
}

void RevokeCommand::onRevoked(ApiReply *reply, const ApiKey &key)
{
    m_context.logAction(logEntry(key, reply));
    if (!reply->ok()) {
        m_context.failWithApiError(reply->error());
        return;
    }
    if (m_context.invocation.json) {
        ApiKey revoked = key;
        revoked.revoked = true;
        m_context.output.printJson(toNormalisedJson(revoked, m_context.now()));
    }
    m_context.output.printInfo(
        tr("Revoked key '%1' (%2).").arg(UntrustedText::forDisplay(key.name), UntrustedText::forDisplay(key.id)));
    m_context.finish(CliExitCode::Ok);
}

} // namespace keydesk
