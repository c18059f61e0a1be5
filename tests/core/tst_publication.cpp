#include "article/article.h"
#include "render/publication.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

class tst_Publication : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    static Article article()
    {
        Article article = Article::create();
        article.id = 42;
        article.slug = u"otters return"_s;
        article.section = u"사회"_s;
        article.byline.outlet = u"강원일보"_s;
        return article;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(u"BylineTest"_s);
        QCoreApplication::setApplicationName(u"tst_publication"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void defaults()
    {
        const Publication publication;
        QCOMPARE(publication.captionStyle, u"▲ {caption} (사진={credit})"_s);
        QCOMPARE(publication.timeZone, u"Asia/Seoul"_s);
        QCOMPARE(publication.renditionMaxSize, 1600);
        QCOMPARE(publication.dateTimeFormat, u"yyyy.MM.dd HH:mm"_s);
        QVERIFY(publication.templatePack.isEmpty());
    }

    void jsonRoundTrip()
    {
        Publication publication;
        publication.name = u"강원일보"_s;
        publication.siteUrl = u"https://www.kwnews.example"_s;
        publication.desktopUrlPattern = u"{site}/news/{slug}"_s;
        publication.mobileUrlPattern = u"https://m.kwnews.example/{id}"_s;
        publication.captionStyle = u"{caption} / {credit}"_s;
        publication.timeZone = u"Europe/Berlin"_s;
        publication.dateTimeFormat = u"yyyy-MM-dd HH:mm"_s;
        publication.templatePack = u"kwnews"_s;
        publication.renditionMaxSize = 2048;
        publication.jpegQuality = 90;
        publication.copyright = u"Copyright © 강원일보"_s;
        publication.sections = {u"정치"_s, u"강원"_s};
        publication.shareFacebook = u"https://fb.example/?u={url}"_s;
        publication.shareX = u"https://x.example/?u={url}"_s;
        publication.shareKakaoTalk = u"https://kakao.example/?u={url}"_s;
        QString error;
        const Publication back = Publication::fromJson(publication.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back, publication);
    }

    void missingFieldsKeepDefaults()
    {
        QString error;
        const Publication publication = Publication::fromJson(QJsonObject {{u"name"_s, u"강원일보"_s}}, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(publication.name, u"강원일보"_s);
        Publication expected;
        expected.name = u"강원일보"_s;
        QCOMPARE(publication, expected);
    }

    void badFields_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("robustness: wrong type") << QJsonObject {{u"name"_s, 3}} << u"name"_s;
        QTest::newRow("robustness: unknown time zone")
            << QJsonObject {{u"timeZone"_s, u"Mars/Olympus"_s}} << u"Mars/Olympus"_s;
        QTest::newRow("robustness: rendition size too small")
            << QJsonObject {{u"renditionMaxSize"_s, 10}} << u"renditionMaxSize"_s;
        QTest::newRow("robustness: JPEG quality too high") << QJsonObject {{u"jpegQuality"_s, 101}} << u"jpegQuality"_s;
        QTest::newRow("robustness: caption style without caption")
            << QJsonObject {{u"captionStyle"_s, u"(사진={credit})"_s}} << u"{caption}"_s;
        QTest::newRow("robustness: site not on the web")
            << QJsonObject {{u"siteUrl"_s, u"javascript:alert(1)"_s}} << u"javascript:alert(1)"_s;
        QTest::newRow("robustness: share link not on the web")
            << QJsonObject {{u"share"_s, QJsonObject {{u"x"_s, u"javascript:alert(1)"_s}}}} << u"x"_s;
    }

    void badFields()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, mentions);
        QString error;
        const Publication publication = Publication::fromJson(json, &error);
        QVERIFY2(error.contains(mentions), qPrintable(error));
        // Whatever was wrong, the default is used.
        QCOMPARE(publication, Publication());
    }

    void settingsRoundTrip()
    {
        QCOMPARE(Publication::fromSettings(), Publication());
        Publication publication;
        publication.name = u"한빛일보"_s;
        publication.templatePack = u"/srv/packs/hanbit"_s;
        publication.saveToSettings();
        QCOMPARE(Publication::fromSettings(), publication);
    }

    void urls()
    {
        Publication publication;
        publication.siteUrl = u"https://www.kwnews.example/"_s;
        const Article story = article();
        QCOMPARE(publication.desktopUrl(story), u"https://www.kwnews.example/news/articleView.html?idxno=42"_s);
        QCOMPARE(publication.mobileUrl(story), u"https://www.kwnews.example/m/news/articleView.html?idxno=42"_s);
        publication.desktopUrlPattern = u"{site}/{section}/{slug}/{uuid}"_s;
        QCOMPARE(publication.desktopUrl(story),
            u"https://www.kwnews.example/%EC%82%AC%ED%9A%8C/otters%20return/"_s
                + story.uuid.toString(QUuid::WithoutBraces));
        QCOMPARE(Publication::shareUrl(
                     u"https://x.example/?url={url}&text={title}"_s, u"https://a.example/?a=1&b=2"_s, u"수달 & 춘천"_s),
            u"https://x.example/?url=https%3A%2F%2Fa.example%2F%3Fa%3D1%26b%3D2&text=%EC%88%98%EB%8B%AC%20%26%20%EC%B6%98%EC%B2%9C"_s);
    }

    void displayName()
    {
        Publication publication;
        QCOMPARE(publication.displayName(article()), u"강원일보"_s);
        publication.name = u"한빛일보"_s;
        QCOMPARE(publication.displayName(article()), u"한빛일보"_s);
    }

    void captionText_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("credit");
        QTest::addColumn<QString>("expected");
        const QString standard = u"▲ {caption} (사진={credit})"_s;
        QTest::newRow("nominal: caption and credit")
            << standard << u"춘천 공지천의 수달"_s << u"강원일보 DB"_s << u"▲ 춘천 공지천의 수달 (사진=강원일보 DB)"_s;
        QTest::newRow("nominal: no credit drops its part") << standard << u"수달"_s << QString() << u"▲ 수달"_s;
        QTest::newRow("nominal: blank credit drops its part") << standard << u"수달"_s << u"  "_s << u"▲ 수달"_s;
        QTest::newRow("nominal: credit alone") << standard << QString() << u"연합뉴스"_s << u"▲ (사진=연합뉴스)"_s;
        QTest::newRow("nominal: neither") << standard << QString() << QString() << QString();
        QTest::newRow("nominal: credit first")
            << u"[사진={credit}] {caption}"_s << u"수달"_s << u"연합뉴스"_s << u"[사진=연합뉴스] 수달"_s;
        QTest::newRow("nominal: credit first, no credit")
            << u"[사진={credit}] {caption}"_s << u"수달"_s << QString() << u"수달"_s;
        QTest::newRow("nominal: style without credit")
            << u"사진: {caption}"_s << u"수달"_s << u"연합뉴스"_s << u"사진: 수달"_s;
        QTest::newRow("nominal: slash style")
            << u"{caption} / {credit}"_s << u"수달"_s << u"김민지 기자"_s << u"수달 / 김민지 기자"_s;
    }

    void captionText()
    {
        QFETCH(QString, style);
        QFETCH(QString, caption);
        QFETCH(QString, credit);
        QFETCH(QString, expected);
        Publication publication;
        publication.captionStyle = style;
        QCOMPARE(publication.captionText(caption, credit), expected);
    }

    void captionPiecesMarkTheCreditPart()
    {
        const Publication publication;
        const QList<CaptionPiece> pieces = publication.captionPieces(true, true);
        const QList<CaptionPiece> expected {
            {CaptionPiece::Text, u"▲ "_s, false},
            {CaptionPiece::Caption, QString(), false},
            {CaptionPiece::Text, u" (사진="_s, true},
            {CaptionPiece::Credit, QString(), true},
            {CaptionPiece::Text, u")"_s, true},
        };
        QCOMPARE(pieces, expected);
    }
};

QTEST_GUILESS_MAIN(tst_Publication)
#include "tst_publication.moc"
