#include "CliOutput.h"

#include "CreatedKey.h"
#include "OutputStream.h"
#include "UntrustedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

// One UTF-16 unit of JSON text that must become a \u escape. The writer has already
// escaped '"', '\\' and every C0 control inside strings, so a backslash here is part of
// one of its escapes and a line feed is the indentation between values.
bool needsJsonEscape(QStringView text, qsizetype i)
{
    const QChar unit = text.at(i);
    if (unit == u'\\' || unit == u'\n')
        return false;
    if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return false;
    if (unit.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
        return false;
    return !UntrustedText::isDisplaySafe(text.mid(i, 1));
}

// Qt's JSON writer escapes C0 controls, '"' and '\\', but writes DEL, the C1 controls
// (U+009B is a CSI to many terminals) and bidi overrides as they are. Written as \u
// escapes they mean the same to every JSON reader and nothing to a terminal.
QByteArray terminalSafe(const QByteArray &json)
{
    QString text = QString::fromUtf8(json);
    qsizetype escapes = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        escapes += needsJsonEscape(text, i) ? 1 : 0;
    if (escapes == 0) {
        wipeSecret(text);
        return json;
    }
    QString safe;
    safe.reserve(text.size() + 5 * escapes); // no reallocation leaves a copy behind
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (needsJsonEscape(text, i))
            safe += QStringLiteral("\\u%1").arg(uint(text.at(i).unicode()), 4, 16, QLatin1Char('0'));
        else
            safe += text.at(i);
    }
    QByteArray result = safe.toUtf8();
    wipeSecret(text);
    wipeSecret(safe);
    return result;
}

} // namespace

CliOutput::CliOutput(OutputStream *out, OutputStream *err)
    : m_out(out)
    , m_err(err)
{
}

CliOutput::~CliOutput()
{
    for (QString &secret : m_knownSecrets)
        wipeSecret(secret);
}

QString CliOutput::singleLine(QString text)
{
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    return text.trimmed();
}

bool CliOutput::printResult(const QString &text)
{
    return m_out->write(text);
}

bool CliOutput::printJson(const QJsonValue &value)
{
    return m_out->write(toJson(value));
}

QByteArray CliOutput::toJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    QByteArray json = document.toJson(QJsonDocument::Indented);
    QByteArray safe = terminalSafe(json);
    if (safe.constData() != json.constData())
        json.fill('\0'); // it may hold a new key
    return safe;
}

bool CliOutput::printSecretResult(QByteArray &bytes)
{
    const bool written = m_out->write(bytes);
    bytes.fill('\0');
    return written;
}

bool CliOutput::resultFailed() const
{
    return m_out->failed();
}

QString CliOutput::resultError() const
{
    return m_out->errorString();
}

void CliOutput::printInfo(const QString &text)
{
    m_err->write(redacted(text) + u'\n');
}

void CliOutput::printWarning(const QString &text)
{
    m_err->write(u"keydesk-cli: "_s + tr("warning: ") + redacted(singleLine(text)) + u'\n');
}

void CliOutput::printError(const QString &text)
{
    m_err->write(u"keydesk-cli: "_s + tr("error: ") + redacted(singleLine(text)) + u'\n');
}

void CliOutput::printPrompt(const QString &text)
{
    m_err->write(text);
}

// Belt and braces: whatever a server or backend puts into a message, a secret this
// process knows never reaches stderr.
QString CliOutput::redacted(QString text) const
{
    for (const QString &secret : m_knownSecrets)
        text.replace(secret, tr("[redacted]"));
    return text;
}

void CliOutput::rememberSecret(const QString &secret)
{
    if (secret.size() >= 8 && !m_knownSecrets.contains(secret))
        m_knownSecrets.append(secret);
}

QJsonValue CliOutput::textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace keydesk
