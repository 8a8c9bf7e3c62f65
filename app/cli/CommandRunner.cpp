#include "CommandRunner.h"

#include "ApiClient.h"
#include "ApiError.h"
#include "ApiReply.h"
#include "CliExitCode.h"
#include "ConfirmationPrompt.h"
#include "JwtReader.h"
#include "KeyFormat.h"
#include "KeyTable.h"
#include "LostKeyFinder.h"
#include "NormalisedJson.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "Terminal.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keydesk {
namespace {

constexpr qint64 recentUseSeconds = 24 * 60 * 60;

// Quotes an argument for a POSIX shell when it needs it, so a printed command can be
// pasted as it is.
QString shellQuoted(const QString &argument)
{
    static const QString plain = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@%+,"_s;
    if (!argument.isEmpty() && std::all_of(argument.cbegin(), argument.cend(), [](QChar c) { return plain.contains(c); }))
        return argument;
    QString quoted = argument;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString singleLine(QString text)
{
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    return text.trimmed();
}

bool managesKeys(CliCommand command)
{
    return command == CliCommand::List || command == CliCommand::Create || command == CliCommand::Revoke;
}

} // namespace

CommandRunner::CommandRunner(CliServices services, QObject *parent)
    : QObject(parent), m_services(std::move(services))
{
}

CommandRunner::~CommandRunner()
{
    for (QString &secret : m_knownSecrets)
        wipeSecret(secret);
    wipeSecret(m_connection.credential);
    wipeSecret(m_keyToVerify);
}

QDateTime CommandRunner::now() const { return m_services.now().toUTC(); }

QDate CommandRunner::today() const { return m_services.now().toLocalTime().date(); }

void CommandRunner::start(const QStringList &arguments)
{
    const CliParseResult parsed = CommandLine::parse(arguments, today());
    if (!parsed.invocation) {
        fail(parsed.failure.exitCode, parsed.failure.message, parsed.failure.suggestHelp);
        return;
    }
    m_invocation = *parsed.invocation;
    switch (m_invocation.command) {
    case CliCommand::Help:
        printResult(CommandLine::helpText());
        finish(CliExitCode::Ok);
        return;
    case CliCommand::Version:
        printResult(u"keydesk-cli "_s + QCoreApplication::applicationVersion() + u'\n');
        finish(CliExitCode::Ok);
        return;
    case CliCommand::ProfileAdd:
        profileAdd();
        return;
    case CliCommand::ProfileList:
        profileList();
        return;
    case CliCommand::ProfileRemove:
        profileRemove();
        return;
    case CliCommand::List:
    case CliCommand::Create:
    case CliCommand::Revoke:
    case CliCommand::Verify:
        startServerCommand();
        return;
    }
}

// ---- server commands -------------------------------------------------------------

void CommandRunner::startServerCommand()
{
    Dialect dialect = Dialect::LeadHql;
    if (m_invocation.target == CliInvocation::Target::Profile) {
        ProfileStore store(m_services.settings);
        const std::optional<Profile> profile = store.find(m_invocation.profileName);
        if (!profile) {
            fail(CliExitCode::Usage,
                 tr("There is no profile named '%1'; see 'keydesk-cli profile list'.").arg(m_invocation.profileName));
            return;
        }
        m_connection = profile->connection(QString());
        if (!m_invocation.caFile.isEmpty())
            m_connection.caFile = m_invocation.caFile;
        dialect = profile->dialect;
    } else {
        dialect = *m_invocation.dialect;
        m_connection.dialect = dialect;
        m_connection.baseUrl = m_invocation.baseUrl;
        m_connection.caFile = m_invocation.caFile;
        m_connection.authHeader = Connection::AuthHeader::Bearer;
    }

    if (managesKeys(m_invocation.command) && !DialectTraits::of(dialect).managesKeys) {
        fail(CliExitCode::Other,
             tr("'%1' is not supported by %2 (no documented key-management API); manage its keys in the "
                "%2 dashboard. 'verify' works.")
                 .arg(m_invocation.command == CliCommand::List     ? u"list"_s
                      : m_invocation.command == CliCommand::Create ? u"create"_s
                                                                   : u"revoke"_s,
                      dialectDisplayName(dialect)));
        return;
    }

    // Everything that may block or ask the user happens before any request is in flight.
    if (m_invocation.command == CliCommand::Revoke && !m_invocation.assumeYes
        && !Terminal::isTerminal(m_services.inputFd)) {
        fail(CliExitCode::Usage,
             tr("'revoke' asks for confirmation on a terminal, but stdin is not one; pass --yes to revoke "
                "without asking."));
        return;
    }
    if (m_invocation.command == CliCommand::Verify) {
        // Checking a key needs no management credential: only the server and the key.
        if (readKeyToVerify())
            runRequest();
        return;
    }

    if (m_invocation.target == CliInvocation::Target::Explicit) {
        const QString credential =
            m_services.environment.value(QString::fromLatin1(credentialVariable)).trimmed();
        if (credential.isEmpty()) {
            fail(CliExitCode::Usage,
                 tr("The environment variable %1 is not set: with --base-url the credential is read only "
                    "from there (or save a profile with 'keydesk-cli profile add').")
                     .arg(QString::fromLatin1(credentialVariable)));
            return;
        }
        connectWithCredential(credential);
        return;
    }

    SecretJob *job = m_services.secrets->read(SecretStore::credentialEntry(m_invocation.profileName));
    connect(job, &SecretJob::finished, this, [this, job] {
        if (!job->ok()) {
            const QString name = m_invocation.profileName;
            fail(CliExitCode::Keychain,
                 job->error().kind == SecretError::Kind::NotFound
                     ? tr("The keychain has no credential for profile '%1'; store it again with 'keydesk-cli "
                          "profile add %1 …' and the credential in KEYDESK_CREDENTIAL.")
                           .arg(name)
                     : tr("Cannot read the credential of profile '%1' from the keychain: %2")
                           .arg(name, job->error().userMessage()));
            return;
        }
        connectWithCredential(job->secret());
    });
}

void CommandRunner::connectWithCredential(const QString &credential)
{
    rememberSecret(credential);
    m_connection.credential = credential;
    runRequest();
}

void CommandRunner::runRequest()
{
    m_client = new ApiClient(m_services.network, m_connection, this);
    m_client->setToday([this] { return today(); });

    ApiReply *reply = nullptr;
    switch (m_invocation.command) {
    case CliCommand::List:
        reply = m_client->listKeys();
        connect(reply, &ApiReply::finished, this, [this, reply] { onListed(reply); });
        return;
    case CliCommand::Create:
        m_createSentAt = now();
        reply = m_client->createKey(m_invocation.createRequest);
        connect(reply, &ApiReply::finished, this, [this, reply] { onCreated(reply); });
        return;
    case CliCommand::Revoke:
        // List first: to name the key in the prompt, warn about recent use, and tell an
        // unknown id (exit 4) from a refused revoke.
        reply = m_client->listKeys();
        connect(reply, &ApiReply::finished, this, [this, reply] { onRevokeLookup(reply); });
        return;
    case CliCommand::Verify:
        reply = m_client->verifyKey(m_keyToVerify);
        connect(reply, &ApiReply::finished, this, [this, reply] { onVerified(reply); });
        return;
    case CliCommand::Help:
    case CliCommand::Version:
    case CliCommand::ProfileAdd:
    case CliCommand::ProfileList:
    case CliCommand::ProfileRemove:
        break;
    }
}

void CommandRunner::onListed(ApiReply *reply)
{
    if (!reply->ok()) {
        failWithApiError(reply->error());
        return;
    }
    const QDateTime current = now();
    if (m_invocation.json) {
        QJsonArray array;
        for (const ApiKey &key : reply->keys())
            array.append(toNormalisedJson(key, current));
        printJson(array);
    } else {
        printResult(KeyTable::format(reply->keys(), current, m_services.locale));
        if (reply->keys().isEmpty())
            printInfo(tr("No keys."));
    }
    finish(CliExitCode::Ok);
}

void CommandRunner::onCreated(ApiReply *reply)
{
    if (!reply->ok()) {
        if (reply->error().keyMayExist && !reply->error().cancelled)
            findLostKey(reply->error());
        else
            failWithApiError(reply->error());
        return;
    }
    const CreatedKey &created = reply->createdKey();
    rememberSecret(created.secret);
    if (m_invocation.json) {
        QByteArray json = QJsonDocument(toNormalisedJson(created, now())).toJson(QJsonDocument::Indented);
        m_services.out->operator<<(QString::fromUtf8(json));
        m_services.out->flush();
        json.fill('\0');
    } else {
        // The key alone on stdout, so `KEY=$(keydesk-cli create …)` captures exactly it.
        *m_services.out << created.secret << u'\n';
        m_services.out->flush();
    }
    const ApiKey &record = created.record;
    const QString expiry = record.expiresAt.isValid()
        ? tr("expires %1").arg(KeyTable::formatDateTime(record.expiresAt, m_services.locale))
        : tr("never expires");
    const QString identifier = KeyFormat::maskedIdentifier(created.secret);
    printInfo(identifier.isEmpty()
                  ? tr("Created key '%1' (ID %2; %3).").arg(record.name, record.id, expiry)
                  : tr("Created key '%1' (ID %2, shown as %3; %4).").arg(record.name, record.id, identifier, expiry));
    printInfo(tr("Store it now: it will not be shown again."));
    finish(CliExitCode::Ok);
}

void CommandRunner::findLostKey(const ApiError &createError)
{
    auto *finder = new LostKeyFinder(m_client, [this] { return now(); }, this);
    connect(finder, &LostKeyFinder::finished, this, [this, finder, createError] {
        finder->deleteLater();
        reportLostKey(*finder, createError);
    });
    LostCreate lost;
    lost.name = m_invocation.createRequest.name;
    lost.sentAt = m_createSentAt;
    finder->start(lost);
}

void CommandRunner::reportLostKey(const LostKeyFinder &finder, const ApiError &createError)
{
    const QString name = m_invocation.createRequest.name;
    const QString lead = createError.kind == ApiError::Kind::OutcomeUnknown
        ? tr("The server may have created the key but its response was lost (%1); the secret cannot be recovered.")
              .arg(createError.detail)
        : tr("The server may have created the key but its response could not be read (%1); the secret cannot be "
             "recovered.")
              .arg(createError.detail);
    *m_services.err << u"keydesk-cli: "_s << tr("error: ") << redacted(singleLine(lead)) << u'\n';

    if (finder.error().isError()) {
        printInfo(tr("Could not check the list of keys: %1 Check it with: %2 list")
                      .arg(singleLine(finder.error().userMessage()), commandPrefix()));
    } else if (finder.candidates().isEmpty()) {
        printInfo(tr("No new live key named '%1' is in the list, so it was most likely not created; it is safe to "
                     "try again.")
                      .arg(name));
    } else {
        if (finder.isAmbiguous())
            printInfo(tr("%n keys named '%1' were created around that time; only one of them is the lost key: "
                         "compare the creation times before revoking.",
                         nullptr, int(finder.candidates().size()))
                          .arg(name));
        for (const ApiKey &key : finder.candidates())
            printInfo(tr("Found key '%1' (%2) created at %3; revoke it with: %4 revoke %5 --yes")
                          .arg(key.name, key.id, KeyTable::formatDateTime(key.createdAt, m_services.locale),
                               commandPrefix(), shellQuoted(key.id)));
    }
    finish(createError.exitCode()); // a lost answer is a network failure (6), an unreadable one malformed (1)
}

QString CommandRunner::commandPrefix() const
{
    QStringList words{u"keydesk-cli"_s};
    if (m_invocation.target == CliInvocation::Target::Profile) {
        words << u"--profile"_s << shellQuoted(m_invocation.profileName);
    } else {
        words << u"--dialect"_s << dialectId(m_connection.dialect) << u"--base-url"_s
              << shellQuoted(m_connection.baseUrl.toString());
    }
    if (!m_invocation.caFile.isEmpty())
        words << u"--ca-file"_s << shellQuoted(m_invocation.caFile);
    return words.join(u' ');
}

void CommandRunner::onRevokeLookup(ApiReply *reply)
{
    if (!reply->ok()) {
        failWithApiError(reply->error());
        return;
    }
    const QList<ApiKey> &keys = reply->keys();
    const auto found = std::find_if(keys.cbegin(), keys.cend(),
                                    [this](const ApiKey &key) { return key.id == m_invocation.keyId; });
    if (found == keys.cend()) {
        fail(CliExitCode::NotFound,
             tr("No key with ID '%1' in this organisation; see 'keydesk-cli list'.").arg(m_invocation.keyId));
        return;
    }
    const ApiKey key = *found;
    if (key.revoked) {
        printInfo(tr("Key '%1' (%2) is already revoked.").arg(key.name, key.id));
        finish(CliExitCode::Ok);
        return;
    }
    if (key.lastUsedAt.isValid() && key.lastUsedAt.secsTo(now()) < recentUseSeconds)
        printWarning(tr("key '%1' was used in the last 24 hours (%2); integrations still using it will fail.")
                         .arg(key.name, KeyTable::formatDateTime(key.lastUsedAt, m_services.locale)));
    if (m_invocation.assumeYes)
        revoke(key);
    else
        confirmRevoke(key);
}

void CommandRunner::confirmRevoke(const ApiKey &key)
{
    *m_services.err << tr("Revoke key '%1' (%2)? Integrations using it fail at once. This cannot be undone. [y/N] ")
                           .arg(key.name, key.id);
    m_services.err->flush();
    auto *prompt = new ConfirmationPrompt(m_services.inputFd, this);
    connect(prompt, &ConfirmationPrompt::answered, this, [this, prompt, key](bool yes) {
        prompt->deleteLater();
        if (!yes) {
            printInfo(tr("Not revoked."));
            finish(CliExitCode::Other);
            return;
        }
        revoke(key);
    });
    prompt->start();
}

void CommandRunner::revoke(const ApiKey &key)
{
    ApiReply *reply = m_client->revokeKey(key.id);
    connect(reply, &ApiReply::finished, this, [this, reply, key] { onRevoked(reply, key); });
}

void CommandRunner::onRevoked(ApiReply *reply, const ApiKey &key)
{
    if (!reply->ok()) {
        failWithApiError(reply->error());
        return;
    }
    if (m_invocation.json) {
        ApiKey revoked = key;
        revoked.revoked = true;
        printJson(toNormalisedJson(revoked, now()));
    }
    printInfo(tr("Revoked key '%1' (%2).").arg(key.name, key.id));
    finish(CliExitCode::Ok);
}

bool CommandRunner::readKeyToVerify()
{
    const bool interactive = Terminal::isTerminal(m_services.inputFd);
    if (interactive) {
        *m_services.err << tr("Paste the key to check and press Enter (it is not shown): ");
        m_services.err->flush();
    }
    std::optional<QByteArray> input = Terminal::readSecret(m_services.inputFd, maxKeyInputBytes);
    if (interactive) {
        // Echo was off, so the Enter the user typed did not end the prompt's line.
        *m_services.err << u'\n';
        m_services.err->flush();
    }
    if (!input) {
        fail(CliExitCode::Usage, tr("Cannot read one key from stdin (unreadable, or more than %1 bytes).")
                                     .arg(maxKeyInputBytes));
        return false;
    }
    m_keyToVerify = QString::fromUtf8(*input).trimmed();
    input->fill('\0');
    rememberSecret(m_keyToVerify);
    if (m_keyToVerify.isEmpty()) {
        fail(CliExitCode::Usage, tr("No key on stdin: pipe exactly one key into 'verify'."));
        return false;
    }
    if (std::any_of(m_keyToVerify.cbegin(), m_keyToVerify.cend(), [](QChar c) { return c.isSpace(); })) {
        fail(CliExitCode::Usage, tr("stdin holds more than one word: pipe exactly one key into 'verify'."));
        return false;
    }
    const std::optional<Dialect> format = KeyFormat::recognise(m_keyToVerify);
    if (!format)
        printWarning(tr("the input is not in any documented key format; checking it anyway."));
    else if (*format != m_connection.dialect)
        printWarning(tr("this looks like a %1 key, but the server speaks %2; checking it anyway.")
                         .arg(dialectDisplayName(*format), dialectDisplayName(m_connection.dialect)));
    return true;
}

void CommandRunner::onVerified(ApiReply *reply)
{
    const QString identifier = KeyFormat::maskedIdentifier(m_keyToVerify);
    const QString shown = identifier.isEmpty() ? tr("(unrecognised format)") : identifier;
    const bool refused = reply->error().kind == ApiError::Kind::Authentication;
    if (!reply->ok() && !refused) {
        failWithApiError(reply->error());
        return;
    }
    const QString result = refused ? u"refused"_s : u"valid"_s;
    if (m_invocation.json) {
        QJsonObject object{{u"result"_s, result},
                           {u"dialect"_s, dialectId(m_connection.dialect)},
                           {u"keyIdentifier"_s, identifier.isEmpty() ? QJsonValue() : QJsonValue(identifier)}};
        printJson(object);
    } else {
        printResult(result + u'\n');
    }
    if (refused) {
        printInfo(tr("Key %1 is refused by the server: revoked, expired or mistyped.").arg(shown));
        finish(CliExitCode::Authentication);
    } else {
        printInfo(tr("Key %1 is accepted by the server.").arg(shown));
        finish(CliExitCode::Ok);
    }
}

// ---- profiles --------------------------------------------------------------------

void CommandRunner::profileAdd()
{
    Profile profile;
    profile.name = m_invocation.profileName;
    profile.dialect = *m_invocation.dialect;
    profile.baseUrl = m_invocation.baseUrl;
    profile.caFile = m_invocation.caFile;
    ProfileStore store(m_services.settings);
    const QString invalid = store.validate(profile);
    if (!invalid.isEmpty()) {
        fail(CliExitCode::Usage, invalid);
        return;
    }
    const QString credential = m_services.environment.value(QString::fromLatin1(credentialVariable)).trimmed();
    if (credential.isEmpty()) {
        fail(CliExitCode::Usage,
             tr("The environment variable %1 is not set: 'profile add' reads the credential from there "
                "and stores it in the keychain.")
                 .arg(QString::fromLatin1(credentialVariable)));
        return;
    }
    rememberSecret(credential);
    if (DialectTraits::of(profile.dialect).managementNeedsJwt && !readJwtClaims(credential).isJwt)
        printWarning(tr("%1 manages keys only with a JWT session token from the dashboard; this credential "
                        "is not a JWT.")
                         .arg(dialectDisplayName(profile.dialect)));

    const QString entry = SecretStore::credentialEntry(profile.name);
    SecretJob *job = m_services.secrets->write(entry, credential);
    connect(job, &SecretJob::finished, this, [this, job, profile, entry] {
        if (!job->ok()) {
            fail(CliExitCode::Keychain, tr("Cannot store the credential in the keychain, so the profile was not "
                                           "saved: %1")
                                            .arg(job->error().userMessage()));
            return;
        }
        ProfileStore store(m_services.settings);
        if (!store.save(profile)) {
            const QString problem = store.problem();
            // Do not leave a credential behind that no profile refers to.
            SecretJob *cleanup = m_services.secrets->remove(entry);
            connect(cleanup, &SecretJob::finished, this, [this, problem] {
                fail(CliExitCode::Other, tr("Cannot save the profile settings: %1").arg(problem));
            });
            return;
        }
        printInfo(tr("Saved profile '%1' (%2, %3); its credential is in %4.")
                      .arg(profile.name, dialectDisplayName(profile.dialect),
                           profile.baseUrl.toDisplayString(), m_services.secrets->backendName()));
        finish(CliExitCode::Ok);
    });
}

void CommandRunner::profileList()
{
    ProfileStore store(m_services.settings);
    if (!store.problem().isEmpty())
        printWarning(store.problem());
    const QList<Profile> profiles = store.profiles();
    if (m_invocation.json) {
        QJsonArray array;
        for (const Profile &profile : profiles)
            array.append(QJsonObject{
                {u"name"_s, profile.name},
                {u"dialect"_s, dialectId(profile.dialect)},
                {u"baseUrl"_s, profile.baseUrl.toString()},
                {u"caFile"_s, profile.caFile.isEmpty() ? QJsonValue() : QJsonValue(profile.caFile)},
            });
        printJson(array);
    } else {
        TextTable table({tr("Name"), tr("Dialect"), tr("URL"), tr("CA file")});
        for (const Profile &profile : profiles)
            table.addRow({profile.name, dialectId(profile.dialect), profile.baseUrl.toDisplayString(),
                          profile.caFile.isEmpty() ? u"\u2014"_s : profile.caFile});
        printResult(table.toString());
        if (profiles.isEmpty())
            printInfo(tr("No profiles; add one with 'keydesk-cli profile add'."));
    }
    finish(CliExitCode::Ok);
}

void CommandRunner::profileRemove()
{
    const QString name = m_invocation.profileName;
    if (!ProfileStore(m_services.settings).find(name)) {
        fail(CliExitCode::Usage, tr("There is no profile named '%1'; see 'keydesk-cli profile list'.").arg(name));
        return;
    }
    // Keychain first: if it fails, the profile stays so that a retry can clean up both.
    SecretJob *job = m_services.secrets->remove(SecretStore::credentialEntry(name));
    connect(job, &SecretJob::finished, this, [this, job, name] {
        if (!job->ok() && job->error().kind != SecretError::Kind::NotFound) {
            fail(CliExitCode::Keychain, tr("Cannot remove the credential of profile '%1' from the keychain: %2")
                                            .arg(name, job->error().userMessage()));
            return;
        }
        ProfileStore store(m_services.settings);
        if (!store.remove(name)) {
            fail(CliExitCode::Other, tr("Cannot remove profile '%1' from the settings: %2").arg(name, store.problem()));
            return;
        }
        printInfo(tr("Removed profile '%1' and its keychain entry.").arg(name));
        finish(CliExitCode::Ok);
    });
}

// ---- output ----------------------------------------------------------------------

void CommandRunner::failWithApiError(const ApiError &error)
{
    QString message = error.userMessage();
    const QString hint = credentialHint(error);
    if (!hint.isEmpty())
        message += u' ' + hint;
    fail(error.exitCode(), message);
}

// LeadHQL refuses API keys for key management; say so instead of "wrong credential".
QString CommandRunner::credentialHint(const ApiError &error) const
{
    // ApiError already explains a recognised API key (needsSessionToken); this covers
    // other non-JWT strings and expired session tokens.
    if (error.kind != ApiError::Kind::Authentication || error.needsSessionToken
        || !managesKeys(m_invocation.command) || !DialectTraits::of(m_connection.dialect).managementNeedsJwt)
        return {};
    const JwtClaims claims = readJwtClaims(m_connection.credential);
    if (!claims.isJwt)
        return tr("%1 manages keys only with a JWT session token from the dashboard, not with an API key.")
            .arg(dialectDisplayName(m_connection.dialect));
    if (claims.expiresAt.isValid() && claims.expiresAt <= now())
        return tr("The session token expired at %1; sign in to the dashboard and copy a new one.")
            .arg(KeyTable::formatDateTime(claims.expiresAt, m_services.locale));
    return {};
}

void CommandRunner::printResult(const QString &text)
{
    *m_services.out << text;
    m_services.out->flush();
}

void CommandRunner::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    printResult(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

void CommandRunner::printInfo(const QString &text)
{
    *m_services.err << redacted(text) << u'\n';
    m_services.err->flush();
}

void CommandRunner::printWarning(const QString &text)
{
    *m_services.err << u"keydesk-cli: "_s << tr("warning: ") << redacted(singleLine(text)) << u'\n';
    m_services.err->flush();
}

void CommandRunner::fail(int exitCode, const QString &message, bool suggestHelp)
{
    QString line = singleLine(message);
    if (suggestHelp)
        line += u' ' + tr("Try 'keydesk-cli --help'.");
    *m_services.err << u"keydesk-cli: "_s << tr("error: ") << redacted(line) << u'\n';
    m_services.err->flush();
    finish(exitCode);
}

void CommandRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}

// Belt and braces: whatever a server or backend puts into a message, a secret this
// process knows never reaches stderr.
QString CommandRunner::redacted(QString text) const
{
    for (const QString &secret : m_knownSecrets)
        text.replace(secret, tr("[redacted]"));
    return text;
}

void CommandRunner::rememberSecret(const QString &secret)
{
    if (secret.size() >= 8 && !m_knownSecrets.contains(secret))
        m_knownSecrets.append(secret);
}

} // namespace keydesk
