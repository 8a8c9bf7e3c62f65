#include "RetryAfter.h"

#include <QString>

#include <limits>

namespace keydesk {

std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;

    bool isNumber = false;
    const qulonglong seconds = trimmed.toULongLong(&isNumber);
    if (isNumber) {
        // Saturate absurd values instead of overflowing; the caller compares with its cap.
        constexpr qulonglong maxSeconds = std::numeric_limits<qint64>::max() / 1000;
        return static_cast<qint64>(qMin(seconds, maxSeconds)) * 1000;
    }

    // Qt 6.4's RFC 2822 parser does not take the zone name "GMT" that HTTP dates use.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1String(" GMT"), Qt::CaseInsensitive)
        || text.endsWith(QLatin1String(" UTC"), Qt::CaseInsensitive))
        text = text.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return qMax<qint64>(0, now.msecsTo(when));
}

} // namespace keydesk
