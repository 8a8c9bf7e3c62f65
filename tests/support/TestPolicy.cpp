#include "TestPolicy.h"

namespace keydesk::test {

RetryPolicy testPolicy()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 80;
    policy.maxRetryAfterMs = 3000;
    policy.transferTimeoutMs = 5000;
    policy.totalTimeoutMs = 10000;
    policy.maxResponseBytes = 64 * 1024;
    return policy;
}

} // namespace keydesk::test
