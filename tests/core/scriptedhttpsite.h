#pragma once

// An HTTP/1.1 site on 127.0.0.1 for tst_httpconnection that follows a script
// (answers in any framing, closes, stalls, trickles), on a thread of its own:
// HttpConnection::send blocks the thread that calls it.

#include "loopbacklistener.h"

#include <QByteArray>
#include <QHostAddress>
#include <QMutex>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <memory>

#include <optional>
#include <sys/socket.h>

namespace HttpTesting {

using namespace Qt::StringLiterals;

// What the scripted site does with the next request it reads.
struct Reply
{
    enum class Action
    {
        Answer, // write bytes once the whole request is in
        CloseUnanswered, // read the request, then close without a word
        Stall, // read the request and never answer
        AnswerAfterHeaders // write bytes after the headers alone (a 413 to a big upload); with close, reset the
                           // connection with the upload unread once the client goes quiet; with close false
                           // throw the body away first, as Apache and nginx do
    };
    Reply(Action action = Action::Answer, const QByteArray &bytes = {}, bool close = false, int idleCloseMs = -1,
        int trickleMs = -1)
        : action(action)
        , bytes(bytes)
        , close(close)
        , idleCloseMs(idleCloseMs)
        , trickleMs(trickleMs)
    { }
    Action action;
    QByteArray bytes;
    bool close; // close the connection after answering
    int idleCloseMs; // close the kept connection once idle this long, as Apache does
    int trickleMs; // answer one byte every this long
};

struct ReceivedRequest
{
    QByteArray method;
    QByteArray path;
    QList<std::pair<QByteArray, QByteArray>> headers;
    qint64 bodySize = 0;
    int connection = 0; // 1 for the first connection accepted

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (name.compare(key, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// An HTTP/1.1 site on 127.0.0.1 that follows a script, on a thread of its
// own: HttpConnection::send blocks the thread that calls it. With a TLS
// configuration it is an https site.
class ScriptedServer
{
public:
    explicit ScriptedServer(const std::optional<QSslConfiguration> &tls = std::nullopt)
        : m_tls(tls.has_value())
        , m_listener(
              [&tls](QObject *context) -> QTcpServer * {
                  if (!tls)
                      return new QTcpServer(context);
                  auto *secure = new QSslServer(context);
                  secure->setSslConfiguration(*tls);
                  return secure;
              },
              [this](QTcpSocket *socket) { accept(socket); })
    { }

    quint16 port() const { return m_listener.port(); }
    QUrl url(const QString &path) const
    {
        return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(port()).arg(path));
    }
    void script(const Reply &reply)
    {
        QMutexLocker lock(&m_mutex);
        m_replies.append(reply);
    }
    QList<ReceivedRequest> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    int connectionsAccepted() const
    {
        QMutexLocker lock(&m_mutex);
        return m_accepted;
    }

private:
    static constexpr int QuietMs = 300;

    struct Peer
    {
        QByteArray buffer;
        bool inBody = false;
        bool done = false; // stalled or closing: ignore what else arrives
        bool answered = false; // answered before the body was in
        bool resetWhenQuiet = false; // reset, not close, once nothing has arrived for a while
        qint64 bodyLeft = 0;
        ReceivedRequest request;
        Reply reply;
    };

    void accept(QTcpSocket *socket)
    {
        auto peer = std::make_shared<Peer>();
        QMutexLocker lock(&m_mutex);
        peer->request.connection = ++m_accepted;
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        QObject::connect(idle, &QTimer::timeout, socket, [socket, peer] {
            if (!peer->resetWhenQuiet) {
                socket->disconnectFromHost();
                return;
            }
            // SO_LINGER 0: close() sends a reset rather than a FIN
            const linger hard {1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            socket->abort();
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, peer, idle] {
            idle->stop();
            peer->buffer += socket->readAll();
            if (peer->resetWhenQuiet) {
                peer->buffer.clear();
                idle->start(QuietMs);
                return;
            }
            serve(socket, *peer, idle);
        });
    }

    void record(const ReceivedRequest &request)
    {
        QMutexLocker lock(&m_mutex);
        m_requests.append(request);
    }

    void serve(QTcpSocket *socket, Peer &peer, QTimer *idle)
    {
        while (!peer.done) {
            if (!peer.inBody) {
                const qsizetype end = peer.buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> lines = peer.buffer.left(end).split('\n');
                peer.buffer.remove(0, end + 4);
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                peer.request = {first.value(0), first.value(1), {}, 0, peer.request.connection};
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines.at(i).indexOf(':');
                    peer.request.headers.append({lines.at(i).left(colon), lines.at(i).mid(colon + 1).trimmed()});
                }
                peer.bodyLeft = peer.request.header("Content-Length").toLongLong();
                peer.inBody = true;
                QMutexLocker lock(&m_mutex);
                peer.reply = m_replies.isEmpty()
                    ? Reply {Reply::Action::Answer, "HTTP/1.1 500 Not Scripted\r\nContent-Length: 0\r\n\r\n"}
                    : m_replies.takeFirst();
            }
            if (peer.reply.action == Reply::Action::AnswerAfterHeaders && !peer.answered) {
                record(peer.request);
                socket->write(peer.reply.bytes);
                peer.answered = true;
                if (peer.reply.close) {
                    // Reset only once the client has gone quiet: a reset that
                    // overtakes the answer makes the client's kernel drop the
                    // answer unread (RFC 9112 section 9.6), which no client can
                    // help. What is tested is that the client stops writing and
                    // keeps the answer it read when the reset comes.
                    peer.resetWhenQuiet = true;
                    peer.done = true;
                    idle->start(QuietMs);
                    return;
                }
            }
            const qint64 take = std::min<qint64>(peer.buffer.size(), peer.bodyLeft);
            peer.request.bodySize += take;
            peer.bodyLeft -= take;
            peer.buffer.remove(0, take);
            if (peer.bodyLeft > 0)
                return;
            peer.inBody = false;
            if (peer.answered) {
                socket->disconnectFromHost();
                peer.done = true;
                return;
            }
            record(peer.request);
            switch (peer.reply.action) {
            case Reply::Action::Answer:
                if (peer.reply.trickleMs > 0) {
                    trickle(socket, peer.reply.bytes, peer.reply.trickleMs);
                    peer.done = true;
                    break;
                }
                socket->write(peer.reply.bytes);
                if (peer.reply.close) {
                    socket->disconnectFromHost();
                    peer.done = true;
                } else if (peer.reply.idleCloseMs >= 0) {
                    idle->start(peer.reply.idleCloseMs);
                }
                break;
            case Reply::Action::CloseUnanswered:
                socket->disconnectFromHost();
                peer.done = true;
                break;
            default:
                peer.done = true; // stalled: the socket stays open until the server stops
                break;
            }
        }
    }

    static void trickle(QTcpSocket *socket, const QByteArray &bytes, int intervalMs)
    {
        auto *timer = new QTimer(socket);
        auto written = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, bytes, written] {
            if (*written >= bytes.size()) {
                timer->stop();
                return;
            }
            socket->write(bytes.mid((*written)++, 1));
        });
        timer->start(intervalMs);
    }

    bool m_tls = false;
    mutable QMutex m_mutex;
    QList<Reply> m_replies;
    QList<ReceivedRequest> m_requests;
    int m_accepted = 0;
    LoopbackListener m_listener; // last: its thread stops before the rest goes
};

} // namespace HttpTesting
