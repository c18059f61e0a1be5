#pragma once

// A listener on 127.0.0.1 with a thread of its own, for tst_httpconnection's
// scripted peers: HttpConnection blocks the test's thread while it talks.

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <functional>

namespace HttpTesting {

class LoopbackListener
{
public:
    // makeServer runs on the listener's thread and gives a server (parented to
    // the context it is handed, not yet listening); accept runs there too, for
    // each connection. An owner declares its listener last, so the thread
    // stops before anything accept uses is destroyed.
    LoopbackListener(const std::function<QTcpServer *(QObject *context)> &makeServer,
        const std::function<void(QTcpSocket *)> &accept)
    {
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_context,
            [this, &makeServer, accept] {
                QTcpServer *server = makeServer(m_context);
                // For TLS, once the handshake is done.
                QObject::connect(server, &QTcpServer::pendingConnectionAvailable, m_context, [server, accept] {
                    while (QTcpSocket *socket = server->nextPendingConnection())
                        accept(socket);
                });
                if (server->listen(QHostAddress::LocalHost))
                    m_port = server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }
    ~LoopbackListener()
    {
        m_thread.quit();
        m_thread.wait();
    }
    LoopbackListener(const LoopbackListener &) = delete;
    LoopbackListener &operator=(const LoopbackListener &) = delete;

    quint16 port() const { return m_port; }

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread with the server and its sockets
    quint16 m_port = 0;
};

} // namespace HttpTesting
