#pragma once

#include "ApiError.h"
#include "ApiKey.h"
#include "CreatedKey.h"

#include <QList>
#include <QString>

namespace keydesk {
class ApiReply;
}

namespace keydesk::test {

// What an ApiReply reported, copied out in its finished() slot (the reply deletes
// itself afterwards), and how long it took from record() to finished().
struct Outcome final {
    int finishedCount = 0;
    ApiError error;
    QList<ApiKey> keys;
    CreatedKey created;
    QString keyId;
    int attempts = 0;
    qint64 elapsedMs = 0;

    bool finished() const { return finishedCount > 0; }
    bool ok() const { return finishedCount == 1 && !error.isError(); }
};

// Records the outcome of `reply` into `outcome` (which must outlive the reply).
void record(ApiReply *reply, Outcome &outcome);
// Waits (event loop) until `reply` finished, up to `timeoutMs`; a reply that has not
// finished by then is aborted, so its cancelled error fails the test.
Outcome waitFor(ApiReply *reply, int timeoutMs = 60000);

} // namespace keydesk::test
