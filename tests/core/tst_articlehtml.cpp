#include "article/articlehtml.h"

#include "goldenfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace Byline::GoldenFiles;
using namespace Byline;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("BYLINE_SOURCE_DIR") + u"/tests/data/articlehtml"_s;
}

QString withoutWhitespace(QString html)
{
    html.replace(u"&nbsp;"_s, u" "_s);
    html.removeIf([](QChar c) { return c.isSpace(); });
    return html;
}

QStringList fixtureNames()
{
    return QDir(dataDir() + u"/input"_s).entryList({u"*.html"_s}, QDir::Files, QDir::Name);
}

// Highest resident memory of the process so far, in MiB (0 where unknown).
qint64 peakMemoryMiB()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
#ifdef Q_OS_MACOS
    return qint64(usage.ru_maxrss) / (1024 * 1024);
#else
    return qint64(usage.ru_maxrss) / 1024;
#endif
#else
    return 0;
#endif
}

QString repeated(const QString &piece, int times)
{
    return piece.repeated(times);
}

// Elements the parser keeps cloning: each <b> left open by </div> is made
// again inside the next <div>, so the tree grows with the square of the text.
QString reopenedFormatting(int times)
{
    QString html;
    for (int i = 0; i < times; ++i)
        html += u"<div><b id=\"b%1\"></div>"_s.arg(i);
    return html + u"x"_s;
}

} // namespace

class tst_ArticleHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariableIsEmpty("BYLINE_SOURCE_DIR"), "BYLINE_SOURCE_DIR is set by tests/CMakeLists.txt");
        QVERIFY2(fixtureNames().size() >= 10, qPrintable(dataDir()));
    }

    void sanitizeMatchesGolden_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : fixtureNames())
            QTest::newRow(qPrintable(u"nominal: "_s + name)) << name;
    }

    // tools/regenerate-golden rewrites expected/ from the current sanitizer;
    // read the diff before committing it.
    void sanitizeMatchesGolden()
    {
        QFETCH(QString, name);
        const QString input = readFile(dataDir() + u"/input/"_s + name);
        const QString actual = ArticleHtml::sanitize(input);
        const QString expectedPath = dataDir() + u"/expected/"_s + name;
        if (qEnvironmentVariableIntValue("BYLINE_REGENERATE_GOLDEN") == 1) {
            QVERIFY(writeFile(expectedPath, actual));
            return;
        }
        QVERIFY2(QFile::exists(expectedPath), qPrintable(expectedPath + u" is missing: run tools/regenerate-golden"_s));
        const QString expected = readFile(expectedPath);
        if (actual != expected)
            QFAIL(qPrintable(u"sanitize() differs from "_s + expectedPath + u":\n"_s + unifiedDiff(expected, actual)));
    }

    void sanitizeIsIdempotent_data() { sanitizeMatchesGolden_data(); }

    void sanitizeIsIdempotent()
    {
        QFETCH(QString, name);
        const QString once = ArticleHtml::sanitize(readFile(dataDir() + u"/input/"_s + name));
        const QString twice = ArticleHtml::sanitize(once);
        if (once != twice)
            QFAIL(qPrintable(unifiedDiff(once, twice)));
        QVERIFY(ArticleHtml::validate(once).isEmpty());
    }

    void sanitize_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: text outside blocks is wrapped")
            << u"글 <b>굵게</b>"_s << u"<p>글 <strong>굵게</strong></p>\n"_s;
        QTest::newRow("nominal: div with only inline content is a paragraph")
            << u"<div>하나</div><div><p>둘</p>셋</div>"_s << u"<p>하나</p>\n<p>둘</p>\n<p>셋</p>\n"_s;
        QTest::newRow("nominal: Google Docs wrapper is not bold")
            << u"<b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\"><p>보통</p></b>"_s << u"<p>보통</p>\n"_s;
        QTest::newRow("nominal: Word numbered list")
            << u"<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
               "<span style='mso-list:Ignore'>가.<span>&nbsp; </span></span><![endif]>하나</p>"
               "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
               "<span style='mso-list:Ignore'>나.<span>&nbsp; </span></span><![endif]>둘</p>"_s
            << u"<ol>\n<li>하나</li>\n<li>둘</li>\n</ol>\n"_s;
        QTest::newRow("nominal: Word bullet list") << u"<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'>"
                                                      "<![if !supportLists]><span style='font-family:Symbol'>"
                                                      "<span style='mso-list:Ignore'>·<span>&nbsp;</span></span>"
                                                      "</span><![endif]>항목</p>"_s
                                                   << u"<ul>\n<li>항목</li>\n</ul>\n"_s;
        QTest::newRow("nominal: NBSP collapses with spaces") << u"<p>a&nbsp;&nbsp; b</p>"_s << u"<p>a b</p>\n"_s;
        QTest::newRow("nominal: attribute quotes are escaped")
            << u"<a href='https://x.example/?a=\"b\"&amp;c'>x</a>"_s
            << u"<p><a href=\"https://x.example/?a=&quot;b&quot;&amp;c\">x</a></p>\n"_s;
        QTest::newRow("nominal: canonical nesting opens the longer element first")
            << u"<strong><em>ab</em></strong><em>c</em>"_s << u"<p><em><strong>ab</strong>c</em></p>\n"_s;
        QTest::newRow("robustness: relative link is unwrapped") << u"<a href=\"/x\">x</a>"_s << u"<p>x</p>\n"_s;
        QTest::newRow("robustness: empty photo id is no figure")
            << u"<figure data-photo=\" \"><figcaption>c</figcaption></figure>"_s << u"<p>c</p>\n"_s;
        QTest::newRow("robustness: control characters in a link are dropped")
            << u"<p><a href=\"https://a.kr/x&#16;y\">a</a></p>"_s << u"<p><a href=\"https://a.kr/xy\">a</a></p>\n"_s;
        QTest::newRow("robustness: control characters in a photo id are dropped")
            << u"<figure data-photo=\"p&#1;1\"></figure>"_s << u"<figure data-photo=\"p1\"></figure>\n"_s;
        QTest::newRow("robustness: object replacement characters are dropped")
            << u"<p>a\uFFFCb\u2028c</p>"_s << u"<p>ab<br>c</p>\n"_s;
    }

    void sanitize()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(ArticleHtml::sanitize(html), expected);
        QCOMPARE(ArticleHtml::sanitize(expected), expected);
    }

    void validate_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QList<int>>("positions"); // line, column pairs
        QTest::addColumn<QStringList>("mentions"); // a word each message contains

        QTest::newRow("nominal: profile HTML is valid")
            << u"<p>a <strong>b</strong></p>\n<ul>\n<li>c</li>\n</ul>\n"_s << QList<int>() << QStringList();
        QTest::newRow("nominal: only whitespace differs")
            << u"<p>  a\n  b </p>\n\n\n<h2>c</h2>"_s << QList<int>() << QStringList();
        QTest::newRow("nominal: span") << u"<p>a</p>\n<p>b <span>c</span></p>"_s << QList<int> {2, 6}
                                       << QStringList {u"<span>"_s};
        QTest::newRow("nominal: attribute")
            << u"<p class=\"x\">a</p>"_s << QList<int> {1, 4} << QStringList {u"class"_s};
        QTest::newRow("nominal: link scheme") << u"<p>\n  <a href=\"javascript:x()\">a</a></p>"_s << QList<int> {2, 3}
                                              << QStringList {u"javascript:x()"_s};
        QTest::newRow("nominal: text outside blocks")
            << u"<p>a</p>\nb"_s << QList<int> {1, 9} << QStringList {u"paragraph"_s};
        QTest::newRow("nominal: comment") << u"<p>a<!-- b --></p>"_s << QList<int> {1, 5} << QStringList {u"comment"_s};
        QTest::newRow("nominal: column counts characters, not bytes")
            << u"<p>한글 😀 <b>x</b></p>"_s << QList<int> {1, 10} << QStringList {u"<b>"_s};
        QTest::newRow("nominal: several problems in order")
            << u"<div>\n<p>a<script>x</script></p>\n</div>"_s << QList<int> {1, 1, 2, 5}
            << QStringList {u"<div>"_s, u"<script>"_s};
        QTest::newRow("robustness: figure without photo or embed")
            << u"<figure><figcaption>a</figcaption></figure>"_s << QList<int> {1, 1, 1, 9}
            << QStringList {u"<figure>"_s, u"<figcaption>"_s};
    }

    void validate()
    {
        QFETCH(QString, html);
        QFETCH(QList<int>, positions);
        QFETCH(QStringList, mentions);
        const QList<ArticleHtml::Problem> problems = ArticleHtml::validate(html);
        QStringList described;
        for (const ArticleHtml::Problem &problem : problems)
            described << u"%1:%2 %3"_s.arg(problem.line).arg(problem.column).arg(problem.message);
        QVERIFY2(problems.size() == mentions.size(), qPrintable(described.join(u'\n')));
        for (qsizetype i = 0; i < problems.size(); ++i) {
            QVERIFY2(problems.at(i).line == positions.at(2 * i), qPrintable(described.join(u'\n')));
            QVERIFY2(problems.at(i).column == positions.at(2 * i + 1), qPrintable(described.join(u'\n')));
            QVERIFY2(problems.at(i).message.contains(mentions.at(i)), qPrintable(described.join(u'\n')));
            QVERIFY2(problems.at(i).message.startsWith(u"Line %1"_s.arg(problems.at(i).line)),
                qPrintable(problems.at(i).message));
        }
        QCOMPARE(problems.isEmpty(), withoutWhitespace(ArticleHtml::sanitize(html)) == withoutWhitespace(html));
    }

    // validate() is empty exactly when sanitize() changes nothing but white
    // space and line layout.
    void validateAgreesWithSanitize_data() { sanitizeMatchesGolden_data(); }

    void validateAgreesWithSanitize()
    {
        QFETCH(QString, name);
        const QString input = readFile(dataDir() + u"/input/"_s + name);
        const QList<ArticleHtml::Problem> problems = ArticleHtml::validate(input);
        const bool unchanged = withoutWhitespace(ArticleHtml::sanitize(input)) == withoutWhitespace(input);
        QStringList described;
        for (const ArticleHtml::Problem &problem : problems) {
            QVERIFY(problem.line >= 1);
            QVERIFY(problem.column >= 1);
            described << problem.message;
        }
        QVERIFY2(problems.isEmpty() == unchanged, qPrintable(described.join(u'\n')));
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("nominal: blocks joined by newlines")
            << u"<h2>제목</h2>\n<p>첫 <strong>문단</strong></p>\n<ul>\n<li>항목</li>\n</ul>\n"_s
            << u"제목\n첫 문단\n항목"_s;
        QTest::newRow("nominal: br is a newline") << u"<p>a<br>b</p>\n"_s << u"a\nb"_s;
        QTest::newRow("nominal: caption counts, embed does not")
            << u"<figure data-photo=\"p1\"><figcaption>설명</figcaption></figure>\n"
               "<figure data-embed=\"https://e.example/v\"></figure>\n<p>끝</p>\n"_s
            << u"설명\n끝"_s;
        QTest::newRow("nominal: entities decoded") << u"<p>a &amp; b &lt;c&gt;</p>\n"_s << u"a & b <c>"_s;
        QTest::newRow("robustness: empty") << QString() << QString();
    }

    void plainText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(ArticleHtml::toPlainText(html), text);
    }

    // The hostile pages of issue 13: before the limits, gumbo or the walk
    // crashed (stack), took gigabytes, aborted, or ran for minutes.
    void hostileHtmlIsRefused_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("mentions"); // in the refusal
        QTest::addColumn<int>("line");

        QTest::newRow("robustness: 5,000 nested tables")
            << repeated(u"<table><tr><td><p>"_s, 5000) + u"x"_s << u"512 deep"_s << 1;
        QTest::newRow("robustness: 100,000 nested <b>") << repeated(u"<b>"_s, 100'000) + u"x"_s << u"512 deep"_s << 1;
        QTest::newRow("robustness: 100,000 nested <blockquote>")
            << repeated(u"<blockquote>"_s, 100'000) + u"x"_s << u"512 deep"_s << 1;
        QTest::newRow("robustness: 100,000 nested <font>")
            << repeated(u"<font>"_s, 100'000) + u"x"_s << u"512 deep"_s << 1;
        QTest::newRow("robustness: 100,000 nested <em><strong>")
            << repeated(u"<em><strong>"_s, 100'000) + u"x"_s << u"512 deep"_s << 1;
        QString attributes = u"<p"_s;
        for (int i = 0; i < 200'000; ++i)
            attributes += u" a"_s + QString::number(i);
        QTest::newRow("robustness: 200,000 attributes on one element") << attributes + u">x</p>"_s << u"256"_s << 1;
        QTest::newRow("robustness: nesting starts on line 3")
            << u"<p>a</p>\n<p>b</p>\n"_s + repeated(u"<div>"_s, 600) << u"Line 3"_s << 3;
        QTest::newRow("robustness: 100,000 nested framesets")
            << repeated(u"<frameset>"_s, 100'000) << u"512 deep"_s << 1;
        QTest::newRow("robustness: self-closing tags nest once out of svg")
            << u"<svg>"_s + repeated(u"<b/>"_s, 100'000) << u"512 deep"_s << 1;
        QTest::newRow("robustness: larger than 8 MB")
            << repeated(u"<p>수달이 돌아왔다.</p>\n"_s, 500'000) << u"MB"_s << 0;
        QTest::newRow("robustness: deep nesting repeated until too slow")
            << repeated(repeated(u"<blockquote>"_s, 500) + u"x"_s + repeated(u"</blockquote>"_s, 500), 100)
            << u"too long"_s << 1;
        QString manyAttributes = u"<i"_s;
        for (int i = 0; i < 250; ++i)
            manyAttributes += u" a"_s + QString::number(i);
        QTest::newRow("robustness: long attribute lists repeated until too slow")
            << repeated(manyAttributes + u">x</i>"_s, 1000) << u"too long"_s << 1;
        // Shallow in the text, so only the parser's memory bound stops it.
        QTest::newRow("robustness: formatting cloned without end") << reopenedFormatting(20'000) << u"memory"_s << 0;
        // Within the memory bound, but the tree gumbo builds is deeper than
        // the text shows: the tree's own depth is checked too.
        QTest::newRow("robustness: a tree deeper than its text") << reopenedFormatting(600) << u"512 deep"_s << 1;
    }

    void hostileHtmlIsRefused()
    {
        QFETCH(QString, html);
        QFETCH(QString, mentions);
        QFETCH(int, line);
        const qint64 memoryBefore = peakMemoryMiB();
        QElapsedTimer timer;
        timer.start();
        QString refusal;
        QCOMPARE(ArticleHtml::sanitize(html, &refusal), QString());
        QVERIFY2(refusal.contains(mentions), qPrintable(refusal));
        QCOMPARE(refusal.startsWith(u"Line "_s), line > 0);

        // The source view shows the same refusal, on its line.
        const QList<ArticleHtml::Problem> problems = ArticleHtml::validate(html);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message, refusal);
        QCOMPARE(problems.first().line, std::max(line, 1));
        QCOMPARE(ArticleHtml::toPlainText(html), QString());
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < 5000, qPrintable(u"%1 ms"_s.arg(elapsed)));
        const qint64 growth = peakMemoryMiB() - memoryBefore;
        QVERIFY2(growth < 400, qPrintable(u"%1 MiB"_s.arg(growth)));
    }

    // What real pages do stays well within the limits (the deepest of 130
    // saved news pages nests 38 deep, the most attributes on one element
    // are 70).
    void htmlWithinTheLimitsIsRead_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nominal: 500 nested divs")
            << repeated(u"<div>"_s, 500) + u"수달"_s + repeated(u"</div>"_s, 500) << u"<p>수달</p>\n"_s;
        QTest::newRow("nominal: 200 nested spans, left open")
            << u"<p>"_s + repeated(u"<span>"_s, 200) + u"수달"_s << u"<p>수달</p>\n"_s;
        QTest::newRow("nominal: thousands of paragraphs and items left open")
            << repeated(u"<p>가"_s, 3000) + u"<ul>"_s + repeated(u"<li>나"_s, 3000) + u"</ul><table>"_s
                + repeated(u"<tr><td>다<td>라"_s, 3000) + u"</table><select>"_s + repeated(u"<option>마"_s, 3000)
            << repeated(u"<p>가</p>\n"_s, 3000) + u"<ul>\n"_s + repeated(u"<li>나</li>\n"_s, 3000) + u"</ul>\n"_s
                + repeated(u"<p>다</p>\n<p>라</p>\n"_s, 3000);
        QString attributes = u"<p"_s;
        for (int i = 0; i < 200; ++i)
            attributes += u" data-a%1=\"%1\""_s.arg(i);
        QTest::newRow("nominal: 200 attributes") << attributes + u">수달</p>"_s << u"<p>수달</p>\n"_s;
        QTest::newRow("nominal: self-closing svg shapes do not nest")
            << u"<p>수달</p><svg>"_s + repeated(u"<path d=\"M0 0\"/>"_s, 5000) + u"</svg>"_s << u"<p>수달</p>\n"_s;
        QTest::newRow("nominal: markup inside scripts, styles and comments is not nested") << u"<script>"_s
                + repeated(u"<div>"_s, 5000) + u"</script><style>"_s + repeated(u"<b>"_s, 5000) + u"</style><!--"_s
                + repeated(u"<p>"_s, 5000) + u"--><textarea>"_s + repeated(u"<i>"_s, 5000)
                + u"</textarea><p>수달</p>"_s << u"<p>수달</p>\n"_s;
        QTest::newRow("nominal: list items left open around open divs")
            << u"<ul>"_s + repeated(u"<li><div>가"_s, 1000)
            << repeated(u"<li>가</li>\n"_s, 1000).prepend(u"<ul>\n"_s) + u"</ul>\n"_s;
        QTest::newRow("nominal: tables in tables, each in a cell")
            << repeated(u"<table><tr><td>"_s, 100) + u"수달"_s << u"<p>수달</p>\n"_s;
    }

    void htmlWithinTheLimitsIsRead()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QString refusal;
        QCOMPARE(ArticleHtml::sanitize(html, &refusal), expected);
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        // The source view's checker walks the same tree, recursively.
        for (const ArticleHtml::Problem &problem : ArticleHtml::validate(html))
            QVERIFY2(!problem.message.contains(u"deep"_s), qPrintable(problem.message));
    }

    void fromPlainText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::newRow("nominal: each line a paragraph") << u"첫 줄\n둘째 줄"_s << u"<p>첫 줄</p>\n<p>둘째 줄</p>\n"_s;
        QTest::newRow("nominal: blank lines split too")
            << u"가\r\n\r\n나\r다"_s << u"<p>가</p>\n<p>나</p>\n<p>다</p>\n"_s;
        QTest::newRow("nominal: markup characters are text")
            << u"<b>a</b> & c"_s << u"<p>&lt;b&gt;a&lt;/b&gt; &amp; c</p>\n"_s;
        QTest::newRow("nominal: spaces collapse") << u"  a \t b  "_s << u"<p>a b</p>\n"_s;
        QTest::newRow("robustness: only whitespace") << u" \n\t\n"_s << QString();
    }

    void fromPlainText()
    {
        QFETCH(QString, text);
        QFETCH(QString, html);
        QCOMPARE(ArticleHtml::fromPlainText(text), html);
        QCOMPARE(ArticleHtml::sanitize(html), html);
    }
};

QTEST_GUILESS_MAIN(tst_ArticleHtml)
#include "tst_articlehtml.moc"
