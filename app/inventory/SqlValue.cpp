#include "SqlValue.h"

#include <QSqlQuery>

namespace keydesk {

QVariant SqlValue::time(const QDateTime &when)
{
    if (!when.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant(when.toMSecsSinceEpoch());
}

QDateTime SqlValue::toTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant SqlValue::count(std::optional<qint64> count)
{
    if (!count)
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant(*count);
}

std::optional<qint64> SqlValue::toCount(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QVariant SqlValue::optionalText(const QString &text)
{
    if (text.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QVariant(text);
}

int SqlValue::statusCode(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Active:
        return 0;
    case KeyStatus::Revoked:
        return 1;
    case KeyStatus::Expired:
        return 2;
    }
    return 0;
}

KeyStatus SqlValue::toStatus(const QVariant &value)
{
    switch (value.toInt()) {
    case 1:
        return KeyStatus::Revoked;
    case 2:
        return KeyStatus::Expired;
    default:
        return KeyStatus::Active;
    }
}

ApiKey SqlValue::toKey(const QSqlQuery &query, int first)
{
    ApiKey key;
    key.id = query.value(first).toString();
    key.name = query.value(first + 1).toString();
    key.revoked = query.value(first + 2).toInt() != 0;
    key.createdAt = toTime(query.value(first + 3));
    key.expiresAt = toTime(query.value(first + 4));
    key.lastUsedAt = toTime(query.value(first + 5));
    key.usageCount = toCount(query.value(first + 6));
    key.keyPrefix = query.value(first + 7).toString();
    key.createdBy = query.value(first + 8).toString();
    return key;
}

} // namespace keydesk
