#include "articlehtml.h"
#include "articlehtml_p.h"

#include <QRegularExpression>
#include <QSet>

#include <gumbo.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Byline::ArticleHtml {

namespace Detail {

namespace {

bool startsWithScheme(const QString &url, QLatin1StringView scheme)
{
    return url.startsWith(scheme, Qt::CaseInsensitive);
}

bool isCollapsibleSpace(char16_t c)
{
    // NBSP is typed by Word and HWP between ordinary words; keeping it would
    // make the same sentence compare and count differently.
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == 0x00A0;
}

bool isDroppedCharacter(char16_t c)
{
    // Controls, the byte order mark, and the characters QTextDocument uses for
    // objects and frames, which would otherwise turn into structure on load.
    return (c < 0x20) || c == 0x7F || c == 0xFEFF || c == QChar::ObjectReplacementCharacter || c == 0xFDD0
        || c == 0xFDD1;
}

void appendText(QList<Run> &runs, const Run &format, const QString &text)
{
    if (text.isEmpty())
        return;
    Run run = format;
    run.lineBreak = false;
    run.text = text;
    runs.append(run);
}

void appendLineBreak(QList<Run> &runs, const Run &format)
{
    Run run = format;
    run.text.clear();
    run.lineBreak = true;
    runs.append(run);
}

enum class Tag
{
    Link,
    Strong,
    Em,
};

struct OpenTag
{
    Tag tag;
    QString href;
};

bool runHas(const Run &run, Tag tag, const QString &href)
{
    switch (tag) {
    case Tag::Link:
        return !run.href.isEmpty() && run.href == href;
    case Tag::Strong:
        return run.strong;
    case Tag::Em:
        return run.em;
    }
    return false;
}

void closeTag(QString &out, Tag tag)
{
    switch (tag) {
    case Tag::Link:
        out += u"</a>";
        break;
    case Tag::Strong:
        out += u"</strong>";
        break;
    case Tag::Em:
        out += u"</em>";
        break;
    }
}

void openTag(QString &out, const OpenTag &tag)
{
    switch (tag.tag) {
    case Tag::Link:
        out += u"<a href=\"" + escapeAttribute(tag.href) + u"\">";
        break;
    case Tag::Strong:
        out += u"<strong>";
        break;
    case Tag::Em:
        out += u"<em>";
        break;
    }
}

} // namespace

bool Block::isEmpty() const
{
    switch (kind) {
    case BlockKind::Photo:
        return photoId.isEmpty();
    case BlockKind::Embed:
        return embedUrl.isEmpty();
    default:
        return runs.isEmpty();
    }
}

bool isAllowedHref(const QString &href)
{
    return startsWithScheme(href, "http:"_L1) || startsWithScheme(href, "https:"_L1)
        || startsWithScheme(href, "mailto:"_L1);
}

bool isAllowedEmbedUrl(const QString &url)
{
    return startsWithScheme(url, "http:"_L1) || startsWithScheme(url, "https:"_L1);
}

QString escapeText(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString escapeAttribute(QStringView text)
{
    QString out = escapeText(text);
    out.replace(u'"', u"&quot;"_s);
    return out;
}

void normalizeRuns(QList<Run> &runs, BlockKind kind)
{
    if (kind == BlockKind::Embed) {
        runs.clear();
        return;
    }

    // Characters: white space to one kind of space, line and paragraph
    // separators to line breaks, invisible controls out, NFC.
    QList<Run> split;
    split.reserve(runs.size());
    for (Run &run : runs) {
        run.href = run.href.trimmed();
        if (!run.href.isEmpty() && !isAllowedHref(run.href))
            run.href.clear();
        if (kind == BlockKind::Heading2 || kind == BlockKind::Heading3)
            run.strong = false; // a heading is bold already
        if (kind == BlockKind::Photo)
            run.em = false; // so is a caption's italic
        if (run.lineBreak) {
            appendLineBreak(split, run);
            continue;
        }
        const QString text = run.text.normalized(QString::NormalizationForm_C);
        QString piece;
        piece.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar qc = text.at(i);
            const char16_t c = qc.unicode();
            if (qc.isSurrogate()) {
                // Half an emoji (an edit between its two halves) is no text.
                if (qc.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                    piece += qc;
                    piece += text.at(++i);
                }
            } else if (isCollapsibleSpace(c)) {
                piece += u' ';
            } else if (c == 0x2028 || c == 0x2029) {
                appendText(split, run, piece);
                piece.clear();
                appendLineBreak(split, run);
            } else if (!isDroppedCharacter(c)) {
                piece += qc;
            }
        }
        appendText(split, run, piece);
    }

    // Collapse white space across runs, as a browser lays it out.
    bool afterSpace = true;
    for (Run &run : split) {
        if (run.lineBreak) {
            afterSpace = true;
            continue;
        }
        QString collapsed;
        collapsed.reserve(run.text.size());
        for (QChar c : std::as_const(run.text)) {
            if (c == u' ') {
                if (afterSpace)
                    continue;
                afterSpace = true;
            } else {
                afterSpace = false;
            }
            collapsed += c;
        }
        run.text = collapsed;
    }
    // Trailing spaces before a line break or the end of the block are not
    // displayed either.
    bool trimming = true;
    for (qsizetype i = split.size() - 1; i >= 0; --i) {
        Run &run = split[i];
        if (run.lineBreak) {
            trimming = true;
            continue;
        }
        if (trimming) {
            while (run.text.endsWith(u' '))
                run.text.chop(1);
            if (!run.text.isEmpty())
                trimming = false;
        }
    }
    split.removeIf([](const Run &run) { return !run.lineBreak && run.text.isEmpty(); });

    // Line breaks at the edges of a block show nothing useful.
    while (!split.isEmpty() && split.first().lineBreak)
        split.removeFirst();
    while (!split.isEmpty() && split.last().lineBreak)
        split.removeLast();

    // A format on nothing but a space is an empty element.
    for (Run &run : split) {
        if (!run.lineBreak && run.text == u" "_s) {
            run.strong = false;
            run.em = false;
            run.href.clear();
        }
    }
    // A line break takes the formats both of its neighbours share, so
    // <strong>a<br>b</strong> stays one element and a lone <strong><br></strong>
    // disappears.
    for (qsizetype i = 0; i < split.size(); ++i) {
        if (!split.at(i).lineBreak)
            continue;
        qsizetype before = i - 1;
        while (split.at(before).lineBreak)
            --before;
        qsizetype after = i + 1;
        while (split.at(after).lineBreak)
            ++after;
        const Run &a = split.at(before);
        const Run &b = split.at(after);
        Run &br = split[i];
        br.strong = a.strong && b.strong;
        br.em = a.em && b.em;
        br.href = a.href == b.href ? a.href : QString();
    }

    runs.clear();
    for (const Run &run : std::as_const(split)) {
        if (!run.lineBreak && !runs.isEmpty() && !runs.last().lineBreak && runs.last().sameFormat(run))
            runs.last().text += run.text;
        else
            runs.append(run);
    }
}

QString inlineHtml(const QList<Run> &runs)
{
    QString out;
    QList<OpenTag> stack;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const Run &run = runs.at(i);
        qsizetype keep = 0;
        while (keep < stack.size() && runHas(run, stack.at(keep).tag, stack.at(keep).href))
            ++keep;
        while (stack.size() > keep)
            closeTag(out, stack.takeLast().tag);

        // Open the missing tags, the one that lasts longest outermost, so
        // nesting is canonical and minimal.
        QList<std::pair<qsizetype, OpenTag>> missing;
        for (Tag tag : {Tag::Link, Tag::Strong, Tag::Em}) {
            if (!runHas(run, tag, run.href))
                continue;
            const bool open =
                std::any_of(stack.cbegin(), stack.cend(), [tag](const OpenTag &openTag) { return openTag.tag == tag; });
            if (open)
                continue;
            qsizetype span = 0;
            while (i + span < runs.size() && runHas(runs.at(i + span), tag, run.href))
                ++span;
            missing.append({span, OpenTag {tag, tag == Tag::Link ? run.href : QString()}});
        }
        std::stable_sort(
            missing.begin(), missing.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &[span, tag] : std::as_const(missing)) {
            openTag(out, tag);
            stack.append(tag);
        }
        if (run.lineBreak)
            out += u"<br>";
        else
            out += escapeText(run.text);
    }
    while (!stack.isEmpty())
        closeTag(out, stack.takeLast().tag);
    return out;
}

QString blockHtml(const Block &block)
{
    if (block.isEmpty())
        return {};
    switch (block.kind) {
    case BlockKind::Paragraph:
        return u"<p>" + inlineHtml(block.runs) + u"</p>\n";
    case BlockKind::Heading2:
        return u"<h2>" + inlineHtml(block.runs) + u"</h2>\n";
    case BlockKind::Heading3:
        return u"<h3>" + inlineHtml(block.runs) + u"</h3>\n";
    case BlockKind::ListItem:
        return u"<li>" + inlineHtml(block.runs) + u"</li>\n";
    case BlockKind::Photo: {
        QString out = u"<figure data-photo=\"" + escapeAttribute(block.photoId) + u"\">";
        if (!block.runs.isEmpty())
            out += u"<figcaption>" + inlineHtml(block.runs) + u"</figcaption>";
        return out + u"</figure>\n";
    }
    case BlockKind::Embed:
        return u"<figure data-embed=\"" + escapeAttribute(block.embedUrl) + u"\"></figure>\n";
    }
    return {};
}

Container containerOf(const Block &block)
{
    if (block.kind == BlockKind::ListItem)
        return {block.ordered ? Container::OrderedList : Container::UnorderedList, block.list};
    if (block.kind == BlockKind::Paragraph && block.quote)
        return {Container::Quote, 0};
    return {};
}

void appendContainerChange(QString &out, const Container &from, const Container &to)
{
    if (from == to)
        return;
    switch (from.type) {
    case Container::None:
        break;
    case Container::Quote:
        out += u"</blockquote>\n";
        break;
    case Container::UnorderedList:
        out += u"</ul>\n";
        break;
    case Container::OrderedList:
        out += u"</ol>\n";
        break;
    }
    switch (to.type) {
    case Container::None:
        break;
    case Container::Quote:
        out += u"<blockquote>\n";
        break;
    case Container::UnorderedList:
        out += u"<ul>\n";
        break;
    case Container::OrderedList:
        out += u"<ol>\n";
        break;
    }
}

QString serialize(const QList<Block> &blocks)
{
    QString out;
    Container current;
    for (const Block &block : blocks) {
        if (block.isEmpty())
            continue;
        const Container next = containerOf(block);
        appendContainerChange(out, current, next);
        current = next;
        out += blockHtml(block);
    }
    appendContainerChange(out, current, {});
    return out;
}

// The sanitizer: walks gumbo's tree of any HTML and builds profile blocks.
namespace {

QString utf8(const char *text, size_t length)
{
    return QString::fromUtf8(text, qsizetype(length));
}

QString tagName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return utf8(piece.data, piece.length).toLower();
}

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *attr = gumbo_get_attribute(&element.attributes, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

bool hasAttribute(const GumboElement &element, const char *name)
{
    return gumbo_get_attribute(&element.attributes, name) != nullptr;
}

// Inline CSS as lower-case property: value pairs, quotes and !important off
// (Hangul writes font-weight:"bold").
QHash<QString, QString> parseStyle(const QString &style)
{
    QHash<QString, QString> properties;
    const QStringList declarations = style.split(u';', Qt::SkipEmptyParts);
    for (const QString &declaration : declarations) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon < 0)
            continue;
        QString value = declaration.mid(colon + 1).trimmed().toLower();
        value.remove(u"!important"_s);
        value.remove(u'"');
        value.remove(u'\'');
        properties.insert(declaration.left(colon).trimmed().toLower(), value.trimmed());
    }
    return properties;
}

const QSet<QString> &droppedElements()
{
    static const QSet<QString> names {
        u"script"_s,
        u"style"_s,
        u"head"_s,
        u"title"_s,
        u"meta"_s,
        u"link"_s,
        u"noscript"_s,
        u"template"_s,
        u"iframe"_s,
        u"object"_s,
        u"embed"_s,
        u"svg"_s,
        u"math"_s,
        u"input"_s,
        u"select"_s,
        u"textarea"_s,
        u"button"_s,
        u"option"_s,
        u"optgroup"_s,
        u"datalist"_s,
        u"output"_s,
        u"progress"_s,
        u"meter"_s,
        u"nav"_s,
        u"aside"_s,
        u"footer"_s,
        u"header"_s,
        u"img"_s,
        u"video"_s,
        u"audio"_s,
        u"canvas"_s,
        u"picture"_s,
        u"source"_s,
        u"track"_s,
        u"map"_s,
        u"area"_s,
        u"frame"_s,
        u"frameset"_s,
        u"noframes"_s,
        u"applet"_s,
        u"param"_s,
        u"base"_s,
        u"dialog"_s,
        u"xml"_s,
    };
    return names;
}

// Elements whose content is never kept, so the validator says so.
bool isDroppedElement(const QString &name)
{
    return droppedElements().contains(name);
}

// Web page furniture that pastes along with an article: ads, share buttons,
// related links, comment boxes. Matched on whole words of class and id.
bool isBoilerplate(const GumboElement &element)
{
    static const QSet<QString> words {
        u"ad"_s,
        u"ads"_s,
        u"advert"_s,
        u"advertisement"_s,
        u"adsense"_s,
        u"banner"_s,
        u"share"_s,
        u"sharing"_s,
        u"sns"_s,
        u"social"_s,
        u"sponsor"_s,
        u"sponsored"_s,
        u"promo"_s,
        u"related"_s,
        u"recommend"_s,
        u"comment"_s,
        u"comments"_s,
        u"newsletter"_s,
        u"subscribe"_s,
        u"breadcrumb"_s,
        u"popup"_s,
    };
    static const QSet<QString> roles {u"navigation"_s, u"banner"_s, u"complementary"_s, u"contentinfo"_s};
    static const QRegularExpression separators(u"[\\s_\\-]+"_s);
    if (roles.contains(attribute(element, "role").trimmed().toLower()))
        return true;
    for (const char *name : {"class", "id"}) {
        const QStringList parts = attribute(element, name).toLower().split(separators, Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (words.contains(part))
                return true;
        }
    }
    return false;
}

bool isWordListMarkerOrdered(QString marker)
{
    marker.replace(QChar(0x00A0), u' ');
    marker = marker.simplified();
    if (marker.isEmpty())
        return false;
    static const QRegularExpression numbered(u"^\\(?([0-9]{1,3}|[A-Za-z]{1,4}|[\\x{AC00}-\\x{D7A3}])[.)]$"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    if (numbered.match(marker).hasMatch())
        return true;
    // Circled numbers ① to ⑳, as Hangul and Korean Word number lists.
    const char16_t first = marker.at(0).unicode();
    return marker.size() == 1 && first >= 0x2460 && first <= 0x2473;
}

struct Context
{
    BlockKind kind = BlockKind::Paragraph;
    bool quote = false;
    int list = 0;
    bool ordered = false;
    bool wordList = false;
    bool strong = false;
    bool em = false;
    QString href;
    bool pre = false;
    int figure = 0;
    QString photoId;
    QString embedUrl;
};

class Builder
{
public:
    QList<Block> blocks;
    bool skippingMarker = false;
    int nextList = 1;
    int nextFigure = 1;
    int lastWordList = 0;
    bool lastWordListOrdered = false;

    void text(const QString &text, const Context &context)
    {
        if (skippingMarker || text.isEmpty())
            return;
        open(context);
        Run run;
        run.text = text;
        run.strong = context.strong;
        run.em = context.em;
        run.href = context.href;
        m_current.runs.append(run);
    }

    void lineBreak(const Context &context)
    {
        if (skippingMarker)
            return;
        open(context);
        Run run;
        run.lineBreak = true;
        run.strong = context.strong;
        run.em = context.em;
        run.href = context.href;
        m_current.runs.append(run);
    }

    void open(const Context &context)
    {
        if (m_open && m_current.kind == context.kind && m_current.quote == context.quote
            && m_current.list == context.list && m_figure == context.figure)
            return;
        endBlock();
        m_current = Block();
        m_current.kind = context.kind;
        m_current.quote = context.quote && context.kind == BlockKind::Paragraph;
        m_current.list = context.list;
        m_current.ordered = context.ordered;
        m_current.photoId = context.photoId;
        m_current.embedUrl = context.embedUrl;
        m_figure = context.figure;
        m_wordList = context.wordList;
        m_open = true;
    }

    void endBlock()
    {
        // A Word list marker never spans paragraphs, even when its <![endif]>
        // went missing.
        skippingMarker = false;
        if (!m_open)
            return;
        m_open = false;
        normalizeRuns(m_current.runs, m_current.kind);
        if (m_current.isEmpty())
            return;
        blocks.append(m_current);
        lastWordList = m_wordList ? m_current.list : 0;
        lastWordListOrdered = m_current.ordered;
    }

private:
    Block m_current;
    bool m_open = false;
    bool m_wordList = false;
    int m_figure = 0;
};

void walk(const GumboNode *node, const Context &context, Builder &builder);

void walkChildren(const GumboVector &children, const Context &context, Builder &builder)
{
    for (unsigned int i = 0; i < children.length; ++i)
        walk(static_cast<const GumboNode *>(children.data[i]), context, builder);
}

// The text between Word's <![if !supportLists]> and <![endif]>, or in its
// mso-list:Ignore span: the bullet or number of a list paragraph.
void collectWordListMarker(const GumboNode *node, bool &inMarker, QString &marker)
{
    switch (node->type) {
    case GUMBO_NODE_COMMENT: {
        const QString comment = QString::fromUtf8(node->v.text.text).trimmed();
        if (comment.startsWith(u"[if !supportLists]"_s, Qt::CaseInsensitive))
            inMarker = true;
        else if (comment.startsWith(u"[endif]"_s, Qt::CaseInsensitive))
            inMarker = false;
        return;
    }
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
        if (inMarker)
            marker += QString::fromUtf8(node->v.text.text);
        return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
        const GumboElement &element = node->v.element;
        const bool ignore = parseStyle(attribute(element, "style")).value(u"mso-list"_s) == u"ignore"_s;
        bool inside = inMarker || ignore;
        for (unsigned int i = 0; i < element.children.length; ++i)
            collectWordListMarker(static_cast<const GumboNode *>(element.children.data[i]), inside, marker);
        if (!ignore)
            inMarker = inside;
        return;
    }
    case GUMBO_NODE_DOCUMENT:
        return;
    }
}

bool isWordListParagraph(const QHash<QString, QString> &style)
{
    const QString list = style.value(u"mso-list"_s);
    return !list.isEmpty() && list != u"ignore"_s && list != u"none"_s && list != u"skip"_s;
}

void walkElement(const GumboNode *node, const Context &outer, Builder &builder)
{
    const GumboElement &element = node->v.element;
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return; // svg, math
    const QString name = tagName(element);
    if (isDroppedElement(name))
        return;
    if (hasAttribute(element, "hidden") || attribute(element, "aria-hidden").trimmed().toLower() == u"true"_s)
        return;
    if (name != u"html"_s && name != u"body"_s && isBoilerplate(element))
        return;
    const QHash<QString, QString> style = parseStyle(attribute(element, "style"));
    if (style.value(u"display"_s) == u"none"_s || style.value(u"mso-hide"_s) == u"all"_s
        || style.value(u"visibility"_s) == u"hidden"_s || style.value(u"mso-list"_s) == u"ignore"_s)
        return;

    Context context = outer;
    if (name == u"b"_s || name == u"strong"_s)
        context.strong = true;
    else if (name == u"i"_s || name == u"em"_s)
        context.em = true;
    // Styles override the tag, as in a browser: Google Docs wraps a whole
    // paste in <b style="font-weight:normal">, and marks bold with spans.
    const QString weight = style.value(u"font-weight"_s);
    if (!weight.isEmpty()) {
        bool numeric = false;
        const int value = weight.toInt(&numeric);
        if (numeric)
            context.strong = value >= 600;
        else if (weight == u"bold"_s || weight == u"bolder"_s)
            context.strong = true;
        else if (weight == u"normal"_s || weight == u"lighter"_s)
            context.strong = false;
    }
    const QString fontStyle = style.value(u"font-style"_s);
    if (fontStyle == u"italic"_s || fontStyle == u"oblique"_s)
        context.em = true;
    else if (fontStyle == u"normal"_s)
        context.em = false;

    const bool inFigure = context.kind == BlockKind::Photo;

    if (name == u"br"_s) {
        builder.lineBreak(context);
        return;
    }
    if (name == u"a"_s) {
        const QString href = attribute(element, "href").trimmed();
        if (isAllowedHref(href))
            context.href = href;
        walkChildren(element.children, context, builder);
        return;
    }
    if (name == u"figure"_s && !inFigure) {
        const QString photo = attribute(element, "data-photo").trimmed();
        const QString embed = attribute(element, "data-embed").trimmed();
        if (!photo.isEmpty() || isAllowedEmbedUrl(embed)) {
            builder.endBlock();
            Context figure;
            figure.figure = builder.nextFigure++;
            if (!photo.isEmpty()) {
                figure.kind = BlockKind::Photo;
                figure.photoId = photo;
                builder.open(figure);
                walkChildren(element.children, figure, builder);
            } else {
                figure.kind = BlockKind::Embed;
                figure.embedUrl = embed;
                builder.open(figure);
            }
            builder.endBlock();
            return;
        }
        if (!embed.isEmpty())
            return; // an embed of something that is not a web page
    }

    static const QSet<QString> paragraphs {u"p"_s, u"td"_s, u"th"_s, u"caption"_s, u"dt"_s, u"dd"_s, u"figcaption"_s,
        u"summary"_s, u"legend"_s, u"pre"_s, u"address"_s};
    static const QSet<QString> containers {u"div"_s, u"section"_s, u"article"_s, u"main"_s, u"body"_s, u"html"_s,
        u"center"_s, u"table"_s, u"thead"_s, u"tbody"_s, u"tfoot"_s, u"tr"_s, u"dl"_s, u"figure"_s, u"details"_s,
        u"fieldset"_s, u"form"_s, u"hgroup"_s, u"hr"_s, u"menu"_s, u"li"_s};
    static const QSet<QString> headings {u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s};

    if (inFigure) {
        // Inside a caption everything is inline; blocks only separate words.
        if (paragraphs.contains(name) || containers.contains(name) || headings.contains(name)) {
            builder.text(u" "_s, context);
            walkChildren(element.children, context, builder);
            builder.text(u" "_s, context);
        } else {
            walkChildren(element.children, context, builder);
        }
        return;
    }

    if (name == u"blockquote"_s) {
        builder.endBlock();
        if (context.list == 0) {
            context.quote = true;
            context.kind = BlockKind::Paragraph;
        }
        walkChildren(element.children, context, builder);
        builder.endBlock();
        return;
    }
    if (name == u"ul"_s || name == u"ol"_s) {
        builder.endBlock();
        if (context.list == 0 && !context.quote) {
            // Nested lists stay in the outermost one.
            context.list = builder.nextList++;
            context.ordered = name == u"ol"_s;
            context.wordList = false;
            context.kind = BlockKind::ListItem;
        }
        walkChildren(element.children, context, builder);
        builder.endBlock();
        return;
    }

    const bool isParagraph = paragraphs.contains(name);
    const bool isHeading = headings.contains(name);
    if (!isParagraph && !isHeading && !containers.contains(name)) {
        // Inline markup outside the profile (span, font, u, o:p, …): its
        // text stays.
        walkChildren(element.children, context, builder);
        return;
    }

    builder.endBlock();
    if (name == u"pre"_s)
        context.pre = true;
    if (context.list != 0) {
        context.kind = BlockKind::ListItem;
    } else if (context.quote) {
        context.kind = BlockKind::Paragraph;
    } else if (isWordListParagraph(style)) {
        bool inMarker = false;
        QString marker;
        collectWordListMarker(node, inMarker, marker);
        const bool ordered = isWordListMarkerOrdered(marker);
        const bool first = attribute(element, "class").endsWith(u"CxSpFirst"_s, Qt::CaseInsensitive);
        if (!first && builder.lastWordList != 0 && builder.lastWordListOrdered == ordered) {
            context.list = builder.lastWordList;
        } else {
            context.list = builder.nextList++;
        }
        context.kind = BlockKind::ListItem;
        context.ordered = ordered;
        context.wordList = true;
    } else if (isHeading) {
        context.kind = (name == u"h1"_s || name == u"h2"_s) ? BlockKind::Heading2 : BlockKind::Heading3;
    } else if (isParagraph) {
        const QString wordClass = attribute(element, "class").trimmed().toLower();
        if (wordClass == u"msotitle"_s || wordClass == u"msoheading1"_s || wordClass == u"msoheading2"_s)
            context.kind = BlockKind::Heading2;
        else if (wordClass == u"msosubtitle"_s || wordClass.startsWith(u"msoheading"_s))
            context.kind = BlockKind::Heading3;
        else
            context.kind = BlockKind::Paragraph;
    }
    walkChildren(element.children, context, builder);
    builder.endBlock();
}

void walk(const GumboNode *node, const Context &context, Builder &builder)
{
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
        walkChildren(node->v.document.children, context, builder);
        return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        walkElement(node, context, builder);
        return;
    case GUMBO_NODE_COMMENT: {
        // Word's list bullets sit between <![if !supportLists]> and <![endif]>,
        // which HTML parses as comments.
        const QString comment = QString::fromUtf8(node->v.text.text).trimmed();
        if (comment.startsWith(u"[if !supportLists]"_s, Qt::CaseInsensitive))
            builder.skippingMarker = true;
        else if (comment.startsWith(u"[endif]"_s, Qt::CaseInsensitive))
            builder.skippingMarker = false;
        return;
    }
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA: {
        const QString text = QString::fromUtf8(node->v.text.text);
        if (!context.pre) {
            builder.text(text, context);
            return;
        }
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                builder.lineBreak(context);
            builder.text(lines.at(i), context);
        }
        return;
    }
    }
}

} // namespace

QList<Block> parse(const QString &html)
{
    const QByteArray bytes = html.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, bytes.constData(), size_t(bytes.size()));
    Builder builder;
    walk(output->document, Context(), builder);
    builder.endBlock();
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return builder.blocks;
}

} // namespace Detail

using namespace Detail;

// The source view's checker: walks the same parse with source positions and
// names what the sanitizer would change.
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Byline::ArticleHtml", text);
}

class Checker
{
public:
    explicit Checker(const QByteArray &bytes)
        : m_bytes(bytes)
    { }

    QList<Problem> problems;

    enum Where
    {
        Outside, // between blocks
        InQuote,
        InList,
        InBlock, // inline content of p, h2, h3, li
        InPhoto, // a photo figure, before its caption
        InCaption,
        InEmbed,
    };

    void check(const GumboNode *node, Where where)
    {
        if (problems.size() >= MaxProblems)
            return;
        switch (node->type) {
        case GUMBO_NODE_DOCUMENT:
            checkChildren(node->v.document.children, where);
            return;
        case GUMBO_NODE_COMMENT:
            report(node->v.text.start_pos.offset,
                QT_TRANSLATE_NOOP("Byline::ArticleHtml", "Line %1: the comment would be removed."));
            return;
        case GUMBO_NODE_WHITESPACE:
            return;
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
            if (where != InBlock && where != InCaption && !isBlank(QString::fromUtf8(node->v.text.text)))
                report(node->v.text.start_pos.offset,
                    where == InPhoto || where == InEmbed
                        ? QT_TRANSLATE_NOOP("Byline::ArticleHtml",
                              "Line %1: text in a figure outside its <figcaption> would become part of the caption.")
                        : QT_TRANSLATE_NOOP(
                              "Byline::ArticleHtml", "Line %1: text outside a paragraph would be put in a paragraph."));
            return;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            checkElement(node, where);
            return;
        }
    }

private:
    static constexpr qsizetype MaxProblems = 200;
    QByteArray m_bytes;

    static bool isBlank(const QString &text)
    {
        return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return isCollapsibleSpace(c.unicode()); });
    }

    void checkChildren(const GumboVector &children, Where where)
    {
        for (unsigned int i = 0; i < children.length; ++i)
            check(static_cast<const GumboNode *>(children.data[i]), where);
    }

    // The message's %1 is the line; the arguments fill %2 and up in one pass,
    // so a % in a URL stays as it is.
    template<typename... Args> void report(unsigned int offset, const char *text, const Args &...args)
    {
        if (problems.size() >= MaxProblems)
            return;
        // Gumbo counts bytes; the source view counts UTF-16 characters.
        // (lastIndexOf from -1 would search from the end.)
        const qsizetype lineStart = offset == 0 ? 0 : m_bytes.lastIndexOf('\n', qsizetype(offset) - 1) + 1;
        Problem problem;
        problem.line = int(m_bytes.left(lineStart).count('\n')) + 1;
        problem.column = int(QString::fromUtf8(m_bytes.mid(lineStart, qsizetype(offset) - lineStart)).size()) + 1;
        problem.message = translated(text).arg(QString::number(problem.line), args...);
        problems.append(problem);
    }

    void checkAttributes(const GumboElement &element, const QString &name, const QSet<QString> &allowed)
    {
        for (unsigned int i = 0; i < element.attributes.length; ++i) {
            const auto *attr = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            const QString attrName = QString::fromUtf8(attr->name);
            if (!allowed.contains(attrName))
                report(attr->name_start.offset,
                    QT_TRANSLATE_NOOP("Byline::ArticleHtml",
                        "Line %1: the attribute %2 of <%3> is not part of the article format and would be removed."),
                    attrName, name);
        }
    }

    void checkElement(const GumboNode *node, Where where)
    {
        const GumboElement &element = node->v.element;
        const QString name = tagName(element);
        const unsigned int offset = element.start_pos.offset;
        // Elements the parser adds (html, head, body, tbody) are not in the text.
        if (element.original_tag.length == 0) {
            checkChildren(element.children, where);
            return;
        }
        const bool inline_ = where == InBlock || where == InCaption;
        auto notInProfile = [&] {
            report(offset,
                isDroppedElement(name) || element.tag_namespace != GUMBO_NAMESPACE_HTML
                    ? QT_TRANSLATE_NOOP("Byline::ArticleHtml",
                          "Line %1: <%2> is not part of the article format and would be removed with its content.")
                    : QT_TRANSLATE_NOOP("Byline::ArticleHtml",
                          "Line %1: <%2> is not part of the article format and would be removed."),
                name);
        };
        auto misplaced = [&] {
            report(offset,
                QT_TRANSLATE_NOOP("Byline::ArticleHtml", "Line %1: <%2> is not allowed here and would be changed."),
                name);
        };
        const QSet<QString> noAttributes;

        if (element.tag_namespace != GUMBO_NAMESPACE_HTML || isDroppedElement(name)) {
            notInProfile();
            return;
        }
        static const QHash<QString, QString> renamed {{u"b"_s, u"strong"_s}, {u"i"_s, u"em"_s}, {u"h1"_s, u"h2"_s},
            {u"h4"_s, u"h3"_s}, {u"h5"_s, u"h3"_s}, {u"h6"_s, u"h3"_s}};
        if (const QString becomes = renamed.value(name); !becomes.isEmpty()) {
            report(offset, QT_TRANSLATE_NOOP("Byline::ArticleHtml", "Line %1: <%2> would become <%3>."), name, becomes);
            checkAttributes(element, name, noAttributes);
            checkChildren(element.children, name.startsWith(u'h') ? InBlock : where);
            return;
        }
        if (name == u"p"_s || name == u"h2"_s || name == u"h3"_s) {
            if (where != Outside && !(where == InQuote && name == u"p"_s))
                misplaced();
            checkAttributes(element, name, noAttributes);
            checkChildren(element.children, inline_ ? where : InBlock);
        } else if (name == u"blockquote"_s) {
            if (where != Outside)
                misplaced();
            checkAttributes(element, name, noAttributes);
            checkChildren(element.children, where == Outside ? InQuote : where);
        } else if (name == u"ul"_s || name == u"ol"_s) {
            if (where != Outside)
                report(offset,
                    QT_TRANSLATE_NOOP("Byline::ArticleHtml",
                        "Line %1: <%2> is not allowed here; lists inside lists or quotes are flattened."),
                    name);
            checkAttributes(element, name, noAttributes);
            checkChildren(element.children, InList);
        } else if (name == u"li"_s) {
            if (where != InList)
                misplaced();
            checkAttributes(element, name, noAttributes);
            checkChildren(element.children, InBlock);
        } else if (name == u"strong"_s || name == u"em"_s || name == u"br"_s) {
            checkAttributes(element, name, noAttributes);
            checkChildren(element.children, where);
        } else if (name == u"a"_s) {
            checkAttributes(element, name, {u"href"_s});
            const QString href = attribute(element, "href").trimmed();
            if (!isAllowedHref(href))
                report(offset,
                    QT_TRANSLATE_NOOP("Byline::ArticleHtml",
                        "Line %1: the link to \"%2\" would be removed, keeping its text: only http, https and mailto "
                        "links are allowed."),
                    href);
            checkChildren(element.children, where);
        } else if (name == u"figure"_s && where == Outside) {
            const QString photo = attribute(element, "data-photo").trimmed();
            const QString embed = attribute(element, "data-embed").trimmed();
            if (!photo.isEmpty()) {
                checkAttributes(element, name, {u"data-photo"_s});
                checkChildren(element.children, InPhoto);
            } else if (isAllowedEmbedUrl(embed)) {
                checkAttributes(element, name, {u"data-embed"_s});
                checkChildren(element.children, InEmbed);
            } else {
                if (embed.isEmpty())
                    report(offset,
                        QT_TRANSLATE_NOOP("Byline::ArticleHtml",
                            "Line %1: a <figure> needs data-photo or data-embed; it would be removed, keeping its "
                            "text."));
                else
                    report(offset,
                        QT_TRANSLATE_NOOP("Byline::ArticleHtml",
                            "Line %1: the embed \"%2\" would be removed: only http and https pages can be embedded."),
                        embed);
                checkChildren(element.children, Outside);
            }
        } else if (name == u"figcaption"_s && where == InPhoto) {
            checkAttributes(element, name, noAttributes);
            checkChildren(element.children, InCaption);
        } else if (name == u"figure"_s || name == u"figcaption"_s) {
            misplaced();
            // The sanitizer makes a stray caption a paragraph.
            checkChildren(element.children, name == u"figcaption"_s && !inline_ ? InBlock : where);
        } else {
            notInProfile();
            checkChildren(element.children, where);
        }
    }
};

} // namespace

QList<Problem> validate(const QString &html)
{
    // Differences of white space and line layout alone are not problems.
    auto squashed = [](QString text) {
        text.replace(u"&nbsp;"_s, u" "_s);
        text.removeIf([](QChar c) { return c.isSpace(); });
        return text;
    };
    const QString sanitized = sanitize(html);
    if (squashed(sanitized) == squashed(html))
        return {};

    const QByteArray bytes = html.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, bytes.constData(), size_t(bytes.size()));
    Checker checker(bytes);
    checker.check(output->document, Checker::Outside);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    if (checker.problems.isEmpty()) {
        // Nothing out of the profile, yet the sanitizer changes it: empty
        // elements, doubled formatting, or similar.
        Problem problem;
        problem.line = 1;
        problem.column = 1;
        problem.message = QCoreApplication::translate("Byline::ArticleHtml",
            "Line %1: empty or repeated elements would be removed and the rest put in the "
            "article format's normal form.")
                              .arg(1);
        checker.problems.append(problem);
    }
    return checker.problems;
}

QString sanitize(const QString &html)
{
    return serialize(parse(html));
}

QString fromPlainText(const QString &text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    normalized.replace(u'\r', u'\n');
    QList<Block> blocks;
    const QStringList lines = normalized.split(u'\n');
    for (const QString &line : lines) {
        Block block;
        Run run;
        run.text = line;
        block.runs.append(run);
        normalizeRuns(block.runs, block.kind);
        if (!block.isEmpty())
            blocks.append(block);
    }
    return serialize(blocks);
}

QString toPlainText(const QString &profileHtml)
{
    QStringList lines;
    const QList<Block> blocks = parse(profileHtml);
    for (const Block &block : blocks) {
        QString text;
        for (const Run &run : block.runs)
            text += run.lineBreak ? u"\n"_s : run.text;
        if (!text.isEmpty())
            lines << text;
    }
    return lines.join(u'\n');
}

} // namespace Byline::ArticleHtml
