#pragma once

#include <QMutex>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace Byline::Test {

// A loopback HTTP/1.1 proxy between Byline and the test WordPress that makes the network misbehave on purpose:
// answers lost after WordPress acted, connections dropped before it did, uploads cut in half, 429/503 with
// Retry-After, slow answers. The publish tests point Byline at url() instead of the site and prove that retries
// never duplicate a post or a photo.
//
// Each client connection carries one request: it goes to the upstream on a new connection with
// "Connection: close", the answer streams back, and the client connection closes. The sockets live in the proxy's
// own thread, so a client that blocks its thread (a nested event loop, another thread, another process) is
// served all the same. Every public method is thread-safe.
//
// Beware: Qt's QNetworkAccessManager silently sends a request again, up to twice, when the connection closes
// before any byte of the answer arrived (QHttpNetworkConnectionChannel's reconnectAttempts), POST included. A
// fault that fires once is then invisible to the client, and DropAfterForward reaches WordPress twice; see
// tst_faultproxy for what a client observes.
class FaultProxy
{
public:
    struct Fault
    {
        enum Kind
        {
            // Close the client connection after reading the request, without forwarding it: the request never
            // reaches WordPress.
            DropBeforeForward,
            // Forward, let WordPress finish, then close the client connection without answering: the post IS
            // created but the client never hears of it.
            DropAfterForward,
            // Wait delayMs before forwarding, then forward normally.
            Delay,
            // Answer `status` (with Retry-After when retryAfterSeconds is set) and a small JSON body
            // {"code":"proxy_fault","message":...} without forwarding.
            Status,
            // Read about half the request body, then reset the connection (a connection lost during an upload).
            // Nothing is forwarded.
            ResetMidUpload,
            // Forward at once and let WordPress act, but hold its answer back for delayMs: a client that gives
            // up or dies meanwhile never hears that the item was made.
            DelayAnswer,
        };

        Kind kind = DropBeforeForward;
        // Empty: any method. Otherwise compared exactly ("POST").
        QString method {};
        // Matched against the request target: the path and query, "/wp-json/wp/v2/media?context=edit".
        // An empty pattern matches every request.
        QRegularExpression path {};
        // How many matching requests the fault fires on, -1 for all of them...
        int times = 1;
        // ...after letting this many matching requests through untouched.
        int skip = 0;
        int status = 503;
        std::optional<int> retryAfterSeconds {};
        int delayMs = 0;
        // The chance, from 0 to 1, that the fault fires on a matching request (drawn from the proxy's seeded
        // generator, setSeed()); a request it spares goes on to the next rule.
        double chance = 1.0;
        // Status: this body as an HTML page (what a web server or load balancer says) instead of the JSON one.
        QByteArray htmlBody {};
    };

    explicit FaultProxy(const QUrl &upstream);
    ~FaultProxy();
    Q_DISABLE_COPY_MOVE(FaultProxy)

    // Listens on 127.0.0.1 on a port the system picks; true when already running.
    bool start();
    // Closes the listening socket and every open connection; returns once the proxy's thread has ended.
    void stop();
    bool isRunning() const;
    QString errorString() const;

    // http://127.0.0.1:PORT while running; empty otherwise.
    QUrl url() const;
    QUrl upstream() const { return m_upstream; }

    // Rules are tried in the order they were added; the first one that fires decides the request's fate.
    void addFault(const Fault &fault);
    void clearFaults();
    // The seed of the generator that decides the faults with a chance below 1: the same seed and the same
    // requests give the same faults.
    void setSeed(quint32 seed);

    // Requests whose head arrived, requests forwarded whole to the upstream, faults fired.
    int requestCount() const;
    int forwardedCount() const;
    int faultsFired() const;
    // One line per request once its fate is known, "POST /wp-json/wp/v2/media -> 503 (fault)", for a failing
    // test to print.
    QStringList log() const;
    // Zeroes the counters and empties the log; the rules stay.
    void resetCounters();

    // What the proxy's thread shares with the caller's; defined in faultproxy.cpp.
    class State;

private:
    class Thread;

    const QUrl m_upstream;
    const std::shared_ptr<State> m_state;
    mutable QMutex m_lifecycleMutex;
    std::unique_ptr<Thread> m_thread;
    QUrl m_url;
    QString m_errorString;
};

} // namespace Byline::Test
