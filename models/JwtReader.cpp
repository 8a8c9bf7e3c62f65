#include "JwtReader.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <optional>

namespace keydesk {

namespace {

bool isBase64UrlCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'-' || u == u'_';
}

// One JWS segment: unpadded base64url (RFC 7515 §2) decoding to a JSON object.
std::optional<QJsonObject> decodeJsonSegment(QStringView segment)
{
    if (segment.isEmpty() || segment.size() % 4 == 1)
        return std::nullopt;
    for (const QChar c : segment) {
        if (!isBase64UrlCharacter(c))
            return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        segment.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// NumericDate (RFC 7519 §2): seconds since the epoch, possibly fractional.
QDateTime numericDate(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    const double seconds = value.toDouble();
    // Beyond year ±9999 QDateTime cannot represent it meaningfully; treat as absent.
    constexpr double limit = 253402300799.0;
    if (!std::isfinite(seconds) || std::fabs(seconds) > limit)
        return {};
    return QDateTime::fromMSecsSinceEpoch(std::llround(seconds * 1000.0), Qt::UTC);
}

} // namespace

JwtClaims readJwtClaims(QStringView token)
{
    JwtClaims claims;
    const QStringView trimmed = token.trimmed();
    const qsizetype firstDot = trimmed.indexOf(u'.');
    if (firstDot < 0)
        return claims;
    const qsizetype secondDot = trimmed.indexOf(u'.', firstDot + 1);
    if (secondDot < 0 || trimmed.indexOf(u'.', secondDot + 1) >= 0)
        return claims;

    const QStringView header = trimmed.left(firstDot);
    const QStringView payload = trimmed.mid(firstDot + 1, secondDot - firstDot - 1);
    const QStringView signature = trimmed.mid(secondDot + 1);
    for (const QChar c : signature) {
        if (!isBase64UrlCharacter(c))
            return claims;
    }
    if (!decodeJsonSegment(header))
        return claims;
    const std::optional<QJsonObject> payloadObject = decodeJsonSegment(payload);
    if (!payloadObject)
        return claims;

    claims.isJwt = true;
    claims.expiresAt = numericDate(payloadObject->value(QLatin1String("exp")));
    claims.issuedAt = numericDate(payloadObject->value(QLatin1String("iat")));
    claims.subject = payloadObject->value(QLatin1String("sub")).toString();
    return claims;
}

} // namespace keydesk
