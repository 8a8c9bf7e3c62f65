#include "UndeliveredKey.h"

#include "ActionLogEntry.h"
#include "ApiClient.h"
#include "ApiReply.h"
#include "CliExitCode.h"
#include "CommandContext.h"
#include "CredentialLookup.h"
#include "HandoffStore.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "ShellCommand.h"
#include "UntrustedText.h"

namespace keydesk {
namespace {

ActionLogEntry entryFor(const QString &action, const ApiKey &key, const QString &outcome, const QString &detail)
{
    ActionLogEntry entry;
    entry.action = action;
    entry.keyId = key.id;
    entry.keyName = key.name;
    entry.outcome = outcome;
    entry.detail = detail;
    return entry;
}

bool sameServer(const QUrl &a, const QUrl &b)
{
    const auto normalised = [](const QUrl &url) {
        return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments | QUrl::RemoveUserInfo);
    };
    return normalised(a) == normalised(b);
}

} // namespace

UndeliveredKey::UndeliveredKey(CommandContext &context, ApiClient *client, CreatedKey created, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_client(client)
    , m_created(std::move(created))
{
}

UndeliveredKey::~UndeliveredKey()
{
    wipeSecret(m_created.secret);
}

void UndeliveredKey::start()
{
    const ApiKey &record = m_created.record;
    m_context.output.printError(tr("The new key '%1' (ID %2) was created but could not be written to standard "
                                   "output: %3.")
                                    .arg(UntrustedText::forDisplay(record.name), UntrustedText::forDisplay(record.id),
                                         m_context.output.resultError()));
    const CliInvocation &invocation = m_context.invocation;
    if (invocation.target == CliInvocation::Target::Profile) {
        keepFor(invocation.profileName);
        return;
    }
    QList<Profile> candidates;
    const QList<Profile> profiles = ProfileStore(m_context.services.settings).profiles();
    for (const Profile &profile : profiles) {
        if (profile.dialect == m_context.connection.dialect
            && sameServer(profile.baseUrl, m_context.connection.baseUrl))
            candidates.append(profile);
    }
    findProfile(candidates);
}

void UndeliveredKey::findProfile(QList<Profile> candidates)
{
    if (candidates.isEmpty()) {
        revoke(m_keychainError.isError()
                   ? tr("It cannot be kept in the keychain for a later handoff: %1")
                         .arg(UntrustedText::forDisplay(m_keychainError.userMessage()))
                   : tr("No saved profile has this server and credential, so it cannot wait in the keychain for a "
                        "handoff in KeyDesk."));
        return;
    }
    const Profile profile = candidates.takeFirst();
    lookUpCredential(nullptr, m_context.services.secrets, profile.name, this,
                     [this, profile, candidates](const QString &credential, const SecretError &error) {
                         if (!error.isError() && credential == m_context.connection.credential) {
                             keepFor(profile.name);
                             return;
                         }
                         if (error.isError() && error.kind != SecretError::Kind::NotFound && !m_keychainError.isError())
                             m_keychainError = error;
                         findProfile(candidates);
                     });
}

void UndeliveredKey::keepFor(const QString &profileName)
{
    m_handoffs = new HandoffStore(m_context.services.secrets, m_context.services.handoffIndexPath, this);
    if (!m_handoffs->problem().isEmpty())
        m_context.output.printWarning(UntrustedText::forDisplay(m_handoffs->problem()));
    SecretJob *job = m_handoffs->begin(profileName, m_created);
    connect(job, &SecretJob::finished, this, [this, job, profileName] {
        const QString keyId = m_created.record.id;
        if (!job->ok()) {
            const SecretError error = job->error();
            m_context.logAction(entryFor(ActionLogEntry::handoffKept(), m_created.record, ActionLogEntry::failed(),
                                         error.userMessage()));
            // Drop the index entry again (it says "not stored"): the key is about to go.
            SecretJob *cleanup = m_handoffs->complete(profileName, keyId, false);
            connect(cleanup, &SecretJob::finished, this, [this, error] {
                revoke(tr("It cannot be kept in the keychain for a later handoff: %1")
                           .arg(UntrustedText::forDisplay(error.userMessage())));
            });
            return;
        }
        wipeSecret(m_created.secret);
        m_context.logAction(
            entryFor(ActionLogEntry::handoffKept(), m_created.record, ActionLogEntry::ok(),
                     tr("standard output failed; pending handoff of profile '%1' in the keychain").arg(profileName)));
        CliOutput &output = m_context.output;
        // The keychain holds it, but the window finds it only through the index.
        if (!m_handoffs->problem().isEmpty())
            output.printWarning(tr("%1 The key is in the keychain as '%2'.")
                                    .arg(UntrustedText::forDisplay(m_handoffs->problem()),
                                         UntrustedText::forDisplay(SecretStore::pendingKeyEntry(profileName, keyId))));
        output.printInfo(
            tr("It is kept in the keychain as a pending handoff of profile '%1': open KeyDesk on "
               "that profile, select key '%2' and choose Hand Off Pending Key.")
                .arg(UntrustedText::forDisplay(profileName), UntrustedText::forDisplay(m_created.record.name)));
        m_context.finish(CliExitCode::Other);
    });
}

void UndeliveredKey::revoke(const QString &why)
{
    wipeSecret(m_created.secret);
    m_context.output.printInfo(why + u' ' + tr("Revoking the key, since nobody has its secret."));
    const QString id = m_created.record.id;
    const QString name = UntrustedText::forDisplay(m_created.record.name);
    ApiReply *reply = m_client->revokeKey(id);
    connect(reply, &ApiReply::finished, this, [this, reply, id, name] {
        m_context.logAction(entryFor(
            ActionLogEntry::revoke(), m_created.record, reply->ok() ? ActionLogEntry::ok() : ActionLogEntry::failed(),
            reply->ok() ? tr("nobody has the secret: standard output failed") : reply->error().userMessage()));
        if (reply->ok()) {
            m_context.output.printInfo(tr("Revoked key '%1' (ID %2). Create a new key once the output works.")
                                           .arg(name, UntrustedText::forDisplay(id)));
        } else {
            m_context.output.printError(
                tr("Key '%1' (ID %2) could not be revoked either: %3 Nobody has its secret: revoke it with: %4 "
                   "revoke %5 --yes")
                    .arg(name, UntrustedText::forDisplay(id), UntrustedText::forDisplay(reply->error().userMessage()),
                         ShellCommand::prefix(m_context), ShellCommand::quoted(id)));
        }
        m_context.finish(CliExitCode::Other);
    });
}

} // namespace keydesk
