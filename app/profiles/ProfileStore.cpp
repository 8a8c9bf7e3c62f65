#include "ProfileStore.h"

#include "UntrustedText.h"
#include "UrlPolicy.h"
#include "WatchThresholdsSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>

#include <algorithm>

namespace keydesk {

namespace {

const QString profilesGroup = QStringLiteral("profiles");
const QString dialectKey = QStringLiteral("dialect");
const QString baseUrlKey = QStringLiteral("baseUrl");
const QString caFileKey = QStringLiteral("caFile");
const QString authHeaderKey = QStringLiteral("authHeader");
const QString bearerId = QStringLiteral("bearer");
const QString xApiKeyId = QStringLiteral("x-api-key");
const QString templatesGroup = QStringLiteral("commandTemplates");

constexpr qsizetype maxNameLength = 64;

QString groupOf(const QString &name)
{
    return profilesGroup + QLatin1Char('/') + name;
}

// A name that QSettings would turn into nested groups cannot be a profile.
bool isStorableName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'));
}

// Whether the settings live in a file (next to which a lock file can go).
bool isFileBacked(const QSettings &settings)
{
#if defined(Q_OS_WIN) || defined(Q_OS_DARWIN)
    return settings.format() == QSettings::IniFormat; // native: the registry, CFPreferences
#else
    return settings.format() == QSettings::IniFormat || settings.format() == QSettings::NativeFormat;
#endif
}

// Not QSettings' own "<file>.lock": sync() takes that one itself, and QLockFile does not
// nest.
QString lockPathOf(const QSettings &settings)
{
    return settings.fileName() + QStringLiteral(".profiles.lock");
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
}

void ProfileStore::refresh() const
{
    // A damaged file is reported and left exactly as it is: sync() could rewrite it.
    if (m_settings->status() == QSettings::NoError)
        m_settings->sync();
}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(profilesGroup);
    const QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    return names;
}

QList<Profile> ProfileStore::profiles() const
{
    refresh();
    QList<Profile> result;
    const QStringList stored = names();
    for (const QString &name : stored) {
        if (std::optional<Profile> profile = read(name))
            result.append(std::move(*profile));
    }
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        const int folded = a.name.compare(b.name, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a.name < b.name;
    });
    return result;
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    refresh();
    return read(name);
}

std::optional<Profile> ProfileStore::read(const QString &name) const
{
    if (!isStorableName(name))
        return std::nullopt;
    m_settings->beginGroup(groupOf(name));
    const bool exists = m_settings->contains(dialectKey);
    const std::optional<Dialect> dialect = dialectFromId(m_settings->value(dialectKey).toString());
    Profile profile;
    profile.name = name;
    profile.baseUrl = QUrl(m_settings->value(baseUrlKey).toString(), QUrl::StrictMode);
    profile.caFile = m_settings->value(caFileKey).toString();
    profile.authHeader = m_settings->value(authHeaderKey).toString() == xApiKeyId ? Connection::AuthHeader::XApiKey
                                                                                  : Connection::AuthHeader::Bearer;
    profile.watch = WatchThresholdsSettings::read(*m_settings);
    m_settings->endGroup();
    // problem() names profiles whose dialect cannot be read.
    if (!exists || !dialect)
        return std::nullopt;
    profile.dialect = *dialect;
    return profile;
}

QString ProfileStore::validate(const Profile &profile) const
{
    if (profile.name.trimmed().isEmpty())
        return tr("Enter a name for the profile.");
    if (profile.name.size() > maxNameLength)
        return tr("The profile name is too long (at most %n characters).", nullptr, int(maxNameLength));
    if (profile.name != profile.name.trimmed())
        return tr("The profile name must not start or end with a space.");
    if (!isStorableName(profile.name))
        return tr("The profile name must not contain \"/\" or \"\\\".");
    // It names the keychain entries and shows in titles, banners and the CLI's output.
    if (UntrustedText::hasControlCharacters(profile.name))
        return tr("The profile name must not contain control characters such as line breaks or tabs, or invisible "
                  "text-direction marks.");

    const QUrl &url = profile.baseUrl;
    if (url.isEmpty())
        return tr("Enter the base URL of the API, for example %1.").arg(QStringLiteral("https://api.example.com"));
    if (!url.isValid() || url.host().isEmpty())
        return tr("The base URL \"%1\" is not a valid web address.").arg(url.toDisplayString());
    // User info, query, fragment, scheme: one rule and one wording with the CLI.
    const QString urlProblem = UrlPolicy::problem(url);
    if (!urlProblem.isEmpty())
        return urlProblem;

    if (profile.authHeader == Connection::AuthHeader::XApiKey
        && !DialectTraits::of(profile.dialect).acceptsXApiKeyHeader)
        return tr("%1 accepts the credential only in the \"Authorization: Bearer\" header.")
            .arg(dialectDisplayName(profile.dialect));

    if (!profile.caFile.isEmpty()) {
        const QFileInfo caFile(profile.caFile);
        if (!caFile.exists())
            return tr("The CA file \"%1\" does not exist.").arg(profile.caFile);
        if (!caFile.isFile())
            return tr("The CA file \"%1\" is not a file.").arg(profile.caFile);
        if (!caFile.isReadable())
            return tr("The CA file \"%1\" cannot be read (check its permissions).").arg(profile.caFile);
    }
    return {};
}

bool ProfileStore::save(const Profile &profile)
{
    if (!validate(profile).isEmpty())
        return false;
    return update([this, &profile] {
        // Every key of the group as it is on disk now, including any another process
        // added: the profile becomes exactly this one.
        m_settings->remove(groupOf(profile.name));
        m_settings->beginGroup(groupOf(profile.name));
        m_settings->setValue(dialectKey, dialectId(profile.dialect));
        m_settings->setValue(baseUrlKey, profile.baseUrl.toString(QUrl::FullyEncoded));
        if (!profile.caFile.isEmpty())
            m_settings->setValue(caFileKey, profile.caFile);
        m_settings->setValue(authHeaderKey,
                             profile.authHeader == Connection::AuthHeader::XApiKey ? xApiKeyId : bearerId);
        WatchThresholdsSettings::write(*m_settings, profile.watch);
        m_settings->endGroup();
    });
}

bool ProfileStore::remove(const QString &name)
{
    if (!isStorableName(name))
        return false;
    bool existed = false;
    const bool written = update([this, &name, &existed] {
        existed = names().contains(name);
        if (existed)
            m_settings->remove(groupOf(name));
        m_settings->remove(templatesGroup + QLatin1Char('/') + name);
    });
    return written && existed;
}

QMap<QString, QStringList> ProfileStore::commandTemplates(const QString &profileName) const
{
    QMap<QString, QStringList> templates;
    if (!isStorableName(profileName))
        return templates;
    refresh();
    m_settings->beginGroup(templatesGroup + QLatin1Char('/') + profileName);
    const QStringList keys = m_settings->childKeys();
    for (const QString &key : keys) {
        const QStringList argv = m_settings->value(key).toStringList();
        if (!argv.isEmpty() && !argv.constFirst().isEmpty())
            templates.insert(key, argv);
    }
    m_settings->endGroup();
    return templates;
}

QStringList ProfileStore::commandTemplate(const QString &profileName, const QString &templateName) const
{
    return commandTemplates(profileName).value(templateName);
}

QString ProfileStore::validateTemplateName(const QString &templateName)
{
    if (templateName.isEmpty() || templateName.size() > maxNameLength || !isStorableName(templateName)
        || UntrustedText::hasControlCharacters(templateName) || templateName != templateName.trimmed())
        return tr("A command template's name is 1 to %n characters, without \"/\", \"\\\", control characters or "
                  "spaces at either end.",
                  nullptr, int(maxNameLength));
    return {};
}

bool ProfileStore::saveCommandTemplate(const QString &profileName, const QString &templateName, const QStringList &argv)
{
    if (!isStorableName(profileName) || !validateTemplateName(templateName).isEmpty() || argv.isEmpty()
        || argv.constFirst().isEmpty())
        return false;
    return update([this, &profileName, &templateName, &argv] {
        m_settings->setValue(templatesGroup + QLatin1Char('/') + profileName + QLatin1Char('/') + templateName, argv);
    });
}

bool ProfileStore::removeCommandTemplate(const QString &profileName, const QString &templateName)
{
    if (!isStorableName(profileName) || !validateTemplateName(templateName).isEmpty())
        return false;
    bool existed = false;
    const QString key = templatesGroup + QLatin1Char('/') + profileName + QLatin1Char('/') + templateName;
    const bool written = update([this, &key, &existed] {
        existed = m_settings->contains(key);
        m_settings->remove(key);
    });
    return written && existed;
}

bool ProfileStore::update(const std::function<void()> &change)
{
    m_writeProblem.clear();
    if (m_settings->status() != QSettings::NoError)
        return false;
    std::optional<QLockFile> lock;
    if (isFileBacked(*m_settings)) {
        const QString lockPath = lockPathOf(*m_settings);
        QDir().mkpath(QFileInfo(lockPath).absolutePath());
        lock.emplace(lockPath);
        if (!lock->tryLock(lockWait)) {
            const QString file = QDir::toNativeSeparators(m_settings->fileName());
            m_writeProblem =
                lock->error() == QLockFile::LockFailedError
                    ? tr("Another KeyDesk process is changing the profiles in \"%1\" right now, so nothing "
                         "was saved. Try again in a moment.")
                          .arg(file)
                    : tr("The profiles in \"%1\" cannot be changed: the lock file \"%2\" cannot be created. "
                         "Check the folder's permissions.")
                          .arg(file, QDir::toNativeSeparators(lockPath));
            return false;
        }
    }
    m_settings->sync(); // what other processes saved, so the change applies to that
    if (m_settings->status() != QSettings::NoError)
        return false;
    change();
    m_settings->sync();
    keepFileOwnerOnly();
    return m_settings->status() == QSettings::NoError;
}

void ProfileStore::keepFileOwnerOnly() const
{
    const QString path = m_settings->fileName();
    if (QFileInfo(path).isFile())
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString ProfileStore::problem() const
{
    switch (m_settings->status()) {
    case QSettings::AccessError:
        return tr("The settings file \"%1\" cannot be read or written (access denied); "
                  "profiles cannot be saved. Check the file's permissions.")
            .arg(m_settings->fileName());
    case QSettings::FormatError:
        return tr("The settings file \"%1\" is damaged and was not read; profiles cannot be "
                  "saved. Repair or delete the file.")
            .arg(m_settings->fileName());
    case QSettings::NoError:
        break;
    }
    if (!m_writeProblem.isEmpty())
        return m_writeProblem;

    refresh();
    QStringList unreadable;
    const QStringList stored = names();
    for (const QString &name : stored) {
        if (!read(name))
            unreadable.append(name);
    }
    if (!unreadable.isEmpty())
        return tr("These profiles in \"%1\" name no known dialect and are ignored: %2.")
            .arg(m_settings->fileName(), unreadable.join(QStringLiteral(", ")));
    return {};
}

} // namespace keydesk
