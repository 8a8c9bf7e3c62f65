#include "NewKeyDelivery.h"

#include "ActionLogEntry.h"
#include "CliExitCode.h"
#include "CommandContext.h"
#include "HandoffStore.h"
#include "KeyDelivery.h"
#include "KeychainSecretStore.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "ShellCommand.h"
#include "Terminal.h"
#include "UntrustedText.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace keydesk {
namespace {

constexpr qsizetype maxPasswordBytes = 4096;

} // namespace

NewKeyDelivery::NewKeyDelivery(CommandContext &context, Destination destination, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_destination(std::move(destination))
{
}

NewKeyDelivery::~NewKeyDelivery()
{
    wipeSecret(m_databasePassword);
    wipeSecret(m_created.secret);
}

bool NewKeyDelivery::prepare()
{
    const QString spec = UntrustedText::forDisplay(m_destination.spec());
    if (m_destination.kind == Destination::Kind::Command) {
        m_commandArgv = ProfileStore(m_context.services.settings)
                            .commandTemplate(m_context.invocation.profileName, m_destination.name);
        if (m_commandArgv.isEmpty()) {
            m_context.fail(CliExitCode::Usage,
                           tr("Profile '%1' has no command template '%2'; save one with: keydesk-cli profile command "
                              "%3 %4 -- PROGRAM ARG...")
                               .arg(UntrustedText::forDisplay(m_context.invocation.profileName),
                                    UntrustedText::forDisplay(m_destination.name),
                                    ShellCommand::quoted(m_context.invocation.profileName),
                                    ShellCommand::quoted(m_destination.name)));
            return false;
        }
        // Shown before it runs (docs/design.md#delivery).
        QStringList words;
        for (const QString &word : std::as_const(m_commandArgv))
            words.append(ShellCommand::quoted(word));
        m_context.output.printInfo(tr("The new key will go to the standard input of: %1").arg(words.join(u' ')));
    }
    if (m_destination.kind == Destination::Kind::KeePassXc) {
        const int fd = m_context.services.inputFd;
        if (Terminal::isTerminal(fd))
            m_context.output.printPrompt(
                tr("Password of the KeePassXC database %1: ").arg(UntrustedText::forDisplay(m_destination.database)));
        std::optional<QByteArray> input = Terminal::readSecret(fd, maxPasswordBytes);
        if (Terminal::isTerminal(fd))
            m_context.output.printInfo(QString());
        if (!input) {
            m_context.fail(CliExitCode::Usage, tr("Cannot read the database password from stdin (unreadable, or "
                                                  "more than %1 bytes).")
                                                   .arg(maxPasswordBytes));
            return false;
        }
        while (input->endsWith('\n') || input->endsWith('\r'))
            input->chop(1);
        m_databasePassword = QString::fromUtf8(*input);
        input->fill('\0');
        m_context.output.rememberSecret(m_databasePassword);
    }
    if (!m_destination.toolName().isEmpty()
        && KeyDelivery::findTool(m_destination.toolName(), m_context.services.environment).isEmpty()) {
        m_context.fail(
            CliExitCode::Other,
            tr("Cannot deliver to %1: %2").arg(spec, KeyDelivery::notInstalledMessage(m_destination.toolName())));
        return false;
    }
    // What can be known before the key exists is checked now: no key is made for nothing.
    if (m_destination.kind == Destination::Kind::KeePassXc && !QFileInfo(m_destination.database).isFile()) {
        m_context.fail(CliExitCode::Usage, tr("Cannot deliver to %1: the database file does not exist.").arg(spec));
        return false;
    }
    if (m_destination.kind == Destination::Kind::Pass
        && QFileInfo::exists(KeyDelivery::passStoreDirectory(m_context.services.environment) + u'/' + m_destination.name
                             + u".gpg"_s)) {
        m_context.fail(CliExitCode::Other,
                       tr("Cannot deliver to %1: pass already has this entry, and it is never overwritten.").arg(spec));
        return false;
    }
    return true;
}

void NewKeyDelivery::deliver(const CreatedKey &created, std::function<void(Outcome)> done)
{
    m_created = created;
    m_done = std::move(done);
    m_context.output.rememberSecret(m_created.secret);
    const auto startDelivery = [this] {
        QProcessEnvironment environment = m_context.services.environment;
        // The management credential stays with keydesk-cli.
        environment.remove(QString::fromLatin1(CommandContext::credentialVariable));
        m_delivery = new KeyDelivery(
            environment,
            [](const QString &label, QObject *parent) -> SecretStore * {
                return new KeychainSecretStore(label, KeychainSecretStore::defaultTimeout, parent);
            },
            KeyDelivery::defaultTimeout, this);
        connect(m_delivery, &KeyDelivery::finished, this, &NewKeyDelivery::onDelivered);
        DeliveryRequest request;
        request.destination = m_destination;
        request.secret = m_created.secret;
        request.keyName = m_created.record.name;
        request.commandArgv = m_commandArgv;
        request.databasePassword = m_databasePassword;
        wipeSecret(m_databasePassword);
        m_delivery->start(std::move(request));
    };
    if (m_context.invocation.target != CliInvocation::Target::Profile) {
        m_pendingProblem = tr("without --profile there is no pending handoff to keep it in the keychain");
        startDelivery();
        return;
    }
    // Keychain first, as the window does: a failed delivery loses nothing.
    m_handoffs = new HandoffStore(m_context.services.secrets, m_context.services.handoffIndexPath, this);
    SecretJob *job = m_handoffs->begin(m_context.invocation.profileName, m_created);
    connect(job, &SecretJob::finished, this, [this, job, startDelivery] {
        m_pendingStored = job->ok();
        if (!job->ok())
            m_pendingProblem = job->error().userMessage();
        startDelivery();
    });
}

void NewKeyDelivery::onDelivered()
{
    m_result = m_delivery->result();
    CliOutput &output = m_context.output;
    const QString spec = UntrustedText::forDisplay(m_destination.spec());
    log(ActionLogEntry::deliver(), m_result.delivered() ? ActionLogEntry::ok() : ActionLogEntry::failed(),
        m_result.logDetail());
    const QString toolOutput = output.redacted(m_result.toolOutput);
    if (!toolOutput.isEmpty())
        output.printInfo(tr("Output of the destination's program:") + u"\n  "_s
                         + QString(toolOutput).replace(u'\n', u"\n  "_s));
    if (m_result.delivered()) {
        output.printInfo(tr("Delivered key '%1' (ID %2) to %3: %4.")
                             .arg(UntrustedText::forDisplay(m_created.record.name),
                                  UntrustedText::forDisplay(m_created.record.id), spec, m_result.message));
        log(ActionLogEntry::handoffStored(), ActionLogEntry::ok(), tr("delivered to %1").arg(m_destination.spec()));
        if (!m_pendingStored) {
            end(Outcome::Delivered);
            return;
        }
        SecretJob *cleanup = m_handoffs->complete(m_context.invocation.profileName, m_created.record.id, false);
        connect(cleanup, &SecretJob::finished, this, [this, cleanup] {
            if (!cleanup->ok())
                m_context.output.printWarning(
                    tr("The key was delivered, but its pending copy could not be deleted from the keychain: %1")
                        .arg(UntrustedText::forDisplay(cleanup->error().userMessage())));
            end(Outcome::Delivered);
        });
        return;
    }
    output.printError(tr("Delivery to %1 failed: %2").arg(spec, m_result.message));
    if (m_pendingStored) {
        log(ActionLogEntry::handoffKept(), ActionLogEntry::ok(),
            tr("delivery to %1 failed; pending handoff in the keychain").arg(m_destination.spec()));
        output.printInfo(tr("The key is kept in the keychain as a pending handoff of profile '%1': open KeyDesk on "
                            "that profile, select key '%2' and choose Hand Off Pending Key.")
                             .arg(UntrustedText::forDisplay(m_context.invocation.profileName),
                                  UntrustedText::forDisplay(m_created.record.name)));
        end(Outcome::KeptPending);
        return;
    }
    output.printError(tr("No keychain holds the key either (%1), so it is printed on standard output: store it now.")
                          .arg(UntrustedText::forDisplay(m_pendingProblem)));
    if (!m_handoffs) {
        end(Outcome::NotHeld);
        return;
    }
    // Its index entry says "not stored": drop it, the key is about to be printed.
    SecretJob *cleanup = m_handoffs->complete(m_context.invocation.profileName, m_created.record.id, false);
    connect(cleanup, &SecretJob::finished, this, [this] { end(Outcome::NotHeld); });
}

void NewKeyDelivery::log(const QString &action, const QString &outcome, const QString &detail)
{
    ActionLogEntry entry;
    entry.action = action;
    entry.keyId = m_created.record.id;
    entry.keyName = m_created.record.name;
    entry.outcome = outcome;
    entry.detail = detail;
    m_context.logAction(entry);
}

void NewKeyDelivery::end(Outcome outcome)
{
    wipeSecret(m_created.secret);
    if (m_done)
        m_done(outcome);
}

} // namespace keydesk
