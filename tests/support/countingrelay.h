#pragma once

#include <QUrl>

#include <atomic>
#include <memory>

namespace Byline::Test {

// A loopback TCP relay in front of the test WordPress that passes every byte through unchanged and counts them:
// what a request and its answer cost on the wire, headers included, as the client really sent them (keep-alive
// kept). The sockets live in the relay's own thread, so a blocking client (HttpConnection) is served all the same.
class CountingRelay
{
public:
    explicit CountingRelay(const QUrl &upstream);
    ~CountingRelay();
    Q_DISABLE_COPY_MOVE(CountingRelay)

    // Listens on 127.0.0.1 on a port the system picks.
    bool start();
    // http://127.0.0.1:PORT once started.
    QUrl url() const;
    // Bytes from clients to the site, and from the site to clients, since the start or reset().
    qint64 bytesSent() const { return m_sent->load(); }
    qint64 bytesReceived() const { return m_received->load(); }
    // Connections clients opened since the start or reset().
    int connections() const { return m_connections->load(); }
    void reset();

private:
    class Thread;
    QUrl m_upstream;
    std::shared_ptr<std::atomic<qint64>> m_sent = std::make_shared<std::atomic<qint64>>(0);
    std::shared_ptr<std::atomic<qint64>> m_received = std::make_shared<std::atomic<qint64>>(0);
    std::shared_ptr<std::atomic<int>> m_connections = std::make_shared<std::atomic<int>>(0);
    std::unique_ptr<Thread> m_thread;
    QUrl m_url;
};

} // namespace Byline::Test
