#include "NetTestSupport.h"

#include <QTest>

namespace keydesk::test {

void record(ApiReply *reply, Outcome &outcome)
{
    QObject::connect(reply, &ApiReply::finished, reply, [reply, &outcome] {
        ++outcome.finishedCount;
        outcome.error = reply->error();
        outcome.keys = reply->keys();
        outcome.created = reply->createdKey();
        outcome.keyId = reply->keyId();
        outcome.attempts = reply->attempts();
    });
}

Outcome waitFor(ApiReply *reply, int timeoutMs)
{
    Outcome outcome;
    record(reply, outcome);
    if (!QTest::qWaitFor([&outcome] { return outcome.finishedCount > 0; }, timeoutMs)) {
        // Stop it while `outcome` still exists; the cancelled error fails the test.
        reply->abort();
        outcome.error.detail = QStringLiteral("the reply did not finish in time");
    }
    return outcome;
}

RetryPolicy fastPolicy()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 80;
    policy.maxRetryAfterMs = 3000;
    policy.transferTimeoutMs = 10000;
    policy.totalTimeoutMs = 20000;
    policy.maxResponseBytes = 64 * 1024;
    return policy;
}

} // namespace keydesk::test
