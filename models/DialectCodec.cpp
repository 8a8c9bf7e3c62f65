#include "DialectCodec.h"

#include "LeadHqlCodec.h"
#include "LocalLeadsCodec.h"
#include "TrustLeadsCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>

namespace keydesk {

std::unique_ptr<DialectCodec> DialectCodec::create(Dialect dialect)
{
    switch (dialect) {
    case Dialect::LeadHql:
        return std::make_unique<LeadHqlCodec>();
    case Dialect::LocalLeads:
        return std::make_unique<LocalLeadsCodec>();
    case Dialect::TrustLeads:
        return std::make_unique<TrustLeadsCodec>();
    }
    return nullptr;
}

namespace {

constexpr qsizetype maxPlainTextMessageLength = 200;

QString messageFromJson(const QJsonObject &object)
{
    const QJsonValue message = object.value(QLatin1String("message"));
    if (message.isString() && !message.toString().trimmed().isEmpty())
        return message.toString().trimmed();
    if (message.isArray()) {
        // Validation errors (e.g. NestJS's class-validator) come as a list of sentences.
        QStringList parts;
        for (const QJsonValue &part : message.toArray()) {
            if (part.isString() && !part.toString().trimmed().isEmpty())
                parts.append(part.toString().trimmed());
        }
        if (!parts.isEmpty())
            return parts.join(QStringLiteral("; "));
    }
    const QJsonValue error = object.value(QLatin1String("error"));
    if (error.isString())
        return error.toString().trimmed();
    if (error.isObject())
        return messageFromJson(error.toObject());
    return {};
}

bool isPrintableText(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isPrint() && c != u'\t')
            return false;
    }
    return true;
}

QString messageFromPlainText(const QByteArray &body)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(body);
    if (decoder.hasError())
        return {};
    const QString trimmed = text.trimmed();
    // A proxy's or server's HTML error page is not a message; the status says more.
    if (trimmed.startsWith(u'<'))
        return {};
    QString firstLine = trimmed.section(u'\n', 0, 0).trimmed();
    if (!isPrintableText(firstLine))
        return {};
    if (firstLine.size() > maxPlainTextMessageLength)
        firstLine = firstLine.left(maxPlainTextMessageLength - 1) + QChar(0x2026);
    return firstLine;
}

} // namespace

QString decodeErrorMessage(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        if (document.isObject())
            return messageFromJson(document.object());
        return {};
    }
    return messageFromPlainText(body);
}

QDateTime parseTimestamp(const QString &text)
{
    // Written out rather than left to QDateTime::fromString, whose ISO parser accepts
    // more than ISO 8601 and reads a timestamp without offset as local time.
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})"                    // date
        "(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?" // time, fraction
        "([Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?$"));          // offset
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const auto number = [&match](int group) { return match.capturedView(group).toInt(); };

    const QDate date(number(1), number(2), number(3));
    if (!date.isValid())
        return {};
    if (!match.hasCaptured(4))
        return QDateTime(date, QTime(0, 0), Qt::UTC); // a bare date: midnight UTC

    const QString fraction = match.captured(7);
    const int milliseconds = fraction.isEmpty() ? 0 : fraction.left(3).leftJustified(3, u'0').toInt();
    const QTime time(number(4), number(5), match.hasCaptured(6) ? number(6) : 0, milliseconds);
    if (!time.isValid())
        return {};

    int offsetSeconds = 0;
    const QStringView zone = match.capturedView(8);
    if (!zone.isEmpty() && zone.compare(u"Z", Qt::CaseInsensitive) != 0) {
        const int hours = zone.mid(1, 2).toInt();
        const QStringView minutesText = zone.right(2);
        const int minutes = zone.size() > 3 ? minutesText.toInt() : 0;
        if (hours > 23 || minutes > 59)
            return {};
        offsetSeconds = (hours * 60 + minutes) * 60 * (zone.startsWith(u'-') ? -1 : 1);
    }
    // No offset at all: servers write UTC, so read it as UTC rather than local time.
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

} // namespace keydesk
