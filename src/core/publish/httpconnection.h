#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <utility>

class QTcpSocket;
class QThread;

namespace Byline {

struct HttpRequest
{
    QByteArray verb = "GET";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct HttpResponse
{
    // Why there is no HTTP answer; None when status holds one.
    enum class Failure
    {
        None,
        Network,
        Certificate, // the site's TLS certificate is not trusted: asking again will not help
        Timeout,
        Cancelled
    };

    Failure failure = Failure::None;
    QString errorString;
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first header of that name (case-insensitive), or empty.
    QByteArray header(QByteArrayView name) const;
};

// One persistent HTTP/1.1 connection, used blocking from one thread at a
// time, for a publish target's requests.
//
// Why not QNetworkAccessManager: it silently sends a POST again when the
// connection drops before the answer, which would be a second post or photo
// on the site; here a request goes out once and the caller decides (its
// outbox knows what may have arrived). QNAM also reads the headers of plain
// HTTP one byte per system call on a thread of its own, which was a third
// of Byline's CPU while draining a queue of small stories.
//
// What it does: keep-alive (a connection idle for longer than the server
// keeps it is replaced before use), TLS through QSslSocket with the
// system's certificates and no error ignored, the application proxy,
// Content-Length, chunked and close-delimited bodies, redirects for GET
// and HEAD (never from https to http), upload progress, a timeout that
// counts time without progress, and cancelling from another thread.
class HttpConnection
{
    Q_DECLARE_TR_FUNCTIONS(Byline::HttpConnection)

public:
    explicit HttpConnection(std::chrono::milliseconds timeout = std::chrono::seconds(60));
    ~HttpConnection();
    HttpConnection(const HttpConnection &) = delete;
    HttpConnection &operator=(const HttpConnection &) = delete;

    // Sends and waits for the whole answer. sent(bytes, total) follows the
    // request body; cancelled is looked at several times a second.
    HttpResponse send(HttpRequest request, const std::function<void(qint64 sent, qint64 total)> &sent = {},
        const std::atomic_bool *cancelled = nullptr);

    void close();

    // How many connections were opened: the tests check reuse with it.
    int connectionsOpened() const { return m_opened; }

    static constexpr int MaxRedirects = 5;

private:
    enum class Step
    {
        Done,
        Failed,
        Stale
    };
    Step exchange(const HttpRequest &request, bool reused, HttpResponse *response,
        const std::function<void(qint64, qint64)> &sent, const std::atomic_bool *cancelled);
    bool connectTo(const QUrl &url, HttpResponse *response, const std::atomic_bool *cancelled);
    bool reusableFor(const QUrl &url);
    bool wait(bool forWrite, HttpResponse *response, const std::atomic_bool *cancelled);
    bool readLine(QByteArray *line, HttpResponse *response, const std::atomic_bool *cancelled);
    bool readBytes(qint64 count, QByteArray *into, HttpResponse *response, const std::atomic_bool *cancelled);
    void fail(HttpResponse *response, HttpResponse::Failure failure, const QString &text);

    std::chrono::milliseconds m_timeout;
    std::unique_ptr<QTcpSocket> m_socket;
    QThread *m_thread = nullptr;
    QString m_origin; // scheme://host:port the socket is connected to
    QElapsedTimer m_idle; // since the last answer ended
    qint64 m_keepAliveMs = 0;
    QElapsedTimer m_progress; // since bytes last moved
    int m_opened = 0;
};

} // namespace Byline
