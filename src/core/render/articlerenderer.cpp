#include "articlerenderer_p.h"

#include "common/htmlescape.h"
#include "common/logging.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

// The page: the renderer's setup, the values a pack's templates get, and the
// page's Content-Security-Policy. The body is made in articlerenderer_body.cpp.
namespace Byline {

using namespace RendererDetail;

namespace RendererDetail {

bool looksLikeEmail(const QString &email)
{
    static const QRegularExpression pattern(u"^[^\\s@<>\"'&]+@[^\\s@<>\"'&]+\\.[^\\s@<>\"'&]+$"_s);
    return pattern.match(email).hasMatch();
}

// The size of the published rendition: crop and rotation applied, longest
// side at most maxLongSide (Rendition::make's arithmetic).
QSize renditionSize(const Photo &photo, int maxLongSide)
{
    QSize size = photo.pixelSize;
    if (size.isEmpty())
        return {};
    if (photo.crop.rotation % 180 != 0)
        size.transpose();
    if (!photo.crop.rect.isNull()) {
        size = QSize(qRound(photo.crop.rect.width() * size.width()), qRound(photo.crop.rect.height() * size.height()));
        if (size.isEmpty())
            return {};
    }
    if (std::max(size.width(), size.height()) > maxLongSide)
        size = size.scaled(maxLongSide, maxLongSide, Qt::KeepAspectRatio);
    return size;
}

} // namespace RendererDetail

namespace {

bool isCspSource(const QString &source)
{
    static const QRegularExpression pattern(
        u"^([a-z][a-z0-9+.-]*:|'self'|https?://[A-Za-z0-9.*-]+(:[0-9]+)?(/[^\\s;,']*)?)$"_s);
    return pattern.match(source).hasMatch();
}

} // namespace

ArticleRenderer::ArticleRenderer(const Publication &publication, const TemplatePack &pack)
    : m_publication(publication)
    , m_pack(pack)
    , m_timeZone(publication.timeZone.toLatin1())
    , m_cache(std::make_unique<BlockCache>())
{
    if (!m_timeZone.isValid()) {
        qCWarning(lcRender) << "unknown time zone" << publication.timeZone << "- using Asia/Seoul";
        m_timeZone = QTimeZone("Asia/Seoul");
    }
    m_assetSources = {u"data:"_s};
}

ArticleRenderer::~ArticleRenderer() = default;

void ArticleRenderer::setImageUrlResolver(ImageUrlResolver resolver, const QStringList &imageSources)
{
    m_imageUrl = std::move(resolver);
    m_imageSources = imageSources;
}

void ArticleRenderer::setAssetUrlResolver(AssetUrlResolver resolver, const QStringList &assetSources)
{
    m_assetUrl = std::move(resolver);
    m_assetSources = assetSources;
    m_assetUrls.clear();
}

qsizetype ArticleRenderer::cachedBlockCount() const
{
    return m_cache->size();
}

int ArticleRenderer::imageWidth(Device device) const
{
    const int column = device == Device::Mobile ? MobileColumnWidth : DesktopColumnWidth;
    return std::min(column * 2, m_publication.renditionMaxSize);
}

QString ArticleRenderer::contentSecurityPolicy() const
{
    QStringList images;
    for (const QString &source : m_imageSources + m_assetSources) {
        if (!isCspSource(source)) {
            qCWarning(lcRender) << "not a CSP source, left out:" << source;
            continue;
        }
        if (!images.contains(source))
            images << source;
    }
    // No scripts, frames, fonts, connections, forms or base URL at all;
    // styles only inline (the pack's CSS is in a <style> element).
    return u"default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src "_s
        + (images.isEmpty() ? u"'none'"_s : images.join(u' '))
        + u"; font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; "
          "child-src 'none'; worker-src 'none'; manifest-src 'none'; base-uri 'none'; form-action 'none'"_s;
}

QString ArticleRenderer::formatTime(const QDateTime &time) const
{
    return time.isValid() ? time.toTimeZone(m_timeZone).toString(m_publication.dateTimeFormat) : QString();
}

QString ArticleRenderer::assetUrl(const PackAsset &asset)
{
    const auto cached = m_assetUrls.constFind(asset.name);
    if (cached != m_assetUrls.constEnd())
        return *cached;
    QString url;
    if (m_assetUrl) {
        url = m_assetUrl(asset);
    } else {
        QFile file(asset.path);
        if (file.open(QIODevice::ReadOnly))
            url = u"data:"_s + asset.mimeType + u";base64,"_s + QString::fromLatin1(file.readAll().toBase64());
        else
            qCWarning(lcRender) << "asset unreadable:" << asset.path << file.errorString();
    }
    m_assetUrls.insert(asset.name, url);
    return url;
}

QVariantHash ArticleRenderer::context(
    const Article &article, const QList<Photo> &photos, Device device, const Body &body)
{
    const QString name = m_publication.displayName(article);
    const QString desktopUrl = m_publication.desktopUrl(article);
    const QString mobileUrl = m_publication.mobileUrl(article);
    const QString url = device == Device::Mobile ? mobileUrl : desktopUrl;

    // Times in the publication's zone: 입력 (created) and 수정 (last edited).
    const QString created = formatTime(article.created);
    const QString modified = formatTime(article.modified);
    QDate date = article.modified.isValid() ? article.modified.toTimeZone(m_timeZone).date()
        : article.created.isValid()         ? article.created.toTimeZone(m_timeZone).date()
                                            : QDate::currentDate();

    QVariantList sections;
    for (const QString &section : m_publication.sections)
        sections.append(QVariantHash {{u"name"_s, section}, {u"current"_s, section == article.section}});
    QVariantHash publication {
        {u"name"_s, name},
        {u"siteUrl"_s, m_publication.siteUrl},
        {u"copyright"_s,
            m_publication.copyright.isEmpty()
                ? u"Copyright © %1 %2. All rights reserved."_s.arg(QString::number(date.year()), name)
                : m_publication.copyright},
        {u"sections"_s, sections},
    };

    QVariantList reporters;
    for (const Reporter &reporter : article.byline.reporters) {
        reporters.append(QVariantHash {
            {u"name"_s, reporter.name},
            {u"email"_s, reporter.email.trimmed()},
            {u"mailto"_s,
                looksLikeEmail(reporter.email.trimmed()) ? u"mailto:"_s + reporter.email.trimmed() : QString()},
        });
    }
    const QVariantHash byline {
        {u"outlet"_s, article.byline.outlet},
        {u"names"_s, article.byline.reporterNames()},
        {u"title"_s, m_publication.reporterTitle.trimmed()},
        {u"opening"_s, m_publication.bodyOpening(article.byline)},
        {u"reporters"_s, reporters},
    };

    // The lead photo opens the article, unless the body places it itself.
    const Photo *lead = nullptr;
    for (const Photo &photo : photos) {
        if (!article.leadPhotoId.isEmpty() && photo.id == article.leadPhotoId)
            lead = &photo;
    }
    for (qsizetype i = 0; i < photos.size() && !lead; ++i) {
        if (photos.at(i).lead)
            lead = &photos.at(i);
    }
    QVariant leadValue = false;
    if (lead && !body.photoIds.contains(lead->id)) {
        const QSize size = renditionSize(*lead, m_publication.renditionMaxSize);
        leadValue = QVariantHash {
            {u"id"_s, lead->id},
            {u"figure"_s, QVariant::fromValue(TrustedHtml {photoFigure(lead, lead->id, {}, device, u"lead"_s)})},
            {u"src"_s, m_imageUrl ? m_imageUrl(*lead, imageWidth(device)) : QString()},
            {u"alt"_s, lead->altText.trimmed()},
            {u"width"_s, size.isValid() ? QString::number(size.width()) : QString()},
            {u"height"_s, size.isValid() ? QString::number(size.height()) : QString()},
            {u"caption"_s, m_publication.captionText(lead->caption, lead->credit)},
            {u"credit"_s, lead->credit.trimmed()},
        };
    }

    QVariantHash assets;
    for (const PackAsset &asset : m_pack.assets())
        assets.insert(asset.name, assetUrl(asset));

    const QString head = u"<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\""_s
        + HtmlEscape::attribute(contentSecurityPolicy()) + u"\">\n<meta name=\"viewport\" content=\""_s
        + (device == Device::Mobile ? u"width=device-width, initial-scale=1"_s : u"width=1280"_s)
        + u"\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<style>\n"_s + m_pack.css(device) + u"\n</style>"_s;

    return QVariantHash {
        {u"publication"_s, publication},
        {u"device"_s,
            QVariantHash {
                {u"name"_s, deviceKey(device)},
                {u"desktop"_s, device == Device::Desktop},
                {u"mobile"_s, device == Device::Mobile},
            }},
        {u"page"_s,
            QVariantHash {
                {u"head"_s, QVariant::fromValue(TrustedHtml {head})},
                {u"lang"_s, u"ko"_s},
                {u"year"_s, QString::number(date.year())},
            }},
        {u"article"_s,
            QVariantHash {
                {u"id"_s, QString::number(article.id)},
                {u"uuid"_s, article.uuid.toString(QUuid::WithoutBraces)},
                {u"headline"_s, article.headline},
                {u"deck"_s, article.deck},
                {u"section"_s, article.section},
                {u"summary"_s, article.summary},
                {u"dateline"_s, article.dateline},
                {u"slug"_s, article.slug},
                {u"tags"_s, article.tags},
                {u"url"_s, url},
                {u"created"_s, created},
                {u"createdIso"_s,
                    article.created.isValid() ? article.created.toTimeZone(m_timeZone).toString(Qt::ISODate)
                                              : QString()},
                {u"modified"_s, modified},
                {u"modifiedIso"_s,
                    article.modified.isValid() ? article.modified.toTimeZone(m_timeZone).toString(Qt::ISODate)
                                               : QString()},
                {u"edited"_s, !modified.isEmpty() && modified != created},
                {u"body"_s, QVariant::fromValue(TrustedHtml {body.html})},
            }},
        {u"byline"_s, byline},
        {u"lead"_s, leadValue},
        {u"share"_s,
            QVariantHash {
                {u"facebook"_s, Publication::shareUrl(m_publication.shareFacebook, url, article.headline)},
                {u"x"_s, Publication::shareUrl(m_publication.shareX, url, article.headline)},
                {u"kakaotalk"_s,
                    m_publication.shareKakaoTalk.isEmpty()
                        ? url
                        : Publication::shareUrl(m_publication.shareKakaoTalk, url, article.headline)},
                {u"link"_s, url},
            }},
        {u"links"_s,
            QVariantHash {
                {u"home"_s, m_publication.siteUrl},
                {u"desktop"_s, desktopUrl},
                {u"mobile"_s, mobileUrl},
                {u"other"_s, device == Device::Mobile ? desktopUrl : mobileUrl},
            }},
        {u"assets"_s, assets},
    };
}

QString ArticleRenderer::render(const Article &article, const QList<Photo> &photos, Device device, QString *problem)
{
    const Body body = renderBody(article, photos, device, nullptr, nullptr);
    PageTemplate::Error error;
    const QString page = m_pack.page(device).render(context(article, photos, device, body), &error);
    if (problem)
        *problem = error.message;
    return page;
}

RenderedParts ArticleRenderer::renderParts(const Article &article, const QList<Photo> &photos, Device device)
{
    const Body body = renderBody(article, photos, device, nullptr, nullptr);
    const QVariantHash values = context(article, photos, device, body);
    const PageTemplate &page = m_pack.page(device);
    RenderedParts parts;
    parts.page = page.render(values);
    parts.frame = page.renderFrame(values);
    const QStringList names = page.slotNames();
    for (const QString &name : names)
        parts.slots.insert(name, page.renderSlot(name, values));
    parts.bodyBlocks = body.blocks;
    return parts;
}

QString ArticleRenderer::renderCmsBody(
    const Article &article, const QList<Photo> &photos, const CmsBodyMarkup &markup, QStringList *problems)
{
    return renderBody(article, photos, Device::Desktop, &markup, problems).html;
}

} // namespace Byline
