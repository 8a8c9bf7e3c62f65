#pragma once

#include "RetryPolicy.h"

namespace keydesk::test {

// Small delays and bounds so that every fault finishes in seconds: 3 attempts, 20 ms
// backoff, Retry-After honoured up to 3 s, 5 s without data, 10 s per attempt, 64 KiB.
RetryPolicy testPolicy();

} // namespace keydesk::test
