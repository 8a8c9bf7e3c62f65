#include "SqlValue.h"

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

} // namespace keydesk
