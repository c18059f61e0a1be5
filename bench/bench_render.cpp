// The live preview renders the article page again after each keystroke, for
// the desktop and the phone: keystroke to both previews updated must stay
// under 50 ms at 5,000 words and 150 ms at 50,000 words, of which the
// renderer gets a part. Figures are medians over typing in one paragraph
// (the block cache keeps the others); the cold figures are the first render
// of a story, when nothing is cached.
#include "benchutil.h"

#include "article/articlehtml.h"
#include "render/articlerenderer.h"

#include <QCoreApplication>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

constexpr int Runs = 31;

Article story(int words)
{
    Article article = Article::create();
    article.id = 1;
    article.headline = u"강원 산불 피해 복구, 올해 안에 마무리"_s;
    article.deck = u"주택 1,200채 재건축 지원"_s;
    article.byline.outlet = u"강원일보"_s;
    article.byline.reporters = {{u"김민지"_s, u"minji@kwnews.example"_s}};
    article.section = u"사회"_s;
    // The editor hands the renderer canonical profile HTML.
    article.body = ArticleHtml::sanitize(Bench::longArticle(words));
    return article;
}

ArticleRenderer::ImageUrlResolver previewImages()
{
    return
        [](const Photo &photo, int width) { return u"byline-image:"_s + photo.id + u"?w="_s + QString::number(width); };
}

// Types one character into the paragraph in the middle of the story.
struct Typist
{
    Article &article;
    qsizetype at = -1;

    void type()
    {
        if (at < 0)
            at = article.body.indexOf(u"</p>"_s, article.body.size() / 2);
        article.body.insert(at, u'가');
        ++at;
    }
};

double keystrokeMs(Article &article, const std::function<void()> &render)
{
    Typist typist {article};
    render(); // warm the cache
    return Bench::medianMs(Runs, [&] {
        typist.type();
        render();
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Publication publication;
    const TemplatePack pack = TemplatePack::builtIn();

    {
        Article article = story(50000);
        const double cold = Bench::medianMs(5, [&] {
            ArticleRenderer renderer(publication, pack);
            renderer.renderParts(article, {}, Device::Desktop);
        });
        Bench::report(u"render.body_50k_words_cold"_s, cold, u"ms"_s, u"report"_s);

        ArticleRenderer renderer(publication, pack);
        renderer.setImageUrlResolver(previewImages(), {u"byline-image:"_s});
        const double keystroke = keystrokeMs(article, [&] { renderer.renderParts(article, {}, Device::Desktop); });
        Bench::report(u"render.body_50k_words"_s, keystroke, u"ms"_s, u"<=60"_s);
        const double both = keystrokeMs(article, [&] {
            renderer.renderParts(article, {}, Device::Desktop);
            renderer.renderParts(article, {}, Device::Mobile);
        });
        Bench::report(u"render.both_devices_50k_words"_s, both, u"ms"_s, u"report"_s);
    }
    {
        Article article = story(5000);
        ArticleRenderer renderer(publication, pack);
        renderer.setImageUrlResolver(previewImages(), {u"byline-image:"_s});
        const double page = keystrokeMs(article, [&] { renderer.render(article, {}, Device::Desktop); });
        Bench::report(u"render.page_5k_words"_s, page, u"ms"_s, u"<=20"_s);
        const double cold = Bench::medianMs(11, [&] {
            ArticleRenderer fresh(publication, pack);
            fresh.render(article, {}, Device::Desktop);
        });
        Bench::report(u"render.page_5k_words_cold"_s, cold, u"ms"_s, u"report"_s);
    }
    return 0;
}
