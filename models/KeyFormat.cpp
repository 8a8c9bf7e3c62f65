#include "KeyFormat.h"

namespace keydesk {

namespace {

const QString leadHqlPrefix = QStringLiteral("leadhql_pk_");
const QString localLeadsKeyPrefix = QStringLiteral("ll_");
const QString trustLeadsPrefix = QStringLiteral("lfk_sk_");

constexpr qsizetype leadHqlMinRandomLength = 16;
constexpr qsizetype localLeadsHexLength = 64;
constexpr qsizetype trustLeadsRandomLength = 40;
// "ll_" + 10 hex, as in the documented keyPrefix "ll_a1b2c3d4e5".
constexpr qsizetype localLeadsVisibleLength = 13;
constexpr qsizetype visibleTailLength = 4;

const QChar ellipsis(0x2026);

bool isAsciiAlphanumeric(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isLowerHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f');
}

template <typename Predicate>
bool allOf(QStringView text, Predicate predicate)
{
    for (const QChar c : text) {
        if (!predicate(c))
            return false;
    }
    return true;
}

bool isLeadHqlKey(QStringView key)
{
    if (!key.startsWith(leadHqlPrefix))
        return false;
    const QStringView random = key.mid(leadHqlPrefix.size());
    return random.size() >= leadHqlMinRandomLength && allOf(random, isAsciiAlphanumeric);
}

bool isLocalLeadsKey(QStringView key)
{
    if (!key.startsWith(localLeadsKeyPrefix))
        return false;
    const QStringView hex = key.mid(localLeadsKeyPrefix.size());
    return hex.size() == localLeadsHexLength && allOf(hex, isLowerHex);
}

bool isTrustLeadsKey(QStringView key)
{
    if (!key.startsWith(trustLeadsPrefix))
        return false;
    const QStringView random = key.mid(trustLeadsPrefix.size());
    return random.size() == trustLeadsRandomLength && allOf(random, isAsciiAlphanumeric);
}

} // namespace

std::optional<Dialect> KeyFormat::recognise(QStringView key)
{
    if (isLeadHqlKey(key))
        return Dialect::LeadHql;
    if (isLocalLeadsKey(key))
        return Dialect::LocalLeads;
    if (isTrustLeadsKey(key))
        return Dialect::TrustLeads;
    return std::nullopt;
}

bool KeyFormat::isWellFormed(QStringView key, Dialect dialect)
{
    return recognise(key) == dialect;
}

QString KeyFormat::maskedIdentifier(QStringView key)
{
    // Only a key of a known shape is masked: for anything else we cannot tell how
    // much of it is safe to show, so nothing is.
    const std::optional<Dialect> dialect = recognise(key);
    if (!dialect)
        return {};
    switch (*dialect) {
    case Dialect::LeadHql:
        return leadHqlPrefix + ellipsis + key.right(visibleTailLength);
    case Dialect::LocalLeads:
        return localLeadsPrefix(key) + ellipsis;
    case Dialect::TrustLeads:
        return trustLeadsPrefix + ellipsis + key.right(visibleTailLength);
    }
    return {};
}

QString KeyFormat::localLeadsPrefix(QStringView key)
{
    if (!isLocalLeadsKey(key))
        return {};
    return key.left(localLeadsVisibleLength).toString();
}

} // namespace keydesk
