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

    void environmentShortensWaits()
    {
        qputenv("BYLINE_RETRY_BASE_MS", "10");
        qputenv("BYLINE_RETRY_CAP_MS", "100");
        const RetryPolicy policy = RetryPolicy::fromEnvironment();
        qunsetenv("BYLINE_RETRY_BASE_MS");
        qunsetenv("BYLINE_RETRY_CAP_MS");
        QCOMPARE(policy.base, 10ms);
        QCOMPARE(policy.cap, 100ms);
        QVERIFY(policy.delay(10, std::nullopt, 0.999) <= 100ms);
        QVERIFY(policy.offlinePoll <= 1000ms);
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
