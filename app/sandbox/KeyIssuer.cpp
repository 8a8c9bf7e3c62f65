#include "KeyIssuer.h"

#include "KeyFormat.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

namespace keydesk {

namespace {

constexpr QStringView alphanumerics = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr QStringView lowerHex = u"0123456789abcdef";
constexpr QStringView lowerBase36 = u"0123456789abcdefghijklmnopqrstuvwxyz";

} // namespace

IssuedKey KeyIssuer::issue(Dialect dialect, const QString &name, const QString &userId, const QDateTime &createdAt,
                           const QDateTime &expiresAt)
{
    IssuedKey issued;
    issued.secret = generateSecret(dialect);
    StoredKey &record = issued.record;
    record.id = newKeyId(dialect);
    record.name = name;
    record.sha256Hex = sha256Hex(issued.secret);
    record.visibleIdentifier = visibleIdentifier(dialect, issued.secret);
    record.userId = userId;
    record.createdAt = createdAt.toUTC();
    record.expiresAt = expiresAt.isValid() ? expiresAt.toUTC() : QDateTime();
    return issued;
}

QString KeyIssuer::generateSecret(Dialect dialect)
{
    switch (dialect) {
    case Dialect::LeadHql:
        return QStringLiteral("leadhql_pk_") + randomString(leadHqlRandomLength, alphanumerics);
    case Dialect::LocalLeads:
        return QStringLiteral("ll_") + randomString(localLeadsHexLength, lowerHex);
    case Dialect::TrustLeads:
        return QStringLiteral("lfk_sk_") + randomString(trustLeadsRandomLength, alphanumerics);
    }
    Q_UNREACHABLE();
}

QByteArray KeyIssuer::sha256Hex(QStringView secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString KeyIssuer::visibleIdentifier(Dialect dialect, QStringView secret)
{
    if (dialect == Dialect::LocalLeads)
        return KeyFormat::localLeadsPrefix(secret);
    return KeyFormat::maskedIdentifier(secret);
}

QString KeyIssuer::newKeyId(Dialect dialect)
{
    return dialect == Dialect::LocalLeads ? newCuid() : newUuid();
}

QString KeyIssuer::newCuid()
{
    // cuid-style ids as in the documented example "cm9key001": "cm" + 23 base-36 chars.
    return QStringLiteral("cm") + randomString(23, lowerBase36);
}

QString KeyIssuer::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray KeyIssuer::randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (char &byte : bytes)
        byte = static_cast<char>(generator->bounded(256));
    return bytes;
}

QString KeyIssuer::randomString(int length, QStringView alphabet)
{
    QString result;
    result.reserve(length);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        result.append(alphabet.at(generator->bounded(static_cast<int>(alphabet.size()))));
    return result;
}

} // namespace keydesk
