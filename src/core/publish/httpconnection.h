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
    // The site answered, but what came back cannot be read (not HTTP, cut
    // off, too large): the runner says so instead of "could not reach".
    bool damaged = false;
    QString errorString;
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first header of that name (case-insensitive), or empty.
    QByteArray header(QByteArrayView name) const;
};

// A publish target's HTTP client: libcurl, used blocking from one thread at
// a time, keeping one connection to the site.
//
// Why libcurl and not QNetworkAccessManager: QNAM silently sends a POST
// again when the connection drops before the answer, which would be a second
// post or photo on the site, and it read plain-HTTP headers a byte per system
// call on a thread of its own. libcurl also resends a request whose kept
// connection died before any answer; here only a read goes out again, and
// anything else goes back to the caller (its outbox knows what may have
// arrived). libcurl brings what newsrooms behind corporate proxies need: the
// proxy from http_proxy/https_proxy/no_proxy or the application's
// QNetworkProxy, Basic, NTLM and Negotiate proxy sign-in, and plain http
// through a proxy without a tunnel.
//
// What it does: keep-alive (a connection idle for longer than the site keeps
// it is replaced before use), TLS with the system's certificates and no
// error ignored, redirects for GET and HEAD (never from https to http, the
// password never to another host), upload progress, a timeout that counts
// time without progress, an overall deadline per request, and cancelling
// from another thread.
class HttpConnection
{
    Q_DECLARE_TR_FUNCTIONS(Byline::HttpConnection)

public:
    // timeout: how long nothing may move (connecting, sending or receiving).
    explicit HttpConnection(std::chrono::milliseconds timeout = std::chrono::seconds(60));
    ~HttpConnection();
    HttpConnection(const HttpConnection &) = delete;
    HttpConnection &operator=(const HttpConnection &) = delete;

    // Sends and waits for the whole answer. sent(bytes, total) follows the
    // request body; cancelled is looked at several times a second. With
    // `receive`, a 2xx answer's body goes there as it arrives instead of into
    // HttpResponse::body (a photo's original, streamed to a file); false from
    // it stops the transfer, which then ends as an answer too large.
    HttpResponse send(HttpRequest request, const std::function<void(qint64 sent, qint64 total)> &sent = {},
        const std::atomic_bool *cancelled = nullptr, const std::function<bool(QByteArrayView data)> &receive = {});

    // Every request ends within base + its body's size at minimumBytesPerSecond,
    // even while the site still trickles bytes. The default is three times the
    // timeout plus the body at 8 KiB/s.
    void setDeadline(std::chrono::milliseconds base, qint64 minimumBytesPerSecond);

    // Certificates (PEM) trusted besides the system's: a newsroom's own
    // authority, or a test site.
    void addTrustedCertificates(const QByteArray &pem);

    // Closes the kept connection.
    void close();

    // How many connections were opened: the tests check reuse with it.
    int connectionsOpened() const { return m_opened; }

    static constexpr int MaxRedirects = 5;

private:
    HttpResponse exchange(const HttpRequest &request, const std::function<void(qint64, qint64)> &sent,
        const std::atomic_bool *cancelled, const std::function<bool(QByteArrayView)> &receive);
    // What a libcurl failure means for the caller, in a sentence.
    HttpResponse::Failure describeFailure(int curlCode, bool answered, QString *text, bool *damaged) const;
    static QString certificateProblem(long verifyResult, const QString &detail);
    static QString proxyRefused();

    struct Handles;
    std::unique_ptr<Handles> m_handles;
    std::chrono::milliseconds m_timeout;
    std::chrono::milliseconds m_deadlineBase;
    qint64 m_minimumBytesPerSecond;
    QByteArray m_trustedPem; // the system's bundle and the added certificates, when some were added
    QElapsedTimer m_idle; // since the last answer ended
    qint64 m_keepAliveMs = 0;
    int m_opened = 0;
};

} // namespace Byline
