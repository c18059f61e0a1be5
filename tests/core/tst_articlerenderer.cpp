#include "article/articlehtml.h"
#include "article/samplearticle.h"
#include "render/articlerenderer.h"

#include "goldenfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gumbo.h>

using namespace Qt::StringLiterals;
using namespace Byline::GoldenFiles;
using namespace Byline;

Q_DECLARE_METATYPE(Byline::Device)

namespace {

QString dataDir()
{
    return qEnvironmentVariable("BYLINE_SOURCE_DIR") + u"/tests/data/render"_s;
}

struct Fixture
{
    Article article;
    QList<Photo> photos;
};

Fixture fixture(const QString &name)
{
    const QJsonObject json =
        QJsonDocument::fromJson(readFile(dataDir() + u"/input/"_s + name + u".json"_s).toUtf8()).object();
    Fixture fixture;
    QString error;
    fixture.article = Article::fromJson(json.value(u"article"_s).toObject(), &error);
    fixture.article.id = 1024;
    const QJsonArray photos = json.value(u"photos"_s).toArray();
    for (const QJsonValue &photo : photos)
        fixture.photos << Photo::fromJson(photo.toObject());
    return fixture;
}

QStringList fixtureNames()
{
    QStringList names = QDir(dataDir() + u"/input"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name.chop(5);
    return names;
}

Publication publication()
{
    Publication publication;
    publication.name = u"강원일보"_s;
    publication.siteUrl = u"https://www.kwnews.example"_s;
    return publication;
}

// Resolvers as the preview sets them up: custom schemes, nothing inlined,
// so the golden pages stay readable.
void setPreviewResolvers(ArticleRenderer &renderer)
{
    renderer.setImageUrlResolver(
        [](const Photo &photo, int maxWidth) {
            return u"byline-image:"_s + QString::fromLatin1(QUrl::toPercentEncoding(photo.id)) + u"?w="_s
                + QString::number(maxWidth);
        },
        {u"byline-image:"_s});
    renderer.setAssetUrlResolver(
        [](const PackAsset &asset) { return u"byline-asset:"_s + asset.name; }, {u"byline-asset:"_s});
}

Article storyWithBody(const QString &body)
{
    Article article = Article::create();
    article.id = 7;
    // Fixed times: two stories made a second apart must render alike.
    article.created = QDateTime(QDate(2026, 11, 24), QTime(5, 0), QTimeZone::UTC);
    article.modified = article.created;
    article.headline = u"제목"_s;
    article.byline.outlet = u"강원일보"_s;
    article.byline.reporters = {{u"김민지"_s, u"minji@kwnews.example"_s}, {u"박서준"_s, QString()}};
    article.body = body;
    return article;
}

// Every element and attribute of a page, checked against what a page may
// carry: no scripts, frames, forms or event handlers, no style attributes,
// links and pictures only through the schemes the page allows.
class InertCheck
{
public:
    QStringList problems;
    int cspMetas = 0;
    int styleElements = 0;

    void check(const QString &html)
    {
        const QByteArray bytes = html.toUtf8();
        GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, bytes.constData(), size_t(bytes.size()));
        walk(output->root);
        gumbo_destroy_output(&kGumboDefaultOptions, output);
    }

private:
    void walk(const GumboNode *node)
    {
        if (node->type != GUMBO_NODE_ELEMENT)
            return;
        const GumboElement &element = node->v.element;
        const QString tag = QString::fromLatin1(gumbo_normalized_tagname(element.tag));
        static const QSet<QString> forbidden {u"script"_s, u"iframe"_s, u"frame"_s, u"frameset"_s, u"object"_s,
            u"embed"_s, u"applet"_s, u"base"_s, u"form"_s, u"input"_s, u"button"_s, u"textarea"_s, u"select"_s,
            u"link"_s, u"svg"_s, u"math"_s, u"noscript"_s, u"template"_s, u"video"_s, u"audio"_s, u"source"_s};
        if (element.tag == GUMBO_TAG_UNKNOWN || forbidden.contains(tag)
            || element.tag_namespace != GUMBO_NAMESPACE_HTML)
            problems << u"element <"_s + (element.tag == GUMBO_TAG_UNKNOWN ? u"unknown"_s : tag) + u'>';
        if (tag == u"style")
            ++styleElements;
        for (unsigned int i = 0; i < element.attributes.length; ++i) {
            const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            const QString name = QString::fromUtf8(attribute->name).toLower();
            const QString value = QString::fromUtf8(attribute->value);
            if (name.startsWith(u"on"_s) || name == u"style" || name == u"srcset" || name == u"formaction"
                || name == u"target")
                problems << u"attribute "_s + name + u" on <"_s + tag + u'>';
            if (name == u"href" || name == u"src" || name == u"action" || name == u"data" || name == u"cite"
                || name == u"poster" || name == u"background") {
                static const QRegularExpression allowed(
                    u"^(https?:|mailto:|byline-image:|byline-asset:)"_s, QRegularExpression::CaseInsensitiveOption);
                if (!allowed.match(value.trimmed()).hasMatch())
                    problems << name + u"=\""_s + value + u"\" on <"_s + tag + u'>';
            }
            if (tag == u"meta" && name == u"http-equiv") {
                if (value == u"Content-Security-Policy")
                    ++cspMetas;
                else
                    problems << u"meta http-equiv="_s + value;
            }
        }
        for (unsigned int i = 0; i < element.children.length; ++i)
            walk(static_cast<const GumboNode *>(element.children.data[i]));
    }
};

// The page rebuilt from its frame and slots, as the preview patches it.
QString patched(const RenderedParts &parts)
{
    QString page = parts.frame;
    for (auto it = parts.slots.constBegin(); it != parts.slots.constEnd(); ++it) {
        const QString marker = u"data-byline-slot=\""_s + it.key() + u'"';
        const qsizetype at = page.indexOf(marker);
        if (at < 0 || page.indexOf(marker, at + 1) >= 0)
            return u"slot "_s + it.key() + u" not found exactly once"_s;
        page.insert(page.indexOf(u'>', at) + 1, it.value());
    }
    return page;
}

} // namespace

class tst_ArticleRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariableIsEmpty("BYLINE_SOURCE_DIR"), "BYLINE_SOURCE_DIR is set by tests/CMakeLists.txt");
        QVERIFY2(fixtureNames().size() >= 3, qPrintable(dataDir()));
    }

    void pageMatchesGolden_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Device>("device");
        for (const QString &name : fixtureNames()) {
            for (const Device device : {Device::Desktop, Device::Mobile}) {
                QTest::newRow(qPrintable(
                    (name == u"hostile" ? u"robustness: "_s : u"nominal: "_s) + name + u' ' + deviceKey(device)))
                    << name << device;
            }
        }
    }

    // tools/regenerate-golden rewrites expected/ from the current renderer;
    // read the diff before committing it.
    void pageMatchesGolden()
    {
        QFETCH(QString, name);
        QFETCH(Device, device);
        const Fixture story = fixture(name);
        ArticleRenderer renderer(publication(), TemplatePack::builtIn());
        setPreviewResolvers(renderer);
        QString actual = renderer.render(story.article, story.photos, device);
        // The pack's style sheet goes in whole; the golden files name it
        // instead of repeating it (style.css is its own reference).
        const QString css = TemplatePack::builtIn().css(device);
        QVERIFY(!css.isEmpty());
        QVERIFY2(actual.contains(css), "the page carries the pack's style sheet");
        actual.replace(css, u"/* the built-in pack's style sheet for this device */\n"_s);
        const QString expectedPath = dataDir() + u"/expected/"_s + name + u'.' + deviceKey(device) + u".html"_s;
        if (qEnvironmentVariableIntValue("BYLINE_REGENERATE_GOLDEN") == 1) {
            QVERIFY(writeFile(expectedPath, actual));
            return;
        }
        QVERIFY2(QFile::exists(expectedPath), qPrintable(expectedPath + u" is missing: run tools/regenerate-golden"_s));
        const QString expected = readFile(expectedPath);
        if (actual != expected)
            QFAIL(qPrintable(u"render() differs from "_s + expectedPath + u":\n"_s + unifiedDiff(expected, actual)));
    }

    void pagesAreInert_data() { pageMatchesGolden_data(); }

    void pagesAreInert()
    {
        QFETCH(QString, name);
        QFETCH(Device, device);
        const Fixture story = fixture(name);
        ArticleRenderer renderer(publication(), TemplatePack::builtIn());
        setPreviewResolvers(renderer);
        const QString page = renderer.render(story.article, story.photos, device);
        InertCheck check;
        check.check(page);
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(u'\n')));
        QCOMPARE(check.cspMetas, 1);
        QCOMPARE(check.styleElements, 1);
        QVERIFY(!page.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!page.contains(u"javascript:alert"_s, Qt::CaseInsensitive) || name == u"hostile");

        // The CMS body too.
        const WordPressBodyMarkup markup([](const Photo &photo) {
            return WordPressBodyMarkup::Media {u"https://www.kwnews.example/wp-content/uploads/"_s
                    + QString::fromLatin1(QUrl::toPercentEncoding(photo.id)) + u".jpg"_s,
                7};
        });
        InertCheck cms;
        cms.check(renderer.renderCmsBody(story.article, story.photos, markup));
        QVERIFY2(cms.problems.isEmpty(), qPrintable(cms.problems.join(u'\n')));
    }

    void hostileTextStaysText()
    {
        const Fixture story = fixture(u"hostile"_s);
        ArticleRenderer renderer(publication(), TemplatePack::builtIn());
        setPreviewResolvers(renderer);
        const RenderedParts parts = renderer.renderParts(story.article, story.photos, Device::Desktop);
        QCOMPARE(parts.slots.value(u"headline"_s),
            u"&lt;script&gt;alert(&#39;headline&#39;)&lt;/script&gt;제목 &amp; &quot;따옴표&quot;"_s);
        QCOMPARE(parts.slots.value(u"deck"_s), u"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"_s);
        QVERIFY(parts.page.contains(u"&lt;script&gt;alert(24)&lt;/script&gt; 텍스트로 남는다"_s));
        // Links with other schemes keep their text only.
        QVERIFY(parts.page.contains(
            u"단락 자바스크립트 대소문자 데이터 <a href=\"https://ok.example/?q=&quot;x&quot;\">정상 링크</a>"_s));
        QVERIFY(!parts.page.contains(u"file:"_s, Qt::CaseInsensitive));
        QVERIFY(!parts.page.contains(u"vbscript:"_s, Qt::CaseInsensitive));
        QVERIFY(!parts.page.contains(u"evil.example"_s));
        // The photo whose id carries a quote is found, and its id stays inside the URL.
        QVERIFY(parts.page.contains(u"src=\"byline-image:p1%22%20onerror%3D%22alert%2817%29?w=1480\""_s));
        for (const QString &slot : parts.slots)
            QVERIFY2(!slot.contains(u"<script"_s), qPrintable(slot));
    }

    void contentSecurityPolicy()
    {
        ArticleRenderer renderer(publication(), TemplatePack::builtIn());
        renderer.setImageUrlResolver([](const Photo &, int) { return QString(); },
            {u"byline-image:"_s, u"x; script-src *"_s, u"https://cdn.kwnews.example"_s});
        const QString csp = renderer.contentSecurityPolicy();
        for (const QString &part : {u"default-src 'none'"_s, u"script-src 'none'"_s, u"style-src 'unsafe-inline'"_s,
                 u"img-src byline-image: https://cdn.kwnews.example data:"_s, u"frame-src 'none'"_s,
                 u"object-src 'none'"_s, u"base-uri 'none'"_s, u"form-action 'none'"_s, u"connect-src 'none'"_s,
                 u"font-src 'none'"_s})
            QVERIFY2(csp.contains(part), qPrintable(csp + u" lacks "_s + part));
        QVERIFY(!csp.contains(u"script-src *"_s));
        QVERIFY(!csp.contains(u"unsafe-eval"_s));

        // In the page: first thing after the character set, before any style or picture.
        const Fixture story = fixture(u"korean-photos"_s);
        const QString page = renderer.render(story.article, story.photos, Device::Mobile);
        const qsizetype meta = page.indexOf(u"<meta http-equiv=\"Content-Security-Policy\" content=\""_s);
        QVERIFY(meta > 0);
        QVERIFY(meta < page.indexOf(u"<style>"_s));
        QVERIFY(meta < page.indexOf(u"<img"_s));
        QVERIFY(page.indexOf(u"<meta charset=\"utf-8\">"_s) < meta);
        QVERIFY(page.contains(csp.toHtmlEscaped()));

        // Nothing allowed when there is no source at all.
        ArticleRenderer bare(publication(), TemplatePack::builtIn());
        bare.setAssetUrlResolver([](const PackAsset &) { return QString(); }, {});
        QVERIFY(bare.contentSecurityPolicy().contains(u"img-src 'none'"_s));
    }

    void partsMatchPage_data() { pageMatchesGolden_data(); }

    // The preview patches slots and blocks; patching must give the page.
    void partsMatchPage()
    {
        QFETCH(QString, name);
        QFETCH(Device, device);
        const Fixture story = fixture(name);
        ArticleRenderer renderer(publication(), TemplatePack::builtIn());
        setPreviewResolvers(renderer);
        const RenderedParts parts = renderer.renderParts(story.article, story.photos, device);
        QCOMPARE(parts.page, renderer.render(story.article, story.photos, device));
        QCOMPARE(patched(parts), parts.page);
        for (const QString &slot : {u"title"_s, u"section"_s, u"headline"_s, u"deck"_s, u"byline"_s, u"times"_s,
                 u"share"_s, u"lead"_s, u"body"_s})
            QVERIFY2(parts.slots.contains(slot), qPrintable(slot));
        QVERIFY(!parts.bodyBlocks.isEmpty());
        QCOMPARE(parts.bodyBlocks.join(QString()), parts.slots.value(u"body"_s));
        for (qsizetype i = 0; i < parts.bodyBlocks.size(); ++i) {
            const QString &block = parts.bodyBlocks.at(i);
            const QString marker = u" data-byline-block=\""_s + QString::number(i) + u'"';
            QVERIFY2(block.indexOf(marker) > 0 && block.indexOf(marker) < block.indexOf(u'>'), qPrintable(block));
            QCOMPARE(block.count(u"data-byline-block"_s), 1);
            QVERIFY(block.endsWith(u'\n'));
        }
    }

    void keystrokeChangesOneBlock()
    {
        QString body;
        for (int i = 0; i < 2000; ++i)
            body += u"<p>"_s + QString::number(i) + u"번째 단락에 강원특별자치도의 소식을 담았다.</p>\n"_s;
        Article article = storyWithBody(body);
        ArticleRenderer renderer(publication(), TemplatePack::builtIn());
        const RenderedParts before = renderer.renderParts(article, {}, Device::Desktop);
        QCOMPARE(before.bodyBlocks.size(), 2001); // and the reporter's email
        const qsizetype cached = renderer.cachedBlockCount();
        QVERIFY(cached >= 2000);

        article.body.replace(u"<p>500번째"_s, u"<p>오백번째"_s);
        const RenderedParts after = renderer.renderParts(article, {}, Device::Desktop);
        QCOMPARE(after.frame, before.frame);
        QCOMPARE(after.bodyBlocks.size(), before.bodyBlocks.size());
        QList<qsizetype> changed;
        for (qsizetype i = 0; i < after.bodyBlocks.size(); ++i) {
            if (after.bodyBlocks.at(i) != before.bodyBlocks.at(i))
                changed << i;
        }
        QCOMPARE(changed, QList<qsizetype> {500});
        QVERIFY(after.bodyBlocks.at(500).contains(u"오백번째"_s));

        // Many edits later the cache holds about one story's worth.
        for (int i = 0; i < 600; ++i) {
            article.body.replace(
                u"<p>"_s + QString::number(i) + u"번째"_s, u"<p>고친 "_s + QString::number(i) + u"번째"_s);
            renderer.renderParts(article, {}, Device::Mobile);
        }
        QVERIFY2(
            renderer.cachedBlockCount() <= 2 * 2001 + 256, qPrintable(QString::number(renderer.cachedBlockCount())));
    }

    void nonCanonicalBodyRendersLikeSanitized_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("nominal: the sample article, all on one line") << sampleArticle().body;
        QTest::newRow("robustness: hostile body") << fixture(u"hostile"_s).article.body;
        QTest::newRow("robustness: no final newline") << u"<p>하나</p>\n<p>둘</p>"_s;
        QTest::newRow("robustness: paragraph across lines") << u"<p>하나\n둘</p>\n"_s;
        QTest::newRow("robustness: unclosed list") << u"<ul>\n<li>하나</li>\n"_s;
        QTest::newRow("robustness: adjacent quotes")
            << u"<blockquote>\n<p>a</p>\n</blockquote>\n<blockquote>\n<p>b</p>\n</blockquote>\n"_s;
        QTest::newRow("robustness: empty lines") << u"\n\n<p>a</p>\n\n"_s;
    }

    void nonCanonicalBodyRendersLikeSanitized()
    {
        QFETCH(QString, body);
        ArticleRenderer renderer(publication(), TemplatePack::builtIn());
        const Article raw = storyWithBody(body);
        const Article clean = storyWithBody(ArticleHtml::sanitize(body));
        const QString page = renderer.render(raw, {}, Device::Desktop);
        ArticleRenderer fresh(publication(), TemplatePack::builtIn());
        const QString expected = fresh.render(clean, {}, Device::Desktop);
        if (page != expected)
            QFAIL(qPrintable(unifiedDiff(expected, page)));
    }

    void bylineOpening_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("blocks");
        const QString opening = u"[강원일보] 김민지·박서준 기자 ="_s;
        const QString email =
            u"<p data-byline-block=\"%1\" class=\"reporter-email\"><a href=\"mailto:minji@kwnews.example\">minji@kwnews.example</a></p>\n"_s;
        QTest::newRow("nominal: opening starts the first paragraph")
            << u"<p>춘천시는 24일 밝혔다.</p>\n<p>둘째</p>\n"_s
            << QStringList {u"<p data-byline-block=\"0\"><span class=\"byline-opening\">"_s + opening
                       + u"</span> 춘천시는 24일 밝혔다.</p>\n"_s,
                   u"<p data-byline-block=\"1\">둘째</p>\n"_s, email.arg(2)};
        QTest::newRow("nominal: opening already written")
            << u"<p>[강원일보] 김민지 기자 = 춘천시는 밝혔다.</p>\n"_s
            << QStringList {
                   u"<p data-byline-block=\"0\">[강원일보] 김민지 기자 = 춘천시는 밝혔다.</p>\n"_s, email.arg(1)};
        QTest::newRow("nominal: wire opening already written")
            << u"<p>(춘천=연합뉴스) 김민지 기자 = 춘천시는 밝혔다.</p>\n"_s
            << QStringList {
                   u"<p data-byline-block=\"0\">(춘천=연합뉴스) 김민지 기자 = 춘천시는 밝혔다.</p>\n"_s, email.arg(1)};
        QTest::newRow("nominal: heading first gets its own opening")
            << u"<h2>소제목</h2>\n<p>본문</p>\n"_s
            << QStringList {u"<p data-byline-block=\"0\" class=\"byline-opening\">"_s + opening + u"</p>\n"_s,
                   u"<h2 data-byline-block=\"1\">소제목</h2>\n"_s, u"<p data-byline-block=\"2\">본문</p>\n"_s,
                   email.arg(3)};
        QTest::newRow("nominal: photo first, opening in the paragraph after it")
            << u"<figure data-photo=\"gone\"></figure>\n<p>본문</p>\n"_s
            << QStringList {
                   u"<figure data-byline-block=\"0\" class=\"photo photo-missing\"><div class=\"photo-placeholder\">Photo gone is not among the article's photos.</div></figure>\n"_s,
                   u"<p data-byline-block=\"1\"><span class=\"byline-opening\">"_s + opening + u"</span> 본문</p>\n"_s,
                   email.arg(2)};
        QTest::newRow("nominal: empty body")
            << QString()
            << QStringList {
                   u"<p data-byline-block=\"0\" class=\"byline-opening\">"_s + opening + u"</p>\n"_s, email.arg(1)};
        QTest::newRow("nominal: email already at the end")
            << u"<p>본문</p>\n<p>김민지 기자 minji@kwnews.example</p>\n"_s
            << QStringList {
                   u"<p data-byline-block=\"0\"><span class=\"byline-opening\">"_s + opening + u"</span> 본문</p>\n"_s,
                   u"<p data-byline-block=\"1\">김민지 기자 minji@kwnews.example</p>\n"_s};
        QTest::newRow("nominal: quote first")
            << u"<blockquote>\n<p>인용</p>\n</blockquote>\n"_s
            << QStringList {u"<p data-byline-block=\"0\" class=\"byline-opening\">"_s + opening + u"</p>\n"_s,
                   u"<blockquote data-byline-block=\"1\">\n<p>인용</p>\n</blockquote>\n"_s, email.arg(2)};
    }

    void bylineOpening()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, blocks);
        ArticleRenderer renderer(publication(), TemplatePack::builtIn());
        const RenderedParts parts = renderer.renderParts(storyWithBody(body), {}, Device::Desktop);
        QCOMPARE(parts.bodyBlocks, blocks);
    }

    void noBylineNoOpening()
    {
        Article article = storyWithBody(u"<p>본문</p>\n"_s);
        article.byline = {};
        ArticleRenderer renderer(publication(), TemplatePack::builtIn());
        QCOMPARE(renderer.renderParts(article, {}, Device::Desktop).bodyBlocks,
            QStringList {u"<p data-byline-block=\"0\">본문</p>\n"_s});
    }

    void figures()
    {
        const Fixture story = fixture(u"korean-photos"_s);
        ArticleRenderer renderer(publication(), TemplatePack::builtIn());
        setPreviewResolvers(renderer);
        RenderedParts parts = renderer.renderParts(story.article, story.photos, Device::Desktop);
        // The lead: crop 16:9 of 4000x3000, at the publication's 1600.
        QCOMPARE(parts.slots.value(u"lead"_s),
            u"<figure class=\"photo lead\"><img src=\"byline-image:ph-otter-1?w=1480\" alt=\"물 위로 머리를 내민 "
            u"수달\" "
            "width=\"1600\" height=\"900\"><figcaption>▲ 24일 춘천 공지천에서 수달 한 마리가 물 위로 머리를 내밀고 "
            "있다<span class=\"credit\"> (사진=춘천시 제공)</span></figcaption></figure>\n"_s);
        // In the body: turned a quarter, the body's own caption, no credit.
        QVERIFY(parts.slots.value(u"body"_s).contains(
            u"<figure data-byline-block=\"2\" class=\"photo\"><img src=\"byline-image:ph-otter-2?w=1480\" "
            "alt=\"밤에 하천가를 걷는 수달 두 마리\" width=\"1066\" height=\"1600\"><figcaption>▲ 공지천 "
            "하류 무인카메라에 찍힌 <a href=\"https://www.chuncheon.example/otter\">수달</a> 두 "
            "마리</figcaption></figure>\n"_s));
        // Mobile asks for smaller pictures.
        parts = renderer.renderParts(story.article, story.photos, Device::Mobile);
        QVERIFY(parts.slots.value(u"lead"_s).contains(u"?w=780\""_s));

        // The lead is not shown twice when the body places it.
        Article placed = story.article;
        placed.body += u"<figure data-photo=\"ph-otter-1\"></figure>\n"_s;
        parts = renderer.renderParts(placed, story.photos, Device::Desktop);
        QCOMPARE(parts.slots.value(u"lead"_s), QString());
        QVERIFY(parts.slots.value(u"body"_s).contains(u"▲ 24일 춘천 공지천에서"_s));

        // The article's lead id wins over the photos' flags.
        Article other = story.article;
        other.leadPhotoId = u"ph-otter-2"_s;
        other.body.clear();
        parts = renderer.renderParts(other, story.photos, Device::Desktop);
        QVERIFY(parts.slots.value(u"lead"_s).contains(u"ph-otter-2"_s));
        QCOMPARE(renderer.renderParts(other, {}, Device::Desktop).slots.value(u"lead"_s), QString());

        // Without a picture, a placeholder, never a broken image.
        ArticleRenderer blind(publication(), TemplatePack::builtIn());
        blind.setImageUrlResolver([](const Photo &, int) { return QString(); }, {u"byline-image:"_s});
        parts = blind.renderParts(story.article, story.photos, Device::Desktop);
        QVERIFY(!parts.page.contains(u"<img src=\"byline-image"_s));
        QVERIFY(parts.slots.value(u"lead"_s).contains(u"photo-missing"_s));
        QVERIFY(parts.slots.value(u"lead"_s).contains(u"The photo otters-lead.jpg cannot be shown."_s));
    }

    void embeds()
    {
        const Fixture story = fixture(u"no-photos"_s);
        ArticleRenderer renderer(publication(), TemplatePack::builtIn());
        const RenderedParts parts = renderer.renderParts(story.article, story.photos, Device::Desktop);
        const QString body = parts.slots.value(u"body"_s);
        QVERIFY(
            body.contains(u"<figure data-byline-block=\"2\" class=\"embed\"><a class=\"embed-placeholder\" "
                          "href=\"https://www.youtube.com/watch?v=abc123&amp;t=10\"><span class=\"embed-kind\">YouTube "
                          "video</span>"_s));
        QVERIFY(body.contains(u"<span class=\"embed-kind\">Embedded content</span>"_s));
        QVERIFY(!body.contains(u"<iframe"_s));
        // The body already opens with the byline and ends with the email.
        QCOMPARE(body.count(u"[강원일보] 이서연 기자 ="_s), 1);
        QCOMPARE(body.count(u"seoyeon@kwnews.example"_s), 1);
    }

    void times_data()
    {
        QTest::addColumn<QString>("timeZone");
        QTest::addColumn<QString>("created");
        QTest::addColumn<QString>("modified");
        QTest::addColumn<QString>("times");
        QTest::newRow("nominal: Seoul")
            << u"Asia/Seoul"_s << u"2026-11-24T05:05:00Z"_s << u"2026-11-24T06:30:59Z"_s
            << u"<span class=\"time\">입력 <time datetime=\"2026-11-24T14:05:00+09:00\">2026.11.24 14:05</time></span>"
               "<span class=\"time\">수정 <time datetime=\"2026-11-24T15:30:59+09:00\">2026.11.24 15:30</time></span>"_s;
        QTest::newRow("nominal: same minute is not an edit")
            << u"Asia/Seoul"_s << u"2026-11-24T05:05:00Z"_s << u"2026-11-24T05:05:40Z"_s
            << u"<span class=\"time\">입력 <time datetime=\"2026-11-24T14:05:00+09:00\">2026.11.24 14:05</time></span>"_s;
        QTest::newRow("nominal: the day before in New York")
            << u"America/New_York"_s << u"2026-11-24T03:00:00Z"_s << QString()
            << u"<span class=\"time\">입력 <time datetime=\"2026-11-23T22:00:00-05:00\">2026.11.23 22:00</time></span>"_s;
        QTest::newRow("robustness: no times") << u"Asia/Seoul"_s << QString() << QString() << QString();
        QTest::newRow("robustness: unknown zone is Seoul")
            << u"Nowhere/Atlantis"_s << u"2026-11-24T05:05:00Z"_s << QString()
            << u"<span class=\"time\">입력 <time datetime=\"2026-11-24T14:05:00+09:00\">2026.11.24 14:05</time></span>"_s;
    }

    void times()
    {
        QFETCH(QString, timeZone);
        QFETCH(QString, created);
        QFETCH(QString, modified);
        QFETCH(QString, times);
        Publication zoned = publication();
        zoned.timeZone = timeZone;
        Article article = storyWithBody(u"<p>본문</p>\n"_s);
        article.created = QDateTime::fromString(created, Qt::ISODate);
        article.modified = QDateTime::fromString(modified, Qt::ISODate);
        ArticleRenderer renderer(zoned, TemplatePack::builtIn());
        QCOMPARE(renderer.renderParts(article, {}, Device::Desktop).slots.value(u"times"_s), times);
    }

    void wordPressBody()
    {
        const Fixture story = fixture(u"korean-photos"_s);
        ArticleRenderer renderer(publication(), TemplatePack::builtIn());
        setPreviewResolvers(renderer);
        const WordPressBodyMarkup markup([](const Photo &photo) -> std::optional<WordPressBodyMarkup::Media> {
            if (photo.id == u"ph-otter-2")
                return WordPressBodyMarkup::Media {
                    u"https://www.kwnews.example/wp-content/uploads/2026/11/camera-trap.jpg"_s, 102};
            return std::nullopt;
        });
        QStringList problems;
        Article article = story.article;
        article.body +=
            u"<figure data-photo=\"ph-otter-1\"></figure>\n<figure data-embed=\"https://youtu.be/abc\"></figure>\n"_s;
        const QString body = renderer.renderCmsBody(article, story.photos, markup, &problems);
        QVERIFY(body.startsWith(
            u"<p><span class=\"byline-opening\">[강원일보] 김민지·박서준 기자 =</span> 강원 춘천 도심을"_s));
        QVERIFY(body.contains(
            u"\n<figure class=\"wp-block-image\"><img "
            u"src=\"https://www.kwnews.example/wp-content/uploads/2026/11/camera-trap.jpg\" "
            "alt=\"밤에 하천가를 걷는 수달 두 마리\" class=\"wp-image-102\"/><figcaption "
            "class=\"wp-element-caption\">▲ 공지천 "
            "하류 무인카메라에 찍힌 <a href=\"https://www.chuncheon.example/otter\">수달</a> 두 마리</figcaption></figure>\n"_s));
        QVERIFY(body.contains(
            u"<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\nhttps://youtu.be/abc\n</div></figure>\n"_s));
        QVERIFY(body.contains(u"<blockquote>\n<p>\"수달은 먹이가 충분하고 사람 간섭이 적은 곳에만 산다.\"</p>\n"_s));
        QVERIFY(body.endsWith(
            u"<p class=\"reporter-email\"><a href=\"mailto:minji@kwnews.example\">minji@kwnews.example</a> · "
            "<a href=\"mailto:seojun@kwnews.example\">seojun@kwnews.example</a></p>\n"_s));
        QVERIFY(!body.contains(u"data-byline"_s));
        QVERIFY(!body.contains(u"byline-image:"_s));
        QVERIFY(!body.contains(u"ph-otter-1"_s));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"otters-lead.jpg"_s), qPrintable(problems.first()));

        // The same text blocks as the page, without the markers.
        const RenderedParts parts = renderer.renderParts(story.article, story.photos, Device::Desktop);
        QString unmarked = parts.bodyBlocks.first();
        unmarked.remove(u" data-byline-block=\"0\""_s);
        QVERIFY(body.startsWith(unmarked));
    }

    void examplePackRenders_data() { pageMatchesGolden_data(); }

    void examplePackRenders()
    {
        QFETCH(QString, name);
        QFETCH(Device, device);
        QString error;
        const std::optional<TemplatePack> pack =
            TemplatePack::load(qEnvironmentVariable("BYLINE_SOURCE_DIR") + u"/docs/examples/template-pack"_s, &error);
        QVERIFY2(pack, qPrintable(error));
        const Fixture story = fixture(name);
        ArticleRenderer renderer(publication(), *pack);
        setPreviewResolvers(renderer);
        const RenderedParts parts = renderer.renderParts(story.article, story.photos, device);
        QCOMPARE(patched(parts), parts.page);
        QCOMPARE(parts.bodyBlocks.join(QString()), parts.slots.value(u"body"_s));
        InertCheck check;
        check.check(parts.page);
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(u'\n')));
        QCOMPARE(check.cspMetas, 1);
    }
};

QTEST_GUILESS_MAIN(tst_ArticleRenderer)
#include "tst_articlerenderer.moc"
