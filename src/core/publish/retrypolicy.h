#pragma once

#include <chrono>
#include <optional>

namespace Byline {

// When to try a failed job again: exponential backoff with full jitter
// (a random wait between zero and base·2^attempt, capped), so a newsroom's
// worth of clients coming back from an outage do not hit the CMS together.
// A server's Retry-After wins over the backoff, within maxRetryAfter.
struct RetryPolicy
{
    std::chrono::milliseconds base {2000};
    std::chrono::milliseconds cap {std::chrono::minutes(5)};
    std::chrono::milliseconds maxRetryAfter {std::chrono::hours(1)};
    // Attempts before the job is held for a person.
    int maxAttempts = 12;
    // Offline, the queue looks again this often (or when the network comes back).
    std::chrono::milliseconds offlinePoll {std::chrono::seconds(30)};

    // The policy with BYLINE_RETRY_BASE_MS and BYLINE_RETRY_CAP_MS applied
    // (tests and benchmarks shorten the waits).
    static RetryPolicy fromEnvironment();

    // The wait after the attempt-th failed attempt (1 for the first).
    // `random` is in [0, 1); callers pass QRandomGenerator's.
    std::chrono::milliseconds delay(int attempt, std::optional<int> retryAfterSeconds, double random) const;
};

} // namespace Byline
