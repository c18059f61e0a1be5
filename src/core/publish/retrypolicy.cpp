#include "retrypolicy.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace Byline {

RetryPolicy RetryPolicy::fromEnvironment()
{
    RetryPolicy policy;
    bool ok = false;
    const int base = qEnvironmentVariableIntValue("BYLINE_RETRY_BASE_MS", &ok);
    if (ok && base >= 0)
        policy.base = std::chrono::milliseconds(base);
    const int cap = qEnvironmentVariableIntValue("BYLINE_RETRY_CAP_MS", &ok);
    if (ok && cap >= 0) {
        policy.cap = std::chrono::milliseconds(cap);
        policy.maxRetryAfter =
            std::min(policy.maxRetryAfter, std::max(policy.cap, std::chrono::milliseconds(1000)) * 10);
        policy.offlinePoll = std::min(policy.offlinePoll, std::max(policy.cap, std::chrono::milliseconds(100)));
    }
    return policy;
}

std::chrono::milliseconds RetryPolicy::delay(int attempt, std::optional<int> retryAfterSeconds, double random) const
{
    if (retryAfterSeconds && *retryAfterSeconds >= 0)
        return std::min(std::chrono::milliseconds(std::chrono::seconds(*retryAfterSeconds)), maxRetryAfter);
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double ceiling = std::min(double(cap.count()), double(base.count()) * std::ldexp(1.0, exponent));
    return std::chrono::milliseconds(qint64(std::clamp(random, 0.0, 1.0) * ceiling));
}

} // namespace Byline
