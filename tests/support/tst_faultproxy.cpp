#include "faultproxy.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Byline::Test;

Q_LOGGING_CATEGORY(lcTest, "byline.test.faultproxy", QtInfoMsg)

using Fault = FaultProxy::Fault;
Q_DECLARE_METATYPE(Byline::Test::FaultProxy::Fault)
Q_DECLARE_METATYPE(Byline::Test::FaultProxy::Fault::Kind)
Q_DECLARE_METATYPE(QList<Byline::Test::FaultProxy::Fault>)

namespace {

constexpr qint64 FiveMegabytes = 5 * 1024 * 1024;

QByteArray sha256(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// Bytes no coincidence could pass off as right: a different stream for each seed.
QByteArray patternBody(qint64 size, int seed = 0)
{
    QByteArray body(size, Qt::Uninitialized);
    quint64 state = 0x9E3779B97F4A7C15ULL * quint64(seed + 1);
    for (qint64 i = 0; i < size; ++i) {
        if (i % 8 == 0)
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        body[i] = char(state >> (56 - 8 * (i % 8)));
    }
    return body;
}

// The body of a complete chunked message, or nothing while it is incomplete.
std::optional<QByteArray> decodeChunked(QByteArrayView data)
{
    QByteArray body;
    qsizetype at = 0;
    while (true) {
        const qsizetype lineEnd = data.indexOf("\r\n", at);
        if (lineEnd < 0)
            return std::nullopt;
        QByteArray sizeLine = data.sliced(at, lineEnd - at).toByteArray();
        if (const qsizetype extension = sizeLine.indexOf(';'); extension >= 0)
            sizeLine.truncate(extension);
        bool ok = false;
        const qsizetype size = sizeLine.trimmed().toLongLong(&ok, 16);
        if (!ok)
            return std::nullopt;
        at = lineEnd + 2;
        if (size == 0) {
            // Trailer lines up to an empty one.
            while (true) {
                const qsizetype end = data.indexOf("\r\n", at);
                if (end < 0)
                    return std::nullopt;
                if (end == at)
                    return body;
                at = end + 2;
            }
        }
        if (data.size() < at + size + 2)
            return std::nullopt;
        body += data.sliced(at, size);
        at += size + 2;
    }
}

struct UpstreamRequest
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    qint64 bodySize = 0;
    QByteArray bodySha256;
};

// What the upstream saw, shared between its thread and the test's.
struct UpstreamRecords
{
    QMutex mutex;
    QList<UpstreamRequest> requests;
    int incomplete = 0; // connections closed in the middle of a request
    qint64 bytesReceived = 0;
    int open = 0; // connections now open
};

// A tiny HTTP/1.1 origin in its own thread, standing in for WordPress:
//   /echo      answers JSON describing the request (method, target, headers, body length and SHA-256)
//   /download  answers ?size= bytes with their SHA-256 in X-Body-Sha256
//   /hang      never answers
//   /close     closes without answering; /half-head closes in the middle of the answer's head
// ?status=N answers N, ?chunked=1 answers in chunks, ?delay=MS answers late. Every answer closes the connection.
class UpstreamServer : public QObject
{
public:
    explicit UpstreamServer(UpstreamRecords *records)
        : m_records(records)
    {
        m_server.setProxy(QNetworkProxy::NoProxy);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                m_connections.insert(socket, {});
                {
                    QMutexLocker locker(&m_records->mutex);
                    ++m_records->open;
                }
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
            }
        });
    }

    ~UpstreamServer() override
    {
        m_server.close();
        const QList<QTcpSocket *> sockets = m_connections.keys();
        for (QTcpSocket *socket : sockets) {
            socket->disconnect(this);
            socket->abort();
            delete socket;
        }
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

private:
    struct Connection
    {
        QByteArray data;
        qsizetype bodyStart = -1;
        qint64 contentLength = 0;
        bool chunked = false;
        bool complete = false;
        UpstreamRequest request;
    };

    void onReadyRead(QTcpSocket *socket)
    {
        Connection &connection = m_connections[socket];
        const QByteArray received = socket->readAll();
        connection.data += received;
        {
            QMutexLocker locker(&m_records->mutex);
            m_records->bytesReceived += received.size();
        }
        if (connection.complete)
            return;
        if (connection.bodyStart < 0) {
            const qsizetype headEnd = connection.data.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            connection.bodyStart = headEnd + 4;
            const QList<QByteArray> lines = connection.data.left(headEnd).split('\n');
            const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
            connection.request.method = requestLine.value(0);
            connection.request.target = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0) {
                    connection.request.headers.insert(
                        lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
                }
            }
            connection.chunked = connection.request.headers.value("transfer-encoding").contains("chunked");
            connection.contentLength = connection.request.headers.value("content-length", "0").toLongLong();
        }
        const QByteArrayView rest = QByteArrayView(connection.data).sliced(connection.bodyStart);
        QByteArray body;
        if (connection.chunked) {
            std::optional<QByteArray> decoded = decodeChunked(rest);
            if (!decoded)
                return;
            body = *decoded;
        } else {
            if (rest.size() < connection.contentLength)
                return;
            body = rest.first(connection.contentLength).toByteArray();
        }
        connection.complete = true;
        connection.request.bodySize = body.size();
        connection.request.bodySha256 = sha256(body);
        connection.data.clear();
        {
            QMutexLocker locker(&m_records->mutex);
            m_records->requests.append(connection.request);
        }
        answer(socket, connection.request);
    }

    void onDisconnected(QTcpSocket *socket)
    {
        const Connection connection = m_connections.take(socket);
        {
            QMutexLocker locker(&m_records->mutex);
            --m_records->open;
            if (!connection.complete && (connection.bodyStart >= 0 || !connection.data.isEmpty()))
                ++m_records->incomplete;
        }
        socket->disconnect(this);
        socket->deleteLater();
    }

    void answer(QTcpSocket *socket, const UpstreamRequest &request)
    {
        const QUrl url(QString::fromLatin1("http://upstream" + request.target));
        const QUrlQuery query(url);
        if (url.path() == u"/hang"_s)
            return;
        if (url.path() == u"/close"_s || url.path() == u"/half-head"_s) {
            if (url.path() == u"/half-head"_s)
                socket->write("HTTP/1.1 200 OK\r\nX-Cut: sh");
            socket->disconnectFromHost();
            return;
        }
        const int status = query.hasQueryItem(u"status"_s) ? query.queryItemValue(u"status"_s).toInt() : 200;
        QByteArray extraHeaders;
        QByteArray body;
        QByteArray contentType = "application/json; charset=UTF-8";
        if (url.path() == u"/download"_s) {
            body = patternBody(query.queryItemValue(u"size"_s).toLongLong(), 7);
            contentType = "application/octet-stream";
            extraHeaders += "X-Body-Sha256: " + sha256(body) + "\r\n";
        } else {
            QJsonObject headers;
            for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
                headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
            body = QJsonDocument(
                QJsonObject {{u"method"_s, QString::fromLatin1(request.method)},
                    {u"target"_s, QString::fromLatin1(request.target)}, {u"headers"_s, headers},
                    {u"length"_s, request.bodySize}, {u"sha256"_s, QString::fromLatin1(request.bodySha256)}})
                       .toJson(QJsonDocument::Compact);
        }
        // Hop-by-hop headers the proxy must not pass on, and an end-to-end one it must.
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Test\r\nContent-Type: " + contentType
            + "\r\nX-End-To-End: kept\r\nX-Hop: dropped\r\nKeep-Alive: timeout=5\r\nConnection: close, X-Hop\r\n"
            + extraHeaders;
        QByteArray message;
        if (query.queryItemValue(u"chunked"_s) == u"1"_s) {
            message = head + "Transfer-Encoding: chunked\r\n\r\n";
            const qsizetype third = body.size() / 3 + 1;
            for (qsizetype at = 0; at < body.size(); at += third) {
                const QByteArray piece = body.mid(at, third);
                message += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
            }
            message += "0\r\n\r\n";
        } else {
            message = head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        }
        const int delayMs = query.queryItemValue(u"delay"_s).toInt();
        QTimer::singleShot(delayMs, socket, [socket, message] {
            if (socket->state() != QAbstractSocket::ConnectedState)
                return;
            socket->write(message);
            socket->disconnectFromHost();
        });
    }

    UpstreamRecords *const m_records;
    QTcpServer m_server;
    QHash<QTcpSocket *, Connection> m_connections;
};

class Upstream : public QThread
{
public:
    Upstream() { start(); }

    ~Upstream() override
    {
        quit();
        wait();
    }

    bool waitUntilListening()
    {
        m_ready.acquire();
        return m_port != 0;
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }

    QList<UpstreamRequest> requests()
    {
        QMutexLocker locker(&m_records.mutex);
        return m_records.requests;
    }

    int incomplete()
    {
        QMutexLocker locker(&m_records.mutex);
        return m_records.incomplete;
    }

    int openConnections()
    {
        QMutexLocker locker(&m_records.mutex);
        return m_records.open;
    }

    qint64 bytesReceived()
    {
        QMutexLocker locker(&m_records.mutex);
        return m_records.bytesReceived;
    }

    void clear()
    {
        QMutexLocker locker(&m_records.mutex);
        m_records.requests.clear();
        m_records.incomplete = 0;
        m_records.bytesReceived = 0;
    }

protected:
    void run() override
    {
        UpstreamServer server(&m_records);
        if (server.listen())
            m_port = server.port();
        m_ready.release();
        if (m_port != 0)
            exec();
    }

private:
    UpstreamRecords m_records;
    QSemaphore m_ready;
    quint16 m_port = 0;
};

struct ClientReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

// A whole HTTP exchange over one blocking socket, as another process or a blocked thread would make it: what
// came back before the proxy closed the connection.
QByteArray rawExchange(const QUrl &url, const QByteArray &request)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(5000))
        return "not connected: " + socket.errorString().toUtf8();
    socket.write(request);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
        socket.waitForReadyRead(100);
        answer += socket.readAll();
    }
    return answer + socket.readAll();
}

// LISTEN entries for a port in /proc/net/tcp or tcp6: the local addresses, hex as the kernel writes them.
QStringList listeningAddresses(const QString &table, int port)
{
    QFile file(table);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList addresses;
    const QString portHex = u"%1"_s.arg(port, 4, 16, QChar(u'0')).toUpper();
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 4 || fields.at(3) != "0A")
            continue;
        const QList<QByteArray> local = fields.at(1).split(':');
        if (local.size() == 2 && QString::fromLatin1(local.at(1)) == portHex)
            addresses.append(QString::fromLatin1(local.at(0)));
    }
    return addresses;
}

} // namespace

class tst_FaultProxy : public QObject
{
    Q_OBJECT

    std::unique_ptr<Upstream> m_upstream;
    std::unique_ptr<FaultProxy> m_proxy;
    QNetworkAccessManager m_network;

    ClientReply send(const QByteArray &method, const QString &target, const QByteArray &body = {},
        const QList<QNetworkReply::RawHeaderPair> &headers = {}, QUrl base = {})
    {
        if (base.isEmpty())
            base = m_proxy->url();
        QNetworkRequest request(base.resolved(QUrl(target)));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setTransferTimeout(10000);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_s);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        ClientReply result;
        result.elapsedMs = timer.elapsed();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.errorString = reply->errorString();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        return result;
    }

    QByteArray proxyLog() const { return m_proxy->log().join(u'\n').toUtf8(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Loopback only, whatever proxy the environment names.
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_upstream = std::make_unique<Upstream>();
        QVERIFY(m_upstream->waitUntilListening());
    }

    void init()
    {
        m_upstream->clear();
        m_proxy = std::make_unique<FaultProxy>(m_upstream->url());
        QVERIFY2(m_proxy->start(), qPrintable(m_proxy->errorString()));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qCWarning(lcTest).noquote() << "proxy log:\n" << m_proxy->log().join(u'\n');
        m_proxy.reset();
    }

    void passesRequestsThrough_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<qint64>("bodySize");
        QTest::addColumn<int>("status");

        QTest::newRow("nominal: GET") << QByteArray("GET") << u"/echo"_s << qint64(0) << 200;
        QTest::newRow("nominal: GET with a Korean query")
            << QByteArray("GET") << u"/echo?search=%ED%95%9C%EB%B9%9B&page=2"_s << qint64(0) << 200;
        QTest::newRow("nominal: POST of 5 MB byte for byte")
            << QByteArray("POST") << u"/wp-json/wp/v2/media"_s << FiveMegabytes << 200;
        QTest::newRow("nominal: PUT of a small body") << QByteArray("PUT") << u"/echo?id=3"_s << qint64(300) << 200;
        QTest::newRow("nominal: DELETE") << QByteArray("DELETE") << u"/echo/12?force=true"_s << qint64(0) << 200;
        QTest::newRow("nominal: 201 kept") << QByteArray("POST") << u"/echo?status=201"_s << qint64(10) << 201;
        QTest::newRow("nominal: 404 kept") << QByteArray("GET") << u"/echo?status=404"_s << qint64(0) << 404;
        QTest::newRow("nominal: chunked answer") << QByteArray("POST") << u"/echo?chunked=1"_s << qint64(70000) << 200;
    }

    void passesRequestsThrough()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, target);
        QFETCH(qint64, bodySize);
        QFETCH(int, status);

        const QByteArray body = patternBody(bodySize);
        const ClientReply reply = send(method, target, body, {{"X-Byline-Test", "passes"}});
        QVERIFY2(reply.status == status, qPrintable(reply.errorString));
        const QJsonObject echo = reply.object();
        QCOMPARE(echo.value(u"method"_s).toString().toLatin1(), method);
        QCOMPARE(echo.value(u"target"_s).toString(), target);
        QCOMPARE(echo.value(u"length"_s).toInteger(), bodySize);
        QCOMPARE(echo.value(u"sha256"_s).toString().toLatin1(), sha256(body));
        const QJsonObject headers = echo.value(u"headers"_s).toObject();
        QCOMPARE(headers.value(u"host"_s).toString(), m_upstream->url().authority());
        QCOMPARE(headers.value(u"connection"_s).toString(), u"close"_s);
        QCOMPARE(headers.value(u"x-byline-test"_s).toString(), u"passes"_s);
        QVERIFY(!headers.contains(u"keep-alive"_s));

        QCOMPARE(reply.header("Connection"), QByteArray("close"));
        QCOMPARE(reply.header("X-End-To-End"), QByteArray("kept"));
        QVERIFY(!reply.hasHeader("X-Hop"));
        QVERIFY(!reply.hasHeader("Keep-Alive"));

        QCOMPARE(m_upstream->requests().size(), 1);
        QCOMPARE(m_proxy->requestCount(), 1);
        QCOMPARE(m_proxy->forwardedCount(), 1);
        QCOMPARE(m_proxy->faultsFired(), 0);
        // The proxy writes its line when the upstream's close reaches it, which may be after the client is done.
        QTRY_COMPARE(m_proxy->log(),
            QStringList {QString::fromLatin1(method) + u' ' + target + u" -> "_s + QString::number(status)});
    }

    void streamsLargeAnswers()
    {
        const ClientReply reply = send("GET", u"/download?size=%1"_s.arg(FiveMegabytes));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.size(), FiveMegabytes);
        QCOMPARE(sha256(reply.body), reply.header("X-Body-Sha256"));
        qCInfo(lcTest) << "5 MB answer through the proxy in" << reply.elapsedMs << "ms";
    }

    void streamsTenLargeUploadsAtOnce()
    {
        QList<QByteArray> bodies;
        for (int i = 0; i < 10; ++i)
            bodies.append(patternBody(FiveMegabytes, i));
        const auto uploadAll = [&](const QUrl &base) -> qint64 {
            QList<QNetworkReply *> replies;
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < 10; ++i) {
                QNetworkRequest request(base.resolved(QUrl(u"/wp-json/wp/v2/media?n=%1"_s.arg(i))));
                request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
                request.setHeader(QNetworkRequest::ContentTypeHeader, u"image/jpeg"_s);
                replies.append(m_network.post(request, bodies.at(i)));
            }
            // A real event loop: QTRY's polling sleeps would starve QNAM's upload, fed from this thread.
            QEventLoop loop;
            int finished = 0;
            for (QNetworkReply *reply : std::as_const(replies)) {
                connect(reply, &QNetworkReply::finished, &loop, [&] {
                    if (++finished == replies.size())
                        loop.quit();
                });
            }
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            loop.exec();
            const bool done = finished == replies.size();
            const qint64 elapsed = timer.elapsed();
            for (int i = 0; i < 10; ++i) {
                std::unique_ptr<QNetworkReply> reply(replies.at(i));
                if (reply->error() != QNetworkReply::NoError) {
                    qCWarning(lcTest) << reply->errorString();
                    return -1;
                }
                const QJsonObject echo = QJsonDocument::fromJson(reply->readAll()).object();
                if (echo.value(u"sha256"_s).toString().toLatin1() != sha256(bodies.at(i)))
                    return -1;
            }
            return done ? elapsed : -1;
        };
        // BYLINE_FAULTPROXY_DIRECT=1 measures the same without the proxy, for comparison.
        const bool direct = qEnvironmentVariableIntValue("BYLINE_FAULTPROXY_DIRECT") == 1;
        const qint64 proxied = uploadAll(direct ? m_upstream->url() : m_proxy->url());
        QVERIFY(proxied >= 0);
        QCOMPARE(m_upstream->requests().size(), 10);
        QCOMPARE(m_proxy->forwardedCount(), direct ? 0 : 10);
        qCInfo(lcTest) << "10 x 5 MB uploads at once" << (direct ? "direct:" : "through the proxy:") << proxied << "ms";
    }

    void passesChunkedRequestBodies()
    {
        const QByteArray answer = rawExchange(m_proxy->url(),
            "POST /echo HTTP/1.1\r\nHost: example.test\r\nTransfer-Encoding: chunked\r\n"
            "Connection: keep-alive, X-Client-Hop\r\nX-Client-Hop: 1\r\nKeep-Alive: 300\r\n\r\n"
            "5\r\nhello\r\n6;note=ext\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
        const QJsonObject echo = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
        QCOMPARE(echo.value(u"length"_s).toInteger(), 11);
        QCOMPARE(echo.value(u"sha256"_s).toString().toLatin1(), sha256("hello world"));
        const QJsonObject headers = echo.value(u"headers"_s).toObject();
        QCOMPARE(headers.value(u"transfer-encoding"_s).toString(), u"chunked"_s);
        QCOMPARE(headers.value(u"host"_s).toString(), m_upstream->url().authority());
        QCOMPARE(headers.value(u"connection"_s).toString(), u"close"_s);
        QVERIFY(!headers.contains(u"x-client-hop"_s));
        QVERIFY(!headers.contains(u"keep-alive"_s));
        QCOMPARE(m_proxy->forwardedCount(), 1);
    }

    // Every attempt faulted (times -1): what the client finally sees, and what reached the upstream.
    void faultsAsTheClientSeesThem_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<qint64>("bodySize");
        // A reset reads as a close, or as an unknown error when it hits Qt in the middle of a write.
        QTest::addColumn<QList<int>>("errors");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("reachesUpstream");
        QTest::addColumn<QString>("logged");

        const auto fault = [](Fault::Kind kind) {
            Fault result;
            result.kind = kind;
            result.path = QRegularExpression(u"^/wp-json/wp/v2/"_s);
            result.times = -1;
            return result;
        };
        QTest::newRow("fault: DropBeforeForward on a POST")
            << fault(Fault::DropBeforeForward) << QByteArray("POST") << qint64(2000)
            << QList<int> {QNetworkReply::RemoteHostClosedError} << 0 << false
            << u"dropped before forwarding (fault)"_s;
        QTest::newRow("fault: DropBeforeForward on a GET")
            << fault(Fault::DropBeforeForward) << QByteArray("GET") << qint64(0)
            << QList<int> {QNetworkReply::RemoteHostClosedError} << 0 << false
            << u"dropped before forwarding (fault)"_s;
        QTest::newRow("fault: DropAfterForward on a POST")
            << fault(Fault::DropAfterForward) << QByteArray("POST") << qint64(2000)
            << QList<int> {QNetworkReply::RemoteHostClosedError} << 0 << true
            << u"200 forwarded, answer dropped (fault)"_s;
        QTest::newRow("fault: Status 503 on a POST")
            << fault(Fault::Status) << QByteArray("POST") << qint64(2000)
            << QList<int> {QNetworkReply::ServiceUnavailableError} << 503 << false << u"503 (fault)"_s;
        QTest::newRow("fault: ResetMidUpload of 5 MB")
            << fault(Fault::ResetMidUpload) << QByteArray("POST") << FiveMegabytes
            << QList<int> {QNetworkReply::RemoteHostClosedError, QNetworkReply::UnknownNetworkError} << 0 << false
            << u"reset after 2621440 of 5242880 body bytes (fault)"_s;
        Fault delay = fault(Fault::Delay);
        delay.delayMs = 50;
        QTest::newRow("fault: Delay on a POST")
            << delay << QByteArray("POST") << qint64(2000) << QList<int> {QNetworkReply::NoError} << 200 << true
            << u"200 (delayed 50 ms, fault)"_s;
    }

    void faultsAsTheClientSeesThem()
    {
        QFETCH(Fault, fault);
        QFETCH(QByteArray, method);
        QFETCH(qint64, bodySize);
        QFETCH(QList<int>, errors);
        QFETCH(int, status);
        QFETCH(bool, reachesUpstream);
        QFETCH(QString, logged);

        m_proxy->addFault(fault);
        const ClientReply reply = send(method, u"/wp-json/wp/v2/posts"_s, patternBody(bodySize));
        QVERIFY2(errors.contains(reply.error), qPrintable(u"%1 %2"_s.arg(reply.error).arg(reply.errorString)));
        QCOMPARE(reply.status, status);

        const int attempts = m_proxy->requestCount();
        QVERIFY(attempts >= 1);
        QCOMPARE(m_proxy->faultsFired(), attempts);
        // Each attempt reached the upstream, or none did.
        const QList<UpstreamRequest> seen = m_upstream->requests();
        QCOMPARE(seen.size(), reachesUpstream ? attempts : 0);
        QCOMPARE(m_proxy->forwardedCount(), seen.size());
        for (const UpstreamRequest &request : seen)
            QCOMPARE(request.bodySize, bodySize);
        QCOMPARE(m_upstream->incomplete(), 0);
        QTRY_COMPARE(m_proxy->log().size(), attempts);
        for (const QString &line : m_proxy->log())
            QCOMPARE(line, QString::fromLatin1(method) + u" /wp-json/wp/v2/posts -> "_s + logged);
        qCInfo(lcTest).noquote() << QTest::currentDataTag() << "attempts by Qt:" << attempts;
    }

    // Qt's HTTP channel sends a request again, up to twice, when the connection closes before any byte of the
    // answer. A fault that fires once is invisible to the client, and a POST whose answer was lost reaches
    // WordPress twice: the publish queue must make creates idempotent itself. Should Qt stop resending, this
    // test says so. (After ResetMidUpload Qt resends or fails with UnknownNetworkError, depending on whether the
    // reset meets a read or a write: not tested here, it cannot be made repeatable.)
    void qtResendsRequestsAfterASilentClose_data()
    {
        QTest::addColumn<Fault::Kind>("kind");
        QTest::addColumn<int>("upstreamRequests");

        QTest::newRow("Qt: DropBeforeForward once is retried unseen") << Fault::DropBeforeForward << 1;
        QTest::newRow("Qt: DropAfterForward once duplicates the POST") << Fault::DropAfterForward << 2;
    }

    void qtResendsRequestsAfterASilentClose()
    {
        QFETCH(Fault::Kind, kind);
        QFETCH(int, upstreamRequests);

        m_proxy->addFault({.kind = kind, .method = u"POST"_s});
        const ClientReply reply = send("POST", u"/wp-json/wp/v2/posts"_s, patternBody(100000));
        QVERIFY2(reply.error == QNetworkReply::NoError, qPrintable(reply.errorString));
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_proxy->requestCount(), 2);
        QCOMPARE(m_proxy->faultsFired(), 1);
        QCOMPARE(m_upstream->requests().size(), upstreamRequests);
    }

    void statusFaultCarriesRetryAfter()
    {
        m_proxy->addFault({.kind = Fault::Status,
            .path = QRegularExpression(u"^/wp-json/wp/v2/media"_s),
            .status = 429,
            .retryAfterSeconds = 7});
        const ClientReply reply = send("POST", u"/wp-json/wp/v2/media?context=edit"_s, patternBody(4096));
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.header("Retry-After"), QByteArray("7"));
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        QCOMPARE(reply.object().value(u"code"_s).toString(), u"proxy_fault"_s);
        QCOMPARE(reply.object().value(u"data"_s).toObject().value(u"status"_s).toInt(), 429);
        QVERIFY(!reply.object().value(u"message"_s).toString().isEmpty());
        QVERIFY(m_upstream->requests().isEmpty());
        QCOMPARE(m_proxy->log(), QStringList {u"POST /wp-json/wp/v2/media?context=edit -> 429 (fault)"_s});

        // Without retryAfterSeconds, no header.
        m_proxy->clearFaults();
        m_proxy->addFault({.kind = Fault::Status, .status = 502});
        const ClientReply plain = send("GET", u"/echo"_s);
        QCOMPARE(plain.status, 502);
        QVERIFY(!plain.hasHeader("Retry-After"));
    }

    void delayIsMeasurable()
    {
        const ClientReply direct = send("GET", u"/echo"_s);
        QCOMPARE(direct.status, 200);
        m_proxy->addFault({.kind = Fault::Delay, .method = u"GET"_s, .delayMs = 250});
        const ClientReply delayed = send("GET", u"/echo"_s);
        QCOMPARE(delayed.status, 200);
        QVERIFY2(delayed.elapsedMs >= 250, qPrintable(QString::number(delayed.elapsedMs)));
        QVERIFY2(delayed.elapsedMs < 250 + 2000, qPrintable(QString::number(delayed.elapsedMs)));
        qCInfo(lcTest) << "GET" << direct.elapsedMs << "ms, with a 250 ms delay" << delayed.elapsedMs << "ms";
        QCOMPARE(m_upstream->requests().size(), 2);
        QTRY_COMPARE(m_proxy->log().size(), 2);
        QCOMPARE(m_proxy->log().constLast(), u"GET /echo -> 200 (delayed 250 ms, fault)"_s);
    }

    void timesAndSkipAreHonoured_data()
    {
        QTest::addColumn<QList<Fault>>("faults");
        QTest::addColumn<QStringList>("requests");
        QTest::addColumn<QList<int>>("statuses");

        const auto status = [](int code, int times, int skip = 0, const QString &method = {},
                                const QString &path = {}) {
            Fault fault;
            fault.kind = Fault::Status;
            fault.status = code;
            fault.times = times;
            fault.skip = skip;
            fault.method = method;
            fault.path = QRegularExpression(path);
            return fault;
        };
        const QStringList fourGets {u"GET /echo"_s, u"GET /echo"_s, u"GET /echo"_s, u"GET /echo"_s};
        QTest::newRow("times: once, then through")
            << QList<Fault> {status(503, 1)} << fourGets << QList<int> {503, 200, 200, 200};
        QTest::newRow("times: twice after skipping one")
            << QList<Fault> {status(503, 2, 1)} << fourGets << QList<int> {200, 503, 503, 200};
        QTest::newRow("times: always") << QList<Fault> {status(503, -1)} << fourGets << QList<int> {503, 503, 503, 503};
        QTest::newRow("times: zero never fires")
            << QList<Fault> {status(503, 0)} << fourGets << QList<int> {200, 200, 200, 200};
        QTest::newRow("filter: a POST rule leaves GETs alone")
            << QList<Fault> {status(503, -1, 0, u"POST"_s)}
            << QStringList {u"GET /echo"_s, u"POST /echo"_s, u"GET /echo"_s} << QList<int> {200, 503, 200};
        QTest::newRow("filter: path pattern on path and query")
            << QList<Fault> {status(503, -1, 0, {}, u"^/wp-json/wp/v2/media(\\?|$)"_s)}
            << QStringList {u"GET /wp-json/wp/v2/posts"_s, u"GET /wp-json/wp/v2/media?x=1"_s,
                   u"GET /wp-json/wp/v2/media"_s, u"GET /echo?p=/wp-json/wp/v2/media"_s}
            << QList<int> {200, 503, 503, 200};
        QTest::newRow("filter: skip counts matching requests only")
            << QList<Fault> {status(503, 1, 1, {}, u"media"_s)}
            << QStringList {u"GET /posts"_s, u"GET /media"_s, u"GET /posts"_s, u"GET /media"_s, u"GET /media"_s}
            << QList<int> {200, 200, 200, 503, 200};
        QTest::newRow("order: first rule wins, then the next")
            << QList<Fault> {status(429, 1), status(503, 1)} << fourGets << QList<int> {429, 503, 200, 200};
    }

    void timesAndSkipAreHonoured()
    {
        QFETCH(QList<Fault>, faults);
        QFETCH(QStringList, requests);
        QFETCH(QList<int>, statuses);

        for (const Fault &fault : std::as_const(faults))
            m_proxy->addFault(fault);
        QList<int> seen;
        for (const QString &request : std::as_const(requests)) {
            const QStringList parts = request.split(u' ');
            seen.append(send(parts.at(0).toLatin1(), parts.at(1), parts.at(0) == u"POST"_s ? "x" : "").status);
        }
        QCOMPARE(seen, statuses);
        const auto passed = std::count(statuses.cbegin(), statuses.cend(), 200);
        QCOMPARE(m_proxy->requestCount(), requests.size());
        QCOMPARE(m_proxy->faultsFired(), requests.size() - passed);
        QCOMPARE(m_proxy->forwardedCount(), passed);
        QCOMPARE(m_upstream->requests().size(), passed);
    }

    // A fault with a chance fires on about that share of the requests, the
    // same ones again for the same seed; a Status fault can answer with a page.
    void chanceIsSeededAndStatusCanBeAPage()
    {
        auto statuses = [this](quint32 seed) {
            m_proxy->clearFaults();
            m_proxy->setSeed(seed);
            m_proxy->addFault({.kind = Fault::Status, .times = -1, .status = 503, .chance = 0.5});
            QList<int> seen;
            for (int i = 0; i < 40; ++i)
                seen.append(send("GET", u"/echo"_s).status);
            return seen;
        };
        const QList<int> first = statuses(7);
        const auto failed = std::count(first.cbegin(), first.cend(), 503);
        QVERIFY2(failed >= 8 && failed <= 32, qPrintable(QString::number(failed)));
        QCOMPARE(statuses(7), first);
        QVERIFY(statuses(8) != first);

        m_proxy->clearFaults();
        m_proxy->addFault({.kind = Fault::Status, .status = 502, .htmlBody = "<html><h1>Bad Gateway</h1></html>"});
        const ClientReply page = send("GET", u"/echo"_s);
        QCOMPARE(page.status, 502);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QCOMPARE(page.body, QByteArray("<html><h1>Bad Gateway</h1></html>"));
    }

    void countersResetAndFaultsClear()
    {
        m_proxy->addFault({.kind = Fault::Status, .times = -1});
        QCOMPARE(send("GET", u"/echo"_s).status, 503);
        m_proxy->clearFaults();
        QCOMPARE(send("GET", u"/echo"_s).status, 200);
        QCOMPARE(m_proxy->requestCount(), 2);
        m_proxy->resetCounters();
        QCOMPARE(m_proxy->requestCount(), 0);
        QCOMPARE(m_proxy->forwardedCount(), 0);
        QCOMPARE(m_proxy->faultsFired(), 0);
        QVERIFY(m_proxy->log().isEmpty());
    }

    void answers502WhenTheUpstreamFails_data()
    {
        QTest::addColumn<bool>("refuses");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<qint64>("bodySize");
        QTest::newRow("robustness: upstream refuses a GET") << true << u"/echo"_s << QByteArray("GET") << qint64(0);
        QTest::newRow("robustness: upstream refuses a POST of 1 MB")
            << true << u"/echo"_s << QByteArray("POST") << qint64(1024 * 1024);
        QTest::newRow("robustness: upstream closes without answering")
            << false << u"/close"_s << QByteArray("POST") << qint64(1000);
        QTest::newRow("robustness: upstream closes in the answer's head")
            << false << u"/half-head"_s << QByteArray("GET") << qint64(0);
    }

    void answers502WhenTheUpstreamFails()
    {
        QFETCH(bool, refuses);
        QFETCH(QString, target);
        QFETCH(QByteArray, method);
        QFETCH(qint64, bodySize);

        // A port that was just free.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl nowhere(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();

        FaultProxy proxy(refuses ? nowhere : m_upstream->url());
        QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
        const ClientReply reply = send(method, target, patternBody(bodySize), {}, proxy.url());
        QCOMPARE(reply.status, 502);
        QCOMPARE(reply.object().value(u"code"_s).toString(), u"proxy_upstream_failed"_s);
        QCOMPARE(proxy.requestCount(), 1);
        QCOMPARE(proxy.forwardedCount(), refuses ? 0 : 1);
        QCOMPARE(m_upstream->requests().size(), refuses ? 0 : 1);
        QCOMPARE(proxy.log().size(), 1);
        QVERIFY2(proxy.log().constFirst().startsWith(QString::fromLatin1(method) + u' ' + target + u" -> 502 "_s),
            qPrintable(proxy.log().constFirst()));
    }

    void survivesClientsThatGoAway()
    {
        // Mid-upload: the upstream gets a partial request and a close, never a whole one.
        {
            QTcpSocket socket;
            socket.connectToHost(m_proxy->url().host(), quint16(m_proxy->url().port()));
            QVERIFY(socket.waitForConnected(5000));
            socket.write("POST /wp-json/wp/v2/media HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n");
            socket.write(patternBody(100000));
            QVERIFY(socket.waitForBytesWritten(5000));
            QTRY_VERIFY(m_upstream->bytesReceived() > 0);
            socket.abort();
        }
        QTRY_COMPARE(m_proxy->log().size(), 1);
        QVERIFY2(m_proxy->log().constFirst().startsWith(
                     u"POST /wp-json/wp/v2/media -> client closed the connection after "_s),
            proxyLog().constData());
        QTRY_COMPARE(m_upstream->incomplete(), 1);

        // Waiting for the answer: WordPress finishes anyway, as it would on a real network.
        {
            QTcpSocket socket;
            socket.connectToHost(m_proxy->url().host(), quint16(m_proxy->url().port()));
            QVERIFY(socket.waitForConnected(5000));
            socket.write("POST /echo?delay=300 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc");
            QVERIFY(socket.waitForBytesWritten(5000));
            QTRY_COMPARE(m_upstream->requests().size(), 1);
            socket.abort();
        }
        QTRY_COMPARE(m_proxy->log().size(), 2);
        QCOMPARE(m_proxy->log().constLast(), u"POST /echo?delay=300 -> 200, client gone before the answer"_s);

        // Before finishing the head, and without a byte: nothing to log.
        {
            QTcpSocket socket;
            socket.connectToHost(m_proxy->url().host(), quint16(m_proxy->url().port()));
            QVERIFY(socket.waitForConnected(5000));
            socket.write("GET /echo HTTP/1.1\r\nHost:");
            QVERIFY(socket.waitForBytesWritten(5000));
            socket.abort();
            QTcpSocket silent;
            silent.connectToHost(m_proxy->url().host(), quint16(m_proxy->url().port()));
            QVERIFY(silent.waitForConnected(5000));
            silent.abort();
        }

        const ClientReply after = send("GET", u"/echo"_s);
        QCOMPARE(after.status, 200);
        QCOMPARE(m_proxy->requestCount(), 3);
        QTRY_COMPARE(m_proxy->log().size(), 3);
        QCOMPARE(m_proxy->log().constLast(), u"GET /echo -> 200"_s);
    }

    void refusesMalformedRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("robustness: not HTTP") << QByteArray("HELLO\r\n\r\n");
        QTest::newRow("robustness: bad Content-Length")
            << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: many\r\n\r\n");
        QTest::newRow("robustness: header without colon") << QByteArray("GET /echo HTTP/1.1\r\nnonsense\r\n\r\n");
        QTest::newRow("robustness: endless header line")
            << QByteArray("GET /echo HTTP/1.1\r\nX-Long: " + QByteArray(200000, 'a'));
    }

    void refusesMalformedRequests()
    {
        QFETCH(QByteArray, request);
        const QByteArray answer = rawExchange(m_proxy->url(), request);
        QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.left(200).constData());
        QVERIFY(m_upstream->requests().isEmpty());
        QCOMPARE(m_proxy->forwardedCount(), 0);
        QCOMPARE(send("GET", u"/echo"_s).status, 200);
    }

    void listensOnLoopbackOnly()
    {
        const QUrl url = m_proxy->url();
        QCOMPARE(url.scheme(), u"http"_s);
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QVERIFY(url.port() > 0);
        QCOMPARE(listeningAddresses(u"/proc/net/tcp"_s, url.port()), QStringList {u"0100007F"_s});
        QCOMPARE(listeningAddresses(u"/proc/net/tcp6"_s, url.port()), QStringList());
    }

    void stopReturnsPromptlyWithConnectionsOpen()
    {
        m_proxy->addFault({.kind = Fault::Delay, .path = QRegularExpression(u"^/slow"_s), .delayMs = 30000});
        const QUrl url = m_proxy->url();
        const auto open = [&url](const QByteArray &bytes) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(url.host(), quint16(url.port()));
            socket->waitForConnected(5000);
            socket->write(bytes);
            socket->waitForBytesWritten(5000);
            return socket;
        };
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        sockets.push_back(open({}));
        sockets.push_back(open("GET /echo HTTP/1.1\r\n"));
        sockets.push_back(open("POST /echo HTTP/1.1\r\nContent-Length: 100000\r\n\r\n" + patternBody(5000)));
        sockets.push_back(open("GET /slow HTTP/1.1\r\n\r\n"));
        sockets.push_back(open("GET /hang HTTP/1.1\r\n\r\n"));
        QTRY_COMPARE(m_upstream->requests().size(), 1); // the /hang one, waiting for an answer that never comes
        QTRY_COMPARE(m_proxy->requestCount(), 3);

        QElapsedTimer timer;
        timer.start();
        m_proxy->stop();
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
        qCInfo(lcTest) << "stop() with" << sockets.size() << "connections open took" << elapsed << "ms";
        QVERIFY(!m_proxy->isRunning());
        QVERIFY(m_proxy->url().isEmpty());
        for (const auto &socket : sockets) {
            if (socket->state() != QAbstractSocket::UnconnectedState)
                QVERIFY(socket->waitForDisconnected(2000));
        }
        QTcpSocket late;
        late.connectToHost(url.host(), quint16(url.port()));
        QVERIFY(!late.waitForConnected(2000));
        // No connection to the upstream outlives the proxy.
        QTRY_COMPARE(m_upstream->openConnections(), 0);
        QCOMPARE(m_upstream->requests().size(), 1);

        // And it starts again, on a new port.
        QVERIFY2(m_proxy->start(), qPrintable(m_proxy->errorString()));
        QCOMPARE(send("GET", u"/echo"_s).status, 200);
    }

    void servesClientsOnOtherThreads()
    {
        // Clients in two threads at once, each blocking its own thread; the rules are changed meanwhile.
        const QUrl url = m_proxy->url();
        QList<QByteArray> answers(2);
        std::unique_ptr<QThread> first(QThread::create(
            [&] { answers[0] = rawExchange(url, "PUT /echo HTTP/1.1\r\nContent-Length: 5\r\n\r\nfirst"); }));
        std::unique_ptr<QThread> second(QThread::create(
            [&] { answers[1] = rawExchange(url, "PUT /echo HTTP/1.1\r\nContent-Length: 6\r\n\r\nsecond"); }));
        first->start();
        second->start();
        m_proxy->addFault({.kind = Fault::Status, .path = QRegularExpression(u"^/never"_s)});
        QVERIFY(first->wait(10000));
        QVERIFY(second->wait(10000));
        for (const QByteArray &answer : std::as_const(answers))
            QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
        QCOMPARE(m_upstream->requests().size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_FaultProxy)
#include "tst_faultproxy.moc"
