#include "articlerenderer.h"

#include "article/articlehtml_p.h"
#include "common/logging.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Byline {

using namespace ArticleHtml::Detail;

namespace {

// One top-level element of the body; the slot marker goes in at markerAt
// (right after the tag name), so cached HTML serves any position.
struct Element
{
    QString html;
    qsizetype markerAt = 0;
};

QString withMarker(const Element &element, int number)
{
    const QString marker = u" data-byline-block=\""_s + QString::number(number) + u'"';
    QString out;
    out.reserve(element.html.size() + marker.size());
    out += QStringView(element.html).left(element.markerAt);
    out += marker;
    out += QStringView(element.html).mid(element.markerAt);
    return out;
}

bool isFigure(const Block &block)
{
    return block.kind == BlockKind::Photo || block.kind == BlockKind::Embed;
}

QString plainText(const QList<Run> &runs)
{
    QString text;
    for (const Run &run : runs)
        text += run.lineBreak ? u"\n"_s : run.text;
    return text;
}

// The body in the canonical serialization, cut into its top-level units:
// one line per block, lists and quotes from their opening to their closing
// line. Each unit keeps its trailing newline.
QList<QStringView> splitUnits(QStringView body)
{
    QList<QStringView> units;
    qsizetype at = 0;
    qsizetype unitStart = -1;
    QStringView closing;
    while (at < body.size()) {
        qsizetype end = body.indexOf(u'\n', at);
        end = end < 0 ? body.size() : end + 1;
        const QStringView line = body.mid(at, end - at);
        const QStringView bare = line.endsWith(u'\n') ? line.chopped(1) : line;
        if (unitStart >= 0) {
            if (bare == closing) {
                units.append(body.mid(unitStart, end - unitStart));
                unitStart = -1;
            }
        } else if (bare == u"<ul>" || bare == u"<ol>" || bare == u"<blockquote>") {
            unitStart = at;
            closing = bare == u"<ul>" ? u"</ul>" : bare == u"<ol>" ? u"</ol>" : u"</blockquote>";
        } else {
            units.append(line);
        }
        at = end;
    }
    if (unitStart >= 0)
        units.append(body.mid(unitStart)); // not canonical; found out by the caller
    return units;
}

// Text blocks (no figures) as top-level elements; `opening` starts the
// first paragraph.
QList<Element> textElements(const QList<Block> &blocks, const QString &opening = {})
{
    QList<Element> elements;
    Container current;
    auto closeContainer = [&]() {
        switch (current.type) {
        case Container::None:
            return;
        case Container::Quote:
            elements.last().html += u"</blockquote>\n";
            break;
        case Container::UnorderedList:
            elements.last().html += u"</ul>\n";
            break;
        case Container::OrderedList:
            elements.last().html += u"</ol>\n";
            break;
        }
        current = {};
    };
    bool openingDone = opening.isEmpty();
    for (const Block &block : blocks) {
        if (block.isEmpty() || isFigure(block))
            continue;
        const Container container = containerOf(block);
        if (container != current) {
            closeContainer();
            current = container;
            switch (container.type) {
            case Container::None:
                break;
            case Container::Quote:
                elements.append({u"<blockquote>\n"_s, 11});
                break;
            case Container::UnorderedList:
                elements.append({u"<ul>\n"_s, 3});
                break;
            case Container::OrderedList:
                elements.append({u"<ol>\n"_s, 3});
                break;
            }
        }
        const QString inner = inlineHtml(block.runs);
        switch (block.kind) {
        case BlockKind::Paragraph:
            if (block.quote) {
                elements.last().html += u"<p>"_s + inner + u"</p>\n"_s;
            } else if (!openingDone) {
                openingDone = true;
                elements.append({u"<p><span class=\"byline-opening\">"_s + escapeText(opening) + u"</span> "_s + inner
                        + u"</p>\n"_s,
                    2});
            } else {
                elements.append({u"<p>"_s + inner + u"</p>\n"_s, 2});
            }
            break;
        case BlockKind::Heading2:
            elements.append({u"<h2>"_s + inner + u"</h2>\n"_s, 3});
            break;
        case BlockKind::Heading3:
            elements.append({u"<h3>"_s + inner + u"</h3>\n"_s, 3});
            break;
        case BlockKind::ListItem:
            elements.last().html += u"<li>"_s + inner + u"</li>\n"_s;
            break;
        case BlockKind::Photo:
        case BlockKind::Embed:
            break;
        }
    }
    closeContainer();
    return elements;
}

// Starts like a Korean byline opening already: "[강원일보] 김민지 기자 =",
// "(춘천=연합뉴스) 김민지 기자 =".
bool startsWithOpening(const QString &text, const QString &opening)
{
    static const QRegularExpression written(u"^\\s*(\\[[^\\]\\n]{1,40}\\]|\\([^)\\n]{1,40}\\))[^=\\n]{0,60}="_s);
    return (!opening.isEmpty() && text.trimmed().startsWith(opening)) || written.match(text).hasMatch();
}

bool looksLikeEmail(const QString &email)
{
    static const QRegularExpression pattern(u"^[^\\s@<>\"'&]+@[^\\s@<>\"'&]+\\.[^\\s@<>\"'&]+$"_s);
    return pattern.match(email).hasMatch();
}

// What kind of page an embed shows, for its placeholder.
QString embedKind(const QString &url)
{
    const QString host = QUrl(url).host().toLower();
    auto on = [&host](const char *domain) {
        const QString name = QString::fromLatin1(domain);
        return host == name || host.endsWith(u'.' + name);
    };
    if (on("youtube.com") || on("youtu.be") || on("youtube-nocookie.com"))
        return ArticleRenderer::tr("YouTube video");
    if (on("tv.naver.com") || on("naver.me"))
        return ArticleRenderer::tr("Naver TV video");
    if (on("tv.kakao.com"))
        return ArticleRenderer::tr("Kakao TV video");
    if (on("map.naver.com") || on("map.kakao.com") || on("maps.google.com"))
        return ArticleRenderer::tr("Map");
    if (on("x.com") || on("twitter.com"))
        return ArticleRenderer::tr("Post on X");
    if (on("instagram.com"))
        return ArticleRenderer::tr("Instagram post");
    if (on("facebook.com"))
        return ArticleRenderer::tr("Facebook post");
    return ArticleRenderer::tr("Embedded content");
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

bool isCspSource(const QString &source)
{
    static const QRegularExpression pattern(
        u"^([a-z][a-z0-9+.-]*:|'self'|https?://[A-Za-z0-9.*-]+(:[0-9]+)?(/[^\\s;,']*)?)$"_s);
    return pattern.match(source).hasMatch();
}

} // namespace

// Rendered text blocks by their source: a keystroke changes one unit, and
// every other unit comes from here.
class ArticleRenderer::BlockCache
{
public:
    struct Entry
    {
        QList<Block> blocks;
        QList<Element> elements; // text units only
        bool hasFigure = false;
        bool canonical = true; // the unit is the canonical form of its blocks
    };

    Entry entry(const QString &unit)
    {
        auto it = m_entries.find(unit);
        if (it == m_entries.end()) {
            Entry entry;
            entry.blocks = parse(unit);
            entry.canonical = serialize(entry.blocks) == unit;
            entry.hasFigure = std::any_of(entry.blocks.cbegin(), entry.blocks.cend(), isFigure);
            if (!entry.hasFigure)
                entry.elements = textElements(entry.blocks);
            it = m_entries.insert(unit, {entry, m_generation});
        } else {
            it->used = m_generation;
        }
        return it->entry;
    }

    // A body that is not in the canonical form (an imported file, an old
    // library) is put in it once, then cut into units like any other.
    QString canonical(const QString &body)
    {
        if (body != m_rawBody) {
            m_rawBody = body;
            m_canonicalBody = serialize(parse(body));
        }
        return m_canonicalBody;
    }

    void beginRender() { ++m_generation; }

    // Keeps what the last render used, and anything while the cache is small.
    void endRender(qsizetype used)
    {
        if (m_entries.size() <= used * 2 + 256)
            return;
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (it->used != m_generation)
                it = m_entries.erase(it);
            else
                ++it;
        }
    }

    qsizetype size() const { return m_entries.size(); }

private:
    struct Stored
    {
        Entry entry;
        quint64 used = 0;
    };
    QHash<QString, Stored> m_entries;
    quint64 m_generation = 0;
    QString m_rawBody;
    QString m_canonicalBody;
};

struct ArticleRenderer::Body
{
    QStringList blocks;
    QString html;
    QSet<QString> photoIds; // photos placed in the body
};

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

QString ArticleRenderer::captionHtml(const Photo *photo, const QString &bodyCaptionHtml) const
{
    // The caption written in the body for this placement wins over the
    // photo's own caption.
    const QString caption = !bodyCaptionHtml.isEmpty() ? bodyCaptionHtml
        : photo                                        ? escapeText(photo->caption.trimmed())
                                                       : QString();
    const QString credit = photo ? escapeText(photo->credit.trimmed()) : QString();
    const QList<CaptionPiece> pieces = m_publication.captionPieces(!caption.isEmpty(), !credit.isEmpty());
    QString html;
    bool inCredit = false;
    for (const CaptionPiece &piece : pieces) {
        if (piece.creditPart != inCredit) {
            html += piece.creditPart ? u"<span class=\"credit\">"_s : u"</span>"_s;
            inCredit = piece.creditPart;
        }
        switch (piece.kind) {
        case CaptionPiece::Text:
            html += escapeText(piece.text);
            break;
        case CaptionPiece::Caption:
            html += caption;
            break;
        case CaptionPiece::Credit:
            html += credit;
            break;
        }
    }
    if (inCredit)
        html += u"</span>"_s;
    return html;
}

QString ArticleRenderer::photoFigure(const Photo *photo, const QString &photoId, const QString &bodyCaptionHtml,
    Device device, const QString &extraClass) const
{
    const QString classes = extraClass.isEmpty() ? u"photo"_s : u"photo "_s + extraClass;
    const QString caption = captionHtml(photo, bodyCaptionHtml);
    const QString figcaption = caption.isEmpty() ? QString() : u"<figcaption>"_s + caption + u"</figcaption>"_s;
    auto placeholder = [&](const QString &message) {
        return u"<figure class=\""_s + classes + u" photo-missing\"><div class=\"photo-placeholder\">"_s
            + escapeText(message) + u"</div>"_s + figcaption + u"</figure>\n"_s;
    };
    if (!photo)
        return placeholder(tr("Photo %1 is not among the article's photos.").arg(photoId));
    const QString url = m_imageUrl ? m_imageUrl(*photo, imageWidth(device)) : QString();
    if (url.isEmpty())
        return placeholder(
            tr("The photo %1 cannot be shown.").arg(photo->fileName.isEmpty() ? photoId : photo->fileName));
    QString html = u"<figure class=\""_s + classes + u"\"><img src=\""_s + escapeAttribute(url) + u"\" alt=\""_s
        + escapeAttribute(photo->altText.trimmed()) + u'"';
    const QSize size = renditionSize(*photo, m_publication.renditionMaxSize);
    if (size.isValid())
        html +=
            u" width=\""_s + QString::number(size.width()) + u"\" height=\""_s + QString::number(size.height()) + u'"';
    return html + u'>' + figcaption + u"</figure>\n"_s;
}

ArticleRenderer::Body ArticleRenderer::renderBody(
    const Article &article, const QList<Photo> &photos, Device device, const CmsBodyMarkup *cms, QStringList *problems)
{
    m_cache->beginRender();
    QHash<QString, const Photo *> photosById;
    for (const Photo &photo : photos)
        photosById.insert(photo.id, &photo);

    // The units and their parsed blocks, from the cache.
    QString source = article.body;
    QList<BlockCache::Entry> entries;
    for (int attempt = 0; attempt < 2; ++attempt) {
        entries.clear();
        bool canonical = true;
        const QList<QStringView> units = splitUnits(source);
        entries.reserve(units.size());
        for (QStringView unit : units) {
            entries.append(m_cache->entry(unit.toString()));
            const BlockCache::Entry &entry = entries.last();
            // Quotes next to each other are one quote in the canonical form.
            const bool quoteAfterQuote = entries.size() > 1 && !entry.blocks.isEmpty() && entry.blocks.first().quote
                && !entries.at(entries.size() - 2).blocks.isEmpty()
                && entries.at(entries.size() - 2).blocks.last().quote;
            if ((!entry.canonical || quoteAfterQuote) && attempt == 0) {
                canonical = false;
                break;
            }
        }
        if (canonical)
            break;
        source = m_cache->canonical(article.body);
    }

    // Where the byline opening goes: into the first paragraph, unless it
    // already starts with one; before the first text block otherwise.
    const QString opening = m_publication.bodyOpening(article.byline);
    qsizetype openingUnit = -1;
    bool openingAlone = false;
    if (!opening.isEmpty()) {
        openingUnit = entries.size();
        openingAlone = true;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QList<Block> &blocks = entries.at(i).blocks;
            if (blocks.isEmpty() || isFigure(blocks.first()))
                continue;
            const Block &first = blocks.first();
            openingUnit = i;
            openingAlone = first.kind != BlockKind::Paragraph || first.quote;
            if (!openingAlone && startsWithOpening(plainText(first.runs), opening))
                openingUnit = -1;
            break;
        }
    }

    // The reporters' emails end the story, unless its last paragraph has them.
    QStringList emails;
    for (const Reporter &reporter : article.byline.reporters) {
        const QString email = reporter.email.trimmed();
        if (!email.isEmpty() && !emails.contains(email))
            emails << email;
    }
    for (qsizetype i = entries.size() - 1; i >= 0 && !emails.isEmpty(); --i) {
        const QList<Block> &blocks = entries.at(i).blocks;
        if (blocks.isEmpty() || isFigure(blocks.last()))
            continue;
        const QString last = plainText(blocks.last().runs);
        if (std::all_of(emails.cbegin(), emails.cend(), [&last](const QString &email) { return last.contains(email); }))
            emails.clear();
        break;
    }

    Body body;
    auto add = [&](const Element &element) {
        if (element.html.isEmpty())
            return;
        const QString html = cms ? element.html : withMarker(element, int(body.blocks.size()));
        body.blocks.append(html);
    };
    auto addOpening = [&] { add({u"<p class=\"byline-opening\">"_s + escapeText(opening) + u"</p>\n"_s, 2}); };
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const BlockCache::Entry &entry = entries.at(i);
        if (i == openingUnit && openingAlone)
            addOpening();
        if (!entry.hasFigure) {
            const QList<Element> elements =
                i == openingUnit && !openingAlone ? textElements(entry.blocks, opening) : entry.elements;
            for (const Element &element : elements)
                add(element);
            continue;
        }
        // Figures are made on every render: the photo's caption, credit,
        // crop or picture may have changed without the body changing.
        QList<Block> text;
        auto flushText = [&] {
            const QList<Element> elements = textElements(text);
            for (const Element &element : elements)
                add(element);
            text.clear();
        };
        for (const Block &block : entry.blocks) {
            if (!isFigure(block)) {
                text.append(block);
                continue;
            }
            flushText();
            if (block.kind == BlockKind::Embed) {
                if (cms) {
                    add({cms->embed(block.embedUrl) + u'\n', 0});
                } else {
                    add({u"<figure class=\"embed\"><a class=\"embed-placeholder\" href=\""_s
                            + escapeAttribute(block.embedUrl) + u"\"><span class=\"embed-kind\">"_s
                            + escapeText(embedKind(block.embedUrl)) + u"</span> <span class=\"embed-url\">"_s
                            + escapeText(block.embedUrl) + u"</span></a></figure>\n"_s,
                        7});
                }
                continue;
            }
            body.photoIds.insert(block.photoId);
            const Photo *photo = photosById.value(block.photoId);
            const QString bodyCaption = inlineHtml(block.runs);
            if (!cms) {
                add({photoFigure(photo, block.photoId, bodyCaption, device, QString()), 7});
                continue;
            }
            const QString markup = photo ? cms->photo(*photo, captionHtml(photo, bodyCaption)) : QString();
            if (!markup.isEmpty())
                add({markup + u'\n', 0});
            else if (problems)
                problems->append(photo
                        ? tr("The photo %1 was left out: the CMS has no copy of it.")
                              .arg(photo->fileName.isEmpty() ? photo->id : photo->fileName)
                        : tr("The photo %1 was left out: it is not among the article's photos.").arg(block.photoId));
        }
        flushText();
    }
    if (openingUnit == entries.size() && openingAlone)
        addOpening();
    if (!emails.isEmpty()) {
        QStringList links;
        for (const QString &email : std::as_const(emails)) {
            links << (looksLikeEmail(email)
                    ? u"<a href=\"mailto:"_s + escapeAttribute(email) + u"\">"_s + escapeText(email) + u"</a>"_s
                    : escapeText(email));
        }
        add({u"<p class=\"reporter-email\">"_s + links.join(u" · "_s) + u"</p>\n"_s, 2});
    }
    m_cache->endRender(entries.size());

    qsizetype length = 0;
    for (const QString &block : std::as_const(body.blocks))
        length += block.size();
    body.html.reserve(length);
    for (const QString &block : std::as_const(body.blocks))
        body.html += block;
    return body;
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
        + escapeAttribute(contentSecurityPolicy()) + u"\">\n<meta name=\"viewport\" content=\""_s
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
