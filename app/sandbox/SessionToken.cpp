#include "SessionToken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <optional>

namespace keydesk {

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray sign(const QByteArray &secret, const QByteArray &signingInput)
{
    return QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256).toBase64(base64Url);
}

// Compares without an early exit, so timing does not reveal how much matched.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

std::optional<QJsonObject> decodePart(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(part, base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

QString SessionToken::issue(const QByteArray &secret, const QString &subject, const QString &organisationId,
                            const QDateTime &now)
{
    const qint64 issuedAt = now.toSecsSinceEpoch();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{{QStringLiteral("sub"), subject},
                              {QStringLiteral("org"), organisationId},
                              {QStringLiteral("iat"), issuedAt},
                              {QStringLiteral("exp"), issuedAt + lifetimeSeconds}};
    const QByteArray signingInput = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(base64Url) + '.'
                                    + QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(base64Url);
    return QString::fromLatin1(signingInput + '.' + sign(secret, signingInput));
}

SessionToken::Verdict SessionToken::verify(const QByteArray &secret, QStringView token, const QString &organisationId,
                                           const QDateTime &now)
{
    const QByteArray bytes = token.toLatin1();
    const QList<QByteArray> parts = bytes.split('.');
    if (parts.size() != 3)
        return Verdict::Malformed;
    const auto header = decodePart(parts.at(0));
    const auto payload = decodePart(parts.at(1));
    if (!header || !payload)
        return Verdict::Malformed;
    // Only the algorithm the sandbox issues; "none" and friends are refused outright.
    if (header->value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return Verdict::Malformed;
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    if (!constantTimeEquals(sign(secret, signingInput), parts.at(2)))
        return Verdict::BadSignature;
    const QJsonValue expiry = payload->value(QStringLiteral("exp"));
    if (!expiry.isDouble() || now.toSecsSinceEpoch() >= static_cast<qint64>(expiry.toDouble()))
        return Verdict::Expired;
    if (payload->value(QStringLiteral("org")).toString() != organisationId)
        return Verdict::WrongOrganisation;
    return Verdict::Valid;
}

} // namespace keydesk
