#include "CreateCommand.h"

#include "ActionLogEntry.h"
#include "ApiClient.h"
#include "ApiError.h"
#include "ApiReply.h"
#include "CliExitCode.h"
#include "CommandContext.h"
#include "KeyFormat.h"
#include "KeyTable.h"
#include "LostKeyFinder.h"
#include "NewKeyDelivery.h"
#include "NormalisedJson.h"
#include "ShellCommand.h"
#include "UndeliveredKey.h"
#include "UntrustedText.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace keydesk {

CreateCommand::CreateCommand(CommandContext &context, ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_client(client)
{
}

CreateCommand::~CreateCommand()
{
    wipeSecret(m_created.secret);
}

bool CreateCommand::prepare()
{
    if (!m_context.invocation.deliverTo || m_delivery)
        return true;
    // Before any request: it may read the database password from the terminal.
    m_delivery = new NewKeyDelivery(m_context, *m_context.invocation.deliverTo, this);
    return m_delivery->prepare();
}

void CreateCommand::start()
{
    if (!prepare())
        return;
    m_sentAt = m_context.now();
    ApiReply *reply = m_client->createKey(m_context.invocation.createRequest);
    connect(reply, &ApiReply::finished, this, [this, reply] { onCreated(reply); });
}

void CreateCommand::logCreate(const QString &outcome, const QString &keyId, const QString &detail)
{
    ActionLogEntry entry;
    entry.action = ActionLogEntry::create();
    entry.keyId = keyId;
    entry.keyName = m_context.invocation.createRequest.name;
    entry.outcome = outcome;
    entry.detail = detail;
    m_context.logAction(entry);
}

void CreateCommand::onCreated(ApiReply *reply)
{
    if (!reply->ok()) {
        if (reply->error().keyMayExist && !reply->error().cancelled) {
            findLostKey(reply->error());
        } else {
            logCreate(ActionLogEntry::failed(), QString(), reply->error().userMessage());
            if (m_hooks.failed)
                m_hooks.failed(reply->error().userMessage());
            m_context.failWithApiError(reply->error());
        }
        return;
    }
    m_created = reply->createdKey();
    const CreatedKey &created = m_created;
    CliOutput &output = m_context.output;
    output.rememberSecret(created.secret);
    // Its fingerprint, never the key: later features recognise it (CreatedKeyFingerprint).
    m_context.rememberCreatedKey(created);
    logCreate(ActionLogEntry::ok(), created.record.id, QString());
    m_created = created;
    if (m_hooks.created) {
        m_hooks.created(m_created, [this](const QJsonObject &extra) { handOver(extra); });
        return;
    }
    handOver({});
}

void CreateCommand::handOver(const QJsonObject &extra)
{
    m_extra = extra;
    if (m_delivery) {
        m_delivery->deliver(m_created, [this](NewKeyDelivery::Outcome outcome) { onDeliveryEnded(outcome); });
        return;
    }
    if (!printKey(m_created))
        return;
    reportCreated(m_created, CliExitCode::Ok);
}

QJsonObject CreateCommand::jsonRecord(const CreatedKey &created) const
{
    QJsonObject record = toNormalisedJson(created, m_context.now());
    for (auto it = m_extra.constBegin(); it != m_extra.constEnd(); ++it)
        record.insert(it.key(), it.value());
    return record;
}

bool CreateCommand::printKey(const CreatedKey &created)
{
    CliOutput &output = m_context.output;
    bool delivered = false;
    if (m_context.invocation.json) {
        QJsonObject record = jsonRecord(created);
        if (m_delivery)
            record.insert(u"deliveredTo"_s, QJsonValue::Null);
        QByteArray json = CliOutput::toJson(record);
        delivered = output.printSecretResult(json);
    } else {
        // The key alone on stdout, so `KEY=$(keydesk-cli create …)` captures exactly it.
        QByteArray key = created.secret.toUtf8();
        delivered = output.printSecretResult(key) && output.printResult(u"\n"_s);
    }
    if (!delivered) {
        // The secret did not (wholly) reach stdout, and the server will never show it again.
        output.setResultFailureReported();
        (new UndeliveredKey(m_context, m_client, created, this))->start();
    }
    return delivered;
}

void CreateCommand::onDeliveryEnded(NewKeyDelivery::Outcome outcome)
{
    CliOutput &output = m_context.output;
    switch (outcome) {
    case NewKeyDelivery::Outcome::NotHeld:
        // Nothing else holds the key: printed as without --to, and the run fails.
        if (printKey(m_created))
            reportCreated(m_created, CliExitCode::Other);
        break;
    case NewKeyDelivery::Outcome::Delivered:
    case NewKeyDelivery::Outcome::KeptPending: {
        const bool delivered = outcome == NewKeyDelivery::Outcome::Delivered;
        if (m_context.invocation.json) {
            QJsonObject record = jsonRecord(m_created);
            record.remove(u"key"_s);
            record.insert(u"deliveredTo"_s,
                          delivered ? QJsonValue(m_delivery->destination().spec()) : QJsonValue(QJsonValue::Null));
            output.printJson(record);
        }
        finishWith(m_created, delivered ? CliExitCode::Ok : CliExitCode::Other);
        break;
    }
    }
    wipeSecret(m_created.secret);
}

void CreateCommand::reportCreated(const CreatedKey &created, int exitCode)
{
    CliOutput &output = m_context.output;
    const ApiKey &record = created.record;
    const QString expiry = record.expiresAt.isValid()
                               ? tr("expires %1")
                                     .arg(KeyTable::formatDateTime(record.expiresAt, m_context.services.locale))
                               : tr("never expires");
    const QString identifier = UntrustedText::forDisplay(KeyFormat::maskedIdentifier(created.secret));
    const QString name = UntrustedText::forDisplay(record.name);
    const QString id = UntrustedText::forDisplay(record.id);
    output.printInfo(identifier.isEmpty()
                         ? tr("Created key '%1' (ID %2; %3).").arg(name, id, expiry)
                         : tr("Created key '%1' (ID %2, shown as %3; %4).").arg(name, id, identifier, expiry));
    output.printInfo(tr("Store it now: it will not be shown again."));
    // Written whole to stdout, the key is in the caller's hands and nothing of it is
    // pending: the CLI's handoff is done (docs/design.md#cli-contract, action log).
    ActionLogEntry handoff;
    handoff.action = ActionLogEntry::handoffStored();
    handoff.keyId = record.id;
    handoff.keyName = record.name;
    handoff.outcome = ActionLogEntry::ok();
    handoff.detail = tr("written to standard output");
    m_context.logAction(handoff);
    finishWith(created, exitCode);
}

void CreateCommand::finishWith(const CreatedKey &created, int exitCode)
{
    if (m_hooks.delivered) {
        m_hooks.delivered(created, exitCode);
        return;
    }
    m_context.finish(exitCode);
}

void CreateCommand::findLostKey(const ApiError &createError)
{
    auto *finder = new LostKeyFinder(
        m_client, [this] { return m_context.now(); }, this);
    connect(finder, &LostKeyFinder::finished, this, [this, finder, createError] {
        finder->deleteLater();
        reportLostKey(*finder, createError);
    });
    LostCreate lost;
    lost.name = m_context.invocation.createRequest.name;
    lost.sentAt = m_sentAt;
    finder->start(lost);
}

void CreateCommand::reportLostKey(const LostKeyFinder &finder, const ApiError &createError)
{
    CliOutput &output = m_context.output;
    const QString name = UntrustedText::forDisplay(m_context.invocation.createRequest.name);
    const QString detail = UntrustedText::forDisplay(createError.detail); // may quote the server's answer
    const QString lead =
        createError.kind == ApiError::Kind::OutcomeUnknown
            ? tr("The server may have created the key but its response was lost (%1); the secret cannot be recovered.")
                  .arg(detail)
            : tr("The server may have created the key but its response could not be read (%1); the secret cannot be "
                 "recovered.")
                  .arg(detail);
    output.printError(lead);

    QString logged;
    if (finder.error().isError())
        logged = tr("answer lost; the list of keys could not be checked");
    else if (finder.verdict() == LostKeyFinder::Verdict::CannotTell)
        logged = tr("answer lost; the list of keys gives no creation times to tell");
    else if (finder.candidates().isEmpty())
        logged = tr("answer lost; no new key with this name is listed");
    else if (finder.candidates().size() == 1)
        logged = tr("answer lost; the list has one key that may be it");
    else
        logged = tr("answer lost; the list has %n keys that may be it", nullptr, int(finder.candidates().size()));
    logCreate(ActionLogEntry::unknown(),
              finder.candidates().size() == 1 ? finder.candidates().constFirst().id : QString(), logged);

    if (finder.error().isError()) {
        output.printInfo(tr("Could not check the list of keys: %1 Check it with: %2 list")
                             .arg(UntrustedText::forDisplay(CliOutput::singleLine(finder.error().userMessage())),
                                  ShellCommand::prefix(m_context)));
    } else if (finder.verdict() == LostKeyFinder::Verdict::CannotTell) {
        output.printInfo(
            tr("The list of keys does not say when keys were created, so keydesk-cli cannot tell whether '%1' "
               "was created; check these keys before trying again:")
                .arg(name));
        for (const ApiKey &key : finder.undated())
            output.printInfo(tr("Key '%1' (%2), creation time unknown; if it is the lost key, revoke it with: %3 "
                                "revoke %4 --yes")
                                 .arg(UntrustedText::forDisplay(key.name), UntrustedText::forDisplay(key.id),
                                      ShellCommand::prefix(m_context), ShellCommand::quoted(key.id)));
    } else if (finder.candidates().isEmpty()) {
        output.printInfo(tr("No new live key named '%1' is in the list, so it was most likely not created; it is "
                            "safe to try again.")
                             .arg(name));
    } else {
        if (finder.isAmbiguous())
            output.printInfo(tr("%n keys named '%1' were created around that time; only one of them is the lost key: "
                                "compare the creation times before revoking.",
                                nullptr, int(finder.candidates().size()))
                                 .arg(name));
        for (const ApiKey &key : finder.candidates())
            output.printInfo(tr("Found key '%1' (%2) created at %3; revoke it with: %4 revoke %5 --yes")
                                 .arg(UntrustedText::forDisplay(key.name), UntrustedText::forDisplay(key.id),
                                      KeyTable::formatDateTime(key.createdAt, m_context.services.locale),
                                      ShellCommand::prefix(m_context), ShellCommand::quoted(key.id)));
    }
    if (m_hooks.failed)
        m_hooks.failed(logged);
    // A lost answer is a network failure (6), an unreadable one malformed (1).
    m_context.finish(createError.exitCode());
}

} // namespace keydesk
