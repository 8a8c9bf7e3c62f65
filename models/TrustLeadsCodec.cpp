#include "TrustLeadsCodec.h"

#include "WireFormat.h"

namespace keydesk {

namespace {

// Callers consult DialectTraits::managesKeys first; this only guards against a caller
// that did not.
template <typename T>
Decoded<T> undocumented()
{
    return Decoded<T>::malformed(QStringLiteral("Trust Leads documents no key-management endpoints"));
}

} // namespace

Dialect TrustLeadsCodec::dialect() const
{
    return Dialect::TrustLeads;
}

QString TrustLeadsCodec::listPath() const
{
    return {};
}

QString TrustLeadsCodec::createPath() const
{
    return {};
}

QString TrustLeadsCodec::revokePath(const QString &) const
{
    return {};
}

QString TrustLeadsCodec::verifyPath() const
{
    return QStringLiteral("/v1/usage");
}

QByteArray TrustLeadsCodec::encodeCreate(const CreateKeyRequest &, const QDateTime &) const
{
    return {};
}

Decoded<QList<ApiKey>> TrustLeadsCodec::decodeList(const QByteArray &) const
{
    return undocumented<QList<ApiKey>>();
}

Decoded<CreatedKey> TrustLeadsCodec::decodeCreate(const QByteArray &) const
{
    return undocumented<CreatedKey>();
}

Decoded<bool> TrustLeadsCodec::decodeRevoke(const QByteArray &) const
{
    return undocumented<bool>();
}

Decoded<bool> TrustLeadsCodec::decodeVerify(const QByteArray &body) const
{
    // The usage endpoint's fields are not documented: any JSON object is an answer.
    const Decoded<QJsonDocument> document = wire::parseJson(body);
    if (!document)
        return Decoded<bool>::malformed(document.problem);
    return Decoded<bool>::ok(document.value->isObject());
}

} // namespace keydesk
