#include "RevokeManyCommand.h"

#include "ApiClient.h"
#include "ApiError.h"
#include "ApiReply.h"
#include "CliExitCode.h"
#include "CommandContext.h"
#include "ConfirmationPrompt.h"
#include "KeyStatus.h"
#include "KeyTable.h"
#include "NormalisedJson.h"
#include "RevokeCommand.h"
#include "TextTable.h"
#include "UntrustedText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace keydesk {
namespace {

constexpr qint64 recentUseSecondsForMany = 24 * 60 * 60;

QString keyLabel(const ApiKey &key)
{
    return u"'%1' (%2)"_s.arg(UntrustedText::forDisplay(key.name), UntrustedText::forDisplay(key.id));
}

} // namespace

RevokeManyCommand::RevokeManyCommand(CommandContext &context, ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_client(client)
{
}

void RevokeManyCommand::start()
{
    ApiReply *reply = m_client->listKeys();
    connect(reply, &ApiReply::finished, this, [this, reply] { onLookup(reply); });
}

void RevokeManyCommand::onLookup(ApiReply *reply)
{
    if (!reply->ok()) {
        m_context.failWithApiError(reply->error());
        return;
    }
    m_context.recordListing(reply->keys());
    QHash<QString, ApiKey> byId;
    for (const ApiKey &key : reply->keys())
        byId.insert(key.id, key);
    QStringList unknown;
    for (const QString &id : std::as_const(m_context.invocation.keyIds)) {
        const auto found = byId.constFind(id);
        if (found == byId.cend()) {
            unknown.append(u"'%1'"_s.arg(UntrustedText::forDisplay(id)));
            continue;
        }
        if (found->revoked) {
            Outcome skipped;
            skipped.key = *found;
            m_outcomes.append(skipped);
        } else {
            m_toRevoke.append(*found);
        }
    }
    // A typo must not leave half a batch revoked: nothing is sent.
    if (!unknown.isEmpty()) {
        m_context.fail(CliExitCode::NotFound,
                       tr("No key with ID %1 in this organisation; nothing was revoked (see 'keydesk-cli list').")
                           .arg(unknown.join(u", "_s)));
        return;
    }
    preview();
    if (m_toRevoke.isEmpty()) {
        report();
        return;
    }
    if (m_context.invocation.assumeYes)
        revokeNext();
    else
        confirm();
}

void RevokeManyCommand::preview()
{
    const QLocale &locale = m_context.services.locale;
    const QDateTime now = m_context.now();
    TextTable table({tr("ID"), tr("Name"), tr("Last used"), tr("Usage"), tr("Action")});
    int recent = 0;
    const auto addRow = [&](const ApiKey &key, const QString &action) {
        table.addRow({UntrustedText::forDisplay(key.id), UntrustedText::forDisplay(key.name),
                      key.lastUsedAt.isValid() ? KeyTable::formatDateTime(key.lastUsedAt, locale) : tr("never"),
                      key.usageCount ? locale.toString(*key.usageCount) : KeyTable::notReported(), action});
    };
    for (const ApiKey &key : std::as_const(m_toRevoke)) {
        const bool usedRecently = key.lastUsedAt.isValid() && key.lastUsedAt.secsTo(now) < recentUseSecondsForMany;
        recent += usedRecently ? 1 : 0;
        addRow(key, usedRecently ? tr("revoke (used in the last 24 hours)") : tr("revoke"));
    }
    for (const Outcome &skipped : std::as_const(m_outcomes))
        addRow(skipped.key, tr("skip (already revoked)"));
    m_context.output.printInfo(table.toString().chopped(1));
    if (recent > 0)
        m_context.output.printWarning(
            recent == 1
                ? tr("%n of these keys was used in the last 24 hours; integrations still using it will fail.", nullptr,
                     recent)
                : tr("%n of these keys were used in the last 24 hours; integrations still using them will fail.",
                     nullptr, recent));
}

void RevokeManyCommand::confirm()
{
    const int keys = int(m_toRevoke.size());
    const QString count = QString::number(keys);
    // Singular and plural spelled out: without a catalogue Qt would print "1 keys".
    m_context.output.printPrompt(
        (keys == 1 ? tr("Revoke this key? Integrations using it fail at once. This cannot be undone. Type %1 to "
                        "confirm: ")
                   : tr("Revoke these %n keys? Integrations using them fail at once. This cannot be undone. Type %1 "
                        "to confirm: ",
                        nullptr, keys))
            .arg(count));
    auto *prompt = new ConfirmationPrompt(m_context.services.inputFd, this);
    prompt->setExpectedAnswer(count);
    connect(prompt, &ConfirmationPrompt::answered, this, [this, prompt](bool confirmed) {
        prompt->deleteLater();
        if (!confirmed) {
            m_context.output.printInfo(tr("Nothing was revoked."));
            m_context.finish(CliExitCode::Other);
            return;
        }
        revokeNext();
    });
    prompt->start();
}

// One DELETE at a time: a small queue, so the server's rate limit and the retries see
// one request of this run at once.
void RevokeManyCommand::revokeNext()
{
    if (m_next >= m_toRevoke.size()) {
        report();
        return;
    }
    ApiReply *reply = m_client->revokeKey(m_toRevoke.at(m_next).id);
    connect(reply, &ApiReply::finished, this, [this, reply] { onRevoked(reply); });
}

void RevokeManyCommand::onRevoked(ApiReply *reply)
{
    Outcome outcome;
    outcome.key = m_toRevoke.at(m_next++);
    m_context.logAction(RevokeCommand::logEntry(outcome.key, reply));
    if (reply->ok()) {
        outcome.result = Outcome::Result::Revoked;
        outcome.key.revoked = true;
        m_context.output.printInfo(tr("Revoked key %1.").arg(keyLabel(outcome.key)));
    } else {
        outcome.result = Outcome::Result::Failed;
        outcome.error = m_context.apiErrorMessage(reply->error());
        outcome.exitCode = reply->error().exitCode();
        m_context.output.printInfo(tr("Not revoked: key %1: %2").arg(keyLabel(outcome.key), outcome.error));
    }
    m_outcomes.insert(m_next - 1, outcome); // revoked and failed keys first, in the order given
    revokeNext();
}

void RevokeManyCommand::report()
{
    QStringList failed;
    int exitCode = CliExitCode::Ok;
    int revoked = 0;
    QJsonArray results;
    for (const Outcome &outcome : std::as_const(m_outcomes)) {
        if (outcome.result == Outcome::Result::Failed) {
            failed.append(keyLabel(outcome.key));
            if (exitCode == CliExitCode::Ok)
                exitCode = outcome.exitCode;
        } else if (outcome.result == Outcome::Result::Skipped) {
            m_context.output.printInfo(tr("Skipped key %1: already revoked.").arg(keyLabel(outcome.key)));
        } else {
            ++revoked;
        }
        QJsonObject record = toNormalisedJson(outcome.key, m_context.now());
        record.insert(u"result"_s, outcome.result == Outcome::Result::Revoked  ? u"revoked"_s
                                   : outcome.result == Outcome::Result::Failed ? u"failed"_s
                                                                               : u"skipped"_s);
        record.insert(u"error"_s, CliOutput::textOrNull(outcome.error));
        results.append(record);
    }
    if (m_context.invocation.json)
        m_context.output.printJson(results);
    if (failed.isEmpty()) {
        m_context.output.printInfo(revoked == 1 ? tr("Revoked %n key.", nullptr, revoked)
                                                : tr("Revoked %n keys.", nullptr, revoked));
        m_context.finish(CliExitCode::Ok);
        return;
    }
    m_context.fail(
        exitCode,
        tr("%1 of %2 keys not revoked: %3.").arg(failed.size()).arg(m_toRevoke.size()).arg(failed.join(u", "_s)));
}

} // namespace keydesk
