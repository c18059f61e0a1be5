#include "media/photometadata.h"

#include "testimages.h"

#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::TestImages;

Q_DECLARE_METATYPE(Byline::TestImages::Fields)

namespace {

const QString Otters = u"춘천 공지천에 나타난 수달 한 쌍"_s;
const QString Photographer = u"김민지 기자"_s;
const QString Agency = u"연합뉴스"_s;
const QString Rights = u"© 연합뉴스 2024"_s;

// Korean Windows: EUC-KR plus syllables EUC-KR lacks (똠).
std::string cp949(const QString &text)
{
    QStringEncoder encoder("windows-949");
    const QByteArray bytes = encoder.encode(text);
    return std::string(bytes.constData(), size_t(bytes.size()));
}

std::string iptcValue(const QString &path, const char *key)
{
    const Exiv2::Image::UniquePtr image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
    image->readMetadata();
    const auto it = image->iptcData().findKey(Exiv2::IptcKey(key));
    return it == image->iptcData().end() ? std::string() : it->toString();
}

} // namespace

class tst_PhotoMetadata : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString jpegWith(const QString &name, const Fields &fields)
    {
        const QString path = m_dir.filePath(name);
        if (!writeJpeg(path, QSize(64, 48), Qt::gray) || !setMetadata(path, fields))
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void read_data()
    {
        QTest::addColumn<Fields>("fields");
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("creator");
        QTest::addColumn<QString>("credit");
        QTest::addColumn<QString>("copyright");
        QTest::addColumn<bool>("warned");

        QTest::newRow("nominal: UTF-8 IPTC with ESC % G") << Fields {{"Iptc.Envelope.CharacterSet", "\x1b%G"},
            {"Iptc.Application2.Caption", utf8(Otters)}, {"Iptc.Application2.Byline", utf8(Photographer)},
            {"Iptc.Application2.Credit", utf8(Agency)}, {"Iptc.Application2.Copyright", utf8(Rights)}}
                                                          << Otters << Photographer << Agency << Rights << false;
        QTest::newRow("nominal: EUC-KR IPTC without a character set (wire photo)")
            << Fields {{"Iptc.Application2.Caption", eucKr(Otters)}, {"Iptc.Application2.Byline", eucKr(Photographer)},
                   {"Iptc.Application2.Credit", eucKr(Agency)}}
            << Otters << Photographer << Agency << QString() << false;
        QTest::newRow("nominal: CP949-only syllable without a character set")
            << Fields {{"Iptc.Application2.Caption", cp949(u"똠방각하 공지천"_s)}} << u"똠방각하 공지천"_s << QString()
            << QString() << QString() << false;
        QTest::newRow("nominal: UTF-8 IPTC without a character set")
            << Fields {{"Iptc.Application2.Caption", utf8(Otters)}} << Otters << QString() << QString() << QString()
            << false;
        QTest::newRow("nominal: XMP is preferred over IPTC")
            << Fields {{"Iptc.Application2.Caption", eucKr(u"옛 설명"_s)},
                   {"Iptc.Application2.Byline", eucKr(u"옛 기자"_s)},
                   {"Iptc.Application2.Credit", eucKr(u"옛 통신사"_s)},
                   {"Iptc.Application2.Copyright", eucKr(u"옛 저작권"_s)},
                   {"Xmp.dc.description", "lang=\"x-default\" " + utf8(Otters)}, {"Xmp.dc.creator", utf8(Photographer)},
                   {"Xmp.photoshop.Credit", utf8(Agency)}, {"Xmp.dc.rights", "lang=\"x-default\" " + utf8(Rights)}}
            << Otters << Photographer << Agency << Rights << false;
        QTest::newRow("nominal: XMP caption in Korean only")
            << Fields {{"Xmp.dc.description", "lang=\"en\" Two otters"},
                   {"Xmp.dc.description", "lang=\"ko\" " + utf8(Otters)}}
            << Otters << QString() << QString() << QString() << false;
        QTest::newRow("nominal: XMP x-default wins over Korean")
            << Fields {{"Xmp.dc.description", "lang=\"ko\" " + utf8(Otters)},
                   {"Xmp.dc.description", "lang=\"x-default\" Two otters"}}
            << u"Two otters"_s << QString() << QString() << QString() << false;
        QTest::newRow("nominal: empty XMP falls back to IPTC")
            << Fields {{"Iptc.Application2.Caption", eucKr(Otters)}, {"Xmp.photoshop.Credit", ""}} << Otters
            << QString() << QString() << QString() << false;
        QTest::newRow("robustness: unknown bytes are read as Latin-1, with a warning")
            << Fields {{"Iptc.Application2.Caption", std::string("Caf\xe9 au lait \xff\x80")}}
            << QString::fromLatin1("Caf\xe9 au lait \xff\x80") << QString() << QString() << QString() << true;
        QTest::newRow("robustness: a valid image without metadata")
            << Fields {} << QString() << QString() << QString() << QString() << false;
    }

    void read()
    {
        QFETCH(Fields, fields);
        QFETCH(QString, caption);
        QFETCH(QString, creator);
        QFETCH(QString, credit);
        QFETCH(QString, copyright);
        QFETCH(bool, warned);

        const QString path = jpegWith(u"read.jpg"_s, fields);
        QVERIFY(!path.isEmpty());
        QString error;
        const std::optional<PhotoMetadata> metadata = PhotoMetadataIO::read(path, &error);
        QVERIFY2(metadata, qPrintable(error));
        QCOMPARE(metadata->caption, caption);
        QCOMPARE(metadata->creator, creator);
        QCOMPARE(metadata->credit, credit);
        QCOMPARE(metadata->copyright, copyright);
        QCOMPARE(!metadata->warnings.isEmpty(), warned);
        if (fields.empty())
            QCOMPARE(*metadata, PhotoMetadata());
    }

    void readAllFields()
    {
        Fields fields {
            {"Iptc.Envelope.CharacterSet", "\x1b%G"},
            {"Iptc.Application2.Source", utf8(u"강원도청"_s)},
            {"Iptc.Application2.Headline", utf8(u"공지천 수달"_s)},
            {"Iptc.Application2.Keywords", utf8(u"수달"_s)},
            {"Iptc.Application2.Keywords", utf8(u"춘천"_s)},
            {"Iptc.Application2.DateCreated", "2024-05-01"},
            {"Iptc.Application2.TimeCreated", "10:20:30+09:00"},
            {"Exif.Image.Orientation", "6"},
            {"Exif.Photo.OffsetTimeOriginal", "+09:00"},
        };
        for (const auto &field : privateCameraFields())
            fields.push_back(field);
        const QString path = jpegWith(u"all.jpg"_s, fields);
        QVERIFY(!path.isEmpty());

        QString error;
        const std::optional<PhotoMetadata> metadata = PhotoMetadataIO::read(path, &error);
        QVERIFY2(metadata, qPrintable(error));
        QCOMPARE(metadata->source, u"강원도청"_s);
        QCOMPARE(metadata->headline, u"공지천 수달"_s);
        QCOMPARE(metadata->keywords, QStringList({u"수달"_s, u"춘천"_s}));
        const QTimeZone seoul = QTimeZone::fromSecondsAheadOfUtc(9 * 3600);
        QCOMPARE(metadata->dateCreated, QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30), seoul));
        QCOMPARE(metadata->dateTaken, QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30), seoul));
        QCOMPARE(metadata->dateTaken.offsetFromUtc(), 9 * 3600);
        QCOMPARE(metadata->cameraMake, u"Canon"_s);
        QCOMPARE(metadata->cameraModel, u"Canon EOS R5"_s);
        QCOMPARE(metadata->orientation, 6);
        QVERIFY(metadata->warnings.isEmpty());

        // XMP keywords replace IPTC's rather than adding to them.
        QVERIFY(setMetadata(path, {{"Xmp.dc.subject", utf8(u"야생동물"_s)}, {"Xmp.dc.subject", utf8(u"하천"_s)}}));
        QCOMPARE(PhotoMetadataIO::read(path, nullptr)->keywords, QStringList({u"야생동물"_s, u"하천"_s}));
    }

    // exiv2's own English ("Failed to read image data") is never shown: each
    // error says in translated words what is wrong.
    void readErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<QString>("phrase");

        QTest::newRow("robustness: not an image")
            << QByteArray("This is a note, not a photo.\n") << true << u"not a picture of any type"_s;
        QTest::newRow("robustness: empty file") << QByteArray() << true << u"cut short"_s;
        QTest::newRow("robustness: truncated JPEG header") << QByteArray("\xff\xd8\xff\xe1\x40\x00"
                                                                         "Exif\0\0MM",
            14) << true << u"cut short"_s;
        QTest::newRow("robustness: missing file") << QByteArray() << false << u"does not exist"_s;
    }

    void readErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, exists);
        QFETCH(QString, phrase);

        const QString path = m_dir.filePath(u"사진 오류.jpg"_s);
        QFile::remove(path);
        if (exists) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        QString error;
        QVERIFY(!PhotoMetadataIO::read(path, &error));
        QVERIFY2(error.contains(u"사진 오류.jpg"_s), qPrintable(error));
        QVERIFY2(error.contains(phrase), qPrintable(error));
    }

    void readTruncatedPhoto()
    {
        // A camera file cut off inside its metadata (an interrupted copy).
        const QString path = m_dir.filePath(u"cut.jpg"_s);
        QVERIFY(writeJpeg(path, QSize(64, 48), Qt::gray));
        QVERIFY(setMetadata(path, privateCameraFields()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(120));
        file.close();

        QString error;
        QVERIFY(!PhotoMetadataIO::read(path, &error));
        QVERIFY2(error.contains(u"cut.jpg"_s), qPrintable(error));
    }

    void writePublished()
    {
        const QString path = m_dir.filePath(u"published.jpg"_s);
        QVERIFY(writeJpeg(path, QSize(64, 48), Qt::gray));
        Fields fields = privateCameraFields();
        fields.push_back({"Iptc.Application2.Caption", eucKr(u"옛 설명"_s)});
        fields.push_back({"Iptc.Application2.Keywords", eucKr(u"비공개"_s)});
        fields.push_back({"Xmp.photoshop.Instructions", "embargo until 12:00"});
        QVERIFY(setMetadata(path, fields));

        const PhotoMetadataIO::Published published {Otters, Agency, Photographer, Rights};
        QString error;
        QVERIFY2(PhotoMetadataIO::writePublished(path, published, &error), qPrintable(error));

        const Exiv2::Image::UniquePtr image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
        image->readMetadata();
        QVERIFY(image->exifData().empty());
        QCOMPARE(iptcValue(path, "Iptc.Envelope.CharacterSet"), std::string("\x1b%G"));
        QCOMPARE(iptcValue(path, "Iptc.Application2.Caption"), utf8(Otters));
        QCOMPARE(iptcValue(path, "Iptc.Application2.Byline"), utf8(Photographer));
        QCOMPARE(iptcValue(path, "Iptc.Application2.Credit"), utf8(Agency));
        QCOMPARE(iptcValue(path, "Iptc.Application2.Copyright"), utf8(Rights));
        QCOMPARE(iptcValue(path, "Iptc.Application2.Keywords"), std::string());
        QCOMPARE(image->iptcData().count(), size_t(5));
        QVERIFY(image->xmpData().findKey(Exiv2::XmpKey("Xmp.photoshop.Instructions")) == image->xmpData().end());

        const std::optional<PhotoMetadata> back = PhotoMetadataIO::read(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->caption, Otters);
        QCOMPARE(back->creator, Photographer);
        QCOMPARE(back->credit, Agency);
        QCOMPARE(back->copyright, Rights);
        QVERIFY(back->keywords.isEmpty());
        QVERIFY(back->cameraMake.isEmpty());
        QCOMPARE(back->orientation, 1);
    }

    void writePublishedLeavesEmptyFieldsOut()
    {
        const QString path = m_dir.filePath(u"sparse.jpg"_s);
        QVERIFY(writeJpeg(path, QSize(64, 48), Qt::gray));
        QVERIFY(setMetadata(path, privateCameraFields()));

        QString error;
        QVERIFY2(PhotoMetadataIO::writePublished(path, {Otters, {}, {}, u"  "_s}, &error), qPrintable(error));
        const Exiv2::Image::UniquePtr image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
        image->readMetadata();
        QCOMPARE(image->iptcData().count(), size_t(2)); // CharacterSet and Caption
        QCOMPARE(image->xmpData().count(), 1L);
        QVERIFY(image->exifData().empty());
    }

    void writePublishedErrors()
    {
        const QString path = m_dir.filePath(u"note.jpg"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a photo");
        file.close();
        QString error;
        QVERIFY(!PhotoMetadataIO::writePublished(path, {Otters, Agency, {}, {}}, &error));
        QVERIFY2(error.contains(u"note.jpg"_s), qPrintable(error));
    }
};

QTEST_MAIN(tst_PhotoMetadata)
#include "tst_photometadata.moc"
