// Publishing to a real WordPress on loopback (tests/support/wordpressserver.h:
// Apache, PHP and MariaDB in processes of their own).
//
// publish.wordpress_10x5mb_vs_curl: a desk publishes a story with ten 5 MB
// camera originals. Byline sends web renditions (the publication's size and
// quality, private metadata gone), so the baseline is curl sending exactly
// those rendition bytes and then the post, one request after another. Byline
// does more on the way: it signs in, looks up the category and tags, and
// records every step durably in the outbox before and after taking it.
//
// publish.cpu_share_200_articles: 200 small queued stories drained by the
// publish queue as fast as the site answers; Byline's own CPU time (this
// process, all threads) against the wall time. The site's CPU is in other
// processes and not counted.
#include "benchutil.h"
#include "publishtesting.h"

#include "media/rendition.h"
#include "publish/publishqueue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::PublishTesting;
using Byline::Test::WordPressServer;

namespace {

constexpr int PhotoCount = 10;
constexpr int Runs = 3;
constexpr int ArticleCount = 200;
const QSize OriginalSize(4000, 3000);
// Noisy 12-megapixel pictures at this quality come out at about 5 MB.
constexpr int OriginalQuality = 95;

[[noreturn]] void fail(const QString &why)
{
    qFatal("bench_publish: %s", qPrintable(why));
}

// Ten camera originals with the private fields cameras leave (GPS, serial
// numbers), made in parallel once; not timed.
QStringList makeOriginals(const QString &folder)
{
    QStringList paths;
    for (int i = 0; i < PhotoCount; ++i)
        paths << folder + u"/DSC_%1.jpg"_s.arg(4100 + i);
    QSemaphore done;
    std::atomic_bool ok {true};
    for (int i = 0; i < PhotoCount; ++i) {
        QThreadPool::globalInstance()->start([&paths, &done, &ok, i] {
            if (!TestImages::writeJpeg(paths.at(i), TestImages::photoLike(OriginalSize, 500 + i), 1, OriginalQuality)
                || !TestImages::setMetadata(paths.at(i), TestImages::privateCameraFields()))
                ok = false;
            done.release();
        });
    }
    done.acquire(PhotoCount);
    if (!ok)
        fail(u"cannot write the originals"_s);
    return paths;
}

// A fresh story with the ten originals (lead plus nine figures), so nothing
// of it is on the site yet.
Article makePhotoStory(Library &library, const QString &scratch, const QStringList &originals, int run)
{
    const Article article = makeStory(library, scratch, 0, u"bench-photos-%1"_s.arg(run));
    if (!article.id)
        fail(library.errorString());
    const Article withPhotos = addStoryPhotos(library, article, originals);
    if (!withPhotos.id)
        fail(u"cannot import the originals"_s);
    return withPhotos;
}

// One upload as curl sends it: the rendition file, the same file name and
// the same caption, alt text, title and description Byline puts in the query.
struct CurlUpload
{
    QString file;
    QString fileName;
    QUrl url;
};

QJsonObject runCurl(const QStringList &arguments)
{
    QProcess curl;
    curl.start(u"curl"_s, arguments);
    if (!curl.waitForFinished(120000) || curl.exitStatus() != QProcess::NormalExit || curl.exitCode() != 0)
        fail(u"curl failed: "_s + QString::fromUtf8(curl.readAllStandardError()));
    const QJsonObject answer = QJsonDocument::fromJson(curl.readAllStandardOutput()).object();
    if (!answer.value(u"id"_s).toInteger())
        fail(u"curl got no id: "_s + QString::fromUtf8(QJsonDocument(answer).toJson()));
    return answer;
}

// The baseline: the ten uploads, then the post with the first as its
// featured image, one curl after another.
double curlRun(
    const WordPressServer &server, const QList<CurlUpload> &uploads, QJsonObject post, const QString &scratch, int run)
{
    const QString user =
        server.credentials(WordPressServer::Desk).user + u':' + server.credentials(WordPressServer::Desk).password;
    QElapsedTimer timer;
    timer.start();
    qint64 featured = 0;
    for (const CurlUpload &upload : uploads) {
        // No "Expect: 100-continue" round trip: Qt does not make one either.
        const QJsonObject media = runCurl({u"-sS"_s, u"-u"_s, user, u"-H"_s, u"Content-Type: image/jpeg"_s, u"-H"_s,
            u"Content-Disposition: attachment; filename=\"%1\""_s.arg(upload.fileName), u"-H"_s, u"Expect:"_s,
            u"--data-binary"_s, u"@"_s + upload.file, upload.url.toString(QUrl::FullyEncoded)});
        if (!featured)
            featured = media.value(u"id"_s).toInteger();
    }
    post.insert(u"featured_media"_s, featured);
    post.insert(u"slug"_s, u"bench-curl-%1"_s.arg(run));
    const QString postFile = scratch + u"/post-%1.json"_s.arg(run);
    QFile file(postFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(post).toJson(QJsonDocument::Compact)) < 0)
        fail(u"cannot write "_s + postFile);
    file.close();
    runCurl({u"-sS"_s, u"-u"_s, user, u"-H"_s, u"Content-Type: application/json; charset=utf-8"_s, u"--data-binary"_s,
        u"@"_s + postFile, server.restUrl(u"/wp/v2/posts").toString(QUrl::FullyEncoded)});
    return double(timer.nsecsElapsed()) / 1e6;
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void benchPhotos(const WordPressServer &server, const QString &scratch)
{
    const QString cardFolder = scratch + u"/card"_s;
    QDir().mkpath(cardFolder);
    const QStringList originals = makeOriginals(cardFolder);
    qint64 originalBytes = 0;
    for (const QString &path : originals)
        originalBytes += QFileInfo(path).size();

    Library library;
    if (!library.open(scratch + u"/library-photos"_s))
        fail(library.errorString());
    QList<Article> stories;
    for (int run = 0; run < Runs; ++run)
        stories << makePhotoStory(library, scratch, originals, run);

    // The renditions Byline will send, made the same way beforehand for curl.
    const Publication publication;
    const Article &first = stories.first();
    const QList<Photo> photos = PublishRunner::photosToSend(first, library.photoStore().photos(first.id));
    if (photos.size() != PhotoCount)
        fail(u"the story sends %1 photos"_s.arg(photos.size()));
    QList<CurlUpload> uploads;
    qint64 renditionBytes = 0;
    for (const Photo &photo : photos) {
        QString why;
        const std::optional<Rendition> rendition = Rendition::make(library.directory() + u'/' + photo.storedPath,
            photo.crop, {photo.caption, photo.credit, photo.metadata.creator, photo.metadata.copyright},
            {publication.renditionMaxSize, publication.jpegQuality}, &why);
        if (!rendition)
            fail(why);
        CurlUpload upload;
        upload.file = scratch + u"/rendition-%1.jpg"_s.arg(photo.id);
        upload.fileName = QFileInfo(photo.fileName).completeBaseName() + u".jpg"_s;
        QFile file(upload.file);
        if (!file.open(QIODevice::WriteOnly) || file.write(rendition->jpeg) != rendition->jpeg.size())
            fail(u"cannot write "_s + upload.file);
        renditionBytes += rendition->jpeg.size();
        QUrlQuery query;
        const auto add = [&query](const QString &key, const QString &value) {
            query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
        };
        add(u"alt_text"_s, photo.altText);
        add(u"caption"_s, publication.captionText(photo.caption, photo.credit));
        add(u"description"_s, photo.credit);
        add(u"title"_s, photo.caption.left(120));
        upload.url = server.restUrl(u"/wp/v2/media");
        upload.url.setQuery(query);
        uploads << upload;
    }

    Outbox outbox(library);
    PublishRunner runner(library, environment(server));
    QJsonObject post; // what curl sends: Byline's own first post, as the site stored it
    QList<double> bylineMs;
    QList<double> curlMs;
    QList<double> ratios;
    for (int run = 0; run < Runs; ++run) {
        // Byline's span includes making the renditions, which it pipelines
        // with the uploads; curl's does not (they were made above).
        QElapsedTimer timer;
        timer.start();
        const std::optional<PublishJob> queued =
            outbox.enqueue(stories.at(run).id, WordPressServer::Desk.toString(), PublishAction::Publish);
        if (!queued)
            fail(outbox.errorString());
        const PublishJob job = runToEnd(runner, outbox, queued->id);
        bylineMs << double(timer.nsecsElapsed()) / 1e6;
        if (job.state != PublishState::Done)
            fail(u"Byline's job ended: "_s + job.message);
        if (job.bytesTotal != renditionBytes)
            fail(u"Byline sent %1 bytes of photos, curl %2"_s.arg(job.bytesTotal).arg(renditionBytes));
        if (post.isEmpty()) {
            const QJsonObject remote =
                restGet(server, u"/wp/v2/posts/%1"_s.arg(job.remoteId), u"context=edit"_s).object();
            post = {{u"title"_s, remote.value(u"title"_s).toObject().value(u"raw"_s)},
                {u"content"_s, remote.value(u"content"_s).toObject().value(u"raw"_s)},
                {u"excerpt"_s, remote.value(u"excerpt"_s).toObject().value(u"raw"_s)},
                {u"categories"_s, remote.value(u"categories"_s)}, {u"tags"_s, remote.value(u"tags"_s)},
                {u"status"_s, u"publish"_s}};
        }
        curlMs << curlRun(server, uploads, post, scratch, run);
        ratios << bylineMs.last() / curlMs.last();
    }
    QTextStream(stderr) << "originals " << originalBytes / PhotoCount / 1000 << " kB each, renditions "
                        << renditionBytes / PhotoCount / 1000 << " kB each; byline ms " << bylineMs.at(0) << ' '
                        << bylineMs.at(1) << ' ' << bylineMs.at(2) << ", curl ms " << curlMs.at(0) << ' '
                        << curlMs.at(1) << ' ' << curlMs.at(2) << Qt::endl;
    // Two decimals: the target is 1.1.
    QTextStream(stdout) << "publish.wordpress_10x5mb_vs_curl " << QString::number(Bench::percentile(ratios, 50), 'f', 2)
                        << " x <=1.1" << Qt::endl;
    Bench::report(u"publish.wordpress_10x5mb_byline_ms"_s, Bench::percentile(bylineMs, 50), u"ms"_s, u"info"_s);
    Bench::report(u"publish.wordpress_10x5mb_curl_ms"_s, Bench::percentile(curlMs, 50), u"ms"_s, u"info"_s);
    library.close();
}

void benchQueue(const WordPressServer &server, const QString &scratch)
{
    const QString directory = scratch + u"/library-queue"_s;
    {
        Library library;
        if (!library.open(directory))
            fail(library.errorString());
        Outbox outbox(library);
        for (int i = 0; i < ArticleCount; ++i) {
            Article article =
                makeStory(library, scratch, 0, u"bench-queue-%1"_s.arg(i), u"강원 산불 복구 계획 발표 %1"_s.arg(i + 1));
            if (!article.id)
                fail(library.errorString());
            for (int paragraph = 0; paragraph < 4; ++paragraph)
                article.body += u"<p>도는 주택 1,200채의 재건축을 지원하고 산림 생태 복원 사업에 480억 원을 "
                                "투입한다. 주민들은 대체로 환영하면서도 지원 기준이 까다롭다는 우려를 "
                                "나타냈다.</p>"_s;
            library.articleStore().updateArticle(article);
            if (!outbox.enqueue(article.id, WordPressServer::Desk.toString(), PublishAction::Publish))
                fail(outbox.errorString());
        }
        library.close();
    }

    PublishQueue queue(directory, environment(server));
    QEventLoop loop;
    int open = -1;
    QObject::connect(&queue, &PublishQueue::idle, &loop, [&](int count) {
        open = count;
        loop.quit();
    });
    QTimer::singleShot(std::chrono::minutes(3), &loop, &QEventLoop::quit);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    queue.start();
    loop.exec();
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    queue.stop();
    if (open != 0)
        fail(u"the queue did not drain (%1 open)"_s.arg(open));

    Library library;
    library.open(directory);
    const QList<PublishJob> jobs = Outbox(library).jobs(true);
    const auto done = std::count_if(
        jobs.cbegin(), jobs.cend(), [](const PublishJob &job) { return job.state == PublishState::Done; });
    if (done != ArticleCount)
        fail(u"%1 of %2 stories published"_s.arg(done).arg(ArticleCount));
    QTextStream(stderr) << "queue: " << ArticleCount << " stories in " << wall << " s, Byline CPU " << cpu << " s"
                        << Qt::endl;
    Bench::report(u"publish.cpu_share_200_articles"_s, 100.0 * cpu / wall, u"%"_s, u"<=5"_s);
    Bench::report(u"publish.articles_per_second"_s, ArticleCount / wall, u"/s"_s, u"info"_s);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return 1;
    // "photos" or "queue" runs only that part (to profile it).
    const QString only = app.arguments().value(1);
    WordPressServer server {
        WordPressServer::Options {.connector = qEnvironmentVariableIsEmpty("BYLINE_BENCH_NO_CONNECTOR")}};
    if (!server.start())
        fail(server.errorString());
    if (only.isEmpty() || only == u"photos"_s)
        benchPhotos(server, scratch.path());
    if (only.isEmpty() || only == u"queue"_s)
        benchQueue(server, scratch.path());
    server.stop();
    return 0;
}
