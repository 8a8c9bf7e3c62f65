#include "LeadHqlCodec.h"

#include "KeyFormat.h"
#include "WireFormat.h"

#include <QJsonArray>

namespace keydesk {

namespace {

const QString apiKeysPath = QStringLiteral("/api-keys");

// A LeadHQL key record, from the list or the create response.
ApiKey readRecord(wire::RecordReader &reader)
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
    key.createdAt = reader.optionalTimestamp(QLatin1String("createdAt"));
    key.expiresAt = reader.optionalTimestamp(QLatin1String("expiresAt"));
    key.lastUsedAt = reader.optionalTimestamp(QLatin1String("lastUsedAt"));
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
    return apiKeysPath;
}

QString LeadHqlCodec::createPath() const
{
    return apiKeysPath;
}

QString LeadHqlCodec::revokePath(const QString &id) const
{
    const QString segment = wire::pathSegment(id);
    if (segment.isEmpty())
        return {};
    return apiKeysPath + u'/' + segment;
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

    const QJsonArray array = document.value->array();
    QList<ApiKey> keys;
    keys.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject())
            return Decoded<QList<ApiKey>>::malformed(where + QStringLiteral(" is not an object"));
        wire::RecordReader reader(array.at(i).toObject(), where);
        ApiKey key = readRecord(reader);
        if (reader.failed())
            return Decoded<QList<ApiKey>>::malformed(reader.problem());
        keys.append(std::move(key));
    }
    return Decoded<QList<ApiKey>>::ok(std::move(keys));
}

Decoded<CreatedKey> LeadHqlCodec::decodeCreate(const QByteArray &body) const
{
    const Decoded<QJsonObject> object = wire::parseJsonObject(body);
    if (!object)
        return Decoded<CreatedKey>::malformed(object.problem);
    wire::RecordReader reader(*object.value, {});
    CreatedKey created;
    created.record = readRecord(reader);
    created.secret = reader.requiredString(QLatin1String("key"));
    if (reader.failed())
        return Decoded<CreatedKey>::malformed(reader.problem());
    // LeadHQL reports no visible identifier; derive the documented mask from the secret.
    created.record.keyPrefix = KeyFormat::maskedIdentifier(created.secret);
    return Decoded<CreatedKey>::ok(std::move(created));
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
