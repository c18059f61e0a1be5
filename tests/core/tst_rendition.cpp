#include "media/rendition.h"

#include "testimages.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::TestImages;

namespace {

const QString Otters = u"춘천 공지천에 나타난 수달 한 쌍"_s;
const QString Photographer = u"김민지 기자"_s;
const QString Agency = u"연합뉴스"_s;
const QString Rights = u"© 연합뉴스 2024"_s;

QImage decoded(const Rendition &rendition)
{
    return QImage::fromData(rendition.jpeg, "jpeg");
}

// A crop drawn on the picture as the crop tool shows it (upright, turned),
// in pixels of that picture.
QRect pixelCrop(const QString &kind, const QSize &shown)
{
    const int w = shown.width();
    const int h = shown.height();
    if (kind == u"16:9") {
        const int width = w * 9 / 10;
        const int height = std::min(h, width * 9 / 16);
        return QRect(w / 20, (h - height) * 3 / 10, width, height);
    }
    if (kind == u"1:1") {
        const int side = std::min(w, h) * 6 / 10;
        return QRect(w / 10, h * 15 / 100, side, side);
    }
    return QRect(0, 0, w, h);
}

QRectF normalized(const QRect &rect, const QSize &size)
{
    return QRectF(double(rect.x()) / size.width(), double(rect.y()) / size.height(),
        double(rect.width()) / size.width(), double(rect.height()) / size.height());
}

// True when the reference is one colour around `point`: away from the
// quadrants' edges, where JPEG and scaling blur.
bool uniformAround(const QImage &image, const QPoint &point, int radius)
{
    const QRgb centre = image.pixel(point);
    for (int dy = -radius; dy <= radius; dy += radius) {
        for (int dx = -radius; dx <= radius; dx += radius) {
            const QPoint p = point + QPoint(dx, dy);
            if (!image.rect().contains(p) || image.pixel(p) != centre)
                return false;
        }
    }
    return true;
}

} // namespace

class tst_Rendition : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::optional<Rendition> make(
        const QString &path, const PhotoCrop &crop = {}, const Rendition::Options &options = {})
    {
        QString error;
        std::optional<Rendition> rendition =
            Rendition::make(path, crop, {Otters, Agency, Photographer, Rights}, options, &error);
        if (!rendition)
            qWarning() << error;
        return rendition;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void size_data()
    {
        QTest::addColumn<QSize>("original");
        QTest::addColumn<int>("orientation");
        QTest::addColumn<int>("maxLongSide");
        QTest::addColumn<QSize>("expected");

        QTest::newRow("nominal: 24 megapixels to the web size") << QSize(6000, 4000) << 1 << 1600 << QSize(1600, 1067);
        QTest::newRow("nominal: portrait") << QSize(4000, 6000) << 1 << 1600 << QSize(1067, 1600);
        QTest::newRow("nominal: stored sideways (orientation 6)")
            << QSize(6000, 4000) << 6 << 1600 << QSize(1067, 1600);
        QTest::newRow("nominal: a smaller publication maximum") << QSize(1200, 800) << 1 << 600 << QSize(600, 400);
        QTest::newRow("nominal: small photos are not upscaled") << QSize(1200, 800) << 1 << 1600 << QSize(1200, 800);
        QTest::newRow("nominal: odd size, not a multiple of 8") << QSize(4001, 2999) << 8 << 1600 << QSize(1199, 1600);
    }

    void size()
    {
        QFETCH(QSize, original);
        QFETCH(int, orientation);
        QFETCH(int, maxLongSide);
        QFETCH(QSize, expected);

        const QString path = m_dir.filePath(u"size.jpg"_s);
        QVERIFY(writeJpeg(path, photoLike(original), orientation));
        const std::optional<Rendition> rendition = make(path, {}, {maxLongSide, 85});
        QVERIFY(rendition);
        QCOMPARE(rendition->size, expected);
        const QImage image = decoded(*rendition);
        QCOMPARE(image.size(), expected);
        QCOMPARE(image.format(), QImage::Format_RGB32);
    }

    // Quadrant colours show that each orientation, turn and crop lands on
    // the right part of the picture. The reference is made with plain QImage
    // operations on the upright picture.
    void crop_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::addColumn<int>("rotation");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QSize>("upright");

        for (int orientation = 1; orientation <= 8; ++orientation) {
            for (const int rotation : {0, 90, 180, 270}) {
                for (const QString &kind : {u"whole"_s, u"16:9"_s, u"1:1"_s}) {
                    QTest::addRow("nominal: orientation %d, turned %d, %s", orientation, rotation, qPrintable(kind))
                        << orientation << rotation << kind << QSize(1200, 800);
                }
            }
        }
        // Large enough that the decoder scales down (1/2) and clips together.
        for (const int orientation : {1, 6}) {
            for (const QString &kind : {u"16:9"_s, u"1:1"_s}) {
                QTest::addRow("nominal: 24 megapixels, orientation %d, %s", orientation, qPrintable(kind))
                    << orientation << 0 << kind << QSize(6000, 4000);
            }
        }
    }

    void crop()
    {
        QFETCH(int, orientation);
        QFETCH(int, rotation);
        QFETCH(QString, kind);
        QFETCH(QSize, upright);

        const QImage uprightImage = quadrants(upright);
        const QString path = m_dir.filePath(u"quadrants.jpg"_s);
        QVERIFY(writeJpeg(path, storedForOrientation(uprightImage, orientation), orientation));

        const QImage shown = uprightImage.transformed(QTransform().rotate(rotation));
        const QRect pixels = pixelCrop(kind, shown.size());
        PhotoCrop crop;
        crop.rotation = rotation;
        crop.aspect = kind;
        if (kind != u"whole")
            crop.rect = normalized(pixels, shown.size());

        const std::optional<Rendition> rendition = make(path, crop);
        QVERIFY(rendition);
        const QImage image = decoded(*rendition);
        QCOMPARE(image.size(), rendition->size);

        const QImage reference = shown.copy(pixels);
        const double scale = std::min(1.0, 1600.0 / std::max(pixels.width(), pixels.height()));
        QVERIFY2(
            std::abs(image.width() - reference.width() * scale) <= 1.0, qPrintable(QString::number(image.width())));
        QVERIFY2(
            std::abs(image.height() - reference.height() * scale) <= 1.0, qPrintable(QString::number(image.height())));
        if (kind == u"1:1")
            QCOMPARE(image.width(), image.height());

        int compared = 0;
        for (int gy = 1; gy < 10; ++gy) {
            for (int gx = 1; gx < 10; ++gx) {
                const QPoint at(reference.width() * gx / 10, reference.height() * gy / 10);
                if (!uniformAround(reference, at, std::max(reference.width(), reference.height()) / 40))
                    continue;
                const QPoint got(image.width() * gx / 10, image.height() * gy / 10);
                const QColor expected = reference.pixelColor(at);
                const QColor actual = image.pixelColor(got);
                QVERIFY2(sameColour(expected, actual),
                    qPrintable(u"at %1,%2: expected %3, got %4"_s.arg(gx).arg(gy).arg(expected.name(), actual.name())));
                ++compared;
            }
        }
        QVERIFY(compared >= 40);
    }

    void colours_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QColor>("left");
        QTest::addColumn<QColor>("right");

        QTest::newRow("nominal: CMYK JPEG comes out RGB") << u"cmyk"_s << QColor(255, 0, 0) << QColor(255, 0, 0);
        QTest::newRow("nominal: 16-bit PNG comes out 8-bit")
            << u"png16"_s << QColor(20, 120, 220) << QColor(20, 120, 220);
        QTest::newRow("nominal: transparency is flattened on white")
            << u"alpha"_s << QColor(200, 40, 40) << QColor(255, 255, 255);
        QTest::newRow("nominal: 16-bit PNG with half transparency")
            << u"png16alpha"_s << QColor(255, 128, 128) << QColor(255, 128, 128);
    }

    void colours()
    {
        QFETCH(QString, kind);
        QFETCH(QColor, left);
        QFETCH(QColor, right);

        const QString path = m_dir.filePath(u"colours."_s + (kind == u"cmyk" ? u"jpg"_s : u"png"_s));
        const QSize size(640, 480);
        if (kind == u"cmyk")
            QVERIFY(writeCmykJpeg(path, size, 0, 255, 255, 0));
        else if (kind == u"png16")
            QVERIFY(writePng16(path, size, QColor(20, 120, 220)));
        else if (kind == u"png16alpha")
            QVERIFY(writePng16(path, size, QColor(255, 0, 0, 128), true));
        else
            QVERIFY(writeTransparentPng(path, size, QColor(200, 40, 40)));

        const std::optional<Rendition> rendition = make(path);
        QVERIFY(rendition);
        QCOMPARE(rendition->size, size);
        QVERIFY(rendition->jpeg.startsWith("\xff\xd8"));
        const QImage image = decoded(*rendition);
        QCOMPARE(image.format(), QImage::Format_RGB32); // 8-bit, three channels
        QCOMPARE(image.depth(), 32);
        const QColor actualLeft = image.pixelColor(size.width() / 4, size.height() / 2);
        const QColor actualRight = image.pixelColor(size.width() * 3 / 4, size.height() / 2);
        QVERIFY2(sameColour(actualLeft, left, 40), qPrintable(actualLeft.name()));
        QVERIFY2(sameColour(actualRight, right, 40), qPrintable(actualRight.name()));
    }

    void publishedMetadata()
    {
        const QString path = m_dir.filePath(u"camera.jpg"_s);
        QVERIFY(writeJpeg(path, photoLike(QSize(2000, 1500)), 6));
        Fields fields = privateCameraFields();
        fields.push_back({"Iptc.Application2.Caption", eucKr(u"옛 설명"_s)});
        fields.push_back({"Xmp.photoshop.Instructions", "embargo until 12:00"});
        fields.push_back({"Xmp.exif.GPSLatitude", "37,52.5N"});
        QVERIFY(setMetadata(path, fields));
        {
            // The original really carries what must go.
            const Exiv2::Image::UniquePtr original = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
            original->readMetadata();
            const Exiv2::ExifData &exif = original->exifData();
            QVERIFY(exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitude")) != exif.end());
            QVERIFY(exif.findKey(Exiv2::ExifKey("Exif.Photo.BodySerialNumber")) != exif.end());
            QVERIFY(exif.findKey(Exiv2::ExifKey("Exif.Canon.SerialNumber")) != exif.end());
        }

        const std::optional<Rendition> rendition = make(path);
        QVERIFY(rendition);
        QCOMPARE(rendition->size, QSize(1200, 1600));
        const QString output = m_dir.filePath(u"rendition.jpg"_s);
        {
            QFile file(output);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(rendition->jpeg);
        }

        // Through the API.
        const Exiv2::Image::UniquePtr image = Exiv2::ImageFactory::open(QFile::encodeName(output).toStdString());
        image->readMetadata();
        QVERIFY(image->exifData().empty());
        const Exiv2::IptcData &iptc = image->iptcData();
        const auto iptcBytes = [&iptc](const char *key) {
            const auto it = iptc.findKey(Exiv2::IptcKey(key));
            return it == iptc.end() ? std::string() : it->toString();
        };
        QCOMPARE(iptcBytes("Iptc.Envelope.CharacterSet"), std::string("\x1b%G"));
        QCOMPARE(iptcBytes("Iptc.Application2.Caption"), utf8(Otters));
        QCOMPARE(iptcBytes("Iptc.Application2.Byline"), utf8(Photographer));
        QCOMPARE(iptcBytes("Iptc.Application2.Credit"), utf8(Agency));
        QCOMPARE(iptcBytes("Iptc.Application2.Copyright"), utf8(Rights));
        const Exiv2::XmpData &xmp = image->xmpData();
        const auto xmpValue = [&xmp](const char *key) -> const Exiv2::Value * {
            const auto it = xmp.findKey(Exiv2::XmpKey(key));
            return it == xmp.end() ? nullptr : &it->value();
        };
        const auto *description = dynamic_cast<const Exiv2::LangAltValue *>(xmpValue("Xmp.dc.description"));
        QVERIFY(description);
        QCOMPARE(description->toString("x-default"), utf8(Otters));
        const auto *rights = dynamic_cast<const Exiv2::LangAltValue *>(xmpValue("Xmp.dc.rights"));
        QVERIFY(rights);
        QCOMPARE(rights->toString("x-default"), utf8(Rights));
        QVERIFY(xmpValue("Xmp.photoshop.Credit"));
        QCOMPARE(xmpValue("Xmp.photoshop.Credit")->toString(), utf8(Agency));
        QVERIFY(xmpValue("Xmp.dc.creator"));
        QCOMPARE(xmpValue("Xmp.dc.creator")->toString(0), utf8(Photographer));
        QCOMPARE(xmp.count(), 4L);

        // And as anyone would look at the file: the exiv2 tool.
        const QString exiv2 = QStandardPaths::findExecutable(u"exiv2"_s);
        QVERIFY2(!exiv2.isEmpty(), "the exiv2 command-line tool is needed (Debian package exiv2)");
        QProcess process;
        process.start(exiv2, {u"-pa"_s, output});
        QVERIFY(process.waitForFinished(30000));
        const QByteArray printed = process.readAllStandardOutput();
        for (const char *gone : {"GPS", "Serial", "Owner", "Canon", "MakerNote", "Kim Minji", "UserComment",
                 "Instructions", "embargo", "Exif."}) {
            QVERIFY2(!printed.contains(gone), qPrintable(QString::fromUtf8(printed)));
        }
        QVERIFY2(printed.contains("Iptc.Envelope.CharacterSet"), printed.constData());
        for (const QString &kept : {Otters, Photographer, Agency, Rights}) {
            QVERIFY2(printed.count(kept.toUtf8()) >= 2, qPrintable(QString::fromUtf8(printed))); // IPTC and XMP
        }
        QVERIFY(printed.contains("Xmp.dc.description"));
        QVERIFY(printed.contains("lang=\"x-default\""));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("kind");

        QTest::newRow("robustness: missing file") << u"missing"_s;
        QTest::newRow("robustness: not an image") << u"text"_s;
        QTest::newRow("robustness: too large (400 megapixels claimed)") << u"huge"_s;
        QTest::newRow("robustness: damaged picture data") << u"damaged"_s;
    }

    void errors()
    {
        QFETCH(QString, kind);

        const QString path = m_dir.filePath(u"원본 사진."_s + (kind == u"damaged" ? u"png"_s : u"jpg"_s));
        QFile::remove(path);
        if (kind == u"text") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("This is a note, not a photo.\n");
        } else if (kind == u"huge") {
            // A small file whose header claims 20000 x 20000 pixels.
            QVERIFY(writeJpeg(path, QSize(64, 48), Qt::gray));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray bytes = file.readAll();
            const qsizetype sof = bytes.indexOf("\xff\xc0");
            QVERIFY(sof > 0);
            bytes[sof + 5] = char(20000 >> 8);
            bytes[sof + 6] = char(20000 & 0xff);
            bytes[sof + 7] = char(20000 >> 8);
            bytes[sof + 8] = char(20000 & 0xff);
            QVERIFY(file.seek(0));
            file.write(bytes);
        } else if (kind == u"damaged") {
            QVERIFY(writeImage(path, photoLike(QSize(320, 240)), "png"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray bytes = file.readAll();
            const qsizetype idat = bytes.indexOf("IDAT");
            QVERIFY(idat > 0);
            for (qsizetype i = idat + 20; i < idat + 220 && i < bytes.size(); ++i)
                bytes[i] = char(~bytes.at(i));
            QVERIFY(file.seek(0));
            file.write(bytes);
        }

        QString error;
        const std::optional<Rendition> rendition =
            Rendition::make(path, {}, {Otters, Agency, {}, {}}, Rendition::Options(), &error);
        QVERIFY(!rendition);
        QVERIFY2(error.contains(u"원본 사진"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"Unknown error"_s), qPrintable(error)); // what is wrong, in words
        if (kind == u"text")
            QVERIFY2(error.contains(u"not a picture of any type Byline knows"_s), qPrintable(error));
        if (kind == u"damaged")
            QVERIFY2(error.contains(u"its picture data is damaged"_s), qPrintable(error));
        if (kind == u"huge")
            QVERIFY2(error.contains(u"400"_s), qPrintable(error));
    }
};

QTEST_MAIN(tst_Rendition)
#include "tst_rendition.moc"
