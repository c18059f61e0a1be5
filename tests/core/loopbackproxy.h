#pragma once

// A corporate proxy on 127.0.0.1 for tst_httpconnection, and a scope for
// the proxy environment variables libcurl reads.

#include "loopbacklistener.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <memory>

namespace HttpTesting {

struct ProxiedRequest
{
    QByteArray method;
    QByteArray target; // absolute-form for http, host:port for CONNECT
    QByteArray authorization; // Proxy-Authorization
};

// A corporate proxy on 127.0.0.1 that wants Basic sign-in: it refuses with
// 407 until then, and passes every site on to one upstream port (so no
// name is ever looked up): a plain-http request rewritten to origin-form, a
// CONNECT as a tunnel.
class LoopbackProxy
{
public:
    static QByteArray credentials() { return "Basic " + QByteArray("desk:secret").toBase64(); }

    explicit LoopbackProxy(quint16 upstreamPort)
        : m_upstreamPort(upstreamPort)
    { }

    quint16 port() const { return m_listener.port(); }
    QList<ProxiedRequest> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

private:
    struct Client
    {
        QByteArray buffer;
        qint64 discard = 0; // the body of a refused request
        QTcpSocket *upstream = nullptr; // once set, bytes are only passed along
    };

    void accept(QTcpSocket *socket)
    {
        auto client = std::make_shared<Client>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, client] {
            client->buffer += socket->readAll();
            serve(socket, *client);
        });
    }

    void serve(QTcpSocket *socket, Client &client)
    {
        for (;;) {
            if (client.upstream) {
                client.upstream->write(client.buffer);
                client.buffer.clear();
                return;
            }
            const qint64 skip = std::min<qint64>(client.discard, client.buffer.size());
            client.buffer.remove(0, skip);
            client.discard -= skip;
            const qsizetype end = client.buffer.indexOf("\r\n\r\n");
            if (client.discard > 0 || end < 0)
                return;
            QList<QByteArray> lines = client.buffer.left(end).split('\n');
            client.buffer.remove(0, end + 4);
            for (QByteArray &line : lines)
                line = line.trimmed();
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            ProxiedRequest request {first.value(0), first.value(1), {}};
            qint64 length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray name = lines.at(i).left(lines.at(i).indexOf(':')).trimmed().toLower();
                const QByteArray value = lines.at(i).mid(lines.at(i).indexOf(':') + 1).trimmed();
                if (name == "proxy-authorization")
                    request.authorization = value;
                else if (name == "content-length")
                    length = value.toLongLong();
            }
            {
                QMutexLocker lock(&m_mutex);
                m_requests.append(request);
            }
            if (request.authorization != credentials()) {
                socket->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                              "Proxy-Authenticate: Basic realm=\"Newsroom proxy\"\r\nContent-Length: 0\r\n\r\n");
                client.discard = request.method == "CONNECT" ? 0 : length;
                continue;
            }
            auto *upstream = new QTcpSocket(socket);
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
            if (!upstream->waitForConnected(2000)) {
                socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
                return;
            }
            client.upstream = upstream;
            QObject::connect(
                upstream, &QTcpSocket::readyRead, socket, [socket, upstream] { socket->write(upstream->readAll()); });
            QObject::connect(upstream, &QTcpSocket::disconnected, socket, [socket] { socket->disconnectFromHost(); });
            QObject::connect(
                socket, &QTcpSocket::disconnected, upstream, [upstream] { upstream->disconnectFromHost(); });
            if (request.method == "CONNECT") {
                socket->write("HTTP/1.1 200 Connection established\r\n\r\n");
                continue;
            }
            // To the site in origin-form, as a proxy does.
            const QUrl url = QUrl::fromEncoded(request.target);
            QByteArray head =
                request.method + ' ' + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\n";
            for (qsizetype i = 1; i < lines.size(); ++i) {
                if (!lines.at(i).toLower().startsWith("proxy-"))
                    head += lines.at(i) + "\r\n";
            }
            upstream->write(head + "\r\n");
        }
    }

    quint16 m_upstreamPort = 0;
    mutable QMutex m_mutex;
    QList<ProxiedRequest> m_requests;
    LoopbackListener m_listener {
        [](QObject *context) { return new QTcpServer(context); }, [this](QTcpSocket *socket) { accept(socket); }};
};

// Sets (or with an empty value removes) an environment variable until the
// end of the scope.
class ScopedEnvironment
{
public:
    void set(const char *name, const QByteArray &value)
    {
        m_saved.append({name, qEnvironmentVariableIsSet(name), qgetenv(name)});
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnvironment()
    {
        for (auto it = m_saved.crbegin(); it != m_saved.crend(); ++it) {
            if (it->wasSet)
                qputenv(it->name, it->value);
            else
                qunsetenv(it->name);
        }
    }

private:
    struct Saved
    {
        const char *name;
        bool wasSet;
        QByteArray value;
    };
    QList<Saved> m_saved;
};

} // namespace HttpTesting
