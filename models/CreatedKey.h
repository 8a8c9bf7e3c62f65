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

} // namespace keydesk
