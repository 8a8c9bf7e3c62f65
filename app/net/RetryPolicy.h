#pragma once

#include <QtGlobal>

namespace keydesk {

// Bounds of every request. GET and DELETE are retried on 429/502/503/504 (never POST),
// waiting Retry-After when given (seconds or HTTP date), else exponential backoff.
struct RetryPolicy final {
    int maxAttempts = 4;           // including the first
    int baseDelayMs = 500;         // doubled each retry
    int maxDelayMs = 8000;         // one wait never exceeds this...
    int maxRetryAfterMs = 30000;   // ...and a longer Retry-After is not honoured: fail
    int transferTimeoutMs = 15000; // no byte for this long: timeout
    int totalTimeoutMs = 60000;    // one attempt, start to end (trickling servers)
    qint64 maxResponseBytes = 4 * 1024 * 1024;
};

} // namespace keydesk
