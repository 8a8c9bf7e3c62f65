#include "WireFormat.h"

#include "DialectCodec.h"

#include <QJsonArray>
#include <QJsonParseError>
#include <QUrl>

#include <QStringList>

#include <cmath>

namespace keydesk::wire {

Decoded<QJsonDocument> parseJson(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return Decoded<QJsonDocument>::malformed(QStringLiteral("empty body"));
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Decoded<QJsonDocument>::malformed(QStringLiteral("not JSON: ") + error.errorString());
    return Decoded<QJsonDocument>::ok(std::move(document));
}

Decoded<QJsonObject> parseJsonObject(const QByteArray &body)
{
    const Decoded<QJsonDocument> document = parseJson(body);
    if (!document)
        return Decoded<QJsonObject>::malformed(document.problem);
    if (!document.value->isObject())
        return Decoded<QJsonObject>::malformed(QStringLiteral("the body is not a JSON object"));
    return Decoded<QJsonObject>::ok(document.value->object());
}

Decoded<bool> decodeSuccessFlag(const QByteArray &body)
{
    const Decoded<QJsonObject> object = parseJsonObject(body);
    if (!object)
        return Decoded<bool>::malformed(object.problem);
    const QJsonValue success = object.value->value(QLatin1String("success"));
    if (success.isUndefined())
        return Decoded<bool>::malformed(QStringLiteral("field 'success' is missing"));
    if (!success.isBool())
        return Decoded<bool>::malformed(QStringLiteral("field 'success' is not a boolean"));
    return Decoded<bool>::ok(success.toBool());
}

Decoded<QJsonValue> unwrapEnvelope(const QByteArray &body)
{
    const Decoded<bool> success = decodeSuccessFlag(body);
    if (!success)
        return Decoded<QJsonValue>::malformed(success.problem);
    if (!*success.value)
        return Decoded<QJsonValue>::malformed(QStringLiteral("field 'success' is false"));
    const QJsonValue data = parseJsonObject(body).value->value(QLatin1String("data"));
    if (data.isUndefined() || data.isNull())
        return Decoded<QJsonValue>::malformed(QStringLiteral("field 'data' is missing"));
    return Decoded<QJsonValue>::ok(data);
}

QString pathSegment(const QString &id)
{
    // "." and ".." would address the collection or its parent, whatever the encoding:
    // QUrl decodes %2E back to a dot. No server id looks like that.
    if (id.isEmpty() || id == u"." || id == u"..")
        return {};
    // Everything but the unreserved characters (A-Z a-z 0-9 - . _ ~) is encoded, so
    // '/', '?', '#', '%' and spaces cannot change the path.
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString itemPath(const QString &collectionPath, const QString &id)
{
    const QString segment = pathSegment(id);
    if (segment.isEmpty())
        return {};
    return collectionPath + u'/' + segment;
}

void readTimestamps(RecordReader &reader, ApiKey &key)
{
    key.createdAt = reader.optionalTimestamp(QLatin1String("createdAt"));
    key.expiresAt = reader.optionalTimestamp(QLatin1String("expiresAt"));
    key.lastUsedAt = reader.optionalTimestamp(QLatin1String("lastUsedAt"));
}

Decoded<QList<ApiKey>> readRecords(const QJsonArray &array, const QString &arrayWhere,
                                   ApiKey (*readRecord)(RecordReader &))
{
    QList<ApiKey> keys;
    keys.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = arrayWhere + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject())
            return Decoded<QList<ApiKey>>::malformed(where + QStringLiteral(" is not an object"));
        RecordReader reader(array.at(i).toObject(), where);
        ApiKey key = readRecord(reader);
        if (reader.failed())
            return Decoded<QList<ApiKey>>::malformed(reader.problem());
        keys.append(std::move(key));
    }
    return Decoded<QList<ApiKey>>::ok(std::move(keys));
}

Decoded<CreatedKey> readCreated(RecordReader &reader, ApiKey (*readRecord)(RecordReader &))
{
    CreatedKey created;
    created.record = readRecord(reader);
    created.secret = reader.requiredString(QLatin1String("key"));
    if (reader.failed())
        return Decoded<CreatedKey>::malformed(reader.problem());
    return Decoded<CreatedKey>::ok(std::move(created));
}

RecordReader::RecordReader(QJsonObject object, QString where)
    : m_object(std::move(object))
    , m_where(std::move(where))
{
}

QJsonValue RecordReader::present(QLatin1String field) const
{
    const QJsonValue value = m_object.value(field);
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

void RecordReader::fail(QLatin1String field, const QString &what)
{
    if (failed())
        return;
    const QString message = QStringLiteral("field '") + field + QStringLiteral("' ") + what;
    m_problem = m_where.isEmpty() ? message : m_where + QStringLiteral(": ") + message;
}

void RecordReader::adoptProblem(const RecordReader &nested)
{
    if (!failed())
        m_problem = nested.problem();
}

QString RecordReader::childWhere(QLatin1String field) const
{
    return m_where.isEmpty() ? QString(field) : m_where + u'.' + field;
}

QString RecordReader::requiredString(QLatin1String field)
{
    const QJsonValue value = present(field);
    if (value.isUndefined()) {
        fail(field, QStringLiteral("is missing"));
        return {};
    }
    if (!value.isString()) {
        fail(field, QStringLiteral("is not a string"));
        return {};
    }
    QString text = value.toString(); // once: each call is another copy (of a secret, maybe)
    if (text.isEmpty())
        fail(field, QStringLiteral("is empty"));
    return text;
}

std::optional<QString> RecordReader::presentString(QLatin1String field)
{
    const QJsonValue value = present(field);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString()) {
        fail(field, QStringLiteral("is not a string"));
        return std::nullopt;
    }
    return value.toString();
}

QString RecordReader::optionalString(QLatin1String field)
{
    std::optional<QString> text = presentString(field);
    return text ? std::move(*text) : QString();
}

QDateTime RecordReader::optionalTimestamp(QLatin1String field)
{
    const std::optional<QString> text = presentString(field);
    if (!text)
        return {};
    QDateTime when = parseTimestamp(*text);
    if (!when.isValid())
        fail(field, QStringLiteral("is not an ISO 8601 timestamp"));
    return when;
}

std::optional<qint64> RecordReader::optionalCount(QLatin1String field)
{
    const QJsonValue value = present(field);
    if (value.isUndefined())
        return std::nullopt;
    // JSON numbers arrive as doubles; 2^53 is the largest exactly representable count.
    constexpr double largestExact = 9007199254740992.0;
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || number < 0 || number > largestExact || std::trunc(number) != number) {
        fail(field, QStringLiteral("is not a non-negative whole number"));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<QJsonObject> RecordReader::optionalObject(QLatin1String field)
{
    const QJsonValue value = present(field);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject()) {
        fail(field, QStringLiteral("is not an object"));
        return std::nullopt;
    }
    return value.toObject();
}

QString formatPerson(const QString &firstName, const QString &lastName, const QString &email)
{
    const QString name = QStringList{firstName.trimmed(), lastName.trimmed()}.join(u' ').trimmed();
    const QString address = email.trimmed();
    if (address.isEmpty())
        return name;
    if (name.isEmpty())
        return address;
    return name + QStringLiteral(" <") + address + u'>';
}

} // namespace keydesk::wire
