#include "LeadHqlCodec.h"

#include "KeyFormat.h"
#include "WireFormat.h"

#include <QJsonArray>

namespace keydesk {

namespace {

const QString leadHqlKeysPath = QStringLiteral("/api-keys");

// A LeadHQL key record, from the list or the create response.
ApiKey readLeadHqlRecord(wire::RecordReader &reader)
{
    ApiKey key;
    key.id = reader.requiredString(QLatin1String("id"));
    key.name = reader.optionalString(QLatin1String("name"));
    // A status we do not know is refused rather than guessed: showing a key that the
    // server considers e.g. "suspended" or "pending" as Active or Revoked would be a
    // wrong statement about a credential. An absent status means nothing was said
    // against the key (the documented examples always send one).
    const QString status = reader.optionalString(QLatin1String("status"));
    if (status.compare(u"revoked", Qt::CaseInsensitive) == 0)
        key.revoked = true;
    else if (!status.isEmpty() && status.compare(u"active", Qt::CaseInsensitive) != 0)
        reader.fail(QLatin1String("status"), QStringLiteral("has the unknown value '%1'").arg(status.left(40)));
    wire::readTimestamps(reader, key);
    key.usageCount = reader.optionalCount(QLatin1String("usageCount"));
    return key;
}

} // namespace

Dialect LeadHqlCodec::dialect() const
{
    return Dialect::LeadHql;
}

QString LeadHqlCodec::listPath() const
{
    return leadHqlKeysPath;
}

QString LeadHqlCodec::createPath() const
{
    return leadHqlKeysPath;
}

QString LeadHqlCodec::revokePath(const QString &id) const
{
    return wire::itemPath(leadHqlKeysPath, id);
}

QString LeadHqlCodec::verifyPath() const
{
    return QStringLiteral("/properties/stats/counts");
}

QByteArray LeadHqlCodec::encodeCreate(const CreateKeyRequest &request, const QDateTime &now) const
{
    QJsonObject body;
    body.insert(QLatin1String("name"), request.name);
    // The server counts whole days from its own now; a chosen date becomes the days
    // until it begins, rounded up.
    if (request.expiry.kind != Expiry::Kind::Never)
        body.insert(QLatin1String("expiresInDays"), request.expiry.wholeDaysFrom(now));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Decoded<QList<ApiKey>> LeadHqlCodec::decodeList(const QByteArray &body) const
{
    const Decoded<QJsonDocument> document = wire::parseJson(body);
    if (!document)
        return Decoded<QList<ApiKey>>::malformed(document.problem);
    if (!document.value->isArray())
        return Decoded<QList<ApiKey>>::malformed(QStringLiteral("the body is not a JSON array"));

    return wire::readRecords(document.value->array(), QString(), readLeadHqlRecord);
}

Decoded<CreatedKey> LeadHqlCodec::decodeCreate(const QByteArray &body) const
{
    const Decoded<QJsonObject> object = wire::parseJsonObject(body);
    if (!object)
        return Decoded<CreatedKey>::malformed(object.problem);
    wire::RecordReader reader(*object.value, {});
    Decoded<CreatedKey> created = wire::readCreated(reader, readLeadHqlRecord);
    if (!created)
        return created;
    // LeadHQL reports no visible identifier; derive the documented mask from the secret.
    created.value->record.keyPrefix = KeyFormat::maskedIdentifier(created.value->secret);
    return created;
}

Decoded<bool> LeadHqlCodec::decodeRevoke(const QByteArray &body) const
{
    return wire::decodeSuccessFlag(body);
}

Decoded<bool> LeadHqlCodec::decodeVerify(const QByteArray &body) const
{
    // The stats endpoint's shape is not documented: any JSON document is an answer.
    const Decoded<QJsonDocument> document = wire::parseJson(body);
    if (!document)
        return Decoded<bool>::malformed(document.problem);
    return Decoded<bool>::ok(document.value->isObject() || document.value->isArray());
}

} // namespace keydesk
