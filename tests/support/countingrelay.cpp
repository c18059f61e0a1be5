#include "countingrelay.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace Byline::Test {

class CountingRelay::Thread : public QThread
{
public:
    Thread(const QUrl &upstream, std::shared_ptr<std::atomic<qint64>> sent,
        std::shared_ptr<std::atomic<qint64>> received, std::shared_ptr<std::atomic<int>> connections)
        : m_upstream(upstream)
        , m_sent(std::move(sent))
        , m_received(std::move(received))
        , m_connections(std::move(connections))
    { }

    QSemaphore ready;
    int port = 0;

protected:
    void run() override
    {
        QTcpServer server;
        server.setProxy(QNetworkProxy::NoProxy);
        if (server.listen(QHostAddress::LocalHost))
            port = server.serverPort();
        QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&] {
            while (QTcpSocket *client = server.nextPendingConnection())
                relay(client);
        });
        ready.release();
        if (port > 0)
            exec();
    }

private:
    void relay(QTcpSocket *client)
    {
        ++*m_connections;
        auto *site = new QTcpSocket(client);
        site->setProxy(QNetworkProxy::NoProxy);
        // Written while still connecting: QAbstractSocket holds the bytes until the connection is up.
        QObject::connect(client, &QTcpSocket::readyRead, site, [this, client, site] {
            const QByteArray bytes = client->readAll();
            *m_sent += bytes.size();
            site->write(bytes);
        });
        QObject::connect(site, &QTcpSocket::readyRead, client, [this, client, site] {
            const QByteArray bytes = site->readAll();
            *m_received += bytes.size();
            client->write(bytes);
        });
        QObject::connect(site, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        QObject::connect(client, &QTcpSocket::disconnected, client, [client] { client->deleteLater(); });
        site->connectToHost(QHostAddress::LocalHost, quint16(m_upstream.port()));
    }

    const QUrl m_upstream;
    const std::shared_ptr<std::atomic<qint64>> m_sent;
    const std::shared_ptr<std::atomic<qint64>> m_received;
    const std::shared_ptr<std::atomic<int>> m_connections;
};

CountingRelay::CountingRelay(const QUrl &upstream)
    : m_upstream(upstream)
{ }

CountingRelay::~CountingRelay()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

bool CountingRelay::start()
{
    if (m_thread)
        return m_url.isValid();
    m_thread = std::make_unique<Thread>(m_upstream, m_sent, m_received, m_connections);
    m_thread->start();
    m_thread->ready.acquire();
    if (m_thread->port <= 0)
        return false;
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_thread->port));
    return true;
}

QUrl CountingRelay::url() const
{
    return m_url;
}

void CountingRelay::reset()
{
    *m_sent = 0;
    *m_received = 0;
    *m_connections = 0;
}

} // namespace Byline::Test
