#include "InventoryExporter.h"

#include "NormalisedJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace keydesk {

namespace {

QString timestamp(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// A cell a spreadsheet would evaluate ("=HYPERLINK(…)", "+1", "@SUM") is kept as text.
QString defused(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return u'\'' + text;
    return text;
}

QByteArray csvField(const QString &text)
{
    QString field = text;
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')) {
        field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        field = u'"' + field + u'"';
    }
    return field.toUtf8();
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(fields.at(i));
    }
    return line + "\r\n";
}

} // namespace

QByteArray InventoryExporter::csvHeader()
{
    return "organisation,dialect,id,name,keyPrefix,status,createdAt,expiresAt,lastUsedAt,usageCount,createdBy,"
           "firstSeenAt,lastSeenAt\r\n";
}

QByteArray InventoryExporter::toCsv(const QList<InventoryKey> &rows, const QDateTime &now)
{
    QByteArray out = csvHeader();
    for (const InventoryKey &row : rows) {
        const ApiKey &key = row.key;
        out += csvLine({defused(row.organisation), dialectId(row.dialect), defused(key.id), defused(key.name),
                        defused(key.keyPrefix), keyStatusId(key.status(now)), timestamp(key.createdAt),
                        timestamp(key.expiresAt), timestamp(key.lastUsedAt),
                        key.usageCount ? QString::number(*key.usageCount) : QString(), defused(key.createdBy),
                        timestamp(row.firstSeenAt), timestamp(row.lastSeenAt)});
    }
    return out;
}

QByteArray InventoryExporter::toJson(const QList<InventoryKey> &rows, const QDateTime &now)
{
    QJsonArray array;
    for (const InventoryKey &row : rows) {
        QJsonObject object = toNormalisedJson(row.key, now);
        object.insert(QStringLiteral("organisation"), row.organisation);
        object.insert(QStringLiteral("dialect"), dialectId(row.dialect));
        for (const auto &[name, when] :
             {std::pair{QStringLiteral("firstSeenAt"), row.firstSeenAt},
              std::pair{QStringLiteral("lastSeenAt"), row.lastSeenAt}, std::pair{QStringLiteral("goneAt"), row.goneAt}})
            object.insert(name, when.isValid() ? QJsonValue(timestamp(when)) : QJsonValue(QJsonValue::Null));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray InventoryExporter::serialise(Format format, const QList<InventoryKey> &rows, const QDateTime &now)
{
    return format == Format::Csv ? toCsv(rows, now) : toJson(rows, now);
}

} // namespace keydesk
