#include "DisplayPath.h"

namespace keydesk {

namespace {

void appendEscaped(QString &out, unsigned char byte)
{
    out += QStringLiteral("\\x") + QString::number(byte, 16).rightJustified(2, u'0');
}

// The length of the valid UTF-8 sequence at `i`, 0 when it is not one.
qsizetype utf8SequenceAt(const QByteArray &bytes, qsizetype i)
{
    const auto lead = static_cast<unsigned char>(bytes[i]);
    qsizetype length = 0;
    if (lead >= 0xc2 && lead <= 0xdf)
        length = 2;
    else if (lead >= 0xe0 && lead <= 0xef)
        length = 3;
    else if (lead >= 0xf0 && lead <= 0xf4)
        length = 4;
    else
        return 0;
    if (i + length > bytes.size())
        return 0;
    for (qsizetype k = 1; k < length; ++k) {
        if ((static_cast<unsigned char>(bytes[i + k]) & 0xc0) != 0x80)
            return 0;
    }
    // Overlong forms and surrogates are not valid UTF-8.
    const QString decoded = QString::fromUtf8(bytes.constData() + i, length);
    return decoded.contains(QChar::ReplacementCharacter) ? 0 : length;
}

} // namespace

QString DisplayPath::of(const QByteArray &path)
{
    QString out;
    out.reserve(path.size());
    for (qsizetype i = 0; i < path.size();) {
        const auto byte = static_cast<unsigned char>(path[i]);
        if (byte < 0x80) {
            if (byte < 0x20 || byte == 0x7f || byte == '\\')
                appendEscaped(out, byte);
            else
                out += QLatin1Char(char(byte));
            ++i;
            continue;
        }
        const qsizetype length = utf8SequenceAt(path, i);
        if (length == 0) {
            appendEscaped(out, byte);
            ++i;
            continue;
        }
        out += QString::fromUtf8(path.constData() + i, length);
        i += length;
    }
    return out;
}

} // namespace keydesk
