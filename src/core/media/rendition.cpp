#include "rendition.h"

#include "common/logging.h"
#include "photoimport.h"

#include <QColorSpace>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QTemporaryFile>
#include <QTransform>

#include <cmath>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// Refused before decoding: a small file can claim a huge picture.
constexpr qint64 MaxPixels = 120'000'000;

// Qt's default allocation limit (256 MB) turns away pictures well under
// MaxPixels (a 16-bit PNG of 40 megapixels); MaxPixels is the guard here.
void allowLargePhotos()
{
    static std::once_flag once;
    std::call_once(once, [] {
        constexpr int neededMegabytes = int(MaxPixels * 8 / (1024 * 1024)) + 64;
        const int limit = QImageReader::allocationLimit();
        if (limit != 0 && limit < neededMegabytes)
            QImageReader::setAllocationLimit(neededMegabytes);
    });
}

// The EXIF orientation behind the transformation Qt applies.
int exifOrientation(QImageIOHandler::Transformations transformation)
{
    switch (int(transformation)) {
    case QImageIOHandler::TransformationMirror:
        return 2;
    case QImageIOHandler::TransformationRotate180:
        return 3;
    case QImageIOHandler::TransformationFlip:
        return 4;
    case QImageIOHandler::TransformationFlipAndRotate90:
        return 5;
    case QImageIOHandler::TransformationRotate90:
        return 6;
    case QImageIOHandler::TransformationMirrorAndRotate90:
        return 7;
    case QImageIOHandler::TransformationRotate270:
        return 8;
    default:
        return 1;
    }
}

bool swapsSides(int orientation)
{
    return orientation >= 5;
}

// A point of the upright picture in the stored one, both normalized 0..1.
QPointF uprightToStored(const QPointF &p, int orientation)
{
    switch (orientation) {
    case 2: // mirrored
        return {1 - p.x(), p.y()};
    case 3: // upside down
        return {1 - p.x(), 1 - p.y()};
    case 4: // flipped
        return {p.x(), 1 - p.y()};
    case 5: // transposed
        return {p.y(), p.x()};
    case 6: // stored turned a quarter anticlockwise
        return {p.y(), 1 - p.x()};
    case 7: // transversed
        return {1 - p.y(), 1 - p.x()};
    case 8: // stored turned a quarter clockwise
        return {1 - p.y(), p.x()};
    default:
        return p;
    }
}

// A point of the picture turned `rotation` degrees clockwise (where the crop
// rectangle lives) in the upright picture.
QPointF rotatedToUpright(const QPointF &p, int rotation)
{
    switch (rotation) {
    case 90:
        return {p.y(), 1 - p.x()};
    case 180:
        return {1 - p.x(), 1 - p.y()};
    case 270:
        return {1 - p.y(), p.x()};
    default:
        return p;
    }
}

int normalizedRotation(int rotation)
{
    return rotation % 90 == 0 ? ((rotation % 360) + 360) % 360 : 0;
}

// The crop in the stored picture's pixels.
QRect storedClip(const QRectF &crop, int rotation, int orientation, const QSize &stored)
{
    const QPointF corners[] = {crop.topLeft(), crop.topRight(), crop.bottomLeft(), crop.bottomRight()};
    qreal left = 1, top = 1, right = 0, bottom = 0;
    for (const QPointF &corner : corners) {
        const QPointF p = uprightToStored(rotatedToUpright(corner, rotation), orientation);
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    const int x0 = std::clamp(int(std::lround(left * stored.width())), 0, stored.width() - 1);
    const int y0 = std::clamp(int(std::lround(top * stored.height())), 0, stored.height() - 1);
    const int x1 = std::clamp(int(std::lround(right * stored.width())), x0 + 1, stored.width());
    const int y1 = std::clamp(int(std::lround(bottom * stored.height())), y0 + 1, stored.height());
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

QSize fitted(const QSize &size, int maxLongSide)
{
    const int longSide = std::max(size.width(), size.height());
    if (maxLongSide <= 0 || longSide <= maxLongSide)
        return size;
    const double scale = double(maxLongSide) / longSide;
    return QSize(
        std::max(1, int(std::lround(size.width() * scale))), std::max(1, int(std::lround(size.height() * scale))));
}

// Web browsers expect 8-bit sRGB without transparency.
QImage toSrgb(QImage image)
{
    const QColorSpace colorSpace = image.colorSpace();
    const bool convert = colorSpace.isValid() && colorSpace != QColorSpace(QColorSpace::SRgb);
    if (image.format() == QImage::Format_CMYK8888) {
        if (convert)
            return image.convertedToColorSpace(QColorSpace::SRgb, QImage::Format_RGB32);
        return image.convertToFormat(QImage::Format_RGB32);
    }
    if (convert) {
        image.convertToColorSpace(
            QColorSpace::SRgb, image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    }
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.setColorSpace(image.colorSpace());
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        return flat;
    }
    if (image.format() != QImage::Format_RGB32)
        image.convertTo(QImage::Format_RGB32);
    return image;
}

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Qt's reader says only "Unknown error" for most damage; the file is read
// again (only after a failure) for what exiv2 finds wrong.
QString whyUnreadable(const QString &path, QImageReader::ImageReaderError readerError)
{
    QFile file(path);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.read(PhotoImport::MaxFileBytes) : QByteArray();
    return PhotoMetadataIO::whyUnreadable(bytes, readerError);
}

} // namespace

std::optional<Rendition> Rendition::make(const QString &originalPath, const PhotoCrop &crop,
    const PhotoMetadataIO::Published &metadata, const Options &options, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };

    if (!QFileInfo(originalPath).isFile())
        return fail(tr("The photo %1 does not exist.").arg(displayName(originalPath)));

    allowLargePhotos();
    QImageReader reader(originalPath);
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    if (!stored.isValid() || stored.isEmpty()) {
        return fail(tr("%1 is not a photo Byline can read (%2).")
                .arg(displayName(originalPath), whyUnreadable(originalPath, reader.error())));
    }
    const qint64 pixels = qint64(stored.width()) * stored.height();
    if (pixels > MaxPixels) {
        return fail(tr("The photo %1 is too large: %2 megapixels, at most %3.")
                .arg(displayName(originalPath))
                .arg(double(pixels) / 1e6, 0, 'f', 0)
                .arg(MaxPixels / 1'000'000));
    }

    // Where the crop is in the stored pixels, and how big it comes out.
    const int orientation = exifOrientation(reader.transformation());
    const int rotation = normalizedRotation(crop.rotation);
    QRectF cropRect = crop.rect.isNull() ? QRectF(0, 0, 1, 1) : crop.rect.normalized().intersected(QRectF(0, 0, 1, 1));
    if (cropRect.isEmpty())
        cropRect = QRectF(0, 0, 1, 1);
    const QRect clip = storedClip(cropRect, rotation, orientation, stored);
    const bool turned = swapsSides(orientation) != (rotation == 90 || rotation == 270);
    const QSize output = fitted(turned ? clip.size().transposed() : clip.size(), options.maxLongSide);
    const QSize storedOutput = turned ? output.transposed() : output;

    // JPEG decodes at 1/2, 1/4 and 1/8 for almost nothing: take the smallest
    // that still has at least the output's pixels. The clip is given in
    // scaled coordinates, in the stored orientation (Qt turns the picture
    // upright after clipping).
    int denominator = 1;
    if (reader.format() == "jpeg") {
        denominator = 8;
        while (denominator > 1
            && (clip.width() / denominator < storedOutput.width()
                || clip.height() / denominator < storedOutput.height()))
            denominator /= 2;
    }
    if (denominator > 1) {
        const QSize scaled(
            (stored.width() + denominator - 1) / denominator, (stored.height() + denominator - 1) / denominator);
        const int x0 = int(std::lround(double(clip.left()) / denominator));
        const int y0 = int(std::lround(double(clip.top()) / denominator));
        const int x1 = std::min(scaled.width(), int(std::lround(double(clip.right() + 1) / denominator)));
        const int y1 = std::min(scaled.height(), int(std::lround(double(clip.bottom() + 1) / denominator)));
        reader.setScaledSize(scaled);
        if (QRect(QPoint(0, 0), scaled) != QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1)))
            reader.setScaledClipRect(QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1)));
    } else if (clip != QRect(QPoint(0, 0), stored)) {
        reader.setClipRect(clip);
    }

    QImage image = reader.read();
    if (image.isNull()) {
        return fail(tr("Could not decode the photo %1: %2.")
                .arg(displayName(originalPath), whyUnreadable(originalPath, reader.error())));
    }
    qCDebug(lcMedia) << "rendition of" << originalPath << "decoded" << image.size() << "at 1 /" << denominator << "for"
                     << output;

    // CMYK first: rotating and scaling want RGB.
    if (image.format() == QImage::Format_CMYK8888)
        image = toSrgb(std::move(image));
    if (rotation != 0)
        image = image.transformed(QTransform().rotate(rotation));
    if (image.size() != output)
        image = image.scaled(output, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    image = toSrgb(std::move(image));

    // exiv2 rewrites files, not memory buffers of ours: encode to a private
    // temporary file, put the metadata in, read it back.
    QTemporaryFile file(QDir::tempPath() + u"/byline-rendition-XXXXXX.jpg"_s);
    if (!file.open())
        return fail(tr("Could not make the web copy of %1: %2").arg(displayName(originalPath), file.errorString()));
    QImageWriter writer(&file, "jpeg");
    writer.setQuality(std::clamp(options.quality, 1, 100));
    writer.setOptimizedWrite(true);
    writer.setProgressiveScanWrite(true);
    if (!writer.write(image) || !file.flush()) {
        return fail(tr("Could not make the web copy of %1: %2").arg(displayName(originalPath), writer.errorString()));
    }
    file.close();

    QString metadataError;
    if (!PhotoMetadataIO::writePublished(file.fileName(), metadata, &metadataError))
        return fail(metadataError);

    QFile result(file.fileName());
    if (!result.open(QIODevice::ReadOnly))
        return fail(tr("Could not make the web copy of %1: %2").arg(displayName(originalPath), result.errorString()));

    Rendition rendition;
    rendition.jpeg = result.readAll();
    rendition.size = image.size();
    return rendition;
}

} // namespace Byline
