// Web renditions from a camera original: a 24-megapixel (6000x4000) JPEG
// that compresses like a photograph (gradients and sensor noise, quality
// 92) and carries camera and wire metadata, made into the 1600-pixel web
// copy, whole and with a 16:9 crop.
#include "benchutil.h"

#include "media/rendition.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <exiv2/exiv2.hpp>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

QImage photoLike(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(24);
    const int w = size.width();
    const int h = size.height();
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const int sky = 255 * y / h;
        for (int x = 0; x < w; ++x) {
            // Fine detail (a texture) and noise, as a real scene has.
            const int detail = ((x / 3 + y / 5) % 7) * 4;
            const int noise = int(random.bounded(32)) - 16;
            line[x] = qRgb(std::clamp(90 + sky / 2 + (x * 80) / w + detail + noise, 0, 255),
                std::clamp(140 - sky / 3 + ((x + y) * 60) / (w + h) + noise, 0, 255),
                std::clamp(210 - sky / 2 - detail + noise, 0, 255));
        }
    }
    return image;
}

bool addCameraMetadata(const QString &path)
{
    try {
        const Exiv2::Image::UniquePtr image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
        image->readMetadata();
        Exiv2::ExifData &exif = image->exifData();
        exif["Exif.Image.Make"] = "Canon";
        exif["Exif.Image.Model"] = "Canon EOS R5";
        exif["Exif.Photo.DateTimeOriginal"] = "2024:05:01 10:20:30";
        exif["Exif.Photo.BodySerialNumber"] = "032021001234";
        exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
        exif["Exif.GPSInfo.GPSLatitude"] = "37/1 52/1 3000/100";
        QStringEncoder eucKr("EUC-KR");
        const QByteArray caption = eucKr.encode(u"춘천 공지천에 나타난 수달 한 쌍"_s);
        Exiv2::StringValue value(std::string(caption.constData(), size_t(caption.size())));
        image->iptcData().add(Exiv2::IptcKey("Iptc.Application2.Caption"), &value);
        image->writeMetadata();
        return true;
    } catch (const Exiv2::Error &) {
        return false;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"camera.jpg"_s);
    QImageWriter writer(path, "jpeg");
    writer.setQuality(92);
    if (!writer.write(photoLike(QSize(6000, 4000))) || !addCameraMetadata(path)) {
        QTextStream(stderr) << "could not make the original: " << writer.errorString() << Qt::endl;
        return 1;
    }
    QTextStream(stderr) << "original: 6000x4000, " << QFileInfo(path).size() / 1024 / 1024 << " MB" << Qt::endl;

    const PhotoMetadataIO::Published published {
        u"춘천 공지천에 나타난 수달 한 쌍"_s, u"연합뉴스"_s, u"김민지 기자"_s, u"© 연합뉴스 2024"_s};
    bool ok = true;
    const auto run = [&](const PhotoCrop &crop) {
        QString error;
        const std::optional<Rendition> rendition = Rendition::make(path, crop, published, {}, &error);
        if (!rendition) {
            QTextStream(stderr) << error << Qt::endl;
            ok = false;
        }
    };

    run({}); // warm-up: plugins, exiv2's XMP toolkit
    Bench::report(u"rendition.1600_from_24mp"_s, Bench::medianMs(7, [&] { run({}); }), u"ms"_s, u"<=150"_s);

    PhotoCrop wide;
    wide.rect = QRectF(0, (1 - 6000.0 * 9 / 16 / 4000) / 2, 1, 6000.0 * 9 / 16 / 4000);
    wide.aspect = u"16:9"_s;
    Bench::report(u"rendition.1600_from_24mp_cropped"_s, Bench::medianMs(7, [&] { run(wide); }), u"ms"_s, u"<=150"_s);
    return ok ? 0 : 1;
}
