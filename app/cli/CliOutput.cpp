#include "CliOutput.h"

#include "CreatedKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace keydesk {

CliOutput::CliOutput(QTextStream *out, QTextStream *err)
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

void CliOutput::printResult(const QString &text)
{
    *m_out << text;
    m_out->flush();
}

void CliOutput::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    printResult(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

void CliOutput::printInfo(const QString &text)
{
    *m_err << redacted(text) << u'\n';
    m_err->flush();
}

void CliOutput::printWarning(const QString &text)
{
    *m_err << u"keydesk-cli: "_s << tr("warning: ") << redacted(singleLine(text)) << u'\n';
    m_err->flush();
}

void CliOutput::printError(const QString &text)
{
    *m_err << u"keydesk-cli: "_s << tr("error: ") << redacted(singleLine(text)) << u'\n';
    m_err->flush();
}

void CliOutput::printPrompt(const QString &text)
{
    *m_err << text;
    m_err->flush();
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
