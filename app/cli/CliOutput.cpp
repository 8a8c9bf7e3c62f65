#include "CliOutput.h"

#include "CreatedKey.h"
#include "OutputStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace keydesk {

CliOutput::CliOutput(OutputStream *out, OutputStream *err)
    : m_out(out), m_err(err)
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
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return m_out->write(document.toJson(QJsonDocument::Indented));
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

} // namespace keydesk
