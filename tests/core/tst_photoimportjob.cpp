#include "library/library.h"
#include "media/photoimportjob.h"
#include "testimages.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

// A web server on 127.0.0.1 that answers each path with a canned response,
// like the site a reporter drags a picture from.
class PictureServer : public QObject
{
public:
    PictureServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n"))
                        return;
                    const QByteArray path = m_request.split(' ').value(1);
                    m_request.clear();
                    socket->write(m_responses.value(path, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"));
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }
    void serve(const QByteArray &path, const QByteArray &type, const QByteArray &body)
    {
        m_responses.insert(path,
            "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\n\r\n" + body);
    }
    void serveRaw(const QByteArray &path, const QByteArray &response) { m_responses.insert(path, response); }

private:
    QTcpServer m_server;
    QHash<QByteArray, QByteArray> m_responses;
    QByteArray m_request;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_PhotoImportJob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;

    qint64 addArticle()
    {
        Article article = Article::create();
        article.headline = u"수해 현장"_s;
        return m_library.articleStore().insertArticle(article) ? article.id : 0;
    }

    QString photo(const QString &name, quint32 seed)
    {
        const QString path = m_dir.filePath(name);
        return TestImages::writeJpeg(path, TestImages::photoLike({640, 480}, seed)) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_library.open(m_dir.filePath(u"library"_s)));
    }

    // The batch runs on its own thread and connection; results arrive in
    // order with progress, and the window's connection sees the photos.
    void importsOnAWorkerWithProgress()
    {
        const qint64 article = addArticle();
        QStringList paths;
        for (int i = 0; i < 6; ++i)
            paths << photo(u"batch-%1.jpg"_s.arg(i), 100 + i);
        paths.insert(2, m_dir.filePath(u"missing.jpg"_s));

        PhotoImportJob job(m_library.directory(), article);
        QSignalSpy progress(&job, &PhotoImportJob::progress);
        QSignalSpy each(&job, &PhotoImportJob::fileImported);
        QSignalSpy finished(&job, &PhotoImportJob::finished);
        job.start(paths);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        const auto results = finished.first().first().value<QList<PhotoImport::Result>>();
        QCOMPARE(results.size(), 7);
        QCOMPARE(each.size(), 7);
        QCOMPARE(results.at(2).outcome, PhotoImport::Outcome::Failed);
        QVERIFY(results.at(2).message.contains(u"missing.jpg"_s));
        QCOMPARE(progress.last().at(0).toInt(), 7);
        QCOMPARE(progress.last().at(1).toInt(), 7);
        QCOMPARE(m_library.photoStore().photos(article).size(), 6);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(each.at(i).first().value<PhotoImport::Result>().path, paths.at(i));
    }

    // Stopping keeps what came in and adds nothing after.
    void cancelStopsBeforeTheNextFile()
    {
        const qint64 article = addArticle();
        QStringList paths;
        for (int i = 0; i < 40; ++i)
            paths << photo(u"cancel-%1.jpg"_s.arg(i), 200 + i);
        PhotoImportJob job(m_library.directory(), article);
        QSignalSpy finished(&job, &PhotoImportJob::finished);
        connect(&job, &PhotoImportJob::fileImported, &job, &PhotoImportJob::cancel);
        job.start(paths);
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().at(1).toBool());
        const auto results = finished.first().first().value<QList<PhotoImport::Result>>();
        QVERIFY2(results.size() < 40, qPrintable(QString::number(results.size())));
        QCOMPARE(m_library.photoStore().photos(article).size(), results.size());
    }

    // A picture dragged from a browser is downloaded with its metadata (the
    // original file, not the screen pixels); bad addresses say what went wrong.
    void downloadsPicturesFromTheWeb()
    {
        PictureServer server;
        QVERIFY(server.listen());
        const QString original = photo(u"web-original.jpg"_s, 300);
        QVERIFY(TestImages::setMetadata(original,
            {{"Xmp.dc.description", "lang=\"x-default\" " + TestImages::utf8(u"물에 잠긴 춘천 시내"_s)},
                {"Xmp.photoshop.Credit", TestImages::utf8(u"연합뉴스"_s)}}));
        server.serve("/news/photo/flood.jpg", "image/jpeg", readAll(original));
        server.serve("/page.html", "text/html", "<html><body>not a picture</body></html>");
        server.serveRaw("/huge.jpg",
            "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: 209715200\r\n\r\n" + QByteArray(4096, 'x'));

        const qint64 article = addArticle();
        PhotoImportJob job(m_library.directory(), article);
        QSignalSpy finished(&job, &PhotoImportJob::finished);
        job.start({},
            {server.url(u"/news/photo/flood.jpg"_s), server.url(u"/gone.jpg"_s), server.url(u"/page.html"_s),
                server.url(u"/huge.jpg"_s), QUrl(u"ftp://127.0.0.1/photo.jpg"_s)});
        QVERIFY(finished.wait(30000));
        const auto results = finished.first().first().value<QList<PhotoImport::Result>>();
        QCOMPARE(results.size(), 5);
        QHash<QString, PhotoImport::Result> byPath;
        for (const PhotoImport::Result &result : results)
            byPath.insert(QUrl(result.path).path(), result);

        const PhotoImport::Result flood = byPath.value(u"/news/photo/flood.jpg"_s);
        QCOMPARE(flood.outcome, PhotoImport::Outcome::Imported);
        QCOMPARE(flood.photo.caption, u"물에 잠긴 춘천 시내"_s);
        QCOMPARE(flood.photo.credit, u"연합뉴스"_s);
        QVERIFY(flood.photo.fileName.endsWith(u"flood.jpg"_s));
        QVERIFY(byPath.value(u"/gone.jpg"_s).message.contains(u"could not be downloaded"_s));
        const PhotoImport::Result page = byPath.value(u"/page.html"_s);
        QCOMPARE(page.outcome, PhotoImport::Outcome::Failed);
        QVERIFY2(page.message.contains(server.url(u"/page.html"_s).toString()), qPrintable(page.message));
        QVERIFY(byPath.value(u"/huge.jpg"_s).message.contains(u"too large"_s));
        QVERIFY(byPath.value(u"/photo.jpg"_s).message.contains(u"not a web address"_s));
        QCOMPARE(m_library.photoStore().photos(article).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_PhotoImportJob)
#include "tst_photoimportjob.moc"
