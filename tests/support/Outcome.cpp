#include "Outcome.h"

#include "ApiReply.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

namespace keydesk::test {

void record(ApiReply *reply, Outcome &outcome)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QObject::connect(reply, &ApiReply::finished, reply, [reply, &outcome, clock] {
        ++outcome.finishedCount;
        outcome.error = reply->error();
        outcome.keys = reply->keys();
        outcome.created = reply->createdKey();
        outcome.keyId = reply->keyId();
        outcome.attempts = reply->attempts();
        outcome.elapsedMs = clock->elapsed();
    });
}

Outcome waitFor(ApiReply *reply, int timeoutMs)
{
    Outcome outcome;
    record(reply, outcome);
    if (!QTest::qWaitFor([&outcome] { return outcome.finished(); }, timeoutMs)) {
        // Stop it while `outcome` still exists; the cancelled error fails the test.
        reply->abort();
        outcome.error.detail = QStringLiteral("the reply did not finish in time");
    }
    return outcome;
}

} // namespace keydesk::test
