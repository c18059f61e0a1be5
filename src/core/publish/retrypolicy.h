#pragma once

#include <chrono>
#include <optional>

namespace Byline {

// When to try a failed job again: exponential backoff with full jitter
// (a random wait between zero and base·2^attempt, capped), so a newsroom's
// worth of clients coming back from an outage do not hit the CMS together.
// A server's Retry-After wins over the backoff, within maxRetryAfter.
//
// A read that changes nothing on the site (signing in, a look-up) is first
// asked again in place, a few times with short waits: a site that stumbles
// for a moment then costs no attempt, and no new sign-in.
struct RetryPolicy
{
    std::chrono::milliseconds base {2000};
    std::chrono::milliseconds cap {std::chrono::minutes(5)};
    std::chrono::milliseconds maxRetryAfter {std::chrono::hours(1)};
    // Attempts in a row that got nothing onto the site before the job is
    // held for a person. An attempt that put a photo or the story there
    // starts the count again: a job making progress is never given up.
    int maxAttempts = 12;
    // Offline, the queue looks again this often (or when the network comes back).
    std::chrono::milliseconds offlinePoll {std::chrono::seconds(30)};

    // Tries of one read in place, the first included.
    int readTries = 4;
    std::chrono::milliseconds readBase {250};
    std::chrono::milliseconds readCap {std::chrono::seconds(2)};
    // A longer Retry-After ends the tries in place: the job waits instead.
    std::chrono::milliseconds readMaxRetryAfter {std::chrono::seconds(5)};

    // The policy with BYLINE_RETRY_BASE_MS, BYLINE_RETRY_CAP_MS and
    // BYLINE_RETRY_ATTEMPTS applied (tests and benchmarks shorten the waits).
    static RetryPolicy fromEnvironment();

    // The wait after the attempt-th failed attempt (1 for the first).
    // `random` is in [0, 1); callers pass QRandomGenerator's.
    std::chrono::milliseconds delay(int attempt, std::optional<int> retryAfterSeconds, double random) const;

    // The wait before asking a read again after its failed-th failed try
    // (1 for the first), or nullopt when it is not to be asked again in
    // place: the tries are spent, or the site asked for a longer pause.
    // Half the ceiling and a random half: a few quick tries, never all at once.
    std::optional<std::chrono::milliseconds> readDelay(
        int failed, std::optional<int> retryAfterSeconds, double random) const;
};

} // namespace Byline
