// decodeErrorMessage(): the body of any non-2xx response, in any dialect, or from a proxy.
#include "FuzzCheck.h"

#include "DialectCodec.h"

#include <QChar>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QString>

using namespace keydesk;

namespace {

// The message goes into an error banner and into the CLI's one stderr line: a single
// line of printable text (a hostile server must not move the cursor, clear the
// terminal or fake a second line), with whole surrogate pairs.
bool isOneLineOfText(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (!QChar::isPrint(QChar::surrogateToUcs4(c, text.at(i + 1))))
                return false;
            ++i;
            continue;
        }
        if (c.isSurrogate() || (!c.isPrint() && c != u'\t'))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const QString message = decodeErrorMessage(body);

    KEYDESK_FUZZ_CHECK(isOneLineOfText(message));
    KEYDESK_FUZZ_CHECK(message == message.trimmed());

    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        // Plain text: the first line, cut to 200 characters.
        KEYDESK_FUZZ_CHECK(message.size() <= 200);
    }
    return 0;
}
