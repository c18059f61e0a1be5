#include "retrypolicy.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace Byline {

namespace {

double ceilingOf(std::chrono::milliseconds base, std::chrono::milliseconds cap, int failed)
{
    const int exponent = std::clamp(failed - 1, 0, 30);
    return std::min(double(cap.count()), double(base.count()) * std::ldexp(1.0, exponent));
}

} // namespace

RetryPolicy RetryPolicy::fromEnvironment()
{
    RetryPolicy policy;
    bool ok = false;
    const int base = qEnvironmentVariableIntValue("BYLINE_RETRY_BASE_MS", &ok);
    if (ok && base >= 0) {
        policy.base = std::chrono::milliseconds(base);
        policy.readBase = std::min(policy.readBase, policy.base);
    }
    const int cap = qEnvironmentVariableIntValue("BYLINE_RETRY_CAP_MS", &ok);
    if (ok && cap >= 0) {
        policy.cap = std::chrono::milliseconds(cap);
        policy.maxRetryAfter =
            std::min(policy.maxRetryAfter, std::max(policy.cap, std::chrono::milliseconds(1000)) * 10);
        policy.offlinePoll = std::min(policy.offlinePoll, std::max(policy.cap, std::chrono::milliseconds(100)));
        policy.readCap = std::min(policy.readCap, policy.cap);
    }
    const int attempts = qEnvironmentVariableIntValue("BYLINE_RETRY_ATTEMPTS", &ok);
    if (ok && attempts > 0)
        policy.maxAttempts = attempts;
    return policy;
}

std::chrono::milliseconds RetryPolicy::delay(int attempt, std::optional<int> retryAfterSeconds, double random) const
{
    if (retryAfterSeconds && *retryAfterSeconds >= 0)
        return std::min(std::chrono::milliseconds(std::chrono::seconds(*retryAfterSeconds)), maxRetryAfter);
    const double ceiling = ceilingOf(base, cap, attempt);
    return std::chrono::milliseconds(qint64(std::clamp(random, 0.0, 1.0) * ceiling));
}

std::optional<std::chrono::milliseconds> RetryPolicy::readDelay(
    int failed, std::optional<int> retryAfterSeconds, double random) const
{
    if (failed >= readTries)
        return std::nullopt;
    if (retryAfterSeconds && *retryAfterSeconds >= 0) {
        const std::chrono::milliseconds asked = std::chrono::seconds(*retryAfterSeconds);
        if (asked > readMaxRetryAfter)
            return std::nullopt;
        return asked;
    }
    const double ceiling = ceilingOf(readBase, readCap, failed);
    return std::chrono::milliseconds(qint64(ceiling / 2 + std::clamp(random, 0.0, 1.0) * ceiling / 2));
}

} // namespace Byline
