#include "articlerenderer_p.h"

#include "article/bylinetext.h"
#include "common/htmlescape.h"

#include <QUrl>

using namespace Qt::StringLiterals;

// The body: the article's blocks, cached by their source, with figures, the
// byline opening and the reporters' emails, for the page and for a CMS.
namespace Byline {

using namespace ArticleHtml::Detail;
using namespace RendererDetail;

namespace {

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

// Starts with a byline opening already: the one the renderer would write, or
// any written like one ("(춘천=연합뉴스) 김민지 기자 =").
bool startsWithOpening(const QString &text, const QString &opening)
{
    return (!opening.isEmpty() && text.trimmed().startsWith(opening)) || BylineText::startsLikeOpening(text);
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

} // namespace

namespace RendererDetail {

bool isFigure(const Block &block)
{
    return block.kind == BlockKind::Photo || block.kind == BlockKind::Embed;
}

// Text blocks (no figures) as top-level elements; `opening` starts the
// first paragraph.
QList<Element> textElements(const QList<Block> &blocks, const QString &opening)
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
                elements.append({u"<p><span class=\"byline-opening\">"_s + HtmlEscape::text(opening) + u"</span> "_s
                        + inner + u"</p>\n"_s,
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

} // namespace RendererDetail

QString ArticleRenderer::captionHtml(const Photo *photo, const QString &bodyCaptionHtml) const
{
    // The caption written in the body for this placement wins over the
    // photo's own caption.
    const QString caption = !bodyCaptionHtml.isEmpty() ? bodyCaptionHtml
        : photo                                        ? HtmlEscape::text(photo->caption.trimmed())
                                                       : QString();
    const QString credit = photo ? HtmlEscape::text(photo->credit.trimmed()) : QString();
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
            html += HtmlEscape::text(piece.text);
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
            + HtmlEscape::text(message) + u"</div>"_s + figcaption + u"</figure>\n"_s;
    };
    if (!photo)
        return placeholder(tr("Photo %1 is not among the article's photos.").arg(photoId));
    const QString url = m_imageUrl ? m_imageUrl(*photo, imageWidth(device)) : QString();
    if (url.isEmpty())
        return placeholder(
            tr("The photo %1 cannot be shown.").arg(photo->fileName.isEmpty() ? photoId : photo->fileName));
    QString html = u"<figure class=\""_s + classes + u"\"><img src=\""_s + HtmlEscape::attribute(url) + u"\" alt=\""_s
        + HtmlEscape::attribute(photo->altText.trimmed()) + u'"';
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
    auto addOpening = [&] { add({u"<p class=\"byline-opening\">"_s + HtmlEscape::text(opening) + u"</p>\n"_s, 2}); };
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
                            + HtmlEscape::attribute(block.embedUrl) + u"\"><span class=\"embed-kind\">"_s
                            + HtmlEscape::text(embedKind(block.embedUrl)) + u"</span> <span class=\"embed-url\">"_s
                            + HtmlEscape::text(block.embedUrl) + u"</span></a></figure>\n"_s,
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
            links << (looksLikeEmail(email) ? u"<a href=\"mailto:"_s + HtmlEscape::attribute(email) + u"\">"_s
                        + HtmlEscape::text(email) + u"</a>"_s
                                            : HtmlEscape::text(email));
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

} // namespace Byline
