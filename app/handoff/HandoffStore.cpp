#include "HandoffStore.h"

#include "KeyFormat.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

constexpr int indexFormatVersion = 1;

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime utcFromIso(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonObject toJson(const PendingHandoff &entry)
{
    QJsonObject object{
        {u"profile"_s, entry.profileName},
        {u"keyId"_s, entry.keyId},
        {u"keyName"_s, entry.keyName},
        {u"maskedIdentifier"_s, entry.maskedIdentifier},
        {u"keepInKeychain"_s, entry.keepInKeychain},
        {u"secretStored"_s, entry.secretStored},
    };
    object.insert(u"createdAt"_s, entry.createdAt.isValid() ? QJsonValue(isoOrEmpty(entry.createdAt)) : QJsonValue());
    object.insert(u"expiresAt"_s, entry.expiresAt.isValid() ? QJsonValue(isoOrEmpty(entry.expiresAt)) : QJsonValue());
    return object;
}

// nullopt when the object is not an entry we wrote (the file is then treated as corrupt).
std::optional<PendingHandoff> fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    if (!object.value(u"profile"_s).isString() || !object.value(u"keyId"_s).isString())
        return std::nullopt;
    PendingHandoff entry;
    entry.profileName = object.value(u"profile"_s).toString();
    entry.keyId = object.value(u"keyId"_s).toString();
    if (entry.profileName.isEmpty() || entry.keyId.isEmpty())
        return std::nullopt;
    entry.keyName = object.value(u"keyName"_s).toString();
    entry.maskedIdentifier = object.value(u"maskedIdentifier"_s).toString();
    entry.createdAt = utcFromIso(object.value(u"createdAt"_s));
    entry.expiresAt = utcFromIso(object.value(u"expiresAt"_s));
    entry.keepInKeychain = object.value(u"keepInKeychain"_s).toBool(false);
    entry.secretStored = object.value(u"secretStored"_s).toBool(false);
    return entry;
}

} // namespace

HandoffStore::HandoffStore(SecretStore *secrets, QString indexFilePath, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_indexFilePath(std::move(indexFilePath))
{
    load();
}

HandoffStore::~HandoffStore() = default;

QList<PendingHandoff> HandoffStore::pending(const QString &profileName) const
{
    QList<PendingHandoff> result;
    for (const PendingHandoff &entry : m_entries) {
        if (entry.profileName == profileName)
            result.append(entry);
    }
    return result;
}

QList<PendingHandoff> HandoffStore::allPending() const
{
    return m_entries;
}

bool HandoffStore::isPending(const QString &profileName, const QString &keyId) const
{
    return indexOf(profileName, keyId) >= 0;
}

PendingHandoff HandoffStore::entry(const QString &profileName, const QString &keyId) const
{
    const int index = indexOf(profileName, keyId);
    return index >= 0 ? m_entries.at(index) : PendingHandoff{};
}

QString HandoffStore::problem() const
{
    return m_problem;
}

SecretJob *HandoffStore::begin(const QString &profileName, const CreatedKey &created)
{
    PendingHandoff entry;
    entry.profileName = profileName;
    entry.keyId = created.record.id;
    entry.keyName = created.record.name;
    entry.maskedIdentifier = created.record.keyPrefix.isEmpty() ? KeyFormat::maskedIdentifier(created.secret)
                                                                : created.record.keyPrefix;
    entry.createdAt = created.record.createdAt;
    entry.expiresAt = created.record.expiresAt;
    entry.secretStored = false;

    // The index entry goes first: should the program die right after the keychain
    // write, the secret is still listed and can be handed off or cleaned up later.
    const int existing = indexOf(profileName, entry.keyId);
    if (existing >= 0)
        m_entries[existing] = entry;
    else
        m_entries.append(entry);
    save(); // on failure problem() says so; the keychain write still happens (the entry
            // is listed for this session and the secret must not be lost)
    Q_EMIT changed();

    SecretJob *job = m_secrets->write(SecretStore::pendingKeyEntry(profileName, entry.keyId), created.secret);
    connect(job, &SecretJob::finished, this, [this, job, profileName, keyId = entry.keyId] {
        if (job->ok())
            setSecretStored(profileName, keyId, true);
    });
    return job;
}

SecretJob *HandoffStore::fetch(const QString &profileName, const QString &keyId)
{
    return m_secrets->read(SecretStore::pendingKeyEntry(profileName, keyId));
}

SecretJob *HandoffStore::complete(const QString &profileName, const QString &keyId, bool keepInKeychain)
{
    const QString secretEntry = SecretStore::pendingKeyEntry(profileName, keyId);
    if (keepInKeychain) {
        // Nothing to ask the keychain: the copy stays where it is. The job still
        // finishes asynchronously, like every SecretJob, so callers need one code path.
        removeEntry(profileName, keyId);
        auto *job = new SecretJob(SecretJob::Operation::Remove, secretEntry, this);
        QTimer::singleShot(0, job, [job] { job->finishOk(); });
        return job;
    }
    SecretJob *job = m_secrets->remove(secretEntry);
    connect(job, &SecretJob::finished, this, [this, job, profileName, keyId] {
        // An entry that is already gone is what we wanted, and so is one whose write
        // never succeeded. Any other failure keeps the index entry, so a secret left in
        // the keychain is never unlisted.
        const int index = indexOf(profileName, keyId);
        const bool neverStored = index >= 0 && !m_entries.at(index).secretStored;
        if (job->ok() || job->error().kind == SecretError::Kind::NotFound || neverStored)
            removeEntry(profileName, keyId);
    });
    return job;
}

void HandoffStore::setKeepInKeychain(const QString &profileName, const QString &keyId, bool keep)
{
    const int index = indexOf(profileName, keyId);
    if (index < 0 || m_entries.at(index).keepInKeychain == keep)
        return;
    m_entries[index].keepInKeychain = keep;
    save();
    Q_EMIT changed();
}

void HandoffStore::forget(const QString &profileName, const QString &keyId)
{
    // Also removes a copy the user chose to keep: the key is dead or unrecoverable.
    m_secrets->remove(SecretStore::pendingKeyEntry(profileName, keyId));
    removeEntry(profileName, keyId);
}

void HandoffStore::load()
{
    m_entries.clear();
    QFile file(m_indexFilePath);
    if (!file.exists())
        return;
    if (QFileInfo(m_indexFilePath).isDir() || !file.open(QIODevice::ReadOnly)) {
        m_problem = tr("The list of pending key handoffs (%1) cannot be read: %2")
                        .arg(QDir::toNativeSeparators(m_indexFilePath), file.errorString());
        return;
    }
    const QByteArray data = file.readAll();
    file.close();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    bool valid = parseError.error == QJsonParseError::NoError && document.isObject()
                 && document.object().value(u"pending"_s).isArray();
    QList<PendingHandoff> entries;
    if (valid) {
        const QJsonArray array = document.object().value(u"pending"_s).toArray();
        for (const QJsonValue &value : array) {
            const std::optional<PendingHandoff> entry = fromJson(value);
            if (!entry) {
                valid = false;
                break;
            }
            entries.append(*entry);
        }
    }
    if (valid) {
        m_entries = entries;
        return;
    }

    // Keep the damaged file for inspection (it may still name keys whose secrets are in
    // the keychain) and start with an empty index.
    const QString aside = m_indexFilePath + u".corrupt-"_s
                          + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmss"_s);
    if (QFile::rename(m_indexFilePath, aside)) {
        m_problem = tr("The list of pending key handoffs was damaged and has been set aside as %1. "
                       "Keys created earlier may still be in the keychain.")
                        .arg(QDir::toNativeSeparators(aside));
    } else {
        m_problem = tr("The list of pending key handoffs (%1) is damaged and could not be set aside; "
                       "it will be replaced when the next key is created.")
                        .arg(QDir::toNativeSeparators(m_indexFilePath));
    }
}

bool HandoffStore::save()
{
    QJsonArray array;
    for (const PendingHandoff &entry : std::as_const(m_entries))
        array.append(toJson(entry));
    const QJsonObject root{{u"version"_s, indexFormatVersion}, {u"pending"_s, array}};

    QDir().mkpath(QFileInfo(m_indexFilePath).absolutePath());
    QSaveFile file(m_indexFilePath);
    const bool written = file.open(QIODevice::WriteOnly)
                         && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                         && file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) >= 0
                         && file.commit();
    if (!written) {
        m_problem = tr("The list of pending key handoffs (%1) cannot be saved: %2")
                        .arg(QDir::toNativeSeparators(m_indexFilePath), file.errorString());
    }
    return written;
}

int HandoffStore::indexOf(const QString &profileName, const QString &keyId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).profileName == profileName && m_entries.at(i).keyId == keyId)
            return i;
    }
    return -1;
}

void HandoffStore::setSecretStored(const QString &profileName, const QString &keyId, bool stored)
{
    const int index = indexOf(profileName, keyId);
    if (index < 0 || m_entries.at(index).secretStored == stored)
        return;
    m_entries[index].secretStored = stored;
    save();
    Q_EMIT changed();
}

void HandoffStore::removeEntry(const QString &profileName, const QString &keyId)
{
    const int index = indexOf(profileName, keyId);
    if (index < 0)
        return;
    m_entries.removeAt(index);
    save();
    Q_EMIT changed();
}

} // namespace keydesk
