#pragma once

#include "ApiKey.h"
#include "Decoded.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>

#include <optional>

// Building blocks shared by the dialect codecs; not part of the models' public contract.
namespace keydesk::wire {

// The body as a JSON document, or why it is not one ("empty body", "not JSON: …").
Decoded<QJsonDocument> parseJson(const QByteArray &body);

// The body as a JSON object, or why it is not one.
Decoded<QJsonObject> parseJsonObject(const QByteArray &body);

// `{"success": true|false}` as returned by both dialects' revoke endpoints.
Decoded<bool> decodeSuccessFlag(const QByteArray &body);

// The `data` member of a LocalLeads `{success:true, data:…}` envelope.
Decoded<QJsonValue> unwrapEnvelope(const QByteArray &body);

// An id as one percent-encoded path segment; empty for "", "." and "..", which cannot
// name one key.
QString pathSegment(const QString &id);

// Reads the fields of one JSON object, remembering the first problem. `where` names the
// object in problems ("data[2]", "data.user"); empty for the top-level object.
class RecordReader final {
public:
    RecordReader(QJsonObject object, QString where);

    // A non-empty string.
    QString requiredString(QLatin1String field);
    // A string; empty when absent or null.
    QString optionalString(QLatin1String field);
    // An ISO 8601 timestamp; null when absent or null.
    QDateTime optionalTimestamp(QLatin1String field);
    // A non-negative whole number; nullopt when absent or null.
    std::optional<qint64> optionalCount(QLatin1String field);
    // A nested object; nullopt when absent or null.
    std::optional<QJsonObject> optionalObject(QLatin1String field);

    QString childWhere(QLatin1String field) const;
    bool failed() const { return !m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    void fail(QLatin1String field, const QString &what);
    // Takes over the first problem of a reader of a nested object.
    void adoptProblem(const RecordReader &nested);

private:
    // The field's value; Undefined for both absent and null.
    QJsonValue present(QLatin1String field) const;

    QJsonObject m_object;
    QString m_where;
    QString m_problem;
};

// "Alice Smith <alice@example.com>"; any part may be missing.
QString formatPerson(const QString &firstName, const QString &lastName, const QString &email);

} // namespace keydesk::wire
