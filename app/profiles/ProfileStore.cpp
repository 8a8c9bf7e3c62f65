#include "ProfileStore.h"

#include "UrlPolicy.h"

#include <QFileInfo>
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

constexpr qsizetype maxNameLength = 64;

QString groupOf(const QString &name)
{
    return profilesGroup + QLatin1Char('/') + name;
}

// A name that QSettings would turn into nested groups cannot be a profile.
bool isStorableName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/'))
        && !name.contains(QLatin1Char('\\'));
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(profilesGroup);
    const QStringList names = m_settings->childGroups();
    m_settings->endGroup();

    QList<Profile> result;
    for (const QString &name : names) {
        if (std::optional<Profile> profile = find(name))
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
    if (!isStorableName(name))
        return std::nullopt;
    m_settings->beginGroup(groupOf(name));
    const bool exists = m_settings->contains(dialectKey);
    const std::optional<Dialect> dialect =
        dialectFromId(m_settings->value(dialectKey).toString());
    Profile profile;
    profile.name = name;
    profile.baseUrl = QUrl(m_settings->value(baseUrlKey).toString(), QUrl::StrictMode);
    profile.caFile = m_settings->value(caFileKey).toString();
    profile.authHeader = m_settings->value(authHeaderKey).toString() == xApiKeyId
        ? Connection::AuthHeader::XApiKey
        : Connection::AuthHeader::Bearer;
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
        return tr("The profile name is too long (at most %n characters).", nullptr,
                  int(maxNameLength));
    if (profile.name != profile.name.trimmed())
        return tr("The profile name must not start or end with a space.");
    if (!isStorableName(profile.name))
        return tr("The profile name must not contain \"/\" or \"\\\".");

    const QUrl &url = profile.baseUrl;
    if (url.isEmpty())
        return tr("Enter the base URL of the API, for example %1.")
            .arg(QStringLiteral("https://api.example.com"));
    if (!url.isValid() || url.host().isEmpty())
        return tr("The base URL \"%1\" is not a valid web address.")
            .arg(url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return tr("The base URL must not contain a user name or password; store the "
                  "credential in the keychain instead.");
    if (!UrlPolicy::isAllowed(url))
        return tr("The base URL must start with https:// (plain http:// is allowed only for "
                  "this computer: localhost, 127.0.0.1 or ::1).");

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
            return tr("The CA file \"%1\" cannot be read (check its permissions).")
                .arg(profile.caFile);
    }
    return {};
}

bool ProfileStore::save(const Profile &profile)
{
    if (!validate(profile).isEmpty() || m_settings->status() != QSettings::NoError)
        return false;
    m_settings->remove(groupOf(profile.name));
    m_settings->beginGroup(groupOf(profile.name));
    m_settings->setValue(dialectKey, dialectId(profile.dialect));
    m_settings->setValue(baseUrlKey, profile.baseUrl.toString(QUrl::FullyEncoded));
    if (!profile.caFile.isEmpty())
        m_settings->setValue(caFileKey, profile.caFile);
    m_settings->setValue(authHeaderKey, profile.authHeader == Connection::AuthHeader::XApiKey
                                            ? xApiKeyId
                                            : bearerId);
    m_settings->endGroup();
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

bool ProfileStore::remove(const QString &name)
{
    if (!isStorableName(name) || m_settings->status() != QSettings::NoError)
        return false;
    m_settings->beginGroup(profilesGroup);
    const bool existed = m_settings->childGroups().contains(name);
    m_settings->endGroup();
    if (!existed)
        return false;
    m_settings->remove(groupOf(name));
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
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

    QStringList unreadable;
    m_settings->beginGroup(profilesGroup);
    const QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &name : names) {
        if (!find(name))
            unreadable.append(name);
    }
    if (!unreadable.isEmpty())
        return tr("These profiles in \"%1\" name no known dialect and are ignored: %2.")
            .arg(m_settings->fileName(), unreadable.join(QStringLiteral(", ")));
    return {};
}

} // namespace keydesk
