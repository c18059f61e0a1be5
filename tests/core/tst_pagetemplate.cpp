#include "render/pagetemplate.h"

#include <QElapsedTimer>
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

    // The markup the template produces is checked, wherever comments and
    // sections cut the source.
    void producedMarkupIsChecked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("robustness: script split by a comment")
            << u"<p>\n<scr{{! x }}ipt>go()</script>"_s << 2 << u"<script>"_s;
        QTest::newRow("robustness: script split by an empty section")
            << u"<scr{{#no}}{{/no}}ipt>go()</script>"_s << 1 << u"<scr>"_s;
        QTest::newRow("robustness: script split across a section's end")
            << u"{{#name}}<scr{{/name}}ipt>go()</script>"_s << 1 << u"{{#name}}"_s;
        QTest::newRow("robustness: script after a multi-line comment")
            << u"a\n{{! one\ntwo\nthree }}<script>"_s << 4 << u"<script>"_s;
        QTest::newRow("robustness: event handler split by a comment")
            << u"<p on{{!x}}click=\"go()\">"_s << 1 << u"onclick"_s;
        QTest::newRow("robustness: meta refresh split by a comment")
            << u"<meta http-{{!x}}equiv=\"refresh\" content=\"0;url=https://x.example\">"_s << 1 << u"http-equiv"_s;
        QTest::newRow("robustness: frame") << u"<IFRAME SRC=\"x.html\"></IFRAME>"_s << 1 << u"<iframe>"_s;
        QTest::newRow("robustness: base") << u"<base href=\"https://x.example/\">"_s << 1 << u"<base>"_s;
        QTest::newRow("robustness: object") << u"<object data=\"x.swf\"></object>"_s << 1 << u"<object>"_s;
        QTest::newRow("robustness: srcdoc") << u"<p srcdoc=\"&lt;script&gt;\">"_s << 1 << u"srcdoc"_s;
        QTest::newRow("robustness: inline SVG")
            << u"<svg><a href=\"javascript:go()\"><text>x</text></a></svg>"_s << 1 << u"<svg>"_s;
        QTest::newRow("robustness: noscript hiding markup in an attribute")
            << u"<noscript><p title=\"</noscript><img src=x>\"></noscript>"_s << 1 << u"<noscript>"_s;
        QTest::newRow("robustness: javascript: link")
            << u"<a href=\" JavaScript:go()\">x</a>"_s << 1 << u"JavaScript:go()"_s;
        QTest::newRow("robustness: javascript: in any attribute")
            << u"<button data-go=\"javascript:go()\">x</button>"_s << 1 << u"javascript:go()"_s;
        QTest::newRow("robustness: javascript: link through character references")
            << u"<a href=\"&#x6A;ava&NewLine;script&#58;go()\">x</a>"_s << 1 << u"href="_s;
        QTest::newRow("robustness: javascript: link made of text and a value")
            << u"<a href=\"java{{name}}\">x</a>"_s << 1 << u"{{name}}"_s;
        QTest::newRow("robustness: scheme after a value") << u"<a href=\"{{name}}:go()\">x</a>"_s << 1 << u"href"_s;
        QTest::newRow("robustness: two values making a scheme")
            << u"<a href=\"{{name}}{{name}}\">x</a>"_s << 1 << u"{{name}}"_s;
        QTest::newRow("robustness: section choosing the scheme")
            << u"<a href=\"{{#no}}https://x.example{{/no}}javascript:go()\">x</a>"_s << 1 << u"{{#no}}"_s;
        QTest::newRow("robustness: picture from the network")
            << u"<img src=\"https://tracker.example/p.gif\">"_s << 1 << u"tracker.example"_s;
        QTest::newRow("robustness: picture from another host without a scheme")
            << u"<img src=\"//tracker.example/p.gif\">"_s << 1 << u"tracker.example"_s;
        QTest::newRow("robustness: picture path that a value could make another host")
            << u"<img src=\"/{{name}}\">"_s << 1 << u"{{name}}"_s;
        QTest::newRow("robustness: value before two slashes in a picture's address")
            << u"<img src=\"{{name}}//tracker.example/p.gif\">"_s << 1 << u"src"_s;
        QTest::newRow("robustness: value in srcset") << u"<img srcset=\"{{name}} 2x\">"_s << 1 << u"srcset"_s;
        QTest::newRow("robustness: value unquoted") << u"<a href={{name}}>x</a>"_s << 1 << u"quotes"_s;
        QTest::newRow("robustness: value between attributes") << u"<p {{name}}>x</p>"_s << 1 << u"quoted"_s;
        QTest::newRow("robustness: value in a tag name") << u"<h{{count}}>x</h1>"_s << 1 << u"name of a tag"_s;
        QTest::newRow("robustness: value in a comment") << u"<!-- {{name}} -->"_s << 1 << u"comment"_s;
        QTest::newRow("robustness: value in a style element")
            << u"<style>p { {{name}} }</style>"_s << 1 << u"<style>"_s;
        QTest::newRow("robustness: value in a style attribute")
            << u"<p style=\"color: {{name}}\">x</p>"_s << 1 << u"style"_s;
        QTest::newRow("robustness: value ending <title> early")
            << u"<title><{{name}}title><img src=x></title>"_s << 1 << u"</title>"_s;
        QTest::newRow("robustness: trusted HTML inside an attribute")
            << u"<p title=\"{{{article.body}}}\">x</p>"_s << 1 << u"{{{article.body}}}"_s;
        QTest::newRow("robustness: section starting in text and ending in a tag")
            << u"{{#name}}\n<p title=\"{{/name}}\">"_s << 1 << u"line 2"_s;
        QTest::newRow("robustness: attribute glued to a section tag")
            << u"<li {{#no}}class=\"x\"{{/no}}>"_s << 1 << u"space"_s;
        QTest::newRow("robustness: style element importing through an escape")
            << u"<p>\n<style>\np {}\n@\\69mport \"x.css\";\n</style>"_s << 4 << u"@import"_s;
        QTest::newRow("robustness: style element importing across a comment")
            << u"<style>@im/**/port \"x.css\";</style>"_s << 1 << u"@import"_s;
        QTest::newRow("robustness: style attribute loading from the network")
            << u"<p style=\"background: u&#114;l(https://x.example/p.png)\">"_s << 1 << u"x.example"_s;
        QTest::newRow("robustness: style attribute with expression()")
            << u"<p style=\"width: expression(go())\">"_s << 1 << u"expression()"_s;
        QTest::newRow("robustness: style sheet link")
            << u"<link rel=\"stylesheet\" href=\"https://x.example/a.css\">"_s << 1 << u"stylesheet"_s;
        QTest::newRow("robustness: unclosed tag at the end") << u"<p title=\"x"_s << 1 << u"ends"_s;
        QTest::newRow("robustness: unclosed comment at the end") << u"<p>\n<!-- <script>"_s << 2 << u"ends"_s;
    }

    void producedMarkupIsChecked()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        PageTemplate::Error error;
        const std::optional<PageTemplate> page = PageTemplate::parse(text, &error);
        QVERIFY2(!page, "the template was accepted");
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
        QCOMPARE(error.line, line);
    }

    void allowedMarkup_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("nominal: a class chosen by a section")
            << u"<ul>{{#reporters}}<li{{#email}} class=\"mail\"{{/email}}>{{name}}</li>{{/reporters}}</ul>"_s;
        QTest::newRow("nominal: links from values")
            << u"<a href=\"{{name}}\">x</a><a href=\"mailto:{{name}}\">y</a><a href=\"https://x.example/?q={{name}}#{{count}}\">z</a>"_s;
        QTest::newRow("nominal: a picture from a value") << u"<img src=\"{{name}}\" alt=\"{{hostile}}\">"_s;
        QTest::newRow("nominal: a picture beside the page") << u"<img src=\"photos/{{name}}.jpg\">"_s;
        QTest::newRow("nominal: values in text and title") << u"<title>{{name}} - {{hostile}}</title><p>{{name}}</p>"_s;
        QTest::newRow("nominal: a comment mentioning a script") << u"{{! never <script> here }}<p>x</p>"_s;
        QTest::newRow("nominal: HTML comment and doctype") << u"<!DOCTYPE html>\n<!-- the page -->\n<p>x</p>"_s;
        QTest::newRow("nominal: styles")
            << u"<style>p { color: #222; background: url(data:image/png;base64,AA); }</style>"
               "<p style=\"margin: 0\">x</p>"_s;
        QTest::newRow("nominal: canonical link") << u"<link rel=\"canonical\" href=\"{{name}}\">"_s;
        QTest::newRow("nominal: empty sections in text") << u"<p>{{#no}}{{/no}}{{^no}}x{{/no}}</p>"_s;
    }

    void allowedMarkup()
    {
        QFETCH(QString, text);
        PageTemplate::Error error;
        QVERIFY2(PageTemplate::parse(text, &error), qPrintable(u"line %1: %2"_s.arg(error.line).arg(error.message)));
    }

    // A value that starts an address cannot choose a scheme the place does
    // not allow: an article's text never becomes a javascript: link or a
    // picture loaded from the network.
    void addressValuesAreChecked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        const QString link = u"<a href=\"{{value}}\">x</a>"_s;
        const QString picture = u"<img src=\"{{value}}\">"_s;
        QTest::newRow("robustness: javascript: link") << link << u"javascript:alert(1)"_s << u"<a href=\"\">x</a>"_s;
        QTest::newRow("robustness: javascript: link hidden by spaces and tabs")
            << link << u" \u0001JaVa\tScRiPt:alert(1)"_s << u"<a href=\"\">x</a>"_s;
        QTest::newRow("robustness: data: link") << link << u"data:text/html,x"_s << u"<a href=\"\">x</a>"_s;
        QTest::newRow("nominal: https link")
            << link << u"https://x.example/?a=1&b=2"_s << u"<a href=\"https://x.example/?a=1&amp;b=2\">x</a>"_s;
        QTest::newRow("nominal: mailto link")
            << link << u"mailto:a@x.example"_s << u"<a href=\"mailto:a@x.example\">x</a>"_s;
        QTest::newRow("robustness: picture from the network")
            << picture << u"https://tracker.example/p.gif"_s << u"<img src=\"\">"_s;
        QTest::newRow("robustness: picture from another host")
            << picture << u"//tracker.example/p.gif"_s << u"<img src=\"\">"_s;
        QTest::newRow("nominal: picture inside the page")
            << picture << u"data:image/png;base64,AA"_s << u"<img src=\"data:image/png;base64,AA\">"_s;
        QTest::newRow("nominal: picture from the preview")
            << picture << u"byline-image:photo/7"_s << u"<img src=\"byline-image:photo/7\">"_s;
        QTest::newRow("nominal: picture beside the page")
            << picture << u"page_files/7.jpg"_s << u"<img src=\"page_files/7.jpg\">"_s;
    }

    void addressValuesAreChecked()
    {
        QFETCH(QString, text);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        PageTemplate::Error error;
        const std::optional<PageTemplate> page = PageTemplate::parse(text, &error);
        QVERIFY2(page, qPrintable(error.message));
        QCOMPARE(page->render({{u"value"_s, value}}), expected);
    }

    // Twelve sections over one list rendered for ever (2.7 GB and growing).
    void sectionsNestOnlySoDeep()
    {
        const QString nested = u"{{#list}}"_s.repeated(PageTemplate::MaxSectionDepth + 1) + u"x"_s
            + u"{{/list}}"_s.repeated(PageTemplate::MaxSectionDepth + 1);
        PageTemplate::Error error;
        QVERIFY(!PageTemplate::parse(nested, &error));
        QVERIFY2(error.message.contains(u"nested"_s), qPrintable(error.message));
        // A hundred thousand levels are refused the same way, without
        // running out of stack, and a megabyte of tags on one line is read
        // at once (looking around each tag for its line took 29 s).
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!PageTemplate::parse(u"{{#list}}"_s.repeated(100'000), &error));
        QVERIFY2(error.message.contains(u"nested"_s), qPrintable(error.message));
        QVERIFY(PageTemplate::parse(u"{{#list}}{{/list}} "_s.repeated(50'000), &error));
        qInfo("a megabyte of tags: %lld ms", qlonglong(timer.elapsed()));
        QVERIFY(timer.elapsed() < 10'000);
        const QString allowed = u"{{#list}}"_s.repeated(PageTemplate::MaxSectionDepth) + u"x"_s
            + u"{{/list}}"_s.repeated(PageTemplate::MaxSectionDepth);
        QVERIFY2(PageTemplate::parse(allowed, &error), qPrintable(error.message));
    }

    void renderingStopsAtItsLimits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("items");
        // 12^6 (three million) passes through the innermost section.
        QTest::newRow("robustness: six sections over one list")
            << u"<p>\n{{#list}}{{#list}}{{#list}}{{#list}}{{#list}}{{#list}}x{{/list}}{{/list}}{{/list}}{{/list}}"
               "{{/list}}{{/list}}</p>"_s
            << 12;
        // Megabytes of page, many times over.
        QTest::newRow("robustness: a large value in a long list")
            << u"<p>\n{{#list}}{{#list}}{{big}}{{/list}}{{/list}}</p>"_s << 64;
    }

    void renderingStopsAtItsLimits()
    {
        QFETCH(QString, text);
        QFETCH(int, items);
        PageTemplate::Error error;
        const std::optional<PageTemplate> page = PageTemplate::parse(text, &error);
        QVERIFY2(page, qPrintable(error.message));
        const QVariantHash context {
            {u"list"_s, QVariantList(items, QVariantHash {})},
            {u"big"_s, QString(8 * 1024, u'x')},
        };
        QElapsedTimer timer;
        timer.start();
        error = {};
        const QString rendered = page->render(context, &error);
        qInfo("stopped after %lld ms", qlonglong(timer.elapsed()));
        QVERIFY2(!error.message.isEmpty(), "the render was not stopped");
        QVERIFY2(error.message.contains(u"too large"_s), qPrintable(error.message));
        QCOMPARE(error.line, 2);
        // The page says so, and stays small.
        QVERIFY(rendered.contains(error.message.toHtmlEscaped().left(20)));
        QVERIFY(rendered.size() < 4096);
        QVERIFY(page->renderFrame(context).size() < 4096);
        QVERIFY(timer.elapsed() < 30'000);
    }

    // Large pages that are not the template's doing still render: the body
    // with its photos inline counts towards the limit only beyond itself.
    void largeBodyRenders()
    {
        PageTemplate::Error error;
        const std::optional<PageTemplate> page = PageTemplate::parse(u"<div>{{{body}}}</div>"_s, &error);
        QVERIFY2(page, qPrintable(error.message));
        const QString body = QString(PageTemplate::MaxTemplateOutput + 1024, u'x');
        const QString rendered = page->render({{u"body"_s, QVariant::fromValue(TrustedHtml {body})}}, &error);
        QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
        QCOMPARE(rendered.size(), body.size() + 11);
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
