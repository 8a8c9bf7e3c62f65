#pragma once

#include "CreatedKey.h"

#include <QString>

#include <utility>

namespace keydesk {

// Holds a copy of a secret between two asynchronous steps and wipes it however the
// step ends (also when the receiver is destroyed and the connection dropped).
struct SecretHolder final {
    QString secret;
    explicit SecretHolder(QString value)
        : secret(std::move(value))
    {
    }
    ~SecretHolder() { wipeSecret(secret); }
    SecretHolder(const SecretHolder &) = delete;
    SecretHolder &operator=(const SecretHolder &) = delete;
};

} // namespace keydesk
