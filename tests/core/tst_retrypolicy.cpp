#include "publish/retrypolicy.h"

#include <QTest>

using namespace std::chrono_literals;
using namespace Byline;

// When a failed job is tried again: full jitter under an exponential
// ceiling, capped, and the server's Retry-After over both.
class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delay_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("retryAfter"); // -1: none
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expectedMs");

        QTest::newRow("nominal: first retry, top of the range") << 1 << -1 << 0.999 << qint64(1998);
        QTest::newRow("nominal: the ceiling doubles") << 3 << -1 << 0.5 << qint64(4000);
        QTest::newRow("nominal: full jitter can mean at once") << 5 << -1 << 0.0 << qint64(0);
        QTest::newRow("boundary: capped at five minutes") << 20 << -1 << 0.999 << qint64(299700);
        QTest::newRow("robustness: a huge attempt count does not overflow") << 100000 << -1 << 0.5 << qint64(150000);
        QTest::newRow("nominal: Retry-After wins over the backoff") << 1 << 30 << 0.1 << qint64(30000);
        QTest::newRow("boundary: Retry-After 0 means now") << 4 << 0 << 0.9 << qint64(0);
        QTest::newRow("robustness: an absurd Retry-After is capped at an hour") << 1 << 86400 << 0.5 << qint64(3600000);
    }

    void delay()
    {
        QFETCH(int, attempt);
        QFETCH(int, retryAfter);
        QFETCH(double, random);
        QFETCH(qint64, expectedMs);
        const RetryPolicy policy;
        const std::optional<int> after = retryAfter < 0 ? std::nullopt : std::optional<int>(retryAfter);
        QCOMPARE(policy.delay(attempt, after, random).count(), expectedMs);
    }

    void jitterSpreadsClients()
    {
        // A hundred clients failing together come back spread over the window.
        const RetryPolicy policy;
        QSet<qint64> seconds;
        for (int i = 0; i < 100; ++i)
            seconds.insert(policy.delay(6, std::nullopt, i / 100.0).count() / 1000);
        QVERIFY(seconds.size() > 30);
    }

    void readDelay_data()
    {
        QTest::addColumn<int>("failed");
        QTest::addColumn<int>("retryAfter"); // -1: none
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expectedMs"); // -1: not asked again in place

        QTest::newRow("nominal: the first wait is short") << 1 << -1 << 0.0 << qint64(125);
        QTest::newRow("nominal: at most the ceiling") << 1 << -1 << 0.999 << qint64(249);
        QTest::newRow("nominal: the ceiling doubles") << 3 << -1 << 0.0 << qint64(500);
        QTest::newRow("boundary: the tries are spent") << 4 << -1 << 0.5 << qint64(-1);
        QTest::newRow("nominal: a short Retry-After is honoured in place") << 1 << 3 << 0.5 << qint64(3000);
        QTest::newRow("boundary: Retry-After at the cap") << 2 << 5 << 0.5 << qint64(5000);
        QTest::newRow("boundary: a longer Retry-After is left to the queue") << 1 << 6 << 0.5 << qint64(-1);
    }

    void readDelay()
    {
        QFETCH(int, failed);
        QFETCH(int, retryAfter);
        QFETCH(double, random);
        QFETCH(qint64, expectedMs);
        const RetryPolicy policy;
        const std::optional<int> after = retryAfter < 0 ? std::nullopt : std::optional<int>(retryAfter);
        const std::optional<std::chrono::milliseconds> wait = policy.readDelay(failed, after, random);
        QCOMPARE(wait ? wait->count() : qint64(-1), expectedMs);
    }

    void environmentShortensWaits()
    {
        qputenv("BYLINE_RETRY_BASE_MS", "10");
        qputenv("BYLINE_RETRY_CAP_MS", "100");
        qputenv("BYLINE_RETRY_ATTEMPTS", "3");
        const RetryPolicy policy = RetryPolicy::fromEnvironment();
        qunsetenv("BYLINE_RETRY_BASE_MS");
        qunsetenv("BYLINE_RETRY_CAP_MS");
        qunsetenv("BYLINE_RETRY_ATTEMPTS");
        QCOMPARE(policy.base, 10ms);
        QCOMPARE(policy.cap, 100ms);
        QCOMPARE(policy.maxAttempts, 3);
        QVERIFY(policy.delay(10, std::nullopt, 0.999) <= 100ms);
        QVERIFY(policy.offlinePoll <= 1000ms);
        // The waits in place are no longer than the queue's.
        QCOMPARE(policy.readBase, 10ms);
        QCOMPARE(policy.readCap, 100ms);
        QVERIFY(*policy.readDelay(3, std::nullopt, 0.999) <= 100ms);
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
