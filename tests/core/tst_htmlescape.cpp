#include "article/articlehtml.h"
#include "common/htmlescape.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

class tst_HtmlEscape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("anywhere");
        QTest::newRow("nominal: markup characters")
            << u"<b>a & b</b>"_s << u"&lt;b&gt;a &amp; b&lt;/b&gt;"_s << u"&lt;b&gt;a &amp; b&lt;/b&gt;"_s
            << u"&lt;b&gt;a &amp; b&lt;/b&gt;"_s;
        QTest::newRow("nominal: quotes only where they could end a value")
            << u"\"인용\" it's"_s << u"\"인용\" it's"_s << u"&quot;인용&quot; it's"_s << u"&quot;인용&quot; it&#39;s"_s;
        QTest::newRow("nominal: Korean, 한자 and full-width punctuation unchanged")
            << u"춘천 공지천에 수달…「漢字」，▲·"_s << u"춘천 공지천에 수달…「漢字」，▲·"_s
            << u"춘천 공지천에 수달…「漢字」，▲·"_s << u"춘천 공지천에 수달…「漢字」，▲·"_s;
        // U+1F9A6 (otter) and U+20000 (a CJK extension B ideograph): surrogate pairs
        // next to escaped characters stay whole.
        QTest::newRow("robustness: non-BMP characters beside escapes")
            << u"🦦&𠀀<🦦>"_s << u"🦦&amp;𠀀&lt;🦦&gt;"_s << u"🦦&amp;𠀀&lt;🦦&gt;"_s << u"🦦&amp;𠀀&lt;🦦&gt;"_s;
        QTest::newRow("robustness: an escape is escaped again, never decoded")
            << u"&amp; &lt;"_s << u"&amp;amp; &amp;lt;"_s << u"&amp;amp; &amp;lt;"_s << u"&amp;amp; &amp;lt;"_s;
        QTest::newRow("robustness: empty") << QString() << QString() << QString() << QString();
        QTest::newRow("robustness: only specials")
            << u"&<>\"'"_s << u"&amp;&lt;&gt;\"'"_s << u"&amp;&lt;&gt;&quot;'"_s << u"&amp;&lt;&gt;&quot;&#39;"_s;
    }

    void text()
    {
        QFETCH(QString, input);
        QFETCH(QString, text);
        QCOMPARE(HtmlEscape::text(input), text);
    }

    void attribute_data() { text_data(); }
    void attribute()
    {
        QFETCH(QString, input);
        QFETCH(QString, attribute);
        QCOMPARE(HtmlEscape::attribute(input), attribute);
    }

    void anywhere_data() { text_data(); }
    void anywhere()
    {
        QFETCH(QString, input);
        QFETCH(QString, anywhere);
        QCOMPARE(HtmlEscape::anywhere(input), anywhere);
    }

    // The profile's canonical form escapes through it: text keeps its quotes,
    // a link's address escapes ".
    void profileEscapesThroughIt()
    {
        const QString html =
            ArticleHtml::sanitize(u"<p><a href='https://x.kr/?q=\"a\"&amp;b=1'>\"수달\" & 'it'</a></p>"_s);
        QCOMPARE(html,
            u"<p><a href=\""_s + HtmlEscape::attribute(u"https://x.kr/?q=\"a\"&b=1"_s) + u"\">"_s
                + HtmlEscape::text(u"\"수달\" & 'it'"_s) + u"</a></p>\n"_s);
        QCOMPARE(html, u"<p><a href=\"https://x.kr/?q=&quot;a&quot;&amp;b=1\">\"수달\" &amp; 'it'</a></p>\n"_s);
    }
};

QTEST_GUILESS_MAIN(tst_HtmlEscape)
#include "tst_htmlescape.moc"
