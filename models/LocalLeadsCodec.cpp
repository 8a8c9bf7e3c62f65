#include "LocalLeadsCodec.h"

#include "KeyFormat.h"
#include "WireFormat.h"

#include <QJsonArray>

namespace keydesk {

namespace {

const QString localLeadsKeysPath = QStringLiteral("/api/v1/api-keys");

// A LocalLeads key record, from the list or the create response. The list holds
// active keys only, so `revoked` stays false.
ApiKey readLocalLeadsRecord(wire::RecordReader &reader)
{
    ApiKey key;
    key.id = reader.requiredString(QLatin1String("id"));
    key.name = reader.optionalString(QLatin1String("name"));
    key.keyPrefix = reader.optionalString(QLatin1String("keyPrefix"));
    wire::readTimestamps(reader, key);
    if (const std::optional<QJsonObject> user = reader.optionalObject(QLatin1String("user"))) {
        wire::RecordReader userReader(*user, reader.childWhere(QLatin1String("user")));
        const QString firstName = userReader.optionalString(QLatin1String("firstName"));
        const QString lastName = userReader.optionalString(QLatin1String("lastName"));
        const QString email = userReader.optionalString(QLatin1String("email"));
        reader.adoptProblem(userReader);
        key.createdBy = wire::formatPerson(firstName, lastName, email);
    }
    return key;
}

} // namespace

Dialect LocalLeadsCodec::dialect() const
{
    return Dialect::LocalLeads;
}

QString LocalLeadsCodec::listPath() const
{
    return localLeadsKeysPath;
}

QString LocalLeadsCodec::createPath() const
{
    return localLeadsKeysPath;
}

QString LocalLeadsCodec::revokePath(const QString &id) const
{
    return wire::itemPath(localLeadsKeysPath, id);
}

QString LocalLeadsCodec::verifyPath() const
{
    return QStringLiteral("/api/v1/credits/balance");
}

QByteArray LocalLeadsCodec::encodeCreate(const CreateKeyRequest &request, const QDateTime &now) const
{
    QJsonObject body;
    // The server names an unnamed key "API Key"; leaving the field out lets it do so.
    if (!request.name.isEmpty())
        body.insert(QLatin1String("name"), request.name);
    // The instant, not a bare date: the server reads "YYYY-MM-DD" as midnight UTC, which
    // is a different moment (even a past one) in most time zones.
    const QDateTime expiresAt = request.expiry.instant(now);
    if (expiresAt.isValid())
        body.insert(QLatin1String("expiresAt"), expiresAt.toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Decoded<QList<ApiKey>> LocalLeadsCodec::decodeList(const QByteArray &body) const
{
    const Decoded<QJsonValue> data = wire::unwrapEnvelope(body);
    if (!data)
        return Decoded<QList<ApiKey>>::malformed(data.problem);
    if (!data.value->isArray())
        return Decoded<QList<ApiKey>>::malformed(QStringLiteral("field 'data' is not an array"));

    return wire::readRecords(data.value->toArray(), QStringLiteral("data"), readLocalLeadsRecord);
}

Decoded<CreatedKey> LocalLeadsCodec::decodeCreate(const QByteArray &body) const
{
    const Decoded<QJsonValue> data = wire::unwrapEnvelope(body);
    if (!data)
        return Decoded<CreatedKey>::malformed(data.problem);
    if (!data.value->isObject())
        return Decoded<CreatedKey>::malformed(QStringLiteral("field 'data' is not an object"));
    wire::RecordReader reader(data.value->toObject(), QStringLiteral("data"));
    Decoded<CreatedKey> created = wire::readCreated(reader, readLocalLeadsRecord);
    if (!created)
        return created;
    if (created.value->record.keyPrefix.isEmpty())
        created.value->record.keyPrefix = KeyFormat::localLeadsPrefix(created.value->secret);
    return created;
}

Decoded<bool> LocalLeadsCodec::decodeRevoke(const QByteArray &body) const
{
    return wire::decodeSuccessFlag(body);
}

Decoded<bool> LocalLeadsCodec::decodeVerify(const QByteArray &body) const
{
    // The balance endpoint answers in the usual envelope with an object as `data`.
    const Decoded<QJsonObject> object = wire::parseJsonObject(body);
    if (!object)
        return Decoded<bool>::malformed(object.problem);
    const bool documented = object.value->value(QLatin1String("success")).toBool(false)
                            && object.value->value(QLatin1String("data")).isObject();
    return Decoded<bool>::ok(documented);
}

} // namespace keydesk
