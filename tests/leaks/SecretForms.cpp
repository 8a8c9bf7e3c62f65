#include "SecretForms.h"

#include <QDirIterator>
#include <QFile>
#include <QUrl>

namespace keydesk::test {

namespace {

QByteArray utf16(const QByteArray &utf8, bool bigEndian)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray bytes;
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8), low = char(c.unicode() & 0xff);
        bytes += bigEndian ? QByteArray{1, high} + low : QByteArray{1, low} + high;
    }
    return bytes;
}

QByteArray percentEverything(const QByteArray &secret, bool upper)
{
    QByteArray encoded;
    for (const char byte : secret)
        encoded += '%' + (upper ? QByteArray(1, byte).toHex().toUpper() : QByteArray(1, byte).toHex());
    return encoded;
}

} // namespace

QList<SecretForm> formsOf(const QByteArray &secret)
{
    QList<SecretForm> forms{
        {QStringLiteral("plain"), secret},
        {QStringLiteral("UTF-16LE"), utf16(secret, false)},
        {QStringLiteral("UTF-16BE"), utf16(secret, true)},
        {QStringLiteral("base64"), secret.toBase64()},
        {QStringLiteral("base64, no padding"), secret.toBase64(QByteArray::OmitTrailingEquals)},
        {QStringLiteral("base64url"), secret.toBase64(QByteArray::Base64UrlEncoding)},
        {QStringLiteral("base64url, no padding"),
         secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
        {QStringLiteral("percent-encoded"), QUrl::toPercentEncoding(QString::fromUtf8(secret))},
        {QStringLiteral("percent-encoded (every byte, upper)"), percentEverything(secret, true)},
        {QStringLiteral("percent-encoded (every byte, lower)"), percentEverything(secret, false)},
        {QStringLiteral("hex"), secret.toHex()},
        {QStringLiteral("hex (upper)"), secret.toHex().toUpper()},
    };
    // Inside a longer base64 text the secret starts at any byte alignment: for each,
    // the complete 4-character groups that depend on the secret's bytes only.
    for (int skip = 1; skip <= 2; ++skip) {
        const QByteArray tail = secret.mid(skip);
        const qsizetype groups = tail.size() / 3;
        forms.append({QStringLiteral("base64 (offset %1)").arg(skip), tail.left(groups * 3).toBase64()});
        forms.append({QStringLiteral("base64url (offset %1)").arg(skip),
                      tail.left(groups * 3).toBase64(QByteArray::Base64UrlEncoding)});
    }
    // Identical encodings (percent-encoding of a plain ASCII key is the key) once.
    QList<SecretForm> unique;
    for (const SecretForm &form : forms) {
        const bool seen = std::any_of(unique.cbegin(), unique.cend(),
                                      [&form](const SecretForm &other) { return other.bytes == form.bytes; });
        if (!seen && form.bytes.size() >= 8)
            unique.append(form);
    }
    return unique;
}

void LeakSearch::addSecret(const QString &label, const QByteArray &value)
{
    m_secrets.append({label, value, formsOf(value)});
}

void LeakSearch::search(const QString &where, const QByteArray &data)
{
    ++m_searched;
    for (const KnownSecret &secret : std::as_const(m_secrets)) {
        for (const SecretForm &form : secret.forms) {
            if (data.contains(form.bytes))
                m_hits.append(QStringLiteral("%1 as %2 in %3").arg(secret.label, form.form, where));
        }
    }
}

int LeakSearch::searchFiles(const QString &root)
{
    int files = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!it.fileInfo().isFile() || !file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        m_files.append(path);
        search(path, file.readAll());
    }
    return files;
}

} // namespace keydesk::test
