#pragma once

// Real image files made by the tests themselves (no binary fixtures): plain
// and quadrant-coloured JPEGs with any EXIF orientation, 16-bit and
// transparent PNGs, CMYK JPEGs, and metadata written through exiv2 exactly
// as cameras and wire services leave it (raw EUC-KR IPTC without a
// CharacterSet record, GPS, serial numbers, owner names, maker notes).
// Tests that use setMetadata() link PkgConfig::Exiv2.

#include <QColor>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QString>
#include <QStringEncoder>
#include <QTransform>

#include <exiv2/exiv2.hpp>

#include <string>
#include <utility>
#include <vector>

namespace Byline::TestImages {

// The four colours of quadrants(), clockwise from the top left.
inline const QColor TopLeft(220, 30, 30);
inline const QColor TopRight(30, 200, 30);
inline const QColor BottomRight(30, 30, 220);
inline const QColor BottomLeft(240, 220, 20);

// A picture in four coloured quarters: where a crop or a turn lands shows in
// which colours end up where.
inline QImage quadrants(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    const int halfWidth = size.width() / 2;
    const int halfHeight = size.height() / 2;
    QPainter painter(&image);
    painter.fillRect(0, 0, halfWidth, halfHeight, TopLeft);
    painter.fillRect(halfWidth, 0, size.width() - halfWidth, halfHeight, TopRight);
    painter.fillRect(halfWidth, halfHeight, size.width() - halfWidth, size.height() - halfHeight, BottomRight);
    painter.fillRect(0, halfHeight, halfWidth, size.height() - halfHeight, BottomLeft);
    return image;
}

// Something that compresses like a photograph: soft gradients and sensor noise.
inline QImage photoLike(const QSize &size, quint32 seed = 7)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    const int w = size.width();
    const int h = size.height();
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const int sky = 255 * y / h;
        for (int x = 0; x < w; ++x) {
            const int noise = int(random.bounded(24)) - 12;
            const int r = std::clamp(90 + sky / 2 + (x * 80) / w + noise, 0, 255);
            const int g = std::clamp(140 - sky / 3 + ((x + y) * 60) / (w + h) + noise, 0, 255);
            const int b = std::clamp(210 - sky / 2 + noise, 0, 255);
            line[x] = qRgb(r, g, b);
        }
    }
    return image;
}

// How a camera stores an upright picture to be shown with EXIF orientation
// `orientation` (1-8): the inverse of what a viewer does.
inline QImage storedForOrientation(const QImage &upright, int orientation)
{
    const QTransform transpose(0, 1, 1, 0, 0, 0);
    switch (orientation) {
    case 2:
        return upright.mirrored(true, false);
    case 3:
        return upright.mirrored(true, true);
    case 4:
        return upright.mirrored(false, true);
    case 5:
        return upright.transformed(transpose);
    case 6: // shown turned a quarter clockwise
        return upright.transformed(QTransform().rotate(270));
    case 7:
        return upright.mirrored(true, true).transformed(transpose);
    case 8:
        return upright.transformed(QTransform().rotate(90));
    default:
        return upright;
    }
}

// EXIF, IPTC and XMP values by exiv2 key. IPTC string values are raw bytes
// (no re-encoding); XMP text is UTF-8 ("lang=\"ko\" text" for lang alt,
// repeated keys append to bags and sequences); EXIF values use exiv2's
// notation ("37/1 33/1 0/1" for rationals).
using Fields = std::vector<std::pair<std::string, std::string>>;

inline std::string utf8(const QString &text)
{
    return text.toStdString();
}

inline std::string eucKr(const QString &text)
{
    QStringEncoder encoder("EUC-KR");
    const QByteArray bytes = encoder.encode(text);
    return std::string(bytes.constData(), size_t(bytes.size()));
}

// Adds `fields` to the file's metadata; with `replace`, drops what was there.
inline bool setMetadata(const QString &path, const Fields &fields, bool replace = false)
{
    try {
        const Exiv2::Image::UniquePtr image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
        image->readMetadata();
        if (replace)
            image->clearMetadata();
        Exiv2::ExifData &exif = image->exifData();
        Exiv2::IptcData &iptc = image->iptcData();
        Exiv2::XmpData &xmp = image->xmpData();
        for (const auto &[key, value] : fields) {
            if (key.starts_with("Iptc.")) {
                const Exiv2::IptcKey iptcKey(key);
                Exiv2::Value::UniquePtr iptcValue =
                    Exiv2::Value::create(Exiv2::IptcDataSets::dataSetType(iptcKey.tag(), iptcKey.record()));
                if (iptcValue->read(value) != 0)
                    return false;
                iptc.add(iptcKey, iptcValue.get());
            } else if (key.starts_with("Xmp.")) {
                xmp[key] = value;
            } else if (key.starts_with("Exif.")) {
                exif[key] = value;
            } else {
                return false;
            }
        }
        image->writeMetadata();
        return true;
    } catch (const Exiv2::Error &) {
        return false;
    }
}

// A camera-original look: make, model, time, GPS, serial numbers, owner and
// a Canon maker note.
inline Fields privateCameraFields()
{
    return {
        {"Exif.Image.Make", "Canon"},
        {"Exif.Image.Model", "Canon EOS R5"},
        {"Exif.Photo.DateTimeOriginal", "2024:05:01 10:20:30"},
        {"Exif.Photo.BodySerialNumber", "032021001234"},
        {"Exif.Photo.LensSerialNumber", "9900112233"},
        {"Exif.Photo.CameraOwnerName", "Kim Minji"},
        {"Exif.Photo.UserComment", "charset=Ascii private note"},
        {"Exif.GPSInfo.GPSVersionID", "2 3 0 0"},
        {"Exif.GPSInfo.GPSLatitudeRef", "N"},
        {"Exif.GPSInfo.GPSLatitude", "37/1 52/1 3000/100"},
        {"Exif.GPSInfo.GPSLongitudeRef", "E"},
        {"Exif.GPSInfo.GPSLongitude", "127/1 43/1 1200/100"},
        {"Exif.Canon.SerialNumber", "1234567"},
        {"Exif.Canon.OwnerName", "Kim Minji"},
    };
}

inline bool writeImage(const QString &path, const QImage &image, const QByteArray &format, int quality = 92)
{
    QImageWriter writer(path, format);
    writer.setQuality(quality);
    return writer.write(image);
}

// A JPEG of `image` as stored, with the EXIF orientation written when not 1.
inline bool writeJpeg(const QString &path, const QImage &stored, int orientation = 1, int quality = 92)
{
    if (!writeImage(path, stored, "jpeg", quality))
        return false;
    return orientation == 1 || setMetadata(path, {{"Exif.Image.Orientation", std::to_string(orientation)}});
}

inline bool writeJpeg(const QString &path, const QSize &size, const QColor &colour, int orientation = 1)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    return writeJpeg(path, image, orientation);
}

// A 16-bit PNG (checked: it reads back with 16 bits per channel).
inline bool writePng16(const QString &path, const QSize &size, const QColor &colour, bool alpha = false)
{
    QImage image(size, alpha ? QImage::Format_RGBA64 : QImage::Format_RGBX64);
    image.fill(colour);
    if (!writeImage(path, image, "png"))
        return false;
    const QImage back = QImageReader(path).read();
    return back.depth() == 64;
}

// An 8-bit PNG with transparency: the left half `colour`, the right half
// fully transparent.
inline bool writeTransparentPng(const QString &path, const QSize &size, const QColor &colour)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.fillRect(0, 0, size.width() / 2, size.height(), colour);
    painter.end();
    return writeImage(path, image, "png") && QImageReader(path).read().hasAlphaChannel();
}

// A CMYK JPEG, as print desks send them (checked: it reads back as CMYK).
inline bool writeCmykJpeg(const QString &path, const QSize &size, int c, int m, int y, int k)
{
    QImage image(size, QImage::Format_CMYK8888);
    // Byte-ordered: C, M, Y, K in memory.
    for (int row = 0; row < image.height(); ++row) {
        uchar *line = image.scanLine(row);
        for (int x = 0; x < image.width(); ++x) {
            line[4 * x] = uchar(c);
            line[4 * x + 1] = uchar(m);
            line[4 * x + 2] = uchar(y);
            line[4 * x + 3] = uchar(k);
        }
    }
    if (!writeImage(path, image, "jpeg"))
        return false;
    return QImageReader(path).read().format() == QImage::Format_CMYK8888;
}

// Colours survive JPEG only approximately.
inline bool sameColour(const QColor &a, const QColor &b, int tolerance = 24)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace Byline::TestImages
