#include "articlehtml_p.h"

#include "common/htmlescape.h"

#include <algorithm>

using namespace Qt::StringLiterals;

// The serializer: profile blocks into the one canonical HTML
// (docs/article-format.md, "Canonical serialization"), for the sanitizer and
// for the editor's document alike.
namespace Byline::ArticleHtml::Detail {

namespace {

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
        out += u"<a href=\"" + HtmlEscape::attribute(tag.href) + u"\">";
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
        run.href = cleanedAttribute(run.href);
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
            out += HtmlEscape::text(run.text);
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
        QString out = u"<figure data-photo=\"" + HtmlEscape::attribute(block.photoId) + u"\">";
        if (!block.runs.isEmpty())
            out += u"<figcaption>" + inlineHtml(block.runs) + u"</figcaption>";
        return out + u"</figure>\n";
    }
    case BlockKind::Embed:
        return u"<figure data-embed=\"" + HtmlEscape::attribute(block.embedUrl) + u"\"></figure>\n";
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

} // namespace Byline::ArticleHtml::Detail
