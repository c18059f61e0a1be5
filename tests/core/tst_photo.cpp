#include "article/photo.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Byline;

class tst_Photo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        Photo photo;
        photo.id = u"0f6c2d9e"_s;
        photo.articleId = 42;
        photo.sha256 = u"ab"_s.repeated(32);
        photo.fileName = u"수달.jpg"_s;
        photo.storedPath = u"photos/ab/abab.jpg"_s;
        photo.pixelSize = QSize(6000, 4000);
        photo.byteSize = 9'876'543;
        photo.caption = u"춘천 공지천에 나타난 수달 한 쌍"_s;
        photo.credit = u"연합뉴스"_s;
        photo.altText = u"물가 바위 위의 수달 두 마리"_s;
        photo.lead = true;
        photo.position = 2;
        photo.crop.rect = QRectF(0.1, 0.2, 0.5, 0.25);
        photo.crop.rotation = 270;
        photo.crop.aspect = u"16:9"_s;
        photo.metadata.caption = photo.caption;
        photo.metadata.keywords = {u"수달"_s, u"춘천"_s};
        photo.metadata.dateCreated =
            QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30), QTimeZone::fromSecondsAheadOfUtc(9 * 3600));
        photo.metadata.dateTaken = QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30));
        photo.metadata.orientation = 6;
        photo.metadata.warnings = {u"The caption's character set is unknown; check the Korean text."_s};
        photo.added = QDateTime(QDate(2024, 5, 2), QTime(8, 0), QTimeZone::UTC);

        const QByteArray json = QJsonDocument(photo.toJson()).toJson();
        const Photo back = Photo::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(back, photo);
        QCOMPARE(back.metadata.dateCreated.offsetFromUtc(), 9 * 3600);
    }

    void cropFromJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<PhotoCrop>("expected");

        QTest::newRow("nominal: none") << QByteArray("{}") << PhotoCrop();
        QTest::newRow("nominal: turned and cropped")
            << QByteArray(R"({"rect":[0.25,0,0.5,1],"rotation":90,"aspect":"1:1"})")
            << PhotoCrop {QRectF(0.25, 0, 0.5, 1), 90, u"1:1"_s};
        QTest::newRow("robustness: negative turn") << QByteArray(R"({"rotation":-90})") << PhotoCrop {{}, 270, {}};
        QTest::newRow("robustness: odd turn is dropped") << QByteArray(R"({"rotation":45})") << PhotoCrop();
        QTest::newRow("robustness: rectangle outside the picture is clamped")
            << QByteArray(R"({"rect":[0.5,0.5,1,1]})") << PhotoCrop {QRectF(0.5, 0.5, 0.5, 0.5), 0, {}};
        QTest::newRow("robustness: empty rectangle is dropped")
            << QByteArray(R"({"rect":[0.5,0.5,0,1]})") << PhotoCrop();
    }

    void cropFromJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(PhotoCrop, expected);
        const PhotoCrop crop = PhotoCrop::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(crop.rect, expected.rect);
        QCOMPARE(crop.rotation, expected.rotation);
        QCOMPARE(crop.aspect, expected.aspect);
        QCOMPARE(crop.isNull(), expected.isNull());
    }
};

QTEST_GUILESS_MAIN(tst_Photo)
#include "tst_photo.moc"
