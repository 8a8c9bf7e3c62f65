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

// Code points, not UTF-16 units: an emoji is a surrogate pair, printable only as a pair;
// a lone surrogate is not text.
bool isPrintableText(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text.at(i);
        char32_t codePoint = unit.unicode();
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            codePoint = QChar::surrogateToUcs4(unit, text.at(++i));
        else if (unit.isSurrogate())
            return false;
        if (!QChar::isPrint(codePoint) && codePoint != u'\t')
            return false;
    }
    return true;
}

// A JSON text as one line for the error banner and the CLI's one stderr line: line breaks
// become spaces; a text with other control characters (a terminal escape such as ESC [2J,
// which could clear or rewrite the user's terminal) is dropped like such a plain-text body.
QString displayableLine(const QString &text)
{
    const QString line = text.simplified();
    return isPrintableText(line) ? line : QString();
}

QString messageFromJson(const QJsonObject &object)
{
    const QJsonValue message = object.value(QLatin1String("message"));
    if (message.isString()) {
        const QString line = displayableLine(message.toString());
        if (!line.isEmpty())
            return line;
    }
    if (message.isArray()) {
        // Validation errors (e.g. NestJS's class-validator) come as a list of sentences.
        QStringList parts;
        for (const QJsonValue &part : message.toArray()) {
            const QString line = displayableLine(part.toString());
            if (!line.isEmpty())
                parts.append(line);
        }
        if (!parts.isEmpty())
            return parts.join(QStringLiteral("; "));
    }
    const QJsonValue error = object.value(QLatin1String("error"));
    if (error.isString())
        return displayableLine(error.toString());
    if (error.isObject())
        return messageFromJson(error.toObject());
    return {};
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
    if (firstLine.size() > maxPlainTextMessageLength) {
        qsizetype cut = maxPlainTextMessageLength - 1;
        if (firstLine.at(cut - 1).isHighSurrogate())
            --cut; // never half of a surrogate pair
        firstLine = firstLine.left(cut) + QChar(0x2026);
    }
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
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})"                                // date
                       "(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?" // time, fraction
                       "([Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?$"));                      // offset
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
    const QDateTime utc = QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
    // An offset can carry 9999-12-31 or 0001-01-01 beyond the four-digit years, which
    // ISO 8601 output (the CLI's JSON) cannot write back: no server means such a date.
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return {};
    return utc;
}

} // namespace keydesk
