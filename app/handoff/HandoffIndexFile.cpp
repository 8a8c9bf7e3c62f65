#include "HandoffIndexFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

#include <optional>

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
        {u"handedOff"_s, entry.handedOff},
        {u"adopted"_s, entry.adopted},
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
    entry.handedOff = object.value(u"handedOff"_s).toBool(false);
    entry.adopted = object.value(u"adopted"_s).toBool(false);
    return entry;
}

std::optional<HandoffIndexFile::Entries> parse(const QByteArray &data)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || !document.object().value(u"pending"_s).isArray())
        return std::nullopt;
    HandoffIndexFile::Entries entries;
    const QJsonArray array = document.object().value(u"pending"_s).toArray();
    for (const QJsonValue &value : array) {
        std::optional<PendingHandoff> entry = fromJson(value);
        if (!entry)
            return std::nullopt;
        entries.append(std::move(*entry));
    }
    return entries;
}

QByteArray serialise(const HandoffIndexFile::Entries &entries)
{
    QJsonArray array;
    for (const PendingHandoff &entry : entries)
        array.append(toJson(entry));
    const QJsonObject root{{u"version"_s, indexFormatVersion}, {u"pending"_s, array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

HandoffIndexFile::HandoffIndexFile(QString path)
    : m_path(std::move(path))
{
}

QString HandoffIndexFile::lockPath() const
{
    return m_path + u".lock"_s;
}

HandoffIndexFile::Result HandoffIndexFile::read() const
{
    Result result;
    QFile file(m_path);
    if (!file.exists())
        return result;
    if (QFileInfo(m_path).isDir() || !file.open(QIODevice::ReadOnly)) {
        result.status = Status::Unreadable;
        result.error = file.errorString();
        return result;
    }
    const QByteArray data = file.readAll();
    file.close();
    if (std::optional<Entries> entries = parse(data))
        result.entries = std::move(*entries);
    else
        result.corrupt = true;
    return result;
}

HandoffIndexFile::Result HandoffIndexFile::update(const QList<Change> &changes,
                                                  std::chrono::milliseconds lockWait) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lock(lockPath());
    if (!lock.tryLock(lockWait)) {
        Result busy;
        if (lock.error() == QLockFile::LockFailedError) {
            busy.status = Status::Busy;
            QString host;
            lock.getLockInfo(&busy.lockHolderPid, &host, &busy.lockHolderApp);
        } else {
            busy.status = Status::Unwritable;
            busy.lockUnavailable = true;
        }
        return busy;
    }

    Result result = read();
    if (result.status != Status::Ok)
        return result; // never write over a file we could not read
    if (result.corrupt) {
        // Kept for inspection (it may still name keys whose secrets are in the keychain);
        // the index starts again empty.
        const QString aside = m_path + u".corrupt-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmss"_s);
        if (QFile::rename(m_path, aside))
            result.setAsidePath = aside;
    }
    if (changes.isEmpty())
        return result;

    Entries changed = result.entries;
    for (const Change &change : changes)
        change(changed);
    QSaveFile file(m_path);
    const bool written = file.open(QIODevice::WriteOnly)
                         && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                         && file.write(serialise(changed)) >= 0 && file.commit();
    if (!written) {
        result.status = Status::Unwritable;
        result.error = file.errorString();
        return result; // entries: still what the file holds
    }
    result.entries = std::move(changed);
    return result;
}

} // namespace keydesk
