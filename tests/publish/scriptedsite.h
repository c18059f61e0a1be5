#pragma once

// A loopback site that answers every request with what the test scripts,
// byte for byte: answers no real WordPress gives (damaged framing, a post
// with an impossible id, error text full of terminal escapes). It runs on
// a thread of its own, so the blocking client under test is served. One
// request per connection, then the connection closes.

#include <QByteArray>
#include <QHostAddress>
#include <QMutex>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace Byline::Test {

class ScriptedSite : public QThread
{
public:
    // The whole answer (status line, headers, body) to a request.
    using Script = std::function<QByteArray(const QByteArray &method, const QByteArray &target)>;

    explicit ScriptedSite(Script script)
        : m_script(std::move(script))
    { }

    ~ScriptedSite() override
    {
        m_stopping = true;
        wait();
    }

    // Starts listening; the port, or 0 when it could not.
    quint16 begin()
    {
        start();
        while (!m_ready)
            QThread::msleep(2);
        return m_port;
    }

    QStringList requests() const
    {
        QMutexLocker locker(&m_mutex);
        return m_requests;
    }

    // An answer with a body and Content-Length.
    static QByteArray answer(int status, const QByteArray &body, const QByteArray &type = "application/json")
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nContent-Type: " + type
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }

    // The Byline connector's sign-in answer for an editor who may do everything.
    static QByteArray signedIn()
    {
        return answer(200,
            "{\"user\":{\"name\":\"Desk\",\"roles\":[\"editor\"]},\"site\":{\"name\":\"Scripted\",\"timezone\":\"Asia/"
            "Seoul\"},"
            "\"capabilities\":{\"upload_files\":true,\"edit_posts\":true,\"publish_posts\":true,"
            "\"edit_published_posts\":true,\"create_tags\":true,\"create_categories\":true}}");
    }

protected:
    void run() override
    {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost))
            m_port = server.serverPort();
        m_ready = true;
        while (!m_stopping && server.isListening()) {
            if (!server.waitForNewConnection(50))
                continue;
            std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
            serve(*socket);
        }
    }

private:
    void serve(QTcpSocket &socket)
    {
        QByteArray request;
        qsizetype headEnd = -1;
        while ((headEnd = request.indexOf("\r\n\r\n")) < 0) {
            if (!socket.waitForReadyRead(5000))
                return;
            request += socket.readAll();
        }
        qint64 length = 0;
        for (const QByteArray &line : request.left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        while (request.size() < headEnd + 4 + length && socket.waitForReadyRead(5000))
            request += socket.readAll();
        const QList<QByteArray> parts = request.left(request.indexOf("\r\n")).split(' ');
        const QByteArray method = parts.value(0);
        const QByteArray target = parts.value(1);
        {
            QMutexLocker locker(&m_mutex);
            m_requests << QString::fromLatin1(method + ' ' + target);
        }
        socket.write(m_script(method, target));
        socket.flush();
        while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(5000)) { }
        socket.disconnectFromHost();
        if (socket.state() != QAbstractSocket::UnconnectedState)
            socket.waitForDisconnected(1000);
    }

    Script m_script;
    std::atomic_bool m_ready {false};
    std::atomic_bool m_stopping {false};
    std::atomic<quint16> m_port {0};
    mutable QMutex m_mutex;
    QStringList m_requests;
};

} // namespace Byline::Test
