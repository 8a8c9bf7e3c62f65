#include "KeyDelivery.h"

#include "CreatedKey.h"
#include "SecretStore.h"
#include "ToolProcess.h"
#include "UntrustedText.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace keydesk {
namespace {

QByteArray fingerprint(QStringView secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

// What a tool printed as the stored value: its first line (pass keeps a trailing newline).
QString firstLine(const QByteArray &output)
{
    const qsizetype end = output.indexOf('\n');
    return QString::fromUtf8(end < 0 ? output : output.left(end));
}

constexpr qsizetype maxShownLines = 20;

} // namespace

KeyDelivery::KeyDelivery(QProcessEnvironment environment, KeychainFactory keychain, std::chrono::milliseconds timeout,
                         QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_keychainFactory(std::move(keychain))
    , m_timeout(timeout)
{
}

KeyDelivery::~KeyDelivery()
{
    wipeSecret(m_request.secret);
    wipeSecret(m_request.databasePassword);
}

QString KeyDelivery::findTool(const QString &program, const QProcessEnvironment &environment)
{
    if (program.contains(u'/'))
        return QFileInfo(program).isExecutable() ? program : QString();
    const QStringList path = environment.value(u"PATH"_s).split(u':', Qt::SkipEmptyParts);
    return path.isEmpty() ? QString() : QStandardPaths::findExecutable(program, path);
}

QString KeyDelivery::notInstalledMessage(const QString &program)
{
    return tr("%1 is not installed (not found on PATH).").arg(program);
}

QString KeyDelivery::passStoreDirectory(const QProcessEnvironment &environment)
{
    const QString configured = environment.value(u"PASSWORD_STORE_DIR"_s);
    if (!configured.isEmpty())
        return configured;
    return environment.value(u"HOME"_s, QDir::homePath()) + u"/.password-store"_s;
}

void KeyDelivery::start(DeliveryRequest request)
{
    m_request = std::move(request);
    m_result = DeliveryResult();
    m_result.destination = m_request.destination;
    m_running = true;
    // Always later, so that finished() never comes from inside start().
    QMetaObject::invokeMethod(this, &KeyDelivery::deliver, Qt::QueuedConnection);
}

void KeyDelivery::deliver()
{
    switch (m_request.destination.kind) {
    case Destination::Kind::Keychain:
        deliverToKeychain();
        return;
    case Destination::Kind::Pass:
        deliverToPass();
        return;
    case Destination::Kind::KeePassXc:
        deliverToKeePassXc();
        return;
    case Destination::Kind::Command:
        deliverToCommand();
        return;
    }
}

void KeyDelivery::deliverToKeychain()
{
    const QString label = m_request.destination.name;
    const QString account = m_request.keyName;
    if (!m_keychain)
        m_keychain = m_keychainFactory(label, this);
    Q_EMIT progress(tr("Checking the keychain…"));
    // Never overwrite what the user keeps there: an existing entry stops the delivery.
    SecretJob *probe = m_keychain->read(account);
    connect(probe, &SecretJob::finished, this, [this, probe, label, account] {
        if (probe->ok()) {
            fail(tr("The keychain already holds an entry '%1' for '%2'; nothing was overwritten.")
                     .arg(UntrustedText::forDisplay(label), UntrustedText::forDisplay(account)));
            return;
        }
        if (probe->error().kind != SecretError::Kind::NotFound) {
            fail(tr("The keychain could not be read: %1").arg(probe->error().userMessage()));
            return;
        }
        Q_EMIT progress(tr("Writing to the keychain…"));
        SecretJob *write = m_keychain->write(account, m_request.secret);
        connect(write, &SecretJob::finished, this, [this, write, account] {
            if (!write->ok()) {
                fail(tr("The keychain refused the entry: %1").arg(write->error().userMessage()));
                return;
            }
            Q_EMIT progress(tr("Reading it back…"));
            SecretJob *readBack = m_keychain->read(account);
            connect(readBack, &SecretJob::finished, this, [this, readBack] {
                if (!readBack->ok()) {
                    fail(tr("The entry was written but could not be read back: %1")
                             .arg(readBack->error().userMessage()));
                    return;
                }
                compareReadBack(readBack->secret(), tr("read back from the keychain"));
            });
        });
    });
}

void KeyDelivery::deliverToPass()
{
    const QString name = m_request.destination.name;
    const QString entryFile = passStoreDirectory(m_environment) + u'/' + name + u".gpg"_s;
    // `pass insert` overwrites silently when its stdin is not a terminal.
    if (QFileInfo::exists(entryFile)) {
        fail(tr("pass already has an entry '%1'; nothing was overwritten.").arg(UntrustedText::forDisplay(name)));
        return;
    }
    Q_EMIT progress(tr("Running pass insert…"));
    run(u"pass"_s, {u"insert"_s, u"--multiline"_s, name}, m_request.secret.toUtf8() + '\n',
        [this, name](ToolProcess *insert) {
            if (!insert->result().ok()) {
                fail(describeFailure(u"pass insert"_s, *insert), insert);
                return;
            }
            Q_EMIT progress(tr("Reading it back with pass show…"));
            run(u"pass"_s, {u"show"_s, name}, QByteArray(), [this](ToolProcess *show) {
                if (!show->result().ok()) {
                    fail(tr("The entry was stored, but %1").arg(describeFailure(u"pass show"_s, *show)), show);
                    return;
                }
                QString stored = firstLine(show->result().standardOutput);
                compareReadBack(stored, tr("read back with pass show"));
                wipeSecret(stored);
            });
        });
}

void KeyDelivery::deliverToKeePassXc()
{
    const Destination &destination = m_request.destination;
    if (m_request.databasePassword.contains(u'\n')) {
        fail(tr("The database password must not contain a line break."));
        return;
    }
    if (!QFileInfo(destination.database).isFile()) {
        fail(tr("The KeePassXC database '%1' does not exist.").arg(UntrustedText::forDisplay(destination.database)));
        return;
    }
    // keepassxc-cli reads the database password, then the entry's password, from stdin.
    const QByteArray password = m_request.databasePassword.toUtf8() + '\n';
    Q_EMIT progress(tr("Running keepassxc-cli add…"));
    // Not -q: that silences its errors too (a wrong password, an existing entry).
    run(u"keepassxc-cli"_s, {u"add"_s, u"-p"_s, destination.database, destination.entry},
        password + m_request.secret.toUtf8() + '\n', [this, password, destination](ToolProcess *add) {
            if (!add->result().ok()) {
                QString message = describeFailure(u"keepassxc-cli add"_s, *add);
                if (add->result().standardError.contains("Invalid credentials"))
                    message += u' ' + tr("The database password is wrong.");
                else if (add->result().standardError.contains("Could not create entry"))
                    message += u' '
                               + tr("The entry already exists (nothing was overwritten) or its group does "
                                    "not.");
                fail(message, add);
                return;
            }
            Q_EMIT progress(tr("Reading it back with keepassxc-cli show…"));
            run(u"keepassxc-cli"_s,
                {u"show"_s, u"-q"_s, u"-s"_s, u"-a"_s, u"Password"_s, destination.database, destination.entry},
                password, [this](ToolProcess *show) {
                    if (!show->result().ok()) {
                        fail(tr("The entry was stored, but %1").arg(describeFailure(u"keepassxc-cli show"_s, *show)),
                             show);
                        return;
                    }
                    QString stored = firstLine(show->result().standardOutput);
                    compareReadBack(stored, tr("read back with keepassxc-cli show"));
                    wipeSecret(stored);
                });
        });
}

void KeyDelivery::deliverToCommand()
{
    QStringList argv = m_request.commandArgv;
    if (argv.isEmpty()) {
        fail(tr("No command template '%1' is saved for this profile.")
                 .arg(UntrustedText::forDisplay(m_request.destination.name)));
        return;
    }
    const QString program = argv.takeFirst();
    Q_EMIT progress(tr("Running %1…").arg(UntrustedText::forDisplay(program)));
    // The key alone, without a line break: `--from-file=key=/dev/stdin` stores exactly it.
    run(program, argv, m_request.secret.toUtf8(), [this, program](ToolProcess *command) {
        if (!command->result().ok()) {
            fail(describeFailure(program, *command), command);
            return;
        }
        succeed(DeliveryResult::Outcome::ExitStatusOnly,
                tr("the command exited with status 0; its destination cannot be read back, so delivery counts on "
                   "that exit status"),
                command);
    });
}

void KeyDelivery::run(const QString &program, const QStringList &arguments, QByteArray input,
                      std::function<void(ToolProcess *)> then)
{
    const QString path = findTool(program, m_environment);
    if (path.isEmpty()) {
        input.fill('\0');
        fail(notInstalledMessage(UntrustedText::forDisplay(program)));
        return;
    }
    auto *process = new ToolProcess(path, arguments, m_environment, m_timeout, this);
    m_process = process;
    connect(process, &ToolProcess::finished, this, [process, then] { then(process); });
    process->start(std::move(input));
}

void KeyDelivery::compareReadBack(const QString &readBack, const QString &how)
{
    if (fingerprint(readBack) != fingerprint(m_request.secret)) {
        fail(tr("What was %1 is not the key (the SHA-256 fingerprints differ).").arg(how));
        return;
    }
    succeed(DeliveryResult::Outcome::Verified, tr("stored and %1: the SHA-256 fingerprints match").arg(how));
}

QString KeyDelivery::describeFailure(const QString &program, const ToolProcess &process) const
{
    const ToolProcess::Result &result = process.result();
    const QString shown = UntrustedText::forDisplay(program);
    if (!result.started)
        return tr("%1 could not be started: %2").arg(shown, result.startError);
    if (result.timedOut)
        return tr("%1 did not finish within %n seconds and was stopped.", nullptr,
                  int(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count()))
            .arg(shown);
    if (result.crashed)
        return tr("%1 crashed.").arg(shown);
    return tr("%1 exited with status %2.").arg(shown).arg(result.exitCode);
}

QString KeyDelivery::redactedOutput(const ToolProcess &process) const
{
    QString text = QString::fromUtf8(process.result().standardOutput + process.result().standardError);
    if (!m_request.secret.isEmpty())
        text.replace(m_request.secret, tr("[key redacted]"));
    if (!m_request.databasePassword.isEmpty())
        text.replace(m_request.databasePassword, tr("[password redacted]"));
    QStringList lines;
    const QStringList raw = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : raw) {
        if (lines.size() == maxShownLines)
            break;
        lines.append(UntrustedText::forDisplay(line));
    }
    wipeSecret(text);
    return lines.join(u'\n');
}

void KeyDelivery::fail(const QString &message, const ToolProcess *process)
{
    m_result.outcome = DeliveryResult::Outcome::Failed;
    m_result.message = message;
    if (process)
        m_result.toolOutput = redactedOutput(*process);
    end();
}

void KeyDelivery::succeed(DeliveryResult::Outcome outcome, const QString &message, const ToolProcess *process)
{
    m_result.outcome = outcome;
    m_result.message = message;
    if (process)
        m_result.toolOutput = redactedOutput(*process);
    end();
}

void KeyDelivery::end()
{
    m_running = false;
    wipeSecret(m_request.secret);
    wipeSecret(m_request.databasePassword);
    Q_EMIT finished();
}

} // namespace keydesk
