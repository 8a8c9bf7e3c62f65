#include "LogTextScrubber.h"

#include "KeyFormat.h"

using namespace Qt::StringLiterals;

namespace keydesk {

// Longer runs than the formats allow are caught too: the whole run is masked.
LogTextScrubber::LogTextScrubber()
    : m_secretShaped(
        uR"(leadhql_pk_[A-Za-z0-9]{16,}|ll_[0-9a-fA-F]{32,}|lfk_sk_[A-Za-z0-9]{20,}|eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*)"_s)
{
}

QString LogTextScrubber::scrubbed(const QString &text) const
{
    if (!text.contains(m_secretShaped))
        return text;
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator matches = m_secretShaped.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const QString masked = KeyFormat::maskedIdentifier(match.capturedView());
        result += masked.isEmpty() ? u"[redacted]"_s : masked;
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

} // namespace keydesk
