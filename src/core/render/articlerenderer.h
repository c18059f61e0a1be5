#pragma once

#include "article/article.h"
#include "article/photo.h"
#include "cmsbodymarkup.h"
#include "publication.h"
#include "templatepack.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace Byline {

// A page cut into what the preview patches (docs/templates.md, "Slots").
struct RenderedParts
{
    QString page; // the whole page, as ArticleRenderer::render() gives it
    // The page with every slot empty. While it stays the same, replacing the
    // innerHTML of each [data-byline-slot] element gives the new page;
    // when it changes, load `page` again.
    QString frame;
    QHash<QString, QString> slots; // slot name → the innerHTML of its element
    // The body slot's top-level elements in order, the Nth carrying
    // data-byline-block="N" on its start tag; joined they are slots["body"]
    // (apart from white space the pack puts around {{{article.body}}}).
    QStringList bodyBlocks;
};

// The one renderer of article pages: the preview shows what it makes and the
// CMS receives its body, so the two cannot drift apart.
//
// The body is untrusted even after the sanitizer: it is parsed again into
// the article HTML profile (ArticleHtml's own parser) and written from that
// model only (allowed elements, rebuilt attributes, http/https/mailto
// links), never pasted. Text blocks are cached by their source, so a
// keystroke re-renders one paragraph of a long story.
//
// Not thread-safe: one renderer per thread. One renderer serves both
// devices and shares its cache between them.
class ArticleRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Byline::ArticleRenderer)

public:
    // The picture for a photo at most maxWidth pixels wide (a rendition's
    // URL: "byline-image:…" in the preview, a file or data: URI from the
    // command line). Empty: the figure shows a placeholder.
    using ImageUrlResolver = std::function<QString(const Photo &photo, int maxWidth)>;
    using AssetUrlResolver = std::function<QString(const PackAsset &asset)>;

    // Widths of the layouts' photo column, CSS pixels; images are asked for
    // at twice that (sharp on HiDPI screens), at most the publication's size.
    static constexpr int DesktopColumnWidth = 740;
    static constexpr int MobileColumnWidth = 390;

    ArticleRenderer(const Publication &publication, const TemplatePack &pack);
    ~ArticleRenderer();
    ArticleRenderer(const ArticleRenderer &) = delete;
    ArticleRenderer &operator=(const ArticleRenderer &) = delete;

    const Publication &publication() const { return m_publication; }
    const TemplatePack &pack() const { return m_pack; }

    // imageSources go into the page's Content-Security-Policy img-src:
    // schemes ("byline-image:", "data:") or 'self'. Without a resolver,
    // photos show a placeholder.
    void setImageUrlResolver(ImageUrlResolver resolver, const QStringList &imageSources);
    // By default assets are data: URIs of the pack's files.
    void setAssetUrlResolver(AssetUrlResolver resolver, const QStringList &assetSources);

    // A template that renders past its limits gives a page saying so, and
    // *problem says why (translated), so the command line can fail.
    QString render(const Article &article, const QList<Photo> &photos, Device device, QString *problem = nullptr);
    RenderedParts renderParts(const Article &article, const QList<Photo> &photos, Device device);

    // The body alone for a CMS: the same blocks as the page (with the byline
    // opening and the reporters' emails), no slot markers, photos and embeds
    // as `markup` writes them. Photos left out are named in *problems.
    QString renderCmsBody(const Article &article, const QList<Photo> &photos, const CmsBodyMarkup &markup,
        QStringList *problems = nullptr);

    // The Content-Security-Policy the page carries in its <meta>.
    QString contentSecurityPolicy() const;
    // The maxWidth photos are asked for on a device.
    int imageWidth(Device device) const;

    // How many body blocks the cache holds (for tests and benchmarks).
    qsizetype cachedBlockCount() const;

private:
    struct Body;
    class BlockCache;

    Body renderBody(const Article &article, const QList<Photo> &photos, Device device, const CmsBodyMarkup *cms,
        QStringList *problems);
    QVariantHash context(const Article &article, const QList<Photo> &photos, Device device, const Body &body);
    QString photoFigure(const Photo *photo, const QString &photoId, const QString &bodyCaptionHtml, Device device,
        const QString &extraClass) const;
    QString captionHtml(const Photo *photo, const QString &bodyCaptionHtml) const;
    QString formatTime(const QDateTime &time) const;
    QString assetUrl(const PackAsset &asset);

    Publication m_publication;
    TemplatePack m_pack;
    QTimeZone m_timeZone;
    ImageUrlResolver m_imageUrl;
    QStringList m_imageSources;
    AssetUrlResolver m_assetUrl;
    QStringList m_assetSources;
    QHash<QString, QString> m_assetUrls; // resolved once per asset
    std::unique_ptr<BlockCache> m_cache;
};

} // namespace Byline
