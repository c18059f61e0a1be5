// Opening a filed story from the desk against a real WordPress on loopback with connector 2.0
// (tests/support/wordpressserver.h).
//
// desk.open_10x5mb_ms: a story with 10 attached photos of about 5 MB each (their originals on the site); the
// desk's Byline takes the lock, reads the story, downloads every photo and brings it all into a fresh library in
// one transaction (checks, metadata, thumbnails), as DeskOpener::open does for the Desk dock and `byline desk
// open`. Median of three opens, each into a new library.
#include "benchutil.h"
#include "wordpressserver.h"

#include "desk/deskclient.h"
#include "desk/deskopener.h"
#include "library/library.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Byline;
using Byline::Test::WordPressServer;

namespace {

constexpr int PhotoCount = 10;
constexpr qint64 PhotoBytes = 5 * 1024 * 1024;
constexpr int Runs = 3;

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "bench_deskopen: %s\n", qPrintable(why));
    std::exit(1);
}

// A camera-sized JPEG of about 5 MB: noise does not compress, so its size follows its pixels.
QByteArray fiveMegabyteJpeg(quint32 seed)
{
    QRandomGenerator random(seed);
    QSize size(1400, 1050);
    for (int attempt = 0; attempt < 6; ++attempt) {
        QImage image(size, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x)
                line[x] = 0xff000000u | (random.generate() & 0xffffffu);
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(90);
        if (!writer.write(image))
            fail(u"cannot write a JPEG"_s);
        const double ratio = double(PhotoBytes) / double(bytes.size());
        if (ratio > 0.95 && ratio < 1.05)
            return bytes;
        size = (QSizeF(size) * std::sqrt(ratio)).toSize();
    }
    fail(u"cannot make a 5 MB JPEG"_s);
}

QJsonObject restPost(const WordPressServer &server, QStringView route, const QJsonObject &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(server.restUrl(route));
    request.setRawHeader("Authorization", server.authorization(WordPressServer::Reporter));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

// The story as a reporter's Byline files it: its structure names the ten attachments.
qint64 fileStory(WordPressServer &server, const QString &scratch)
{
    Article article = Article::create();
    article.headline = u"속초 산불 진화…주민 1,200명 대피"_s;
    article.byline = {u"강원일보"_s, {{u"김민지"_s, u"minji@kwnews.example"_s}}};
    article.section = u"사회"_s;
    article.body = u"<p>6일 속초에서 난 산불이 14시간 만에 꺼졌다.</p>"_s;
    QJsonArray photos;
    for (int i = 0; i < PhotoCount; ++i) {
        const QString path = scratch + u"/photo-%1.jpg"_s.arg(i);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(fiveMegabyteJpeg(quint32(100 + i))) <= 0)
            fail(u"cannot write "_s + path);
        file.close();
        QString output;
        const QString php = u"<?php $u = wp_upload_bits('sokcho-%1.jpg', null, file_get_contents('%2'));"
                            u" echo wp_insert_attachment(['post_mime_type' => 'image/jpeg', 'post_title' => 'sokcho',"
                            u" 'post_status' => 'inherit', 'post_author' => %3], $u['file']);"_s.arg(i)
                                .arg(path)
                                .arg(server.credentials(WordPressServer::Reporter).id);
        if (!server.runPhp(WordPressServer::Admin, php, &output) || output.toLongLong() <= 0)
            fail(u"cannot attach a photo: "_s + output + server.errorString());
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        photos.append(QJsonObject {{u"id"_s, id}, {u"media"_s, output.toLongLong()},
            {u"caption"_s, u"불에 탄 야산 %1"_s.arg(i + 1)}, {u"credit"_s, u"김민지 기자"_s},
            {u"alt"_s, u"검게 탄 소나무 숲 %1"_s.arg(i + 1)}, {u"crop"_s, QJsonValue::Null}, {u"lead"_s, i == 0}});
        if (i > 0)
            article.body += u"<figure data-photo=\"%1\"></figure>"_s.arg(id);
    }
    QJsonObject story = article.toJson();
    story.insert(u"photos"_s, photos);
    const QJsonObject created = restPost(server, u"/wp/v2/posts",
        {{u"title"_s, article.headline}, {u"status"_s, u"pending"_s}, {u"content"_s, article.body},
            {u"meta"_s, QJsonObject {{u"byline_uuid"_s, article.uuid.toString(QUuid::WithoutBraces)}}},
            {u"byline_story"_s, story}});
    const qint64 post = created.value(u"id"_s).toInteger();
    if (post <= 0)
        fail(u"the story was not filed: "_s + QString::fromUtf8(QJsonDocument(created).toJson()));
    return post;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    WordPressServer server;
    if (!server.start())
        fail(server.errorString());
    QTemporaryDir scratch;
    const qint64 post = fileStory(server, scratch.path());

    TargetAccount account;
    account.name = u"desk"_s;
    account.kind = TargetAccount::wordPressKind();
    account.url = server.url();
    account.user = server.credentials(WordPressServer::Desk).user;
    QString error;
    const std::unique_ptr<DeskClient> client =
        DeskClient::create(account, server.credentials(WordPressServer::Desk).password, &error);
    if (!client)
        fail(error);
    DeskSupport support;
    if (!client->support(&support, {}).ok()) // signed in and warmed up, as the Desk dock is
        fail(u"the site does not answer"_s);

    QList<double> times;
    qint64 bytes = 0;
    for (int run = 0; run < Runs; ++run) {
        QTemporaryDir directory;
        Library library;
        if (!library.open(directory.path()))
            fail(library.errorString());
        TargetProgress progress;
        progress.bytes = [&bytes](qint64 done, qint64) { bytes = done; };
        QElapsedTimer timer;
        timer.start();
        const DeskOpener::Result result = DeskOpener(library, *client, account.name).open(post, {}, progress);
        times << double(timer.elapsed());
        if (result.kind != DeskOpener::Result::Opened)
            fail(u"the story did not open: "_s + result.message);
        if (library.photoStore().photos(result.articleId).size() != PhotoCount)
            fail(u"not every photo came in: "_s + result.notes.join(u' '));
        client->release(post, {});
    }
    std::fprintf(stderr, "bench_deskopen: %lld bytes of photos per open\n", static_cast<long long>(bytes));
    Bench::report(u"desk.open_10x5mb_ms"_s, Bench::percentile(times, 50), u"ms"_s, u"<=2000"_s);
    server.stop();
    return 0;
}
