#include "render/pagetemplate.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

Q_DECLARE_METATYPE(QVariantHash)

namespace {

QVariantHash sampleContext()
{
    return QVariantHash {
        {u"article"_s,
            QVariantHash {
                {u"headline"_s, u"춘천 공지천에 수달 돌아왔다"_s},
                {u"deck"_s, QString()},
                {u"tags"_s, QStringList {u"춘천"_s, u"수달"_s}},
                {u"edited"_s, true},
                {u"body"_s, QVariant::fromValue(TrustedHtml {u"<p>본문</p>"_s})},
            }},
        {u"reporters"_s,
            QVariantList {
                QVariantHash {{u"name"_s, u"김민지"_s}, {u"email"_s, u"minji@kwnews.example"_s}},
                QVariantHash {{u"name"_s, u"박서준"_s}, {u"email"_s, QString()}},
            }},
        {u"name"_s, u"강원일보"_s},
        {u"hostile"_s, u"<script>alert('x')</script> & \"quotes\""_s},
        {u"empty"_s, QVariantList()},
        {u"no"_s, false},
        {u"count"_s, 3},
    };
}

} // namespace

class tst_PageTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void render_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: variable")
            << u"<h1>{{article.headline}}</h1>"_s << u"<h1>춘천 공지천에 수달 돌아왔다</h1>"_s;
        QTest::newRow("nominal: spaces inside the tag") << u"{{ name }}"_s << u"강원일보"_s;
        QTest::newRow("nominal: variables are escaped")
            << u"{{hostile}}"_s << u"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"_s;
        QTest::newRow("nominal: trusted HTML raw") << u"{{{article.body}}}"_s << u"<p>본문</p>"_s;
        QTest::newRow("nominal: ampersand raw") << u"{{&article.body}}"_s << u"<p>본문</p>"_s;
        QTest::newRow("robustness: plain text stays escaped in a raw tag")
            << u"{{{hostile}}}"_s << u"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"_s;
        QTest::newRow("robustness: trusted HTML in an escaped tag is escaped")
            << u"{{article.body}}"_s << u"&lt;p&gt;본문&lt;/p&gt;"_s;
        QTest::newRow("nominal: missing is empty") << u"[{{nothing.here}}]"_s << u"[]"_s;
        QTest::newRow("nominal: numbers") << u"{{count}}"_s << u"3"_s;
        QTest::newRow("nominal: list section")
            << u"{{#reporters}}<li>{{name}}</li>{{/reporters}}"_s << u"<li>김민지</li><li>박서준</li>"_s;
        QTest::newRow("nominal: nested section looks outwards")
            << u"{{#reporters}}{{name}}({{#email}}{{email}}{{/email}}{{^email}}{{name}}{{/email}})/{{/reporters}}"_s
            << u"김민지(minji@kwnews.example)/박서준(박서준)/"_s;
        QTest::newRow("nominal: outer names inside a list")
            << u"{{#reporters}}{{name}}·{{article.headline}};{{/reporters}}"_s
            << u"김민지·춘천 공지천에 수달 돌아왔다;박서준·춘천 공지천에 수달 돌아왔다;"_s;
        QTest::newRow("nominal: dot is the current item")
            << u"{{#article.tags}}#{{.}} {{/article.tags}}"_s << u"#춘천 #수달 "_s;
        QTest::newRow("nominal: true section renders once")
            << u"{{#article.edited}}수정{{/article.edited}}"_s << u"수정"_s;
        QTest::newRow("nominal: string section pushes the string") << u"{{#name}}[{{.}}]{{/name}}"_s << u"[강원일보]"_s;
        QTest::newRow("nominal: falsy values")
            << u"{{#article.deck}}a{{/article.deck}}{{#empty}}b{{/empty}}{{#no}}c{{/no}}{{#missing}}d{{/missing}}"_s
            << QString();
        QTest::newRow("nominal: inverted sections")
            << u"{{^article.deck}}a{{/article.deck}}{{^empty}}b{{/empty}}{{^no}}c{{/no}}{{^name}}d{{/name}}"_s
            << u"abc"_s;
        QTest::newRow("nominal: comments vanish") << u"a{{! a note }}b"_s << u"ab"_s;
        QTest::newRow("nominal: standalone section lines go")
            << u"<ul>\n  {{#reporters}}\n  <li>{{name}}</li>\n  {{/reporters}}\n</ul>\n"_s
            << u"<ul>\n  <li>김민지</li>\n  <li>박서준</li>\n</ul>\n"_s;
        QTest::newRow("nominal: standalone comment spanning lines") << u"a\n{{! one\n two }}\nb\n"_s << u"a\nb\n"_s;
        QTest::newRow("nominal: two tags on a line are not standalone") << u"a\n{{#no}}{{/no}}\nb"_s << u"a\n\nb"_s;
        QTest::newRow("nominal: slot renders in place")
            << u"<h1 class=\"h\" data-byline-slot=\"headline\">{{$headline}}{{article.headline}}{{/headline}}</h1>"_s
            << u"<h1 class=\"h\" data-byline-slot=\"headline\">춘천 공지천에 수달 돌아왔다</h1>"_s;
        QTest::newRow("nominal: single braces are text") << u"a { b } {c}"_s << u"a { b } {c}"_s;
    }

    void render()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        PageTemplate::Error error;
        const std::optional<PageTemplate> page = PageTemplate::parse(text, &error);
        QVERIFY2(page, qPrintable(error.message));
        QCOMPARE(page->render(sampleContext()), expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("robustness: unclosed section")
            << u"<p>\n{{#reporters}}\n<li>{{name}}</li>\n"_s << 2 << u"{{#reporters}}"_s;
        QTest::newRow("robustness: unclosed slot")
            << u"<h1 data-byline-slot=\"headline\">{{$headline}}x</h1>"_s << 1 << u"{{$headline}}"_s;
        QTest::newRow("robustness: close without open") << u"a\n\nb{{/reporters}}"_s << 3 << u"{{/reporters}}"_s;
        QTest::newRow("robustness: mismatched close") << u"{{#a}}\n{{#b}}\n{{/a}}\n{{/b}}"_s << 3 << u"{{#b}}"_s;
        QTest::newRow("robustness: unclosed tag") << u"a\nb {{name"_s << 2 << u"{{"_s;
        QTest::newRow("robustness: triple mustache closed with two") << u"{{{article.body}}"_s << 1 << u"{{{"_s;
        QTest::newRow("robustness: empty name") << u"x\n{{ }}"_s << 2 << QString();
        QTest::newRow("robustness: bad name") << u"{{a b}}"_s << 1 << u"a b"_s;
        QTest::newRow("robustness: partials") << u"{{> header}}"_s << 1 << u"header"_s;
        QTest::newRow("robustness: delimiters") << u"{{=<% %>=}}"_s << 1 << u"{{="_s;
        QTest::newRow("robustness: slot inside a section")
            << u"{{#a}}\n<p data-byline-slot=\"x\">{{$x}}y{{/x}}</p>\n{{/a}}"_s << 2 << u"{{$x}}"_s;
        QTest::newRow("robustness: slot twice")
            << u"<p data-byline-slot=\"x\">{{$x}}{{/x}}</p>\n<p data-byline-slot=\"x\">{{$x}}{{/x}}</p>"_s << 2
            << u"line 1"_s;
        QTest::newRow("robustness: slot without its element")
            << u"<p>{{$x}}y{{/x}}</p>"_s << 1 << u"data-byline-slot"_s;
        QTest::newRow("robustness: slot on another element's name")
            << u"<p data-byline-slot=\"y\">{{$x}}y{{/x}}</p>"_s << 1 << u"data-byline-slot=\"x\""_s;
        QTest::newRow("robustness: slot not ending at its element")
            << u"<p data-byline-slot=\"x\">{{$x}}y{{/x}} tail</p>"_s << 1 << u"end tag"_s;
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        PageTemplate::Error error;
        QVERIFY(!PageTemplate::parse(text, &error));
        QCOMPARE(error.line, line);
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    }

    void slotRendering()
    {
        const QString text = u"<html>\n<head>{{{page.head}}}</head>\n"
                             "<h1 data-byline-slot=\"headline\">{{$headline}}{{article.headline}}{{/headline}}</h1>\n"
                             "<div data-byline-slot=\"body\">\n{{$body}}\n{{{article.body}}}\n{{/body}}\n</div>\n"
                             "<p>{{name}}</p>\n</html>"_s;
        PageTemplate::Error error;
        const std::optional<PageTemplate> page = PageTemplate::parse(text, &error);
        QVERIFY2(page, qPrintable(error.message));
        QCOMPARE(page->slotNames(), (QStringList {u"headline"_s, u"body"_s}));
        QVERIFY(page->hasSlot(u"body"_s));
        QVERIFY(!page->hasSlot(u"deck"_s));
        QVERIFY(page->hasTopLevelRaw(u"page.head"_s));
        QVERIFY(!page->hasTopLevelRaw(u"article.body"_s)); // inside a slot
        QVERIFY(page->slotHoldsOnly(u"body"_s, u"article.body"_s));
        QVERIFY(!page->slotHoldsOnly(u"headline"_s, u"article.headline"_s)); // escaped, not raw

        const QVariantHash context = sampleContext();
        QCOMPARE(page->renderSlot(u"headline"_s, context), u"춘천 공지천에 수달 돌아왔다"_s);
        // The white space around the slot's tags is the element's too.
        QCOMPARE(page->renderSlot(u"body"_s, context), u"\n<p>본문</p>\n"_s);
        QCOMPARE(page->renderSlot(u"missing"_s, context), QString());
        const QString frame = page->renderFrame(context);
        QVERIFY(frame.contains(u"<h1 data-byline-slot=\"headline\"></h1>"_s));
        QVERIFY(frame.contains(u"<div data-byline-slot=\"body\"></div>"_s));
        QVERIFY(frame.contains(u"<p>강원일보</p>"_s));
        QVERIFY(page->render(context).contains(u"<div data-byline-slot=\"body\">\n<p>본문</p>\n</div>"_s));
    }

    void defaultConstructedRendersNothing()
    {
        const PageTemplate page;
        QCOMPARE(page.render(sampleContext()), QString());
        QVERIFY(page.slotNames().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PageTemplate)
#include "tst_pagetemplate.moc"
