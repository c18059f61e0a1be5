#include "httpconnection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// How often a wait looks at the cancel flag.
constexpr int SliceMs = 100;
// Body bytes handed to the socket at a time.
constexpr qint64 ChunkBytes = 64 * 1024;
// An upload keeps this much queued and waits in short slices: full speed on
// a fast network although a wait only ends early when the site answers.
constexpr qint64 QueuedBytes = 16 * ChunkBytes;
constexpr int WriteSliceMs = 5;
constexpr qint64 MaxHeaderBytes = 64 * 1024;
constexpr qint64 MaxBodyBytes = qint64(256) * 1024 * 1024;
// A kept connection is replaced this long before the server's idle limit,
// so a request never races the server closing it.
constexpr qint64 KeepAliveMarginMs = 1000;
// Without a Keep-Alive header, Apache's default (5 s) less the margin.
constexpr qint64 DefaultKeepAliveMs = 4000;

bool isHttps(const QUrl &url)
{
    return url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
}

QString originOf(const QUrl &url)
{
    return url.scheme().toLower() + u"://"_s + url.host().toLower() + u':'
        + QString::number(url.port(isHttps(url) ? 443 : 80));
}

bool isIdempotent(const QByteArray &verb)
{
    return verb == "GET" || verb == "HEAD";
}

// Bytes not yet handed to the network, encrypted ones included.
qint64 unsent(QTcpSocket *socket)
{
    const auto *tls = qobject_cast<QSslSocket *>(socket);
    return socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
}

} // namespace

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpConnection::HttpConnection(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{ }

HttpConnection::~HttpConnection()
{
    close();
}

void HttpConnection::close()
{
    if (m_socket && m_thread == QThread::currentThread())
        m_socket->abort();
    m_socket.reset();
    m_origin.clear();
}

void HttpConnection::fail(HttpResponse *response, HttpResponse::Failure failure, const QString &text)
{
    response->failure = failure;
    response->errorString = text;
    response->status = 0;
}

bool HttpConnection::reusableFor(const QUrl &url)
{
    if (!m_socket || m_thread != QThread::currentThread() || m_origin != originOf(url))
        return false;
    if (m_socket->state() != QAbstractSocket::ConnectedState || m_idle.elapsed() > m_keepAliveMs)
        return false;
    // Notices a close (or stray bytes) since the last answer without waiting.
    m_socket->waitForReadyRead(0);
    return m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0;
}

bool HttpConnection::connectTo(const QUrl &url, HttpResponse *response, const std::atomic_bool *cancelled)
{
    close();
    const bool https = isHttps(url);
    if (!https && url.scheme().compare(u"http"_s, Qt::CaseInsensitive) != 0) {
        fail(response, HttpResponse::Failure::Network, tr("Only http and https addresses can be used."));
        return false;
    }
    if (https && !QSslSocket::supportsSsl()) {
        fail(response, HttpResponse::Failure::Network,
            tr("This computer has no TLS library, so https addresses cannot be reached."));
        return false;
    }
    m_socket = https ? std::make_unique<QSslSocket>() : std::make_unique<QTcpSocket>();
    m_thread = QThread::currentThread();
    ++m_opened;

    // The connect runs in a local event loop: the blocking waitFor* calls
    // give up the attempt on their timeout, which would rule out looking
    // at the cancel flag while a slow host answers.
    QEventLoop loop;
    bool done = false;
    auto finished = [&] {
        done = true;
        loop.quit();
    };
    QTimer tick;
    tick.setInterval(SliceMs);
    m_progress.start();
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if ((cancelled && cancelled->load()) || m_progress.elapsed() >= m_timeout.count())
            loop.quit();
    });
    QObject::connect(m_socket.get(), &QAbstractSocket::errorOccurred, &loop, finished);
    if (https) {
        auto *tls = static_cast<QSslSocket *>(m_socket.get());
        QObject::connect(tls, &QSslSocket::encrypted, &loop, finished);
        tls->connectToHostEncrypted(url.host(), quint16(url.port(443)));
    } else {
        QObject::connect(m_socket.get(), &QAbstractSocket::connected, &loop, finished);
        m_socket->connectToHost(url.host(), quint16(url.port(80)));
    }
    tick.start();
    if (!done)
        loop.exec();
    QObject::disconnect(m_socket.get(), nullptr, &loop, nullptr);

    const bool connected = m_socket->state() == QAbstractSocket::ConnectedState
        && (!https || static_cast<QSslSocket *>(m_socket.get())->isEncrypted());
    if (connected) {
        // Nagle's delay would hold back the body behind the headers.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_origin = originOf(url);
        m_keepAliveMs = DefaultKeepAliveMs;
        m_idle.start();
        return true;
    }
    if (cancelled && cancelled->load()) {
        fail(response, HttpResponse::Failure::Cancelled, tr("Cancelled."));
    } else if (!done) {
        fail(response, HttpResponse::Failure::Timeout,
            tr("no answer within %1 s").arg(QString::number((m_timeout.count() + 999) / 1000)));
    } else if (https && !static_cast<QSslSocket *>(m_socket.get())->sslHandshakeErrors().isEmpty()) {
        QStringList reasons;
        for (const QSslError &error : static_cast<QSslSocket *>(m_socket.get())->sslHandshakeErrors())
            reasons.append(error.errorString());
        reasons.removeDuplicates();
        fail(response, HttpResponse::Failure::Certificate, reasons.join(u"; "_s));
    } else {
        fail(response, HttpResponse::Failure::Network, m_socket->errorString());
    }
    close();
    return false;
}

// Waits for the socket to move bytes (written, or readable). False with the
// response's failure set when it was cancelled, timed out or closed.
bool HttpConnection::wait(bool forWrite, HttpResponse *response, const std::atomic_bool *cancelled)
{
    for (;;) {
        if (cancelled && cancelled->load()) {
            fail(response, HttpResponse::Failure::Cancelled, tr("Cancelled."));
            return false;
        }
        const qint64 left = m_timeout.count() - m_progress.elapsed();
        if (left <= 0) {
            fail(response, HttpResponse::Failure::Timeout,
                tr("no answer within %1 s").arg(QString::number((m_timeout.count() + 999) / 1000)));
            return false;
        }
        const int slice = int(std::min<qint64>(left, SliceMs));
        bool moved = false;
        if (forWrite) {
            // Not waitForBytesWritten: having read an early answer (a 413) it
            // writes on, and when the site has reset the connection Qt aborts
            // and drops the answer. waitForReadyRead stops once it reads.
            const qint64 before = unsent(m_socket.get());
            m_socket->waitForReadyRead(std::min(slice, WriteSliceMs));
            moved = unsent(m_socket.get()) < before || m_socket->bytesAvailable() > 0;
        } else {
            moved = m_socket->waitForReadyRead(slice);
        }
        if (moved) {
            m_progress.start();
            return true;
        }
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            const QString text = m_socket->error() == QAbstractSocket::RemoteHostClosedError
                    || m_socket->error() == QAbstractSocket::UnknownSocketError
                ? tr("the site closed the connection before answering")
                : m_socket->errorString();
            fail(response, HttpResponse::Failure::Network, text);
            return false;
        }
    }
}

bool HttpConnection::readLine(QByteArray *line, HttpResponse *response, const std::atomic_bool *cancelled)
{
    while (!m_socket->canReadLine()) {
        if (m_socket->bytesAvailable() > MaxHeaderBytes) {
            fail(response, HttpResponse::Failure::Network, tr("the site's answer has a header line that is too long"));
            return false;
        }
        if (!wait(false, response, cancelled))
            return false;
    }
    *line = m_socket->readLine();
    while (line->endsWith('\n') || line->endsWith('\r'))
        line->chop(1);
    return true;
}

bool HttpConnection::readBytes(
    qint64 count, QByteArray *into, HttpResponse *response, const std::atomic_bool *cancelled)
{
    qint64 remaining = count;
    while (remaining > 0) {
        const QByteArray part = m_socket->read(remaining);
        into->append(part);
        remaining -= part.size();
        if (remaining > 0 && !wait(false, response, cancelled))
            return false;
    }
    return true;
}

HttpConnection::Step HttpConnection::exchange(const HttpRequest &request, bool reused, HttpResponse *response,
    const std::function<void(qint64, qint64)> &sent, const std::atomic_bool *cancelled)
{
    const QUrl &url = request.url;
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    const int defaultPort = isHttps(url) ? 443 : 80;
    QByteArray host = QUrl::toAce(url.host());
    if (url.host().contains(u':')) // an IPv6 address
        host = '[' + url.host().toLatin1() + ']';
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());

    QByteArray head = request.verb + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &[name, value] : request.headers)
        head += name + ": " + value + "\r\n";
    const qint64 total = request.body.size();
    if (total > 0 || request.verb == "POST" || request.verb == "PUT" || request.verb == "PATCH")
        head += "Content-Length: " + QByteArray::number(total) + "\r\n";
    head += "\r\n";

    // What counts as a stale kept connection: it failed before a single
    // byte of an answer came back.
    auto staleOr = [&](Step otherwise) { return reused && m_socket->bytesAvailable() == 0 ? Step::Stale : otherwise; };

    m_progress.start();
    qint64 queued = std::min(total, ChunkBytes);
    if (m_socket->write(head + request.body.left(queued)) < 0) {
        fail(response, HttpResponse::Failure::Network, m_socket->errorString());
        return staleOr(Step::Failed);
    }
    qint64 reported = -1;
    while (unsent(m_socket.get()) > 0 || queued < total) {
        // The site may answer before taking the whole body (a 413): read it.
        if (m_socket->bytesAvailable() > 0)
            break;
        if (queued < total && unsent(m_socket.get()) < QueuedBytes) {
            const qint64 size = std::min(ChunkBytes, total - queued);
            m_socket->write(request.body.constData() + queued, size);
            queued += size;
            continue;
        }
        if (!wait(true, response, cancelled)) {
            if (m_socket->bytesAvailable() > 0 && response->failure == HttpResponse::Failure::Network) {
                *response = HttpResponse();
                break;
            }
            return staleOr(Step::Failed);
        }
        // TLS records make the encrypted bytes a little more than the body's.
        const qint64 done = std::max<qint64>(0, queued - unsent(m_socket.get()));
        if (sent && total > 0 && done > reported) {
            reported = done;
            sent(done, total);
        }
    }
    if (sent && total > 0 && reported != total && unsent(m_socket.get()) == 0 && queued == total)
        sent(total, total);

    // The status line, skipping any 1xx interim answers.
    QByteArray line;
    bool http10 = false;
    for (;;) {
        if (!readLine(&line, response, cancelled))
            return staleOr(Step::Failed);
        if (line.isEmpty())
            continue; // a stray CRLF after a previous body
        if (!line.startsWith("HTTP/1.") || line.size() < 12 || line.at(8) != ' ') {
            fail(response, HttpResponse::Failure::Network, tr("the site's answer is not HTTP"));
            return Step::Failed;
        }
        http10 = line.at(7) == '0';
        bool ok = false;
        response->status = line.mid(9, 3).toInt(&ok);
        if (!ok) {
            fail(response, HttpResponse::Failure::Network, tr("the site's answer is not HTTP"));
            return Step::Failed;
        }
        response->headers.clear();
        qint64 headerBytes = 0;
        for (;;) {
            if (!readLine(&line, response, cancelled))
                return Step::Failed;
            if (line.isEmpty())
                break;
            headerBytes += line.size();
            if (headerBytes > MaxHeaderBytes) {
                fail(response, HttpResponse::Failure::Network, tr("the site's answer has too many headers"));
                return Step::Failed;
            }
            if ((line.startsWith(' ') || line.startsWith('\t')) && !response->headers.isEmpty()) {
                response->headers.last().second += ' ' + line.trimmed(); // an old-style folded line
                continue;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            response->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        if (response->status >= 100 && response->status < 200 && response->status != 101)
            continue;
        break;
    }

    const QByteArray connection = response->header("Connection").toLower();
    bool keep = http10 ? connection.contains("keep-alive") : !connection.contains("close");
    if (const QByteArray keepAlive = response->header("Keep-Alive").toLower(); !keepAlive.isEmpty()) {
        for (const QByteArray &part : keepAlive.split(',')) {
            const QByteArray item = part.trimmed();
            if (item.startsWith("timeout=")) {
                const qint64 seconds = item.mid(8).toLongLong();
                m_keepAliveMs = std::max<qint64>(0, seconds * 1000 - KeepAliveMarginMs);
            }
        }
    }

    const bool noBody = request.verb == "HEAD" || response->status == 204 || response->status == 304
        || (response->status >= 100 && response->status < 200);
    if (noBody) {
        // Nothing to read.
    } else if (response->header("Transfer-Encoding").toLower().contains("chunked")) {
        for (;;) {
            if (!readLine(&line, response, cancelled))
                return Step::Failed;
            const qsizetype extension = line.indexOf(';');
            bool ok = false;
            const qint64 size = (extension < 0 ? line : line.left(extension)).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || response->body.size() + size > MaxBodyBytes) {
                fail(response, HttpResponse::Failure::Network, tr("the site's answer is damaged"));
                return Step::Failed;
            }
            if (size == 0) {
                do { // trailers
                    if (!readLine(&line, response, cancelled))
                        return Step::Failed;
                } while (!line.isEmpty());
                break;
            }
            if (!readBytes(size, &response->body, response, cancelled) || !readLine(&line, response, cancelled))
                return Step::Failed;
        }
    } else if (const QByteArray length = response->header("Content-Length"); !length.isEmpty()) {
        bool ok = false;
        const qint64 size = length.toLongLong(&ok);
        if (!ok || size < 0 || size > MaxBodyBytes) {
            fail(response, HttpResponse::Failure::Network, tr("the site's answer is damaged"));
            return Step::Failed;
        }
        response->body.reserve(size);
        if (!readBytes(size, &response->body, response, cancelled))
            return Step::Failed;
    } else {
        // The body ends when the site closes the connection.
        keep = false;
        for (;;) {
            response->body.append(m_socket->readAll());
            if (response->body.size() > MaxBodyBytes) {
                fail(response, HttpResponse::Failure::Network, tr("the site's answer is too large"));
                return Step::Failed;
            }
            const int status = response->status;
            if (!wait(false, response, cancelled)) {
                if (response->failure != HttpResponse::Failure::Network)
                    return Step::Failed;
                response->body.append(m_socket->readAll());
                response->failure = HttpResponse::Failure::None;
                response->errorString.clear();
                response->status = status;
                break;
            }
        }
    }
    if (keep && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_idle.start();
    } else {
        close();
    }
    return Step::Done;
}

HttpResponse HttpConnection::send(
    HttpRequest request, const std::function<void(qint64 sent, qint64 total)> &sent, const std::atomic_bool *cancelled)
{
    HttpResponse response;
    for (int redirects = 0;; ++redirects) {
        response = HttpResponse();
        if (cancelled && cancelled->load()) {
            fail(&response, HttpResponse::Failure::Cancelled, tr("Cancelled."));
            return response;
        }
        const bool reused = reusableFor(request.url);
        if (!reused && !connectTo(request.url, &response, cancelled))
            return response;
        Step step = exchange(request, reused, &response, sent, cancelled);
        if (step == Step::Stale && isIdempotent(request.verb)) {
            // The site closed the kept connection as the request went out.
            // Asking again is harmless for a read; anything else may have
            // arrived, and only the caller knows how to find out.
            response = HttpResponse();
            if (!connectTo(request.url, &response, cancelled))
                return response;
            step = exchange(request, false, &response, sent, cancelled);
        }
        if (step != Step::Done) {
            close();
            return response;
        }
        const int status = response.status;
        const bool redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
        if (!redirect || !isIdempotent(request.verb) || redirects >= MaxRedirects)
            return response;
        const QUrl next = request.url.resolved(QUrl::fromEncoded(response.header("Location")));
        const bool web = next.scheme() == u"https"_s || next.scheme() == u"http"_s;
        if (!next.isValid() || !web || (isHttps(request.url) && !isHttps(next)))
            return response;
        if (next.host().compare(request.url.host(), Qt::CaseInsensitive) != 0) {
            // The account's password is for the site, not wherever it points.
            request.headers.removeIf(
                [](const auto &header) { return header.first.compare("Authorization", Qt::CaseInsensitive) == 0; });
        }
        request.url = next;
    }
}

} // namespace Byline
