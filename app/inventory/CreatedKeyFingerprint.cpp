#include "CreatedKeyFingerprint.h"

#include "KeyFormat.h"

#include <QCryptographicHash>

namespace keydesk {

CreatedKeyFingerprint CreatedKeyFingerprint::of(QStringView secret)
{
    CreatedKeyFingerprint result;
    result.fingerprint = fingerprintOf(secret);
    result.maskedIdentifier = KeyFormat::maskedIdentifier(secret);
    result.lastFour = secret.right(4).toString();
    return result;
}

QString CreatedKeyFingerprint::fingerprintOf(QStringView secret)
{
    QByteArray utf8 = secret.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256);
    utf8.fill('\0'); // our private copy of the secret: do not leave it on the heap
    return QString::fromLatin1(digest.toHex());
}

bool CreatedKeyFingerprint::isValid() const
{
    const bool hex = fingerprint.size() == 64 && std::all_of(fingerprint.cbegin(), fingerprint.cend(), [](QChar c) {
                         return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
                     });
    return hex && lastFour.size() <= 4 && !keyId.isEmpty() && createdAt.isValid();
}

} // namespace keydesk
