#include "library/library.h"
#include "media/photoimport.h"
#include "testimages.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

Q_DECLARE_METATYPE(Byline::PhotoImport::Outcome)
Q_DECLARE_METATYPE(Byline::TestImages::Fields)
using Byline::TestImages::Fields;

namespace {

// A photo-like picture: a gradient with noise, different for each seed.
QImage picture(const QSize &size, quint32 seed, QImage::Format format = QImage::Format_RGB32)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, size.width(), size.height());
    QRandomGenerator random(seed);
    gradient.setColorAt(0, QColor::fromRgb(random.generate() | 0xff000000));
    gradient.setColorAt(1, QColor::fromRgb(random.generate() | 0xff000000));
    painter.fillRect(image.rect(), gradient);
    painter.end();
    for (int y = 0; y < size.height(); y += 3)
        image.setPixel(random.bounded(size.width()), y, random.generate() | 0xff000000);
    return image.convertToFormat(format);
}

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (!writer.write(image))
        qWarning() << "cannot write" << format << writer.errorString();
    return bytes;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// An EXIF APP1 segment holding only the orientation, put after SOI.
QByteArray withOrientation(QByteArray jpeg, quint16 orientation)
{
    QByteArray exif("Exif\0\0MM\0\x2a\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01", 24);
    exif.append(char(orientation >> 8)).append(char(orientation & 0xff)).append(QByteArray(2, '\0'));
    exif.append(QByteArray(4, '\0')); // no next IFD
    QByteArray segment("\xff\xe1", 2);
    segment.append(char((exif.size() + 2) >> 8)).append(char((exif.size() + 2) & 0xff)).append(exif);
    return jpeg.insert(2, segment);
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xffffffff;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320 & (0u - (crc & 1)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk;
    const auto be32 = [&chunk](quint32 value) {
        for (int shift = 24; shift >= 0; shift -= 8)
            chunk.append(char((value >> shift) & 0xff));
    };
    be32(quint32(data.size()));
    chunk.append(type).append(data);
    const quint32 crc = crc32(type + data);
    be32(crc);
    return chunk;
}

// A PNG that claims to be width × height: the header is all a reader
// looks at before decoding, and nobody needs 3.6 GB to make the file.
QByteArray pngHeaderClaiming(quint32 width, quint32 height)
{
    QByteArray ihdr;
    for (quint32 value : {width, height}) {
        for (int shift = 24; shift >= 0; shift -= 8)
            ihdr.append(char((value >> shift) & 0xff));
    }
    ihdr.append("\x08\x02\x00\x00\x00", 5); // 8-bit RGB
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr)
        + pngChunk("IDAT", qCompress(QByteArray(64, '\0')).mid(4)) + pngChunk("IEND", {});
}

// The smallest GIF89a: one pixel.
QByteArray tinyGif()
{
    return QByteArray("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00"
                      "!\xf9\x04\x00\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00;",
        43);
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

QStringList filesUnder(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

qint64 addArticle(Library &library, const QString &headline)
{
    Article article = Article::create();
    article.headline = headline;
    return library.articleStore().insertArticle(article) ? article.id : 0;
}

} // namespace

// Photos into the library: one batch of good and bad files, deduplication,
// thumbnails, and the library's photo order and lead.
class tst_PhotoImport : public QObject
{
    Q_OBJECT

    struct Expected
    {
        QString name;
        PhotoImport::Outcome outcome;
        QString phrase; // in the message of a failure
    };

    QTemporaryDir m_dir;
    Library m_library;
    qint64 m_batchArticle = 0;
    QHash<QString, PhotoImport::Result> m_batch; // by file name
    QList<Expected> m_expected;

    QString source(const QString &name) const { return m_dir.filePath(u"source/"_s + name); }

    QString writeJpeg(const QString &name, const QSize &size, quint32 seed)
    {
        const QString path = source(name);
        return writeBytes(path, encoded(picture(size, seed), "jpeg")) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(source(u"folder/deeper"_s)));
        QVERIFY(m_library.open(m_dir.filePath(u"library"_s)));
        m_batchArticle = addArticle(m_library, u"배치"_s);
        QVERIFY(m_batchArticle > 0);

        // The good ones.
        QVERIFY(!writeJpeg(u"good.jpg"_s, {640, 480}, 1).isEmpty());
        QVERIFY(writeBytes(source(u"good.png"_s), encoded(picture({300, 200}, 2), "png")));
        QVERIFY(writeBytes(source(u"good.webp"_s), encoded(picture({300, 200}, 3), "webp")));
        QVERIFY(writeBytes(source(u"good.tif"_s), encoded(picture({300, 200}, 4), "tiff")));
        // Named .png, but a JPEG: the content decides.
        QVERIFY(writeBytes(source(u"misnamed.png"_s), encoded(picture({200, 100}, 5), "jpeg")));
        const QByteArray cmyk = encoded(picture({320, 240}, 6, QImage::Format_CMYK8888), "jpeg");
        QVERIFY(writeBytes(source(u"cmyk.jpg"_s), cmyk));
        QCOMPARE(QImageReader(source(u"cmyk.jpg"_s)).imageFormat(), QImage::Format_CMYK8888);
        QVERIFY(writeBytes(source(u"deep.png"_s), encoded(picture({200, 150}, 7, QImage::Format_RGBA64), "png")));
        QVERIFY(!writeJpeg(u"folder/inside1.jpg"_s, {120, 80}, 8).isEmpty());
        QVERIFY(!writeJpeg(u"folder/inside2.jpg"_s, {120, 80}, 9).isEmpty());
        QVERIFY(writeBytes(source(u"folder/notes.txt"_s), "Photos from the 12th, by 김민지"));
        QVERIFY(!writeJpeg(u"folder/deeper/not-searched.jpg"_s, {120, 80}, 10).isEmpty());

        // The bad ones.
        QVERIFY(writeBytes(source(u"empty.jpg"_s), {}));
        QVERIFY(writeBytes(source(u"text.jpg"_s), "This is not a photo, just a note named like one.\n"));
        const QByteArray whole = encoded(picture({800, 600}, 11), "jpeg");
        QVERIFY(writeBytes(source(u"truncated.jpg"_s), whole.left(whole.size() * 6 / 10)));
        QVERIFY(writeBytes(source(u"huge.png"_s), pngHeaderClaiming(30000, 30000)));
        QCOMPARE(QImageReader(source(u"huge.png"_s)).size(), QSize(30000, 30000));
        QVERIFY(writeBytes(source(u"animation.gif"_s), tinyGif()));
        QVERIFY(writeBytes(source(u"scan.bmp"_s), encoded(picture({64, 64}, 12), "bmp")));
        QVERIFY(writeBytes(source(u"logo.svg"_s),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" "
            "height=\"10\"/></svg>\n"));
        QVERIFY(writeBytes(source(u"layout.pdf"_s), "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"));
        const QString vanished = writeJpeg(u"vanished.jpg"_s, {100, 100}, 13);
        QVERIFY(QFile::remove(vanished)); // gone before the import began: there is no such file

        using O = PhotoImport::Outcome;
        m_expected = {
            {u"good.jpg"_s, O::Imported, {}},
            {u"good.png"_s, O::Imported, {}},
            {u"good.webp"_s, O::Imported, {}},
            {u"good.tif"_s, O::Imported, {}},
            {u"misnamed.png"_s, O::Imported, {}},
            {u"cmyk.jpg"_s, O::Imported, {}},
            {u"deep.png"_s, O::Imported, {}},
            {u"inside1.jpg"_s, O::Imported, {}},
            {u"inside2.jpg"_s, O::Imported, {}},
            {u"empty.jpg"_s, O::Failed, u"empty"_s},
            {u"text.jpg"_s, O::Failed, u"named like a photo"_s},
            {u"truncated.jpg"_s, O::Failed, u"cut short"_s},
            {u"huge.png"_s, O::Failed, u"30000 × 30000"_s},
            {u"animation.gif"_s, O::Failed, u"GIF is not supported"_s},
            {u"scan.bmp"_s, O::Failed, u"BMP"_s},
            {u"logo.svg"_s, O::Failed, u"JPEG, PNG, WebP and TIFF"_s},
            {u"layout.pdf"_s, O::Failed, u"PDF document"_s},
            {u"vanished.jpg"_s, O::Failed, u"there is no such file"_s},
        };
        QStringList batch;
        for (const Expected &expected : std::as_const(m_expected)) {
            if (!expected.name.startsWith(u"inside"_s))
                batch << source(expected.name);
        }
        batch.insert(3, source(u"folder"_s)); // bad files after good ones and before
        const QList<PhotoImport::Result> results = PhotoImport::importFiles(m_library, m_batchArticle, batch);
        for (const PhotoImport::Result &result : results)
            m_batch.insert(QFileInfo(result.path).fileName(), result);
        QCOMPARE(results.size(), m_expected.size());
    }

    void batchImportsTheGoodAndExplainsTheBad_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<PhotoImport::Outcome>("outcome");
        QTest::addColumn<QString>("phrase");
        for (const Expected &expected : std::as_const(m_expected)) {
            const QString row =
                (expected.outcome == PhotoImport::Outcome::Imported ? u"nominal: "_s : u"robustness: "_s)
                + expected.name;
            QTest::newRow(qPrintable(row)) << expected.name << expected.outcome << expected.phrase;
        }
    }

    void batchImportsTheGoodAndExplainsTheBad()
    {
        QFETCH(QString, name);
        QFETCH(PhotoImport::Outcome, outcome);
        QFETCH(QString, phrase);
        QVERIFY2(m_batch.contains(name), qPrintable(name));
        const PhotoImport::Result result = m_batch.value(name);
        QVERIFY2(result.outcome == outcome, qPrintable(result.message));
        if (outcome == PhotoImport::Outcome::Failed) {
            QVERIFY2(result.message.contains(name), qPrintable(result.message));
            QVERIFY2(result.message.contains(phrase), qPrintable(result.message));
            return;
        }
        const std::optional<Photo> stored = m_library.photoStore().photo(result.photo.id);
        QVERIFY(stored);
        QCOMPARE(stored->fileName, name);
        QCOMPARE(stored->articleId, m_batchArticle);
        QVERIFY(QFileInfo(m_library.photoStore().photoFilePath(*stored)).isFile());
        QCOMPARE(sha256Of(m_library.photoStore().photoFilePath(*stored)), stored->sha256);
        QVERIFY(stored->pixelSize.isValid());
        QVERIFY(QFileInfo::exists(m_library.directory() + u'/'
            + PhotoStore::thumbnailStoragePath(stored->sha256, PhotoImport::ThumbnailSize)));
    }

    // A damaged photo says what is wrong with it, from exiv2's walk of the
    // file's structure or Qt's reader, never "Unknown error".
    void damagedPhotosSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("phrase");
        const QImage image = picture({320, 240}, 21);
        const QByteArray png = encoded(image, "png");
        QByteArray scrambled = png;
        const qsizetype idat = scrambled.indexOf("IDAT") + 40;
        for (qsizetype i = idat; i < idat + 32; ++i)
            scrambled[i] = char(scrambled.at(i) ^ 0x5a);
        const QByteArray tiff = encoded(image, "tiff");
        const QByteArray webp = encoded(image, "webp");
        QTest::newRow("robustness: PNG with scrambled picture data")
            << u"scrambled.png"_s << scrambled << u"its picture data is damaged"_s;
        QTest::newRow("robustness: PNG cut short") << u"cut.png"_s << png.left(png.size() / 2) << u"it is cut short"_s;
        QTest::newRow("robustness: TIFF cut short")
            << u"cut.tif"_s << tiff.left(tiff.size() / 2) << u"not a picture of the type its start claims"_s;
        QTest::newRow("robustness: WebP cut short")
            << u"cut.webp"_s << webp.left(webp.size() / 2) << u"reaches past the end of the file"_s;
        QTest::newRow("robustness: JPEG with no picture in it")
            << u"empty-frame.jpg"_s
            << QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20)
            << u"its header does not describe a picture"_s;
    }

    void damagedPhotosSayWhatIsWrong()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, phrase);
        const QString path = source(name);
        QVERIFY(writeBytes(path, bytes));
        const PhotoImport::Result result = PhotoImport::importFile(m_library, m_batchArticle, path);
        QCOMPARE(result.outcome, PhotoImport::Outcome::Failed);
        QVERIFY2(result.message.contains(name), qPrintable(result.message));
        QVERIFY2(!result.message.contains(u"Unknown error"_s), qPrintable(result.message));
        QVERIFY2(result.message.contains(phrase), qPrintable(result.message));
    }

    void batchKeepsTheOrderAndOneLead()
    {
        const QList<Photo> photos = m_library.photoStore().photos(m_batchArticle);
        QCOMPARE(photos.size(), 9);
        QCOMPARE(photos.first().fileName, u"good.jpg"_s);
        for (int i = 0; i < photos.size(); ++i) {
            QCOMPARE(photos.at(i).position, i);
            QCOMPARE(photos.at(i).lead, i == 0);
        }
        QCOMPARE(m_library.articleStore().article(m_batchArticle)->leadPhotoId, photos.first().id);
        // The stored suffix follows the content, not the name.
        QVERIFY(m_batch.value(u"misnamed.png"_s).photo.storedPath.endsWith(u".jpg"_s));
        QVERIFY(m_batch.value(u"inside1.jpg"_s).message.contains(u"folder"_s));
    }

    void importFileRefusesAFolder()
    {
        const PhotoImport::Result result =
            PhotoImport::importFile(m_library, m_batchArticle, source(u"folder/deeper"_s));
        QCOMPARE(result.outcome, PhotoImport::Outcome::Failed);
        QVERIFY2(result.message.contains(u"is a folder"_s), qPrintable(result.message));
    }

    void emptyFolderSaysSo()
    {
        const QString folder = m_dir.filePath(u"nothing-here"_s);
        QVERIFY(QDir().mkpath(folder + u"/sub"_s));
        const QList<PhotoImport::Result> results = PhotoImport::importFiles(m_library, m_batchArticle, {folder});
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().outcome, PhotoImport::Outcome::Failed);
        QVERIFY2(results.first().message.contains(u"subfolders"_s), qPrintable(results.first().message));
    }

    void sameFileTwiceIsADuplicate()
    {
        const qint64 article = addArticle(m_library, u"dupe"_s);
        const QString path = writeJpeg(u"twice.jpg"_s, {400, 300}, 20);
        const QList<PhotoImport::Result> results = PhotoImport::importFiles(m_library, article, {path, path});
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).outcome, PhotoImport::Outcome::Imported);
        QCOMPARE(results.at(1).outcome, PhotoImport::Outcome::Duplicate);
        QCOMPARE(results.at(1).photo.id, results.at(0).photo.id);
        const PhotoImport::Result again = PhotoImport::importFile(m_library, article, path);
        QCOMPARE(again.outcome, PhotoImport::Outcome::Duplicate);
        QCOMPARE(m_library.photoStore().photos(article).size(), 1);
    }

    void samePictureInTwoArticlesIsStoredOnce()
    {
        const qint64 first = addArticle(m_library, u"one"_s);
        const qint64 second = addArticle(m_library, u"two"_s);
        const QString path = writeJpeg(u"shared.jpg"_s, {400, 300}, 21);
        const QString copy = source(u"shared-copy.jpg"_s);
        QVERIFY(QFile::copy(path, copy));
        const PhotoImport::Result a = PhotoImport::importFile(m_library, first, path);
        const PhotoImport::Result b = PhotoImport::importFile(m_library, second, copy);
        QCOMPARE(a.outcome, PhotoImport::Outcome::Imported);
        QCOMPARE(b.outcome, PhotoImport::Outcome::Imported);
        QVERIFY(a.photo.id != b.photo.id);
        QCOMPARE(a.photo.storedPath, b.photo.storedPath);
        const QStringList stored = filesUnder(m_library.directory() + u"/photos"_s).filter(a.photo.sha256);
        QCOMPARE(stored.size(), 1);

        // The file stays while another article uses it.
        QVERIFY(m_library.photoStore().removePhoto(a.photo.id));
        QVERIFY(QFileInfo::exists(m_library.photoStore().photoFilePath(b.photo)));
        QVERIFY(m_library.photoStore().removePhoto(b.photo.id));
        QVERIFY(!QFileInfo::exists(m_library.photoStore().photoFilePath(b.photo)));
        QVERIFY(!QFileInfo::exists(m_library.directory() + u'/'
            + PhotoStore::thumbnailStoragePath(b.photo.sha256, PhotoImport::ThumbnailSize)));
    }

    void originalSurvivesDeletingTheSource()
    {
        const qint64 article = addArticle(m_library, u"source gone"_s);
        const QString path = writeJpeg(u"delete-me.jpg"_s, {500, 300}, 22);
        const QString hash = sha256Of(path);
        const PhotoImport::Result result = PhotoImport::importFile(m_library, article, path);
        QCOMPARE(result.outcome, PhotoImport::Outcome::Imported);
        QVERIFY(QFile::remove(path));
        const std::optional<Photo> photo = m_library.photoStore().photo(result.photo.id);
        QVERIFY(photo);
        QCOMPARE(photo->sha256, hash);
        QCOMPARE(sha256Of(m_library.photoStore().photoFilePath(*photo)), hash);
        QCOMPARE(QImageReader(m_library.photoStore().photoFilePath(*photo)).size(), QSize(500, 300));
    }

    void uprightSizeFollowsTheOrientation_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::addColumn<QSize>("upright");
        QTest::newRow("nominal: 1, as stored") << 1 << QSize(600, 300);
        QTest::newRow("nominal: 3, upside down") << 3 << QSize(600, 300);
        QTest::newRow("nominal: 6, turned right") << 6 << QSize(300, 600);
        QTest::newRow("nominal: 8, turned left") << 8 << QSize(300, 600);
    }

    void uprightSizeFollowsTheOrientation()
    {
        QFETCH(int, orientation);
        QFETCH(QSize, upright);
        const qint64 article = addArticle(m_library, u"orientation"_s);
        const QString path = source(u"orientation-%1.jpg"_s.arg(orientation));
        QVERIFY(writeBytes(path, withOrientation(encoded(picture({600, 300}, 30 + orientation), "jpeg"), orientation)));
        const PhotoImport::Result result = PhotoImport::importFile(m_library, article, path);
        QVERIFY2(result.outcome == PhotoImport::Outcome::Imported, qPrintable(result.message));
        QCOMPARE(result.photo.pixelSize, upright);
        QCOMPARE(m_library.photoStore().photo(result.photo.id)->pixelSize, upright);
        const QImage thumbnail = PhotoImport::thumbnail(m_library.directory(), result.photo);
        QCOMPARE(thumbnail.width() > thumbnail.height(), upright.width() > upright.height());
    }

    void thumbnailIsSmallAndCached()
    {
        const qint64 article = addArticle(m_library, u"thumbnail"_s);
        const QString path = writeJpeg(u"big.jpg"_s, {2400, 1600}, 40);
        const PhotoImport::Result result = PhotoImport::importFile(m_library, article, path);
        QCOMPARE(result.outcome, PhotoImport::Outcome::Imported);
        const QString cache = m_library.directory() + u'/'
            + PhotoStore::thumbnailStoragePath(result.photo.sha256, PhotoImport::ThumbnailSize);
        QVERIFY(QFile::remove(cache)); // made on first use as well as at import

        const QImage made = PhotoImport::thumbnail(m_library.directory(), result.photo);
        QCOMPARE(made.size(), QSize(PhotoImport::ThumbnailSize, PhotoImport::ThumbnailSize * 2 / 3));
        QVERIFY(QFileInfo::exists(cache));
        // The cache answers even when the original cannot be read.
        QVERIFY(QFile::rename(m_library.photoStore().photoFilePath(result.photo),
            m_library.photoStore().photoFilePath(result.photo) + u".away"_s));
        const QImage cached = PhotoImport::thumbnail(m_library.directory(), result.photo);
        QCOMPARE(cached.size(), made.size());
        QVERIFY(QFile::rename(m_library.photoStore().photoFilePath(result.photo) + u".away"_s,
            m_library.photoStore().photoFilePath(result.photo)));

        // A small picture is not enlarged.
        const PhotoImport::Result small =
            PhotoImport::importFile(m_library, article, writeJpeg(u"small.jpg"_s, {90, 60}, 41));
        QCOMPARE(PhotoImport::thumbnail(m_library.directory(), small.photo).size(), QSize(90, 60));
    }

    void removeMoveAndLead()
    {
        const qint64 article = addArticle(m_library, u"order"_s);
        QStringList ids;
        for (int i = 0; i < 4; ++i) {
            const PhotoImport::Result result =
                PhotoImport::importFile(m_library, article, writeJpeg(u"order-%1.jpg"_s.arg(i), {200, 100}, 50 + i));
            QCOMPARE(result.outcome, PhotoImport::Outcome::Imported);
            QCOMPARE(result.photo.lead, i == 0);
            ids << result.photo.id;
        }
        auto order = [&] {
            QStringList current;
            const QList<Photo> photos = m_library.photoStore().photos(article);
            for (int i = 0; i < photos.size(); ++i) {
                if (photos.at(i).position != i)
                    return QStringList {u"bad position"_s};
                current << photos.at(i).id;
            }
            return current;
        };
        auto lead = [&] {
            QStringList leads;
            for (const Photo &photo : m_library.photoStore().photos(article)) {
                if (photo.lead)
                    leads << photo.id;
            }
            return leads;
        };

        QVERIFY(m_library.photoStore().movePhoto(ids.at(3), 0));
        QCOMPARE(order(), (QStringList {ids.at(3), ids.at(0), ids.at(1), ids.at(2)}));
        QVERIFY(m_library.photoStore().movePhoto(ids.at(3), 99)); // clamped to the end
        QCOMPARE(order(), ids);

        QVERIFY(m_library.photoStore().setLeadPhoto(article, ids.at(2)));
        QCOMPARE(lead(), QStringList {ids.at(2)});
        QCOMPARE(m_library.articleStore().article(article)->leadPhotoId, ids.at(2));
        // A save of the article keeps the lead it names: the stores' calls
        // (the command line) write it into the article, and the editor's
        // autosave carries its document's, which the Photos panel changes
        // (tst_autosavephotos).
        Article saved = *m_library.articleStore().article(article);
        saved.headline = u"autosaved after the lead changed"_s;
        QVERIFY(m_library.articleStore().saveArticle(saved));
        QCOMPARE(m_library.articleStore().article(article)->leadPhotoId, ids.at(2));
        QCOMPARE(m_library.articleStore().article(article)->headline, saved.headline);
        QVERIFY(!m_library.photoStore().setLeadPhoto(article, u"no-such-photo"_s));
        QCOMPARE(lead(), QStringList {ids.at(2)});

        // Removing the lead hands it to the first photo left.
        QVERIFY(m_library.photoStore().removePhoto(ids.at(2)));
        QCOMPARE(order(), (QStringList {ids.at(0), ids.at(1), ids.at(3)}));
        QCOMPARE(lead(), QStringList {ids.at(0)});
        QCOMPARE(m_library.articleStore().article(article)->leadPhotoId, ids.at(0));
        QVERIFY(!m_library.photoStore().removePhoto(ids.at(2)));

        Photo edited = *m_library.photoStore().photo(ids.at(1));
        edited.caption = u"춘천 공지천에서 수달이 헤엄치고 있다."_s;
        edited.credit = u"김민지 기자"_s;
        edited.altText = u"물 위로 머리를 내민 수달"_s;
        edited.crop.rect = QRectF(0.1, 0.1, 0.5, 0.5);
        edited.crop.aspect = u"1:1"_s;
        QVERIFY(m_library.photoStore().updatePhoto(edited));
        QCOMPARE(*m_library.photoStore().photo(ids.at(1)), edited);
    }

    // What the photographer or the wire wrote into the file is where the
    // reporter starts: caption, credit and alt text come pre-filled.
    void importPrefillsCaptionCreditAndAltText_data()
    {
        QTest::addColumn<Fields>("fields");
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("credit");
        QTest::addColumn<QString>("altText");
        QTest::addColumn<QString>("warning");

        const QString caption =
            u"2일 강원 춘천시 공지천에서 수달 가족이 헤엄치고 있다. 시는 보호구역 지정을 검토한다."_s;
        QTest::newRow("xmp, utf-8") << Fields {{"Xmp.dc.description",
                                                   "lang=\"x-default\" " + TestImages::utf8(caption)},
            {"Xmp.photoshop.Credit", TestImages::utf8(u"강원일보"_s)},
            {"Xmp.dc.creator", TestImages::utf8(u"김민지"_s)}}
                                    << caption << u"강원일보"_s
                                    << u"2일 강원 춘천시 공지천에서 수달 가족이 헤엄치고 있다."_s << QString();
        QTest::newRow("iptc, euc-kr wire photo") << Fields {{"Iptc.Application2.Caption", TestImages::eucKr(caption)},
            {"Iptc.Application2.Byline", TestImages::eucKr(u"박준호"_s)},
            {"Iptc.Application2.Headline", TestImages::eucKr(u"공지천의 수달 가족"_s)}}
                                                 << caption << u"박준호"_s << u"공지천의 수달 가족"_s << QString();
        QTest::newRow("iptc, unknown character set")
            << Fields {{"Iptc.Application2.Caption", std::string("Caf\xe9 \x81\x81\x81 opening")},
                   {"Iptc.Application2.Credit", "Wire"}}
            << QString() << u"Wire"_s << QString() << u"character set is unknown"_s;
    }

    void importPrefillsCaptionCreditAndAltText()
    {
        QFETCH(Fields, fields);
        QFETCH(QString, caption);
        QFETCH(QString, credit);
        QFETCH(QString, altText);
        QFETCH(QString, warning);
        const QString path =
            source(u"metadata-%1.jpg"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
        QVERIFY(TestImages::writeJpeg(path, {400, 300}, QColor(40, 90, 160)));
        QVERIFY(TestImages::setMetadata(path, fields));

        const qint64 article = addArticle(m_library, u"메타데이터"_s);
        const PhotoImport::Result result = PhotoImport::importFile(m_library, article, path);
        QCOMPARE(result.outcome, PhotoImport::Outcome::Imported);
        if (!caption.isNull())
            QCOMPARE(result.photo.caption, caption);
        else
            QVERIFY(!result.photo.caption.isEmpty()); // kept, to be checked by a person
        QCOMPARE(result.photo.credit, credit);
        if (!altText.isNull())
            QCOMPARE(result.photo.altText, altText);
        if (warning.isEmpty())
            QVERIFY2(result.message.isEmpty(), qPrintable(result.message));
        else
            QVERIFY2(result.message.contains(warning), qPrintable(result.message));

        // What was stored is what the panel and the CLI show.
        const std::optional<Photo> stored = m_library.photoStore().photo(result.photo.id);
        QVERIFY(stored);
        QCOMPARE(stored->caption, result.photo.caption);
        QCOMPARE(stored->credit, credit);
        QCOMPARE(stored->altText, result.photo.altText);
    }

    void removingTheArticleRemovesItsPhotos()
    {
        const qint64 article = addArticle(m_library, u"cascade"_s);
        const PhotoImport::Result result =
            PhotoImport::importFile(m_library, article, writeJpeg(u"cascade.jpg"_s, {200, 100}, 60));
        QCOMPARE(result.outcome, PhotoImport::Outcome::Imported);
        QVERIFY(QFileInfo::exists(m_library.photoStore().photoFilePath(result.photo)));
        QVERIFY(m_library.articleStore().removeArticle(article));
        QVERIFY(m_library.photoStore().photos(article).isEmpty());
        QVERIFY(!m_library.photoStore().photo(result.photo.id));
        QVERIFY(!QFileInfo::exists(m_library.photoStore().photoFilePath(result.photo)));
    }

    void photosSurviveReopening()
    {
        const QList<Photo> before = m_library.photoStore().photos(m_batchArticle);
        Library other;
        QVERIFY(other.open(m_library.directory()));
        QCOMPARE(other.photoStore().photos(m_batchArticle), before);
    }
};

QTEST_GUILESS_MAIN(tst_PhotoImport)
#include "tst_photoimport.moc"
