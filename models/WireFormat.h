#pragma once

#include "ApiKey.h"
#include "CreatedKey.h"
#include "Decoded.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
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
    // A string; nullopt when absent or null, or (with a problem) not a string.
    std::optional<QString> presentString(QLatin1String field);

    QJsonObject m_object;
    QString m_where;
    QString m_problem;
};

// `collectionPath/<id as one segment>`; empty when the id cannot name one key.
QString itemPath(const QString &collectionPath, const QString &id);

// The three timestamps both dialects' key records name alike: createdAt, expiresAt,
// lastUsedAt (in that order, so the first problem is the same as field by field).
void readTimestamps(RecordReader &reader, ApiKey &key);

// An array of key records, each read by `readRecord`; the first problem of any of them
// refuses the whole list. `arrayWhere` names the array in problems ("data"; empty for
// the top level).
Decoded<QList<ApiKey>> readRecords(const QJsonArray &array, const QString &arrayWhere,
                                   ApiKey (*readRecord)(RecordReader &));

// A create response: the record read by `readRecord`, then the one-time secret `key`.
Decoded<CreatedKey> readCreated(RecordReader &reader, ApiKey (*readRecord)(RecordReader &));

// "Alice Smith <alice@example.com>"; any part may be missing.
QString formatPerson(const QString &firstName, const QString &lastName, const QString &email);

} // namespace keydesk::wire
