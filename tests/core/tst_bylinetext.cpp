#include "article/articledocument.h"
#include "article/bylinetext.h"
#include "common/htmlescape.h"
#include "package/htmlimport.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

using Reporters = QList<Reporter>;

namespace {

// The same rows serve the grammar and the editor's document.
void bylineRows()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<Reporters>("reporters");
    QTest::newRow("nominal: outlet, ㆍ, title and e-mail")
        << u"한빛일보 김민지ㆍ박서준 기자 <minji@example.kr>"_s << u"한빛일보"_s
        << Reporters {{u"김민지"_s, {}}, {u"박서준"_s, u"minji@example.kr"_s}};
    QTest::newRow("nominal: bracketed outlet, · and the opening's =")
        << u"[KBS 춘천] 김민지·박서준 기자 ="_s << u"KBS 춘천"_s << Reporters {{u"김민지"_s, {}}, {u"박서준"_s, {}}};
    QTest::newRow("nominal: katakana middle dot and full-width comma")
        << u"김민지・박서준，이수진"_s << QString()
        << Reporters {{u"김민지"_s, {}}, {u"박서준"_s, {}}, {u"이수진"_s, {}}};
    QTest::newRow("nominal: names with e-mails, no outlet")
        << u"김민지 <minji@hanbit.example>, 박서준"_s << QString()
        << Reporters {{u"김민지"_s, u"minji@hanbit.example"_s}, {u"박서준"_s, {}}};
    QTest::newRow("nominal: Latin names keep their spaces")
        << u"Jane Doe <jane@example.com>; John Roe"_s << QString()
        << Reporters {{u"Jane Doe"_s, u"jane@example.com"_s}, {u"John Roe"_s, {}}};
    QTest::newRow("nominal: Korean names are one word each")
        << u"(춘천=연합뉴스) 김민지 박서준 기자 ="_s << u"춘천=연합뉴스"_s
        << Reporters {{u"김민지"_s, {}}, {u"박서준"_s, {}}};
    QTest::newRow("nominal: 특파원 and a place before the name")
        << u"워싱턴=김민지 특파원"_s << QString() << Reporters {{u"김민지"_s, {}}};
    QTest::newRow("nominal: 글·사진 is a credit, not a reporter")
        << u"글·사진 김민지 기자"_s << QString() << Reporters {{u"김민지"_s, {}}};
    QTest::newRow("nominal: 기자·사진= between two reporters")
        << u"김민지 기자·사진=박서준 기자"_s << QString() << Reporters {{u"김민지"_s, {}}, {u"박서준"_s, {}}};
    QTest::newRow("nominal: a title glued to the name")
        << u"김민지기자, 박서준선임기자"_s << QString() << Reporters {{u"김민지"_s, {}}, {u"박서준"_s, {}}};
    QTest::newRow("nominal: a bare e-mail after the title")
        << u"김민지 기자 (minji@x.kr)"_s << QString() << Reporters {{u"김민지"_s, u"minji@x.kr"_s}};
    QTest::newRow("robustness: a one-syllable name before 기자 is kept whole")
        << u"이기자"_s << QString() << Reporters {{u"이기자"_s, {}}};
    QTest::newRow("robustness: an e-mail alone")
        << u"desk@hanbit.example"_s << QString() << Reporters {{QString(), u"desk@hanbit.example"_s}};
    QTest::newRow("robustness: extra spaces") << u"   한빛일보    김민지  ,   박서준   "_s << u"한빛일보"_s
                                              << Reporters {{u"김민지"_s, {}}, {u"박서준"_s, {}}};
    QTest::newRow("robustness: two names and no title name no outlet")
        << u"김민지 박서준"_s << QString() << Reporters {{u"김민지"_s, {}}, {u"박서준"_s, {}}};
    QTest::newRow("nominal: an outlet with a digit and no title")
        << u"뉴스1 김민지"_s << u"뉴스1"_s << Reporters {{u"김민지"_s, {}}};
    QTest::newRow("robustness: separators only") << u" , ,ㆍ "_s << QString() << Reporters {};
    QTest::newRow("robustness: empty") << QString() << QString() << Reporters {};
}

} // namespace

class tst_BylineText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data() { bylineRows(); }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, outlet);
        QFETCH(Reporters, reporters);
        QString refusal;
        const ArticleByline byline = BylineText::parse(text, &refusal);
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        QCOMPARE(byline.outlet, outlet);
        QCOMPARE(byline.reporters, reporters);
        // What format() writes reads back the same.
        QCOMPARE(BylineText::parse(BylineText::format(byline)), byline);
        QCOMPARE(BylineText::parse(BylineText::formatReporters(byline.reporters)).reporters, byline.reporters);
    }

    // The editor's Reporters field goes through ArticleDocument: typed there
    // keystroke by keystroke, the text gives what parse() gives, and one Undo
    // takes the whole byline (outlet included) back.
    void reportersFieldReadsTheSameByline_data() { bylineRows(); }
    void reportersFieldReadsTheSameByline()
    {
        QFETCH(QString, text);
        QFETCH(QString, outlet);
        QFETCH(Reporters, reporters);
        Article article = Article::create();
        article.byline = {u"강원일보"_s, {{u"최기자"_s, u"choi@kwnews.example"_s}}};
        ArticleDocument document(article);
        for (qsizetype typed = 1; typed <= text.size(); ++typed)
            document.setField(ArticleDocument::Field::Reporters, text.left(typed));
        if (text.isEmpty())
            document.setField(ArticleDocument::Field::Reporters, text);
        QCOMPARE(document.metadata().byline.reporters, reporters);
        // An outlet the text does not name stays the article's.
        QCOMPARE(document.metadata().byline.outlet, outlet.isEmpty() ? article.byline.outlet : outlet);
        QCOMPARE(document.field(ArticleDocument::Field::Outlet).toString(), document.metadata().byline.outlet);
        QVERIFY(document.undoStack()->count() <= 1);
        document.undoStack()->undo();
        QCOMPARE(document.metadata().byline, article.byline);
        document.undoStack()->redo();
        QCOMPARE(document.metadata().byline.reporters, reporters);
    }

    // A field written keystroke by keystroke passes through texts that name
    // an outlet ("마이클 잭" before "마이클 잭슨, …" is not one); what counts
    // is the text at the end of the run.
    void outletFollowsTheWholeTypingRun()
    {
        Article article = Article::create();
        article.byline.outlet = u"강원일보"_s;
        ArticleDocument document(article);
        // Two names with no title are two reporters: the outlet is left alone.
        const QString names = u"김민지 박"_s;
        for (qsizetype n = 1; n <= names.size(); ++n)
            document.setField(ArticleDocument::Field::Reporters, names.left(n));
        QCOMPARE(document.metadata().byline.outlet, u"강원일보"_s);
        QCOMPARE(document.metadata().byline.reporters, (Reporters {{u"김민지"_s, {}}, {u"박"_s, {}}}));
        const QString typed = u"한빛일보 김"_s;
        for (qsizetype n = 1; n <= typed.size(); ++n)
            document.setField(ArticleDocument::Field::Reporters, typed.left(n));
        QCOMPARE(document.metadata().byline.outlet, u"한빛일보"_s); // as the command line reads it
        document.setField(ArticleDocument::Field::Reporters, u"김민지"_s);
        QCOMPARE(document.metadata().byline.outlet, u"강원일보"_s);
        QCOMPARE(document.metadata().byline.reporters, (Reporters {{u"김민지"_s, {}}}));
    }

    void limits()
    {
        QString refusal;
        const QString atLimit = u"Jane "_s + QString(BylineText::MaxLength - 5, u'x');
        QCOMPARE(BylineText::parse(atLimit, &refusal).reporters.size(), 1);
        QVERIFY(refusal.isEmpty());
        QCOMPARE(BylineText::parse(QString(atLimit + u'x'), &refusal), ArticleByline());
        QVERIFY(!refusal.isEmpty());

        // Generated here, not stored: a hostile author tag of a megabyte.
        const QString huge = u"김민지ㆍ<"_s.repeated(200'000);
        QElapsedTimer timer;
        timer.start();
        const ArticleByline refused = BylineText::parse(huge, &refusal);
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(refused, ArticleByline());
        QVERIFY2(refusal.contains(QString::number(BylineText::MaxLength)), qPrintable(refusal));

        const QString many = u"가,"_s.repeated(BylineText::MaxReporters + 1);
        QCOMPARE(BylineText::parse(many, &refusal), ArticleByline());
        QVERIFY2(refusal.contains(QString::number(BylineText::MaxReporters + 1)), qPrintable(refusal));

        // Within the length limit, the worst cases stay linear enough.
        const QString angles = u"<"_s.repeated(BylineText::MaxLength);
        timer.restart();
        BylineText::parse(angles, &refusal);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(refusal.isEmpty());
    }

    void opening_data()
    {
        QTest::addColumn<ArticleByline>("byline");
        QTest::addColumn<QString>("opening");
        QTest::newRow("nominal: outlet and reporters")
            << ArticleByline {u"강원일보"_s, {{u"김민지"_s, u"minji@x.kr"_s}, {u"박서준"_s, {}}}}
            << u"[강원일보] 김민지·박서준 기자 ="_s;
        QTest::newRow("nominal: reporters only") << ArticleByline {{}, {{u"김민지"_s, {}}}} << u"김민지 기자 ="_s;
        QTest::newRow("robustness: outlet only") << ArticleByline {u"강원일보"_s, {}} << u"[강원일보] ="_s;
        QTest::newRow("robustness: nothing") << ArticleByline() << QString();
    }

    void opening()
    {
        QFETCH(ArticleByline, byline);
        QFETCH(QString, opening);
        QCOMPARE(BylineText::opening(byline, u"기자"_s), opening);
        if (byline.reporters.isEmpty() || byline.outlet.isEmpty())
            return;
        // The opening the renderer writes is one the importer reads back.
        const std::optional<BylineText::Opening> read = BylineText::parseOpening(QString(opening + u" 본문"_s));
        QVERIFY(read);
        QCOMPARE(read->length, opening.size());
        QCOMPARE(read->byline.reporters.size(), byline.reporters.size());
        QVERIFY(BylineText::startsLikeOpening(opening));
    }

    void parseOpening_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("nominal: Yonhap style") << u"(서울=연합뉴스) 김민지 박서준 기자 = 정부가…"_s
                                               << u"서울=연합뉴스"_s << QStringList {u"김민지"_s, u"박서준"_s};
        QTest::newRow("nominal: 특파원") << u"【워싱턴】 김민지 특파원 = 미국은"_s << u"워싱턴"_s
                                         << QStringList {u"김민지"_s};
        QTest::newRow("robustness: no title, no opening")
            << u"[속보] 정부 발표 = 오늘"_s << QString() << QStringList {};
        QTest::newRow("robustness: = on the next line")
            << u"[한빛일보] 김민지 기자\n= 오늘"_s << QString() << QStringList {};
        QTest::newRow("robustness: no bracket") << u"김민지 기자 = 오늘"_s << QString() << QStringList {};
    }

    void parseOpening()
    {
        QFETCH(QString, text);
        QFETCH(QString, outlet);
        QFETCH(QStringList, names);
        const std::optional<BylineText::Opening> opening = BylineText::parseOpening(text);
        QCOMPARE(bool(opening), !names.isEmpty());
        if (!opening)
            return;
        QCOMPARE(opening->byline.outlet, outlet);
        QStringList got;
        for (const Reporter &reporter : opening->byline.reporters)
            got << reporter.name;
        QCOMPARE(got, names);
        QCOMPARE(text.at(opening->length - 1), u'=');
    }

    // A saved page's author tag is read by the same grammar.
    void importedAuthorReadsTheSameByline_data() { bylineRows(); }
    void importedAuthorReadsTheSameByline()
    {
        QFETCH(QString, text);
        QFETCH(QString, outlet);
        QFETCH(Reporters, reporters);
        const QString page = u"<html><head><meta charset=\"utf-8\"><meta name=\"author\" content=\""_s
            + HtmlEscape::attribute(text) + u"\"><title>제목</title></head><body><p>본문</p></body></html>"_s;
        QString error;
        const std::optional<Article> article = importHtmlArticle(page.toUtf8(), &error);
        QVERIFY2(article, qPrintable(error));
        QCOMPARE(article->byline.outlet, outlet);
        QCOMPARE(article->byline.reporters, reporters);
    }

    // The opening read from a saved page's story leaves its body, however
    // its outlet is written: the body is matched in the profile's own escape.
    void importTakesTheOpeningOutOfTheBody_data()
    {
        QTest::addColumn<QString>("opening");
        QTest::addColumn<QString>("outlet");
        QTest::newRow("nominal: plain") << u"[한빛일보] 김민지·박서준 기자 ="_s << u"한빛일보"_s;
        QTest::newRow("nominal: ampersand") << u"[A&B 뉴스] 김민지 기자 ="_s << u"A&B 뉴스"_s;
        QTest::newRow("robustness: quotes") << u"[\"한빛\" 통신] 김민지 특파원 ="_s << u"\"한빛\" 통신"_s;
    }

    void importTakesTheOpeningOutOfTheBody()
    {
        QFETCH(QString, opening);
        QFETCH(QString, outlet);
        const QString page = u"<html><head><meta charset=\"utf-8\"><title>제목</title></head><body><article><p>"_s
            + HtmlEscape::text(opening) + u" 춘천 공지천에서 수달이 발견됐다.</p></article></body></html>"_s;
        QString error;
        const std::optional<Article> article = importHtmlArticle(page.toUtf8(), &error);
        QVERIFY2(article, qPrintable(error));
        QCOMPARE(article->byline.outlet, outlet);
        QCOMPARE(article->body, u"<p>춘천 공지천에서 수달이 발견됐다.</p>\n"_s);
    }
};

QTEST_GUILESS_MAIN(tst_BylineText)
#include "tst_bylinetext.moc"
