#include "NormalisedJson.h"

#include <QJsonValue>

namespace keydesk {

namespace {

QJsonValue timestamp(const QDateTime &when)
{
    if (!when.isValid())
        return QJsonValue::Null;
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue textOrNull(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    return text;
}

} // namespace

QJsonObject toNormalisedJson(const ApiKey &key, const QDateTime &now)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), key.id);
    object.insert(QLatin1String("name"), key.name);
    object.insert(QLatin1String("status"), keyStatusId(key.status(now)));
    object.insert(QLatin1String("createdAt"), timestamp(key.createdAt));
    object.insert(QLatin1String("expiresAt"), timestamp(key.expiresAt));
    object.insert(QLatin1String("lastUsedAt"), timestamp(key.lastUsedAt));
    object.insert(QLatin1String("usageCount"),
                  key.usageCount ? QJsonValue(*key.usageCount) : QJsonValue(QJsonValue::Null));
    object.insert(QLatin1String("keyPrefix"), textOrNull(key.keyPrefix));
    object.insert(QLatin1String("createdBy"), textOrNull(key.createdBy));
    return object;
}

QJsonObject toNormalisedJson(const CreatedKey &created, const QDateTime &now)
{
    QJsonObject object = toNormalisedJson(created.record, now);
    object.insert(QLatin1String("key"), created.secret);
    return object;
}

} // namespace keydesk
