#include "ProfileCommands.h"

#include "ActionLogEntry.h"
#include "CliExitCode.h"
#include "CommandContext.h"
#include "JwtReader.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "ShellCommand.h"
#include "TextTable.h"
#include "UntrustedText.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace keydesk {

ProfileCommands::ProfileCommands(CommandContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

void ProfileCommands::add()
{
    const CliInvocation &invocation = m_context.invocation;
    Profile profile;
    profile.name = invocation.profileName;
    profile.dialect = *invocation.dialect;
    profile.baseUrl = invocation.baseUrl;
    profile.caFile = invocation.caFile;
    ProfileStore store(m_context.services.settings);
    const QString invalid = store.validate(profile);
    if (!invalid.isEmpty()) {
        m_context.fail(CliExitCode::Usage, UntrustedText::forDisplay(invalid));
        return;
    }
    // A valid name: from here on the outcome goes to the action log under it.
    m_context.organisation = Organisation{profile.name, profile.dialect, profile.baseUrl};
    const QString credential = m_context.credentialFromEnvironment();
    if (credential.isEmpty()) {
        m_context.fail(CliExitCode::Usage,
                       tr("The environment variable %1 is not set: 'profile add' reads the credential from there "
                          "and stores it in the keychain.")
                           .arg(QString::fromLatin1(CommandContext::credentialVariable)));
        return;
    }
    m_context.output.rememberSecret(credential);
    if (DialectTraits::of(profile.dialect).managementNeedsJwt && !readJwtClaims(credential).isJwt)
        m_context.output.printWarning(tr("%1 manages keys only with a JWT session token from the dashboard; this "
                                         "credential is not a JWT.")
                                          .arg(dialectDisplayName(profile.dialect)));

    SecretStore *secrets = m_context.services.secrets;
    const QString entry = SecretStore::credentialEntry(profile.name);
    SecretJob *job = secrets->write(entry, credential);
    connect(job, &SecretJob::finished, this, [this, job, secrets, profile, entry] {
        if (!job->ok()) {
            logProfile(ActionLogEntry::profileAdd(), ActionLogEntry::failed(), job->error().userMessage());
            m_context.fail(CliExitCode::Keychain, tr("Cannot store the credential in the keychain, so the profile "
                                                     "was not saved: %1")
                                                      .arg(UntrustedText::forDisplay(job->error().userMessage())));
            return;
        }
        ProfileStore store(m_context.services.settings);
        if (!store.save(profile)) {
            const QString problem = UntrustedText::forDisplay(store.problem());
            logProfile(ActionLogEntry::profileAdd(), ActionLogEntry::failed(), store.problem());
            // Do not leave a credential behind that no profile refers to.
            SecretJob *cleanup = secrets->remove(entry);
            connect(cleanup, &SecretJob::finished, this, [this, problem] {
                m_context.fail(CliExitCode::Other, tr("Cannot save the profile settings: %1").arg(problem));
            });
            return;
        }
        logProfile(ActionLogEntry::profileAdd(), ActionLogEntry::ok(),
                   dialectId(profile.dialect) + u' ' + profile.baseUrl.toDisplayString());
        m_context.output.printInfo(
            tr("Saved profile '%1' (%2, %3); its credential is in %4.")
                .arg(UntrustedText::forDisplay(profile.name), dialectDisplayName(profile.dialect),
                     UntrustedText::forDisplay(profile.baseUrl.toDisplayString()), secrets->backendName()));
        m_context.finish(CliExitCode::Ok);
    });
}

void ProfileCommands::logProfile(const QString &action, const QString &outcome, const QString &detail)
{
    ActionLogEntry entry;
    entry.action = action;
    entry.outcome = outcome;
    entry.detail = detail;
    m_context.logAction(entry);
}

void ProfileCommands::list()
{
    CliOutput &output = m_context.output;
    ProfileStore store(m_context.services.settings);
    if (!store.problem().isEmpty())
        output.printWarning(UntrustedText::forDisplay(store.problem()));
    const QList<Profile> profiles = store.profiles();
    if (m_context.invocation.json) {
        QJsonArray array;
        for (const Profile &profile : profiles)
            array.append(QJsonObject{
                {u"name"_s, profile.name},
                {u"dialect"_s, dialectId(profile.dialect)},
                {u"baseUrl"_s, profile.baseUrl.toString()},
                {u"caFile"_s, profile.caFile.isEmpty() ? QJsonValue() : QJsonValue(profile.caFile)},
                {u"rotateEveryDays"_s,
                 profile.watch.rotateEveryDays > 0 ? QJsonValue(profile.watch.rotateEveryDays) : QJsonValue()},
            });
        output.printJson(array);
    } else {
        TextTable table({tr("Name"), tr("Dialect"), tr("URL"), tr("CA file")});
        for (const Profile &profile : profiles)
            // Read from the settings file, which anything may have written.
            table.addRow({UntrustedText::forDisplay(profile.name), dialectId(profile.dialect),
                          UntrustedText::forDisplay(profile.baseUrl.toDisplayString()),
                          profile.caFile.isEmpty() ? u"\u2014"_s : UntrustedText::forDisplay(profile.caFile)});
        output.printResult(table.toString());
        if (profiles.isEmpty())
            output.printInfo(tr("No profiles; add one with 'keydesk-cli profile add'."));
    }
    m_context.finish(CliExitCode::Ok);
}

void ProfileCommands::remove()
{
    const QString profileName = m_context.invocation.profileName;
    const QString name = UntrustedText::forDisplay(profileName); // for messages
    const std::optional<Profile> profile = ProfileStore(m_context.services.settings).find(profileName);
    if (!profile) {
        m_context.fail(CliExitCode::Usage,
                       tr("There is no profile named '%1'; see 'keydesk-cli profile list'.").arg(name));
        return;
    }
    m_context.organisation = Organisation{profile->name, profile->dialect, profile->baseUrl};
    // Keychain first: if it fails, the profile stays so that a retry can clean up both.
    SecretJob *job = m_context.services.secrets->remove(SecretStore::credentialEntry(profileName));
    connect(job, &SecretJob::finished, this, [this, job, profileName, name] {
        if (!job->ok() && job->error().kind != SecretError::Kind::NotFound) {
            logProfile(ActionLogEntry::profileRemove(), ActionLogEntry::failed(), job->error().userMessage());
            m_context.fail(CliExitCode::Keychain,
                           tr("Cannot remove the credential of profile '%1' from the keychain: %2")
                               .arg(name, UntrustedText::forDisplay(job->error().userMessage())));
            return;
        }
        ProfileStore store(m_context.services.settings);
        if (!store.remove(profileName)) {
            logProfile(ActionLogEntry::profileRemove(), ActionLogEntry::failed(), store.problem());
            m_context.fail(CliExitCode::Other, tr("Cannot remove profile '%1' from the settings: %2")
                                                   .arg(name, UntrustedText::forDisplay(store.problem())));
            return;
        }
        // The history stays: `--org NAME` still reads it.
        logProfile(ActionLogEntry::profileRemove(), ActionLogEntry::ok(), QString());
        m_context.output.printInfo(tr("Removed profile '%1' and its keychain entry.").arg(name));
        m_context.finish(CliExitCode::Ok);
    });
}

void ProfileCommands::commandTemplate()
{
    const CliInvocation &invocation = m_context.invocation;
    if (!m_context.findProfileOrFail(invocation.profileName))
        return;
    ProfileStore store(m_context.services.settings);
    const QString profile = UntrustedText::forDisplay(invocation.profileName);
    const QString name = UntrustedText::forDisplay(invocation.templateName);
    const auto quotedArgv = [](const QStringList &argv) {
        QStringList words;
        for (const QString &word : argv)
            words.append(ShellCommand::quoted(word));
        return words.join(u' ');
    };
    if (invocation.templateName.isEmpty()) { // list them
        const QMap<QString, QStringList> templates = store.commandTemplates(invocation.profileName);
        if (invocation.json) {
            QJsonArray array;
            for (auto it = templates.cbegin(); it != templates.cend(); ++it)
                array.append(QJsonObject{{u"name"_s, it.key()}, {u"argv"_s, QJsonArray::fromStringList(it.value())}});
            m_context.output.printJson(array);
        } else if (templates.isEmpty()) {
            m_context.output.printInfo(tr("Profile '%1' has no command templates.").arg(profile));
        } else {
            for (auto it = templates.cbegin(); it != templates.cend(); ++it)
                m_context.output.printResult(UntrustedText::forDisplay(it.key()) + u'\t' + quotedArgv(it.value())
                                             + u'\n');
        }
        m_context.finish(CliExitCode::Ok);
        return;
    }
    if (invocation.removeTemplate) {
        if (!store.removeCommandTemplate(invocation.profileName, invocation.templateName)) {
            if (!store.problem().isEmpty()) {
                m_context.fail(CliExitCode::Other, UntrustedText::forDisplay(store.problem()));
                return;
            }
            m_context.fail(CliExitCode::NotFound, tr("Profile '%1' has no command template '%2'.").arg(profile, name));
            return;
        }
        m_context.output.printInfo(tr("Removed command template '%1' of profile '%2'.").arg(name, profile));
        m_context.finish(CliExitCode::Ok);
        return;
    }
    if (invocation.commandArgv.isEmpty()) { // show it
        const QStringList argv = store.commandTemplate(invocation.profileName, invocation.templateName);
        if (argv.isEmpty()) {
            m_context.fail(CliExitCode::NotFound, tr("Profile '%1' has no command template '%2'.").arg(profile, name));
            return;
        }
        if (invocation.json)
            m_context.output.printJson(
                QJsonObject{{u"name"_s, invocation.templateName}, {u"argv"_s, QJsonArray::fromStringList(argv)}});
        else
            m_context.output.printResult(quotedArgv(argv) + u'\n');
        m_context.finish(CliExitCode::Ok);
        return;
    }
    if (!store.saveCommandTemplate(invocation.profileName, invocation.templateName, invocation.commandArgv)) {
        m_context.fail(CliExitCode::Other,
                       tr("Cannot save the command template: %1").arg(UntrustedText::forDisplay(store.problem())));
        return;
    }
    m_context.output.printInfo(tr("Saved command template '%1' of profile '%2': %3 (run without a shell; the key "
                                  "goes to its standard input).")
                                   .arg(name, profile, quotedArgv(invocation.commandArgv)));
    m_context.finish(CliExitCode::Ok);
}

void ProfileCommands::set()
{
    const QString name = UntrustedText::forDisplay(m_context.invocation.profileName);
    ProfileStore store(m_context.services.settings);
    std::optional<Profile> profile = store.find(m_context.invocation.profileName);
    if (!profile) {
        m_context.fail(CliExitCode::Usage,
                       tr("There is no profile named '%1'; see 'keydesk-cli profile list'.").arg(name));
        return;
    }
    profile->watch.rotateEveryDays = m_context.invocation.rotateEveryDays;
    if (!store.save(*profile)) {
        m_context.fail(CliExitCode::Other,
                       tr("Cannot save the profile settings: %1").arg(UntrustedText::forDisplay(store.problem())));
        return;
    }
    const int days = profile->watch.rotateEveryDays;
    m_context.output.printInfo(days == 1  ? tr("Profile '%1' now rotates keys every %n day.", nullptr, days).arg(name)
                               : days > 0 ? tr("Profile '%1' now rotates keys every %n days.", nullptr, days).arg(name)
                                          : tr("Profile '%1' has no rotation policy now.").arg(name));
    m_context.finish(CliExitCode::Ok);
}

} // namespace keydesk
