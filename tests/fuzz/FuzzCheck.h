#pragma once

#include "Decoded.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// An invariant of the code under test. A violation is a finding like a crash: abort()
// makes libFuzzer stop and save the input as crash-<sha1> for reproduction.
#define KEYDESK_FUZZ_CHECK(condition)                                                                \
    do {                                                                                             \
        if (!(condition)) {                                                                          \
            std::fprintf(stderr, "%s:%d: invariant violated: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                            \
        }                                                                                            \
    } while (false)

namespace keydesk::fuzz {

// The input as the owned QByteArray production code gets from QNetworkReply::readAll().
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// A decoder's result is either a value or the reason there is none, never both or neither.
template <typename T>
void checkOutcome(const Decoded<T> &decoded)
{
    KEYDESK_FUZZ_CHECK(decoded.value.has_value() == decoded.problem.isEmpty());
}

} // namespace keydesk::fuzz
