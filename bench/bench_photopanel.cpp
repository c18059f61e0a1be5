// The photo panel with a thousand photos (a photographer's whole day on one
// story): scrolling the grid while thumbnails stream in, frame by frame, and
// the memory the panel's thumbnails take. Real widgets under Xvfb; the photos
// are imported once (not timed).
#include "benchutil.h"

#include "article/articledocument.h"
#include "library/library.h"
#include "media/photoimport.h"
#include "photos/photopanel.h"
#include "photos/thumbnailcache.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImageWriter>
#include <QListView>
#include <QScrollBar>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

constexpr int PhotoCount = 1000;

QImage photoLike(int seed)
{
    QImage image(1200, 900, QImage::Format_RGB32);
    QRandomGenerator random(quint32(seed) * 2654435761u + 1u);
    const QColor a = QColor::fromRgb(random.generate() | 0xff000000);
    const QColor b = QColor::fromRgb(random.generate() | 0xff000000);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int t = (x + y) * 256 / (image.width() + image.height());
            const int n = int(random.bounded(16)) - 8;
            line[x] = qRgb(std::clamp(a.red() + (b.red() - a.red()) * t / 256 + n, 0, 255),
                std::clamp(a.green() + (b.green() - a.green()) * t / 256 + n, 0, 255),
                std::clamp(a.blue() + (b.blue() - a.blue()) * t / 256 + n, 0, 255));
        }
    }
    return image;
}

QStringList makePhotos(const QString &folder)
{
    QStringList paths;
    for (int i = 0; i < PhotoCount; ++i)
        paths << folder + u"/IMG_%1.jpg"_s.arg(i, 4, 10, QLatin1Char('0'));
    QSemaphore done;
    for (int i = 0; i < PhotoCount; ++i) {
        QThreadPool::globalInstance()->start([&paths, &done, i] {
            QImageWriter writer(paths.at(i), "jpeg");
            writer.setQuality(85);
            if (!writer.write(photoLike(i)))
                qFatal("cannot write %s", qPrintable(paths.at(i)));
            done.release();
        });
    }
    done.acquire(PhotoCount);
    return paths;
}

// Resident memory of this process, in bytes (Linux).
qint64 residentBytes()
{
    QFile status(u"/proc/self/statm"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    return status.readAll().split(' ').value(1).toLongLong() * 4096;
}

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString card = dir.filePath(u"card"_s);
    QDir().mkpath(card);
    const QStringList photos = makePhotos(card);

    Library library;
    if (!library.open(dir.filePath(u"library"_s)))
        return 1;
    Article article = Article::create();
    article.headline = u"강릉 단오제 사진 1,000장"_s;
    library.articleStore().insertArticle(article);
    for (const PhotoImport::Result &result : PhotoImport::importFiles(library, article.id, photos)) {
        if (result.outcome != PhotoImport::Outcome::Imported)
            qFatal("not imported: %s", qPrintable(result.message));
    }
    QDir(card).removeRecursively();

    ArticleDocument document(*library.articleStore().article(article.id), library.photoStore().photos(article.id));
    PhotoPanel panel(&library);
    panel.resize(420, 900); // a dock's width: two columns of thumbnails
    panel.show();
    panel.setDocument(&document);
    settle(500);
    const qint64 residentBefore = residentBytes();

    // Scroll top to bottom at a brisk wheel pace, one frame per step, with
    // thumbnails still being decoded on the pool; each frame is an event-loop
    // turn plus a synchronous repaint of the grid.
    QListView *view = panel.view();
    QScrollBar *bar = view->verticalScrollBar();
    QList<double> frames;
    for (int pass = 0; pass < 2; ++pass) {
        bar->setValue(0);
        settle(100);
        while (bar->value() < bar->maximum()) {
            QElapsedTimer frame;
            frame.start();
            bar->setValue(bar->value() + 60);
            QCoreApplication::processEvents();
            view->viewport()->repaint();
            frames << double(frame.nsecsElapsed()) / 1e6;
        }
    }

    // Every thumbnail on screen once: the panel's worst case.
    ThumbnailCache *cache = panel.thumbnails();
    QList<Photo> all = library.photoStore().photos(article.id);
    QElapsedTimer wait;
    wait.start();
    int ready = 0;
    while (wait.elapsed() < 120'000) {
        ready = 0;
        for (const Photo &photo : std::as_const(all))
            ready += cache->thumbnail(photo).isNull() ? 0 : 1;
        if (ready == all.size())
            break;
        settle(50);
    }
    if (ready != all.size())
        qFatal("only %d of %lld thumbnails became ready", ready, qlonglong(all.size()));

    Bench::report(u"photos.panel_scroll_frame_p95"_s, Bench::percentile(frames, 95), u"ms"_s, u"<=16.7"_s);
    Bench::report(u"photos.panel_scroll_fps"_s, 1000.0 / Bench::percentile(frames, 95), u"fps"_s, u">=60"_s);
    Bench::report(
        u"photos.thumbnail_memory_1000"_s, double(cache->memoryBytes()) / (1024.0 * 1024.0), u"MB"_s, u"<=150"_s);
    Bench::report(u"photos.panel_resident_growth_1000"_s, double(residentBytes() - residentBefore) / (1024.0 * 1024.0),
        u"MB"_s, u"<=150"_s);
    return 0;
}
