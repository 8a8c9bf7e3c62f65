// parseTimestamp(): every createdAt/expiresAt/lastUsedAt a server sends.
#include "FuzzCheck.h"

#include "DialectCodec.h"

#include <QDateTime>
#include <QString>

using namespace keydesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const QDateTime when = parseTimestamp(text);
    if (when.isNull())
        return 0;
    KEYDESK_FUZZ_CHECK(when.isValid() && when.timeSpec() == Qt::UTC);
    // The CLI's JSON and the profile files write timestamps out like this; what we
    // accepted must come back as the same instant.
    KEYDESK_FUZZ_CHECK(parseTimestamp(when.toString(Qt::ISODateWithMs)) == when);
    return 0;
}
