// readJwtClaims(): the LeadHQL session token a user pastes into a profile.
#include "FuzzCheck.h"

#include "JwtReader.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QString>

using namespace keydesk;

namespace {

QByteArray jwsSegment(const QByteArray &json)
{
    return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void checkDate(const QDateTime &when, bool isJwt)
{
    KEYDESK_FUZZ_CHECK(when.isNull() || (isJwt && when.isValid() && when.timeSpec() == Qt::UTC));
}

bool isJsonObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError && document.isObject();
}

} // namespace

// The first byte picks the form of the rest. Even: the bytes are the token (UTF-8).
// Odd: they are the header and payload JSON, split at the first newline, each encoded as
// a JWS segment, so that mutations reach the claims and not only the base64 checks.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);
    const bool structured = data[0] % 2 == 1;

    QString token;
    QByteArray header = R"({"alg":"HS256","typ":"JWT"})";
    QByteArray payload = rest;
    if (structured) {
        const qsizetype newline = rest.indexOf('\n');
        if (newline >= 0) {
            header = rest.left(newline);
            payload = rest.mid(newline + 1);
        }
        token = QString::fromLatin1(jwsSegment(header) + '.' + jwsSegment(payload) + ".c2lnbmF0dXJl");
    } else {
        token = QString::fromUtf8(rest);
    }

    const JwtClaims claims = readJwtClaims(token);
    checkDate(claims.expiresAt, claims.isJwt);
    checkDate(claims.issuedAt, claims.isJwt);
    KEYDESK_FUZZ_CHECK(claims.isJwt || claims.subject.isEmpty());
    if (claims.isJwt)
        KEYDESK_FUZZ_CHECK(token.trimmed().count(u'.') == 2);
    if (structured)
        KEYDESK_FUZZ_CHECK(claims.isJwt == (isJsonObject(header) && isJsonObject(payload)));
    return 0;
}
