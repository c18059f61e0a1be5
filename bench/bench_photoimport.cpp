// Photo import at newsroom scale: a reporter back from an assignment drops
// 100 twelve-megapixel JPEGs on an article. The pictures are made once in a
// temporary folder (not timed); the import is timed into fresh libraries,
// thumbnails and metadata included. (The panel's thumbnail memory is
// bench_photopanel's.)
#include "benchutil.h"

#include "library/library.h"
#include "media/photoimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

constexpr int PhotoCount = 100;
const QSize PhotoSize(4000, 3000);

// Gradients with noise, different for each seed: compresses like a photo
// (about 3-5 MB at quality 90), unlike a flat fill.
QImage photoLike(int seed)
{
    QRandomGenerator random(quint32(seed) * 7919u + 1u);
    QList<quint8> noise(1 << 16);
    for (quint8 &value : noise)
        value = quint8(random.bounded(24));
    const int r0 = random.bounded(256), g0 = random.bounded(256), b0 = random.bounded(256);
    const int r1 = random.bounded(256), g1 = random.bounded(256), b1 = random.bounded(256);
    QImage image(PhotoSize, QImage::Format_RGB32);
    const int w = PhotoSize.width();
    const int h = PhotoSize.height();
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int t = (x + y) * 256 / (w + h);
            const int n = noise.at((x * 31 + y * 1021) & 0xffff) - 12;
            const int wave = ((x / 40 + y / 30) % 7) * 3;
            line[x] = qRgb(std::clamp(r0 + (r1 - r0) * t / 256 + n + wave, 0, 255),
                std::clamp(g0 + (g1 - g0) * t / 256 + n, 0, 255), std::clamp(b0 + (b1 - b0) * t / 256 - n, 0, 255));
        }
    }
    return image;
}

QStringList makePhotos(const QString &folder)
{
    QStringList paths;
    for (int i = 0; i < PhotoCount; ++i)
        paths << folder + u"/DSC_%1.jpg"_s.arg(1000 + i);
    QSemaphore done;
    for (int i = 0; i < PhotoCount; ++i) {
        QThreadPool::globalInstance()->start([&paths, &done, i] {
            QImageWriter writer(paths.at(i), "jpeg");
            writer.setQuality(90);
            if (!writer.write(photoLike(i)))
                qFatal("cannot write %s", qPrintable(paths.at(i)));
            done.release();
        });
    }
    done.acquire(PhotoCount);
    return paths;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString photoFolder = dir.filePath(u"card"_s);
    QDir().mkpath(photoFolder);
    const QStringList photos = makePhotos(photoFolder);

    QList<double> times;
    for (int run = 0; run < 3; ++run) {
        const QString libraryFolder = dir.filePath(u"library-%1"_s.arg(run));
        Library library;
        if (!library.open(libraryFolder))
            return 1;
        Article article = Article::create();
        article.headline = u"산불 현장 사진"_s;
        library.articleStore().insertArticle(article);
        QElapsedTimer timer;
        timer.start();
        const QList<PhotoImport::Result> results = PhotoImport::importFiles(library, article.id, photos);
        times << double(timer.nsecsElapsed()) / 1e6;
        for (const PhotoImport::Result &result : results) {
            if (result.outcome != PhotoImport::Outcome::Imported)
                qFatal("not imported: %s", qPrintable(result.message));
        }
        library.close();
        QDir(libraryFolder).removeRecursively();
    }
    Bench::report(u"photos.import_100x12mp"_s, Bench::percentile(times, 50), u"ms"_s, u"<=2000"_s);
    return 0;
}
