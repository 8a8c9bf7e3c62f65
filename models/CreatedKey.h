#pragma once

#include "ApiKey.h"

#include <QString>

namespace keydesk {

// What a create call returns: the record plus the secret the server shows exactly once.
struct CreatedKey final {
    ApiKey record;
    QString secret;
};

// Overwrites the characters of a secret in place before releasing it, so the heap
// copy does not linger (as far as Qt's implicit sharing allows: detach first).
void wipeSecret(QString &secret);

// Overwrites, in place, the characters every QString sharing this buffer sees: for a copy
// Qt holds privately (a line edit's display text, the clipboard's own copy), right
// before Qt releases it. Never for a buffer someone still needs.
void wipeSharedBuffer(const QString &text);

} // namespace keydesk
