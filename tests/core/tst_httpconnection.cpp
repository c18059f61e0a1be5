#include "common/logging.h"
#include "loopbackproxy.h"
#include "publish/httpconnection.h"
#include "scriptedhttpsite.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QNetworkProxy>
#include <QScopeGuard>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Byline;
using namespace HttpTesting;

namespace {

QByteArray answer(const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n"
        + body;
}

HttpRequest get(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    return request;
}

HttpRequest post(const QUrl &url, const QByteArray &body)
{
    HttpRequest request {"POST", url, {{"Content-Type", "application/json"}}, body};
    return request;
}

} // namespace

Q_DECLARE_METATYPE(HttpResponse::Failure)

// The blocking HTTP/1.1 client publish targets talk to WordPress with:
// bodies in every framing, connection reuse, and above all that a POST goes
// out once, whatever the connection does.
class tst_HttpConnection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedServer> m_server;
    // Short enough that a bug shows as a failed row, not a hung test.
    static constexpr auto Timeout = 5s;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->port() != 0);
    }
    void cleanup() { m_server.reset(); }

    void answers_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("serverCloses");
        QTest::addColumn<HttpResponse::Failure>("failure");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");

        const QByteArray korean =
            "\xed\x95\x9c\xeb\xb9\x9b\xec\x9d\xbc\xeb\xb3\xb4 \xea\xb8\xb0\xec\x82\xac"; // 한빛일보 기사
        const auto none = HttpResponse::Failure::None;
        QTest::newRow("nominal: Content-Length body with Korean")
            << answer("{\"title\":\"" + korean + "\"}", "content-type: application/json; charset=UTF-8\r\n") << false
            << none << 200 << QByteArray("{\"title\":\"" + korean + "\"}")
            << QByteArray("application/json; charset=UTF-8");
        const QByteArray chunked =
            "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n"
            "5\r\nhello\r\n1;name=value\r\n \r\nc\r\n"
            + korean.left(12) + "\r\nA\r\n0123456789\r\n0\r\nX-Trailer: yes\r\nX-Other: 1\r\n\r\n";
        QTest::newRow("nominal: chunked body with an extension and trailers")
            << chunked << false << none << 201 << QByteArray("hello " + korean.left(12) + "0123456789")
            << QByteArray("text/plain");
        QTest::newRow("nominal: body ended by the site closing")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n" + korean.repeated(1000)) << true << none
            << 200 << korean.repeated(1000) << QByteArray("text/plain");
        QTest::newRow("nominal: 100 Continue before the answer")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\n" + answer("done")) << false << none << 200
            << QByteArray("done") << QByteArray();
        QTest::newRow("nominal: 204 has no body")
            << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << none << 204 << QByteArray() << QByteArray();
        QTest::newRow("robustness: an answer that is not HTTP")
            << QByteArray("hello\r\n\r\n") << false << HttpResponse::Failure::Network << 0 << QByteArray()
            << QByteArray();
        QTest::newRow("robustness: a chunk size that is not hexadecimal")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n") << false
            << HttpResponse::Failure::Network << 0 << QByteArray() << QByteArray();
        QTest::newRow("robustness: a Content-Length the site does not deliver")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort") << true
            << HttpResponse::Failure::Network << 0 << QByteArray() << QByteArray();
    }

    void answers()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, serverCloses);
        QFETCH(HttpResponse::Failure, failure);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);

        m_server->script({Reply::Action::Answer, raw, serverCloses});
        HttpConnection connection(Timeout);
        HttpRequest request = get(m_server->url(u"/wp-json/wp/v2/posts/7?context=edit"_s));
        request.headers.emplaceBack("Accept", "application/json");
        const HttpResponse response = connection.send(request);

        QCOMPARE(response.failure, failure);
        QCOMPARE(response.status, status);
        if (failure == HttpResponse::Failure::None) {
            QVERIFY2(response.errorString.isEmpty(), qPrintable(response.errorString));
            QCOMPARE(response.body, body);
        } else {
            QVERIFY(!response.errorString.isEmpty());
        }
        // header() ignores case, as HTTP does.
        QCOMPARE(response.header("Content-Type"), contentType);
        QCOMPARE(response.header("CONTENT-TYPE"), contentType);
        QCOMPARE(response.header("X-Absent"), QByteArray());

        const QList<ReceivedRequest> requests = m_server->requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0).method, "GET");
        QCOMPARE(requests.at(0).path, "/wp-json/wp/v2/posts/7?context=edit");
        QCOMPARE(requests.at(0).header("Host"), "127.0.0.1:" + QByteArray::number(m_server->port()));
        QCOMPARE(requests.at(0).header("Accept"), "application/json");
        QCOMPARE(requests.at(0).bodySize, 0);
    }

    void keepAlive()
    {
        for (int i = 0; i < 3; ++i)
            m_server->script({Reply::Action::Answer, answer("story " + QByteArray::number(i))});
        HttpConnection connection(Timeout);
        for (int i = 0; i < 3; ++i) {
            const HttpResponse response = connection.send(get(m_server->url(u"/story/%1"_s.arg(i))));
            QCOMPARE(response.status, 200);
            QCOMPARE(response.body, "story " + QByteArray::number(i));
        }
        QCOMPARE(connection.connectionsOpened(), 1);
        QCOMPARE(m_server->connectionsAccepted(), 1);
        const QList<ReceivedRequest> requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(requests.at(i).path, "/story/" + QByteArray::number(i));
            QCOMPARE(requests.at(i).connection, 1);
        }
    }

    void connectionClose()
    {
        m_server->script({Reply::Action::Answer, answer("first", "Connection: close\r\n"), true});
        m_server->script({Reply::Action::Answer, answer("second")});
        HttpConnection connection(Timeout);
        QCOMPARE(connection.send(get(m_server->url(u"/a"_s))).body, "first");
        const HttpResponse second = connection.send(get(m_server->url(u"/b"_s)));
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, "second");
        QCOMPARE(connection.connectionsOpened(), 2);
        QCOMPARE(m_server->connectionsAccepted(), 2);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(1).connection, 2);
    }

    void keepAliveTimeout_data()
    {
        QTest::addColumn<int>("seconds"); // what the site says in Keep-Alive: timeout=
        QTest::addColumn<int>("pauseMs");
        QTest::addColumn<int>("expectedOpened");

        QTest::newRow("nominal: timeout=1, a request 1.2 s later opens a new connection") << 1 << 1200 << 2;
        QTest::newRow("nominal: timeout=3, a request at once reuses the connection") << 3 << 0 << 1;
        QTest::newRow("nominal: timeout=2, a request 1.2 s later keeps a second clear of the site's close")
            << 2 << 1200 << 2;
    }

    void keepAliveTimeout()
    {
        QFETCH(int, seconds);
        QFETCH(int, pauseMs);
        QFETCH(int, expectedOpened);

        const QByteArray keepAlive = "Keep-Alive: timeout=" + QByteArray::number(seconds) + ", max=100\r\n";
        m_server->script({Reply::Action::Answer, answer("first", keepAlive), false, seconds * 1000});
        m_server->script({Reply::Action::Answer, answer("second", keepAlive), false, seconds * 1000});
        HttpConnection connection(Timeout);
        QCOMPARE(connection.send(get(m_server->url(u"/a"_s))).status, 200);
        QThread::msleep(pauseMs);
        const HttpResponse second = connection.send(get(m_server->url(u"/b"_s)));
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, "second");
        QCOMPARE(connection.connectionsOpened(), expectedOpened);
        QCOMPARE(m_server->connectionsAccepted(), expectedOpened);
        // Each request reached the site once: none went to a connection it had given up.
        const QList<ReceivedRequest> requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(1).connection, expectedOpened);
    }

    // A kept connection the site has given up on is noticed before the
    // request goes out, so even a POST is safe to send on a new one.
    void keptConnectionGone_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<bool>("stray"); // the site sends bytes after its answer instead of closing

        QTest::newRow("robustness: closed while idle, the next GET goes on a new connection")
            << QByteArray("GET") << false;
        QTest::newRow("robustness: closed while idle, the next POST goes on a new connection")
            << QByteArray("POST") << false;
        QTest::newRow("robustness: stray bytes after an answer, the next POST goes on a new connection")
            << QByteArray("POST") << true;
    }

    void keptConnectionGone()
    {
        QFETCH(QByteArray, verb);
        QFETCH(bool, stray);

        m_server->script(
            {Reply::Action::Answer, answer("first") + (stray ? "HTTP/1.1 200 OK\r\n" : ""), false, stray ? -1 : 50});
        m_server->script({Reply::Action::Answer, answer("second")});
        HttpConnection connection(Timeout);
        QCOMPARE(connection.send(get(m_server->url(u"/a"_s))).body, "first");
        QThread::msleep(300); // the site has closed the idle connection, or the stray bytes are in
        HttpRequest request = post(m_server->url(u"/b"_s), verb == "POST" ? "{}" : "");
        request.verb = verb;
        const HttpResponse second = connection.send(request);
        QVERIFY2(second.failure == HttpResponse::Failure::None, qPrintable(second.errorString));
        QCOMPARE(second.body, "second");
        QCOMPARE(connection.connectionsOpened(), 2);
        const QList<ReceivedRequest> requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(1).method, verb);
        QCOMPARE(requests.at(1).connection, 2);
    }

    // The exactly-once property: a request that may have arrived is never
    // sent again behind the caller's back, unless it is a harmless read.
    void closedUnanswered_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<bool>("kept"); // sent on a connection kept from an earlier answer
        QTest::addColumn<int>("expectedStatus"); // 0: a network failure
        QTest::addColumn<int>("expectedSeen"); // how often the site saw it

        QTest::newRow("robustness: POST on a new connection closed unanswered is sent once")
            << QByteArray("POST") << false << 0 << 1;
        QTest::newRow("robustness: POST on a kept connection closed unanswered is sent once")
            << QByteArray("POST") << true << 0 << 1;
        QTest::newRow("robustness: PUT on a kept connection closed unanswered is sent once")
            << QByteArray("PUT") << true << 0 << 1;
        QTest::newRow("robustness: GET on a new connection closed unanswered fails")
            << QByteArray("GET") << false << 0 << 1;
        QTest::newRow("robustness: GET on a kept connection closed unanswered is asked again on a new one")
            << QByteArray("GET") << true << 200 << 2;
    }

    void closedUnanswered()
    {
        QFETCH(QByteArray, verb);
        QFETCH(bool, kept);
        QFETCH(int, expectedStatus);
        QFETCH(int, expectedSeen);

        HttpConnection connection(Timeout);
        if (kept) {
            m_server->script({Reply::Action::Answer, answer("[]")});
            QCOMPARE(connection.send(get(m_server->url(u"/wp-json/wp/v2/posts"_s))).status, 200);
        }
        m_server->script({Reply::Action::CloseUnanswered});
        m_server->script({Reply::Action::Answer, answer("{\"id\":1}")}); // only for a request sent again

        HttpRequest request = post(m_server->url(u"/wp-json/wp/v2/posts"_s), "{\"title\":\"Headline\"}");
        request.verb = verb;
        if (verb == "GET")
            request.body.clear();
        const HttpResponse response = connection.send(request);

        QCOMPARE(response.status, expectedStatus);
        if (expectedStatus == 0) {
            QCOMPARE(response.failure, HttpResponse::Failure::Network);
            QVERIFY(!response.errorString.isEmpty());
        } else {
            QCOMPARE(response.failure, HttpResponse::Failure::None);
        }
        QList<ReceivedRequest> requests = m_server->requests();
        if (kept)
            requests.removeFirst();
        QCOMPARE(requests.size(), expectedSeen);
        for (const ReceivedRequest &seen : std::as_const(requests)) {
            QCOMPARE(seen.method, verb);
            QCOMPARE(seen.bodySize, request.body.size());
        }
        QCOMPARE(requests.constLast().connection, expectedSeen);
        QCOMPARE(m_server->connectionsAccepted(), expectedSeen);
    }

    void stalled()
    {
        m_server->script({Reply::Action::Stall});
        HttpConnection connection(300ms);
        QElapsedTimer clock;
        clock.start();
        const HttpResponse response = connection.send(post(m_server->url(u"/wp-json/wp/v2/posts"_s), "{}"));
        QCOMPARE(response.failure, HttpResponse::Failure::Timeout);
        QCOMPARE(response.status, 0);
        QVERIFY(!response.errorString.isEmpty());
        QVERIFY2(clock.elapsed() >= 250 && clock.elapsed() < 3000, QByteArray::number(clock.elapsed()));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void cancel_data()
    {
        QTest::addColumn<int>("afterMs"); // 0: cancelled before send

        QTest::newRow("nominal: cancelled before sending, nothing goes out") << 0;
        QTest::newRow("nominal: cancelled while the site stalls") << 200;
    }

    void cancel()
    {
        QFETCH(int, afterMs);

        m_server->script({Reply::Action::Stall});
        HttpConnection connection; // the default minute: only the flag can end this
        std::atomic_bool cancelled = afterMs == 0;
        std::thread canceller([&cancelled, afterMs] {
            std::this_thread::sleep_for(std::chrono::milliseconds(afterMs));
            cancelled = true;
        });
        QElapsedTimer clock;
        clock.start();
        const HttpResponse response = connection.send(get(m_server->url(u"/a"_s)), {}, &cancelled);
        const qint64 elapsed = clock.elapsed();
        canceller.join();

        QCOMPARE(response.failure, HttpResponse::Failure::Cancelled);
        QVERIFY(!response.errorString.isEmpty());
        QVERIFY2(elapsed < 2000, QByteArray::number(elapsed));
        QCOMPARE(m_server->requests().size(), afterMs == 0 ? 0 : 1);
    }

    void uploadProgress()
    {
        QByteArray body(1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < body.size(); ++i)
            body[i] = char(i * 7);
        m_server->script({Reply::Action::Answer, "HTTP/1.1 201 Created\r\nContent-Length: 8\r\n\r\n{\"id\":9}"});
        HttpConnection connection(Timeout);
        QList<std::pair<qint64, qint64>> progress;
        HttpRequest request {"POST", m_server->url(u"/wp-json/wp/v2/media"_s), {{"Content-Type", "image/jpeg"}}, body};
        const HttpResponse response =
            connection.send(request, [&progress](qint64 sent, qint64 total) { progress.append({sent, total}); });

        QCOMPARE(response.status, 201);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().at(0).bodySize, body.size());
        QCOMPARE(m_server->requests().at(0).header("Content-Length"), QByteArray::number(body.size()));
        QVERIFY(!progress.isEmpty());
        for (qsizetype i = 0; i < progress.size(); ++i) {
            QCOMPARE(progress.at(i).second, body.size());
            QVERIFY(progress.at(i).first >= 0 && progress.at(i).first <= body.size());
            if (i > 0)
                QVERIFY(progress.at(i).first >= progress.at(i - 1).first);
        }
        QCOMPARE(progress.constLast(), std::make_pair(qint64(body.size()), qint64(body.size())));
    }

    // RFC 9112 section 9.6: a site that answers a big upload early may reset
    // the connection with the upload unread. The client stops writing as soon
    // as an answer arrives and keeps what it read, so the refusal reaches the
    // person either way (Apache and nginx read on and throw the body away
    // before closing).
    void earlyAnswerToUpload_data()
    {
        QTest::addColumn<bool>("closeAtOnce");

        QTest::newRow("nominal: 413 after the headers, the site reads on (lingering close)") << false;
        QTest::newRow("robustness: 413 after the headers, the site resets the connection with the upload unread")
            << true;
    }

    void earlyAnswerToUpload()
    {
        QFETCH(bool, closeAtOnce);

        const QByteArray refusal = "{\"code\":\"rest_upload_too_large\"}";
        m_server->script({Reply::Action::AnswerAfterHeaders,
            "HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                + QByteArray::number(refusal.size()) + "\r\n\r\n" + refusal,
            closeAtOnce});
        HttpConnection connection(Timeout);
        HttpRequest request {"POST", m_server->url(u"/wp-json/wp/v2/media"_s), {{"Content-Type", "image/jpeg"}},
            QByteArray(8 * 1024 * 1024, 'x')};
        QElapsedTimer clock;
        clock.start();
        const HttpResponse response = connection.send(request);

        QVERIFY2(clock.elapsed() < 4000, QByteArray::number(clock.elapsed()));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->connectionsAccepted(), 1);
        QVERIFY2(response.failure == HttpResponse::Failure::None, qPrintable(response.errorString));
        QCOMPARE(response.status, 413);
        QCOMPARE(response.body, refusal);
    }

    // Newsroom sites are https: the same exchange through QSslSocket, with the
    // system's trust and no certificate error ignored.
    void tls_data()
    {
        QTest::addColumn<bool>("trusted");

        QTest::newRow("nominal: a trusted certificate: reads, reuse and an upload") << true;
        QTest::newRow("robustness: a certificate nobody vouches for is refused before sending") << false;
    }

    void tls()
    {
        QFETCH(bool, trusted);
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        const QString directory = qEnvironmentVariable("BYLINE_SOURCE_DIR") + u"/tests/data/tls/"_s;
        QFile certificateFile(directory + u"site.crt"_s);
        QFile keyFile(directory + u"site.key"_s);
        QVERIFY2(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly), qPrintable(directory));
        const QSslCertificate certificate(&certificateFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Ec, QSsl::Pem);
        QVERIFY(!certificate.isNull() && !key.isNull());

        QSslConfiguration site = QSslConfiguration::defaultConfiguration();
        site.setLocalCertificate(certificate);
        site.setPrivateKey(key);
        site.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server = std::make_unique<ScriptedServer>(site);
        QVERIFY(m_server->port() != 0);

        HttpConnection connection(Timeout);
        if (trusted)
            connection.addTrustedCertificates(certificate.toPem()); // on top of the system's
        m_server->script({Reply::Action::Answer, answer("first")});
        const HttpResponse first = connection.send(get(m_server->url(u"/wp-json/"_s)));
        if (!trusted) {
            QCOMPARE(first.failure, HttpResponse::Failure::Certificate);
            QVERIFY2(first.errorString.contains(u"certificate"_s, Qt::CaseInsensitive), qPrintable(first.errorString));
            QVERIFY(m_server->requests().isEmpty());
            return;
        }
        QVERIFY2(first.failure == HttpResponse::Failure::None, qPrintable(first.errorString));
        QCOMPARE(first.body, QByteArray("first"));

        const QByteArray photo(1024 * 1024 + 17, 'j');
        QList<std::pair<qint64, qint64>> progress;
        m_server->script({Reply::Action::Answer, answer("{\"id\":41}")});
        const HttpResponse upload = connection.send(post(m_server->url(u"/wp-json/wp/v2/media"_s), photo),
            [&](qint64 sent, qint64 total) { progress.append({sent, total}); });
        QVERIFY2(upload.failure == HttpResponse::Failure::None, qPrintable(upload.errorString));
        QCOMPARE(upload.body, QByteArray("{\"id\":41}"));
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(1).bodySize, photo.size());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast(), std::make_pair(qint64(photo.size()), qint64(photo.size())));
        QCOMPARE(connection.connectionsOpened(), 1);
        QCOMPARE(m_server->connectionsAccepted(), 1);
    }

    void redirects_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("location"); // %1: the server's port
        QTest::addColumn<int>("expectedStatus");
        QTest::addColumn<bool>("keepsAuthorization");

        QTest::newRow("nominal: GET follows a relative 302") << QByteArray("GET") << u"/next?page=2"_s << 200 << true;
        QTest::newRow("nominal: GET to another host name goes without the password")
            << QByteArray("GET") << u"http://localhost:%1/next?page=2"_s << 200 << false;
        QTest::newRow("robustness: POST is not redirected") << QByteArray("POST") << u"/next?page=2"_s << 302 << true;
        QTest::newRow("nominal: HEAD follows a relative 302") << QByteArray("HEAD") << u"/next?page=2"_s << 200 << true;
    }

    void redirects()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, location);
        QFETCH(int, expectedStatus);
        QFETCH(bool, keepsAuthorization);

        if (location.contains(u"localhost"_s)
            && !QHostInfo::fromName(u"localhost"_s).addresses().contains(QHostAddress(QHostAddress::LocalHost)))
            QSKIP("localhost does not resolve to 127.0.0.1 here, and the server listens there only");
        const QByteArray moved = "HTTP/1.1 302 Found\r\nLocation: "
            + (location.contains(u"%1"_s) ? location.arg(m_server->port()) : location).toLatin1()
            + "\r\nContent-Length: 5\r\n\r\nmoved";
        // An answer to HEAD has the headers of one to GET and no body.
        const auto forVerb = [&verb](const QByteArray &raw) { return verb == "HEAD" ? raw.chopped(5) : raw; };
        m_server->script({Reply::Action::Answer, forVerb(moved)});
        m_server->script({Reply::Action::Answer, forVerb(answer("final"))});
        HttpConnection connection(Timeout);
        HttpRequest request = post(m_server->url(u"/start"_s), verb == "POST" ? "{}" : "");
        request.verb = verb;
        request.headers.emplaceBack("Authorization", "Basic ZGVzazpzZWNyZXQ=");
        const HttpResponse response = connection.send(request);

        QCOMPARE(response.failure, HttpResponse::Failure::None);
        QCOMPARE(response.status, expectedStatus);
        QCOMPARE(response.body, verb == "HEAD" ? QByteArray() : QByteArray(expectedStatus == 200 ? "final" : "moved"));
        const QList<ReceivedRequest> requests = m_server->requests();
        QCOMPARE(requests.size(), expectedStatus == 200 ? 2 : 1);
        QCOMPARE(requests.at(0).header("Authorization"), "Basic ZGVzazpzZWNyZXQ=");
        if (requests.size() == 2) {
            QCOMPARE(requests.at(1).method, verb);
            QCOMPARE(requests.at(1).path, "/next?page=2");
            QCOMPARE(!requests.at(1).header("Authorization").isEmpty(), keepsAuthorization);
            QCOMPARE(requests.at(1).header("Host").startsWith("localhost:"), location.contains(u"localhost"_s));
        }
    }

    // A download (a photo's original) streams to the caller as it comes: the
    // redirect's and an error page's bodies do not, and the caller stops it.
    void receive()
    {
        const QByteArray photo(3 * 1024 * 1024, 'p');
        m_server->script(
            {Reply::Action::Answer, "HTTP/1.1 302 Found\r\nLocation: /file\r\nContent-Length: 5\r\n\r\nmoved"});
        m_server->script({Reply::Action::Answer, answer(photo)});
        HttpConnection connection(Timeout);
        QByteArray received;
        int calls = 0;
        HttpResponse response = connection.send(get(m_server->url(u"/start"_s)), {}, nullptr, [&](QByteArrayView data) {
            received += data;
            ++calls;
            return true;
        });
        QCOMPARE(response.failure, HttpResponse::Failure::None);
        QCOMPARE(response.status, 200);
        QVERIFY(response.body.isEmpty());
        QCOMPARE(received, photo);
        QVERIFY(calls > 1);

        // An error page is the caller's to read, not the file's.
        m_server->script({Reply::Action::Answer, "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nnot here."});
        received.clear();
        response = connection.send(get(m_server->url(u"/gone"_s)), {}, nullptr, [&](QByteArrayView data) {
            received += data;
            return true;
        });
        QCOMPARE(response.status, 404);
        QCOMPARE(response.body, "not here.");
        QVERIFY(received.isEmpty());

        // Stopped by the caller: an answer too large, nothing more taken.
        m_server->script({Reply::Action::Answer, answer(photo)});
        qint64 taken = 0;
        response = connection.send(get(m_server->url(u"/file"_s)), {}, nullptr, [&](QByteArrayView data) {
            if (taken + data.size() > 100 * 1024)
                return false;
            taken += data.size();
            return true;
        });
        QCOMPARE(response.failure, HttpResponse::Failure::Network);
        QVERIFY(response.damaged);
        QVERIFY(taken <= 100 * 1024);
        QVERIFY(response.body.isEmpty());
    }

    // The timeout restarts with every byte; the deadline does not, so a site
    // that answers a byte at a time cannot hold the queue for ever. It grows
    // with the body, so a large upload on a slow line is not cut short.
    void deadline_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<int>("bodyBytes");
        QTest::addColumn<int>("trickleMs"); // -1: the site reads the request and never answers
        QTest::addColumn<bool>("completes");
        QTest::addColumn<int>("minMs");
        QTest::addColumn<int>("maxMs");

        // Base 800 ms, bodies at 1 MB/s at least.
        QTest::newRow("robustness: an answer trickling a byte every 100 ms is cut at the deadline")
            << QByteArray("GET") << 0 << 100 << false << 750 << 2500;
        QTest::newRow("nominal: an answer trickling a byte every 10 ms that ends in time is taken")
            << QByteArray("GET") << 0 << 10 << true << 0 << 2500;
        QTest::newRow("robustness: a read the site never answers ends at the base deadline")
            << QByteArray("GET") << 0 << -1 << false << 750 << 2000;
        QTest::newRow("nominal: a 2 MB upload gets 2 s more before its deadline")
            << QByteArray("POST") << 2000000 << -1 << false << 2750 << 4500;
    }

    void deadline()
    {
        QFETCH(QByteArray, verb);
        QFETCH(int, bodyBytes);
        QFETCH(int, trickleMs);
        QFETCH(bool, completes);
        QFETCH(int, minMs);
        QFETCH(int, maxMs);

        const QByteArray raw = answer(trickleMs == 100 ? QByteArray(200, 'x') : QByteArray("ok"));
        if (trickleMs > 0)
            m_server->script({Reply::Action::Answer, raw, false, -1, trickleMs});
        else
            m_server->script({Reply::Action::Stall});
        HttpConnection connection(6s); // longer than any pause here: only the deadline can end these
        connection.setDeadline(800ms, 1000 * 1000);
        HttpRequest request = post(m_server->url(u"/wp-json/wp/v2/media"_s), QByteArray(bodyBytes, 'j'));
        request.verb = verb;
        QElapsedTimer clock;
        clock.start();
        const HttpResponse response = connection.send(request);
        const qint64 elapsed = clock.elapsed();

        if (completes) {
            QVERIFY2(response.failure == HttpResponse::Failure::None, qPrintable(response.errorString));
            QCOMPARE(response.body, QByteArray("ok"));
        } else {
            QCOMPARE(response.failure, HttpResponse::Failure::Timeout);
            QCOMPARE(response.status, 0);
            QVERIFY(!response.errorString.isEmpty());
        }
        QVERIFY2(elapsed >= minMs && elapsed < maxMs, QByteArray::number(elapsed));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().at(0).bodySize, bodyBytes);
    }

    // A newsroom behind a corporate proxy: the proxy comes from http_proxy
    // or the application's QNetworkProxy, Byline signs in to it, and a
    // plain-http site is asked in absolute-form, without a tunnel.
    void proxy_data()
    {
        QTest::addColumn<QByteArray>("configuredBy"); // "environment" or "application"
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("site"); // %1: the scripted site's port
        QTest::addColumn<int>("expectedStatus"); // 0: a failure
        QTest::addColumn<int>("proxySees");

        const QString outside = u"http://newsroom.example/wp-json/wp/v2/posts?per_page=1"_s;
        QTest::newRow("nominal: http_proxy with a user and password: absolute-form, Basic after the 407")
            << QByteArray("environment") << QByteArray("secret") << QByteArray("GET") << outside << 200 << 2;
        QTest::newRow("nominal: a POST the proxy first refuses reaches the site once")
            << QByteArray("environment") << QByteArray("secret") << QByteArray("POST") << outside << 201 << 2;
        QTest::newRow("nominal: the application's QNetworkProxy with its user and password")
            << QByteArray("application") << QByteArray("secret") << QByteArray("GET") << outside << 200 << 2;
        QTest::newRow("robustness: a wrong proxy password says so, and nothing reaches the site")
            << QByteArray("environment") << QByteArray("wrong") << QByteArray("POST") << outside << 0 << 2;
        QTest::newRow("nominal: a loopback site is reached directly, not through the proxy")
            << QByteArray("environment") << QByteArray("secret") << QByteArray("GET")
            << u"http://127.0.0.1:%1/wp-json/wp/v2/posts?per_page=1"_s << 200 << 0;
    }

    void proxy()
    {
        QFETCH(QByteArray, configuredBy);
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, verb);
        QFETCH(QString, site);
        QFETCH(int, expectedStatus);
        QFETCH(int, proxySees);

        LoopbackProxy proxy(m_server->port());
        QVERIFY(proxy.port() != 0);
        ScopedEnvironment environment;
        for (const char *name : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
                 "no_proxy", "NO_PROXY"})
            environment.set(name, {});
        auto restoreProxy = qScopeGuard([] { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); });
        if (configuredBy == "environment") {
            environment.set("http_proxy", "http://desk:" + password + "@127.0.0.1:" + QByteArray::number(proxy.port()));
        } else {
            QNetworkProxy::setApplicationProxy(QNetworkProxy(
                QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port(), u"desk"_s, QString::fromLatin1(password)));
        }

        const QByteArray body = verb == "POST" ? QByteArray("{\"title\":\"Headline\"}") : QByteArray();
        m_server->script({Reply::Action::Answer,
            verb == "POST" ? QByteArray("HTTP/1.1 201 Created\r\nContent-Length: 8\r\n\r\n{\"id\":7}") : answer("[]")});
        HttpConnection connection(Timeout);
        HttpRequest request = post(QUrl(site.contains(u"%1"_s) ? site.arg(m_server->port()) : site), body);
        request.verb = verb;
        const HttpResponse response = connection.send(request);

        QCOMPARE(response.status, expectedStatus);
        if (expectedStatus == 0) {
            QCOMPARE(response.failure, HttpResponse::Failure::Network);
            QVERIFY2(response.errorString.contains(u"proxy"_s), qPrintable(response.errorString));
        }
        const QList<ProxiedRequest> proxied = proxy.requests();
        QCOMPARE(proxied.size(), proxySees);
        if (proxySees > 0) {
            QCOMPARE(proxied.first().authorization, QByteArray()); // asked first which sign-in it wants
            QCOMPARE(proxied.last().method, verb);
            QCOMPARE(proxied.last().target, request.url.toEncoded());
            QCOMPARE(proxied.last().authorization, "Basic " + QByteArray("desk:" + password).toBase64());
        }
        const QList<ReceivedRequest> seen = m_server->requests();
        QCOMPARE(seen.size(), expectedStatus == 0 ? 0 : 1);
        if (!seen.isEmpty()) {
            QCOMPARE(seen.at(0).method, verb);
            QCOMPARE(seen.at(0).path, "/wp-json/wp/v2/posts?per_page=1");
            QCOMPARE(seen.at(0).header("Host"), request.url.authority().toLatin1());
            QCOMPARE(seen.at(0).bodySize, body.size());
        }
    }

    // https through the proxy is a CONNECT tunnel, and the site's certificate
    // is checked at its end: here it names 127.0.0.1, not the site asked for.
    void proxyTunnel()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        const QString directory = qEnvironmentVariable("BYLINE_SOURCE_DIR") + u"/tests/data/tls/"_s;
        QFile certificateFile(directory + u"site.crt"_s);
        QFile keyFile(directory + u"site.key"_s);
        QVERIFY2(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly), qPrintable(directory));
        const QSslCertificate certificate(&certificateFile, QSsl::Pem);
        QSslConfiguration site = QSslConfiguration::defaultConfiguration();
        site.setLocalCertificate(certificate);
        site.setPrivateKey(QSslKey(&keyFile, QSsl::Ec, QSsl::Pem));
        site.setPeerVerifyMode(QSslSocket::VerifyNone);
        ScriptedServer tlsSite(site);
        LoopbackProxy proxy(tlsSite.port());
        ScopedEnvironment environment;
        for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"})
            environment.set(name, {});
        environment.set("HTTPS_PROXY", "http://desk:secret@127.0.0.1:" + QByteArray::number(proxy.port()));

        tlsSite.script({Reply::Action::Answer, answer("[]")});
        HttpConnection connection(Timeout);
        connection.addTrustedCertificates(certificate.toPem());
        const HttpResponse response = connection.send(get(QUrl(u"https://newsroom.example/wp-json/"_s)));

        QCOMPARE(response.failure, HttpResponse::Failure::Certificate);
        QVERIFY2(response.errorString.contains(u"name"_s), qPrintable(response.errorString));
        const QList<ProxiedRequest> proxied = proxy.requests();
        QCOMPARE(proxied.size(), 2);
        QCOMPARE(proxied.last().method, "CONNECT");
        QCOMPARE(proxied.last().target, "newsroom.example:443");
        QCOMPARE(proxied.last().authorization, LoopbackProxy::credentials());
        QVERIFY(tlsSite.requests().isEmpty());
    }

    void refused()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // a port that was free a moment ago and is closed again
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        HttpConnection connection(Timeout);
        QElapsedTimer clock;
        clock.start();
        const HttpResponse response = connection.send(get(QUrl(u"http://127.0.0.1:%1/"_s.arg(port))));
        QCOMPARE(response.failure, HttpResponse::Failure::Network);
        QCOMPARE(response.status, 0);
        QVERIFY(!response.errorString.isEmpty());
        QVERIFY2(clock.elapsed() < 2000, QByteArray::number(clock.elapsed()));
    }
};

QTEST_GUILESS_MAIN(tst_HttpConnection)
#include "tst_httpconnection.moc"
