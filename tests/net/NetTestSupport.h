#pragma once

#include "ApiClient.h"
#include "ApiReply.h"
#include "CountingNetworkAccessManager.h"

namespace keydesk::test {

// What an ApiReply reported, copied out in its finished() slot (the reply deletes
// itself afterwards).
struct Outcome final {
    int finishedCount = 0;
    ApiError error;
    QList<ApiKey> keys;
    CreatedKey created;
    QString keyId;
    int attempts = 0;

    bool ok() const { return finishedCount == 1 && !error.isError(); }
};

// Records the outcome of `reply` into `outcome` (which must outlive the reply).
void record(ApiReply *reply, Outcome &outcome);
// Waits (event loop) until `reply` finished, up to `timeoutMs`.
Outcome waitFor(ApiReply *reply, int timeoutMs = 30000);

// A policy with small delays so fault suites run fast.
RetryPolicy fastPolicy();

} // namespace keydesk::test
