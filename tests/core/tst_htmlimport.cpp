#include "article/articlehtml.h"
#include "article/bylinetext.h"
#include "package/htmlimport.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

const QString newsPage = uR"(<!DOCTYPE html>
<html lang="ko"><head>
<meta charset="utf-8">
<title>수달 돌아왔다 - 한빛일보</title>
<meta property="og:title" content="춘천 공지천에 수달 돌아왔다">
<meta property="og:description" content="og 설명">
<meta name="description" content="10년 만에 수달이 확인됐다는 요약">
<meta property="article:section" content="사회">
<meta property="article:tag" content="수달">
<meta property="article:tag" content="환경">
<meta name="keywords" content="환경, 춘천">
<script>var ad = "<p>광고</p>";</script>
</head><body>
<nav><p>메뉴 메뉴 메뉴</p></nav>
<article>
<header><h1>춘천 공지천에 수달 돌아왔다</h1></header>
<h2 class="subtitle">10년 만에 확인… 시민 모니터링 성과</h2>
<p>[한빛일보] 김민지·박서준 기자 = 춘천 공지천에서 수달이 발견됐다.</p>
<p>시민 모니터링단이 <b>배설물</b>을 찾았다.<script>alert(1)</script></p>
<aside><p>관련 기사</p></aside>
</article>
<footer><p>© 한빛일보</p></footer>
</body></html>)"_s;

} // namespace

class tst_HtmlImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newsPageBecomesAnArticle()
    {
        QString error;
        const std::optional<Article> article = importHtmlArticle(newsPage.toUtf8(), &error);
        QVERIFY2(article, qPrintable(error));
        QCOMPARE(article->headline, u"춘천 공지천에 수달 돌아왔다"_s);
        QCOMPARE(article->deck, u"10년 만에 확인… 시민 모니터링 성과"_s);
        QCOMPARE(article->summary, u"10년 만에 수달이 확인됐다는 요약"_s);
        QCOMPARE(article->section, u"사회"_s);
        QCOMPARE(article->tags, (QStringList {u"수달"_s, u"환경"_s, u"춘천"_s}));
        QCOMPARE(article->byline.outlet, u"한빛일보"_s);
        QCOMPARE(article->byline.reporterNames(), u"김민지·박서준"_s);
        QVERIFY(!article->uuid.isNull());
        QCOMPARE(article->status, ArticleStatus::Draft);

        const QString text = ArticleHtml::toPlainText(article->body);
        QVERIFY2(text.startsWith(u"춘천 공지천에서 수달이 발견됐다."_s), qPrintable(text));
        QVERIFY(text.contains(u"배설물"_s));
        QVERIFY2(!text.contains(u"기자 ="_s), qPrintable(text));
        for (const QString &outside : {u"메뉴"_s, u"관련 기사"_s, u"광고"_s, u"alert"_s, u"©"_s, u"모니터링 성과"_s})
            QVERIFY2(!text.contains(outside), qPrintable(outside));
        QCOMPARE(article->body, ArticleHtml::sanitize(article->body)); // already in the profile
    }

    void declaredCharsetIsHonoured()
    {
        QStringEncoder encoder("EUC-KR");
        if (!encoder.isValid())
            QSKIP("This Qt has no EUC-KR codec");
        const QString page =
            u"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">"
            "<title>산업협력위원회 첫 회의</title></head><body><div id=\"news\">"
            "<p>산업협력위원회가 처음 열렸다.</p><p>위원 스무 명이 참석했다.</p></div></body></html>"_s;
        const QByteArray bytes = encoder.encode(page);
        QVERIFY(!encoder.hasError());
        QString error;
        const std::optional<Article> article = importHtmlArticle(bytes, &error);
        QVERIFY2(article, qPrintable(error));
        QCOMPARE(article->headline, u"산업협력위원회 첫 회의"_s);
        QVERIFY(ArticleHtml::toPlainText(article->body).contains(u"위원 스무 명이 참석했다."_s));
    }

    void headlineFallsBack_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("bodyText");
        QTest::newRow("nominal: h1 without og:title")
            << u"<html><body><h1>제목 하나</h1><h2>부제</h2><div><p>본문 첫 문단.</p></div></body></html>"_s
            << u"제목 하나"_s << u"본문 첫 문단."_s;
        QTest::newRow("nominal: title only, body in the largest container")
            << u"<html><head><title>제목 둘</title></head><body><div><p>짧다</p></div>"
               "<div class=\"content\"><p>가장 긴 문단이 여기 있다.</p><p>두 번째 문단.</p></div></body></html>"_s
            << u"제목 둘"_s << u"가장 긴 문단이 여기 있다."_s;
        QTest::newRow("robustness: unclosed tags")
            << u"<title>제목 셋</title><body><article><p>열린 문단<p>또 하나<div>닫지 않은"_s << u"제목 셋"_s
            << u"열린 문단"_s;
    }

    void headlineFallsBack()
    {
        QFETCH(QString, page);
        QFETCH(QString, headline);
        QFETCH(QString, bodyText);
        QString error;
        const std::optional<Article> article = importHtmlArticle(page.toUtf8(), &error);
        QVERIFY2(article, qPrintable(error));
        QCOMPARE(article->headline, headline);
        QVERIFY2(ArticleHtml::toPlainText(article->body).contains(bodyText), qPrintable(article->body));
    }

    void emptyPageIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("robustness: empty") << QByteArray();
        QTest::newRow("robustness: markup without text") << QByteArray("<html><body><div></div></body></html>");
        QTest::newRow("robustness: unknown charset")
            << QByteArray("<meta charset=\"x-no-such-charset\"><h1>\xB0\xA1</h1>");
    }

    void emptyPageIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QString error;
        QVERIFY(!importHtmlArticle(bytes, &error));
        QVERIFY(!error.isEmpty());
    }

    // A saved page nested or attributed beyond what gumbo takes is refused
    // with the reason, quickly, before the parser sees it.
    void hostilePageIsRefused_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QString>("mentions");
        const QByteArray head = "<html><head><title>수달 돌아왔다</title></head><body><article><p>본문</p>";
        QTest::newRow("robustness: 100,000 nested <blockquote>")
            << head + QByteArray("<blockquote>").repeated(100'000) << u"512 deep"_s;
        QTest::newRow("robustness: 5,000 nested tables")
            << head + QByteArray("<table><tr><td><p>").repeated(5000) << u"512 deep"_s;
        QByteArray attributes = "<p";
        for (int i = 0; i < 200'000; ++i)
            attributes += " a" + QByteArray::number(i);
        QTest::newRow("robustness: 200,000 attributes on one element") << head + attributes + ">x</p>" << u"256"_s;
        // Not even decoded.
        QTest::newRow("robustness: 40 MB page")
            << head + QByteArray("<p>본문입니다.</p>\n").repeated(2'000'000) << u"MB"_s;
    }

    void deepPageWithinTheLimitIsImported()
    {
        const QByteArray page = "<html><head><title>깊은 기사</title></head><body><article>"
            + QByteArray("<div>").repeated(500) + "<p>본문입니다.</p>";
        QString error;
        const std::optional<Article> article = importHtmlArticle(page, &error);
        QVERIFY2(article, qPrintable(error));
        QCOMPARE(article->body, u"<p>본문입니다.</p>\n"_s);
    }

    void hostilePageIsRefused()
    {
        QFETCH(QByteArray, page);
        QFETCH(QString, mentions);
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(!importHtmlArticle(page, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    }

    void bylineText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("emails");
        QTest::newRow("nominal: outlet and name")
            << u"한빛일보 김민지"_s << u"한빛일보"_s << QStringList {u"김민지"_s} << QStringList {QString()};
        QTest::newRow("nominal: names with email")
            << u"김민지 <minji@x.kr>, 박서준"_s << QString() << QStringList {u"김민지"_s, u"박서준"_s}
            << QStringList {u"minji@x.kr"_s, QString()};
        QTest::newRow("nominal: bracketed outlet of two words, middle dot")
            << u"[KBS 춘천] 김민지·박서준 기자 ="_s << u"KBS 춘천"_s << QStringList {u"김민지"_s, u"박서준"_s}
            << QStringList {QString(), QString()};
        QTest::newRow("nominal: Latin name is not an outlet")
            << u"Jane Doe <jane@example.com>"_s << QString() << QStringList {u"Jane Doe"_s}
            << QStringList {u"jane@example.com"_s};
        QTest::newRow("robustness: empty") << QString() << QString() << QStringList {} << QStringList {};
    }

    void bylineText()
    {
        QFETCH(QString, text);
        QFETCH(QString, outlet);
        QFETCH(QStringList, names);
        QFETCH(QStringList, emails);
        const ArticleByline byline = BylineText::parse(text);
        QCOMPARE(byline.outlet, outlet);
        QStringList gotNames;
        QStringList gotEmails;
        for (const Reporter &reporter : byline.reporters) {
            gotNames << reporter.name;
            gotEmails << reporter.email;
        }
        QCOMPARE(gotNames, names);
        QCOMPARE(gotEmails, emails);
    }
};

QTEST_GUILESS_MAIN(tst_HtmlImport)
#include "tst_htmlimport.moc"
