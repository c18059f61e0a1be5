#include "articlehtml_p.h"
#include "parsedhtml.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

// The sanitizer: walks gumbo's tree of any HTML and builds profile blocks
// (docs/article-format.md, "What the sanitizer does with everything else").
namespace Byline::ArticleHtml::Detail {

namespace {

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

} // namespace

bool isDroppedElement(const QString &name)
{
    return droppedElements().contains(name);
}

namespace {

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

// What is done once an element's content has been walked.
enum class After
{
    Nothing,
    EndBlock,
    Space, // a block inside a caption only separates words
};

struct Visit
{
    Context context;
    After after = After::Nothing;
};

// What an element does before its content, and the context its content is
// walked in; nothing when the content is not walked.
std::optional<Visit> enterElement(const GumboNode *node, const Context &outer, Builder &builder)
{
    const GumboElement &element = node->v.element;
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return std::nullopt; // svg, math
    const QString name = tagName(element);
    if (isDroppedElement(name))
        return std::nullopt;
    if (hasAttribute(element, "hidden") || attribute(element, "aria-hidden").trimmed().toLower() == u"true"_s)
        return std::nullopt;
    if (name != u"html"_s && name != u"body"_s && isBoilerplate(element))
        return std::nullopt;
    const QHash<QString, QString> style = parseStyle(attribute(element, "style"));
    if (style.value(u"display"_s) == u"none"_s || style.value(u"mso-hide"_s) == u"all"_s
        || style.value(u"visibility"_s) == u"hidden"_s || style.value(u"mso-list"_s) == u"ignore"_s)
        return std::nullopt;

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
        return std::nullopt;
    }
    if (name == u"a"_s) {
        const QString href = cleanedAttribute(attribute(element, "href"));
        if (isAllowedHref(href))
            context.href = href;
        return Visit {context};
    }
    if (name == u"figure"_s && !inFigure) {
        const QString photo = cleanedAttribute(attribute(element, "data-photo"));
        const QString embed = cleanedAttribute(attribute(element, "data-embed"));
        if (!photo.isEmpty() || isAllowedEmbedUrl(embed)) {
            builder.endBlock();
            Context figure;
            figure.figure = builder.nextFigure++;
            if (!photo.isEmpty()) {
                figure.kind = BlockKind::Photo;
                figure.photoId = photo;
                builder.open(figure);
                return Visit {figure, After::EndBlock};
            }
            figure.kind = BlockKind::Embed;
            figure.embedUrl = embed;
            builder.open(figure);
            builder.endBlock();
            return std::nullopt;
        }
        if (!embed.isEmpty())
            return std::nullopt; // an embed of something that is not a web page
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
            return Visit {context, After::Space};
        }
        return Visit {context};
    }

    if (name == u"blockquote"_s) {
        builder.endBlock();
        if (context.list == 0) {
            context.quote = true;
            context.kind = BlockKind::Paragraph;
        }
        return Visit {context, After::EndBlock};
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
        return Visit {context, After::EndBlock};
    }

    const bool isParagraph = paragraphs.contains(name);
    const bool isHeading = headings.contains(name);
    if (!isParagraph && !isHeading && !containers.contains(name)) {
        // Inline markup outside the profile (span, font, u, o:p, …): its
        // text stays.
        return Visit {context};
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
    return Visit {context, After::EndBlock};
}

// Text and comments: the leaves of the tree.
void walkLeaf(const GumboNode *node, const Context &context, Builder &builder)
{
    switch (node->type) {
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
    case GUMBO_NODE_DOCUMENT:
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        return;
    }
}

// Depth first, with the path kept on the heap: the sanitizer also runs on
// worker threads, whose stacks are small.
void walk(const GumboNode *document, Builder &builder)
{
    struct Frame
    {
        const GumboVector *children;
        unsigned int next;
        Visit visit;
    };
    std::vector<Frame> path;
    path.push_back({&document->v.document.children, 0, Visit()});
    while (!path.empty()) {
        Frame &frame = path.back();
        if (frame.next >= frame.children->length) {
            const Visit done = std::move(frame.visit);
            path.pop_back();
            if (done.after == After::EndBlock)
                builder.endBlock();
            else if (done.after == After::Space)
                builder.text(u" "_s, done.context);
            continue;
        }
        const auto *node = static_cast<const GumboNode *>(frame.children->data[frame.next++]);
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) {
            walkLeaf(node, frame.visit.context, builder);
            continue;
        }
        std::optional<Visit> visit = enterElement(node, frame.visit.context, builder);
        if (visit)
            path.push_back({&node->v.element.children, 0, std::move(*visit)});
    }
}

} // namespace

QList<Block> parse(const QString &html, QString *refusal)
{
    const ParsedHtml page(html.toUtf8());
    if (refusal)
        *refusal = page.refusal();
    if (!page.document())
        return {};
    Builder builder;
    walk(page.document(), builder);
    builder.endBlock();
    return builder.blocks;
}

} // namespace Byline::ArticleHtml::Detail
