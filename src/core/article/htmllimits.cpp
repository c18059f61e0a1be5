#include "htmllimits.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVarLengthArray>

#include <gumbo.h>

#include <bitset>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace Byline::ArticleHtml {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Byline::ArticleHtml", text);
}

QString megabytes(qsizetype bytes)
{
    return QLocale().toString(double(bytes) / (1024 * 1024), 'f', 1);
}

} // namespace

QString nestedTooDeep(int line)
{
    return translated(QT_TRANSLATE_NOOP("Byline::ArticleHtml",
                          "Line %1: elements are nested more than %2 deep; Byline reads "
                          "HTML nested up to %2 deep."))
        .arg(line)
        .arg(MaxNestingDepth);
}

namespace {

// The pre-scan models the parser's stack of open elements closely enough to
// stop what gumbo cannot take (it counts a little deeper than gumbo builds,
// never much shallower); ParsedHtml checks the real tree afterwards.
using TagSet = std::bitset<GUMBO_TAG_LAST + 1>;

TagSet tagSet(std::initializer_list<GumboTag> tags)
{
    TagSet set;
    for (GumboTag tag : tags)
        set.set(tag);
    return set;
}

struct TagSets
{
    // Never on the stack.
    TagSet empty = tagSet({GUMBO_TAG_AREA, GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_BR,
        GUMBO_TAG_COL, GUMBO_TAG_EMBED, GUMBO_TAG_FRAME, GUMBO_TAG_HR, GUMBO_TAG_IMAGE, GUMBO_TAG_IMG, GUMBO_TAG_INPUT,
        GUMBO_TAG_KEYGEN, GUMBO_TAG_LINK, GUMBO_TAG_META, GUMBO_TAG_PARAM, GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK,
        GUMBO_TAG_WBR, GUMBO_TAG_HTML, GUMBO_TAG_HEAD, GUMBO_TAG_BODY, GUMBO_TAG_ISINDEX});
    // Their content is text up to their end tag (in HTML, not in svg or math).
    TagSet rawText = tagSet({GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_XMP, GUMBO_TAG_IFRAME, GUMBO_TAG_NOEMBED,
        GUMBO_TAG_NOFRAMES, GUMBO_TAG_TITLE, GUMBO_TAG_TEXTAREA});
    // "Has an element in scope" stops at these.
    TagSet scope = tagSet({GUMBO_TAG_APPLET, GUMBO_TAG_CAPTION, GUMBO_TAG_HTML, GUMBO_TAG_TABLE, GUMBO_TAG_TD,
        GUMBO_TAG_TH, GUMBO_TAG_MARQUEE, GUMBO_TAG_OBJECT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_MI, GUMBO_TAG_MO, GUMBO_TAG_MN,
        GUMBO_TAG_MS, GUMBO_TAG_MTEXT, GUMBO_TAG_ANNOTATION_XML, GUMBO_TAG_FOREIGNOBJECT, GUMBO_TAG_DESC});
    TagSet buttonScope = scope | tagSet({GUMBO_TAG_BUTTON});
    TagSet tableScope = tagSet({GUMBO_TAG_HTML, GUMBO_TAG_TABLE, GUMBO_TAG_TEMPLATE});
    // The "special" category: an unknown end tag is ignored at these.
    TagSet special = scope
        | tagSet({GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BUTTON,
            GUMBO_TAG_CENTER, GUMBO_TAG_COLGROUP, GUMBO_TAG_DD, GUMBO_TAG_DETAILS, GUMBO_TAG_DIR, GUMBO_TAG_DIV,
            GUMBO_TAG_DL, GUMBO_TAG_DT, GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER,
            GUMBO_TAG_FORM, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6,
            GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_LI, GUMBO_TAG_LISTING, GUMBO_TAG_MAIN, GUMBO_TAG_MENU,
            GUMBO_TAG_NAV, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_PRE, GUMBO_TAG_SEARCH,
            GUMBO_TAG_SECTION, GUMBO_TAG_SELECT, GUMBO_TAG_SUMMARY, GUMBO_TAG_TBODY, GUMBO_TAG_TFOOT, GUMBO_TAG_THEAD,
            GUMBO_TAG_TR, GUMBO_TAG_UL});
    // A new li, dd or dt closes the open one unless a special element other
    // than address, div or p is in between.
    TagSet listItemStop = special & ~tagSet({GUMBO_TAG_ADDRESS, GUMBO_TAG_DIV, GUMBO_TAG_P});
    // Start tags that close an open <p>.
    TagSet closesParagraph = tagSet({GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BLOCKQUOTE,
        GUMBO_TAG_CENTER, GUMBO_TAG_DETAILS, GUMBO_TAG_DIALOG, GUMBO_TAG_DIR, GUMBO_TAG_DIV, GUMBO_TAG_DL,
        GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_HEADER,
        GUMBO_TAG_HGROUP, GUMBO_TAG_MAIN, GUMBO_TAG_MENU, GUMBO_TAG_NAV, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_SEARCH,
        GUMBO_TAG_SECTION, GUMBO_TAG_SUMMARY, GUMBO_TAG_UL, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4,
        GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_PRE, GUMBO_TAG_LISTING, GUMBO_TAG_FORM, GUMBO_TAG_LI, GUMBO_TAG_DD,
        GUMBO_TAG_DT, GUMBO_TAG_XMP, GUMBO_TAG_TABLE});
    TagSet headings = tagSet({GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6});
    // End tags that close the element they name when it is in scope.
    TagSet blocks = closesParagraph
        | tagSet({GUMBO_TAG_BUTTON, GUMBO_TAG_APPLET, GUMBO_TAG_MARQUEE, GUMBO_TAG_OBJECT, GUMBO_TAG_SELECT,
            GUMBO_TAG_TEMPLATE, GUMBO_TAG_NOSCRIPT});
    TagSet tableParts = tagSet({GUMBO_TAG_TABLE, GUMBO_TAG_CAPTION, GUMBO_TAG_COLGROUP, GUMBO_TAG_TBODY,
        GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT, GUMBO_TAG_TR, GUMBO_TAG_TD, GUMBO_TAG_TH});
    TagSet formatting = tagSet({GUMBO_TAG_A, GUMBO_TAG_B, GUMBO_TAG_BIG, GUMBO_TAG_CODE, GUMBO_TAG_EM, GUMBO_TAG_FONT,
        GUMBO_TAG_I, GUMBO_TAG_NOBR, GUMBO_TAG_S, GUMBO_TAG_SMALL, GUMBO_TAG_STRIKE, GUMBO_TAG_STRONG, GUMBO_TAG_TT,
        GUMBO_TAG_U});
    // In svg or math these start tags leave it for HTML again.
    TagSet breakOut = headings
        | tagSet({GUMBO_TAG_B, GUMBO_TAG_BIG, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BODY, GUMBO_TAG_BR, GUMBO_TAG_CENTER,
            GUMBO_TAG_CODE, GUMBO_TAG_DD, GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_DT, GUMBO_TAG_EM, GUMBO_TAG_EMBED,
            GUMBO_TAG_FONT, GUMBO_TAG_HEAD, GUMBO_TAG_HR, GUMBO_TAG_I, GUMBO_TAG_IMG, GUMBO_TAG_LI, GUMBO_TAG_LISTING,
            GUMBO_TAG_MENU, GUMBO_TAG_META, GUMBO_TAG_NOBR, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_PRE, GUMBO_TAG_RUBY,
            GUMBO_TAG_S, GUMBO_TAG_SMALL, GUMBO_TAG_SPAN, GUMBO_TAG_STRONG, GUMBO_TAG_STRIKE, GUMBO_TAG_SUB,
            GUMBO_TAG_SUP, GUMBO_TAG_TABLE, GUMBO_TAG_TT, GUMBO_TAG_U, GUMBO_TAG_UL, GUMBO_TAG_VAR});
    // In svg or math, the content of these is HTML again.
    TagSet integration = tagSet({GUMBO_TAG_MI, GUMBO_TAG_MO, GUMBO_TAG_MN, GUMBO_TAG_MS, GUMBO_TAG_MTEXT,
        GUMBO_TAG_ANNOTATION_XML, GUMBO_TAG_FOREIGNOBJECT, GUMBO_TAG_DESC, GUMBO_TAG_TITLE});
};

const TagSets &sets()
{
    static const TagSets tagSets;
    return tagSets;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// An element on the modelled stack. Names gumbo does not know (custom
// elements, o:p) are told apart by a hash.
struct Open
{
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    quint32 hash = 0;
    bool foreign = false; // svg or math content
    bool foreignContent = false; // its children are svg or math

    bool sameName(const Open &other) const { return tag == other.tag && hash == other.hash; }
};

class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    { }

    int line = 0; // of the refusal

    QString run()
    {
        const qsizetype size = m_text.size();
        while (m_refusal.isEmpty()) {
            const qsizetype lt = m_text.indexOf('<', m_at);
            if (lt < 0 || lt + 1 >= size)
                break;
            m_at = lt + 1;
            const char c = m_text.at(m_at);
            if (c == '!')
                skipMarkupDeclaration();
            else if (c == '?')
                skipPast('>');
            else if (c == '/')
                endTag();
            else if (isAsciiLetter(c))
                startTag();
        }
        return m_refusal;
    }

private:
    QByteArrayView m_text;
    qsizetype m_at = 0;
    QVarLengthArray<Open, 64> m_stack;
    qint64 m_work = 0;
    QString m_refusal;

    int lineAt(qsizetype offset)
    {
        line = int(m_text.first(offset).count('\n')) + 1;
        return line;
    }

    bool inForeignContent() const { return !m_stack.isEmpty() && m_stack.last().foreignContent; }

    void skipPast(char c)
    {
        const qsizetype at = m_text.indexOf(c, m_at);
        m_at = at < 0 ? m_text.size() : at + 1;
    }

    void skipPast(QByteArrayView text)
    {
        const qsizetype at = m_text.indexOf(text, m_at);
        m_at = at < 0 ? m_text.size() : at + text.size();
    }

    void skipMarkupDeclaration()
    {
        const QByteArrayView rest = m_text.sliced(m_at);
        if (rest.startsWith("!--")) {
            m_at += 3;
            // <!--> and <!---> end at once.
            if (m_text.sliced(m_at).startsWith(">"))
                ++m_at;
            else if (m_text.sliced(m_at).startsWith("->"))
                m_at += 2;
            else
                skipPast(QByteArrayView("-->"));
        } else if (rest.startsWith("![CDATA[") && inForeignContent()) {
            skipPast(QByteArrayView("]]>"));
        } else {
            skipPast('>'); // doctype, or a bogus comment
        }
    }

    // The tag's name from m_at, lower-cased, as gumbo knows it.
    Open readName()
    {
        char name[32];
        qsizetype length = 0;
        quint32 hash = 2166136261u;
        while (m_at < m_text.size()) {
            const char c = m_text.at(m_at);
            if (isSpace(c) || c == '/' || c == '>')
                break;
            const char l = lower(c);
            if (length < qsizetype(sizeof name))
                name[length] = l;
            ++length;
            hash = (hash ^ quint8(l)) * 16777619u;
            ++m_at;
        }
        Open open;
        if (length <= qsizetype(sizeof name))
            open.tag = gumbo_tagn_enum(name, unsigned(length));
        if (open.tag == GUMBO_TAG_UNKNOWN)
            open.hash = hash;
        return open;
    }

    // Attributes up to the tag's end, counted; false when the text ends
    // inside the tag (the parser drops such a tag).
    bool readAttributes(qsizetype tagStart, bool *selfClosing)
    {
        const qsizetype size = m_text.size();
        int count = 0;
        *selfClosing = false;
        while (m_at < size) {
            const char c = m_text.at(m_at);
            if (isSpace(c)) {
                ++m_at;
                continue;
            }
            if (c == '/') {
                ++m_at;
                *selfClosing = m_at < size && m_text.at(m_at) == '>';
                continue;
            }
            if (c == '>') {
                ++m_at;
                return true;
            }
            // A name: its first character may be anything, even "=".
            ++m_at;
            while (m_at < size && !isSpace(m_text.at(m_at)) && m_text.at(m_at) != '/' && m_text.at(m_at) != '>'
                && m_text.at(m_at) != '=')
                ++m_at;
            // gumbo compares each attribute's name with those before it.
            m_work += count;
            if (++count > MaxAttributes) {
                m_refusal = translated(QT_TRANSLATE_NOOP("Byline::ArticleHtml",
                                           "Line %1: an element has more than %2 attributes; Byline reads up to %2 "
                                           "on one element."))
                                .arg(lineAt(tagStart))
                                .arg(MaxAttributes);
                return false;
            }
            while (m_at < size && isSpace(m_text.at(m_at)))
                ++m_at;
            if (m_at >= size || m_text.at(m_at) != '=')
                continue;
            ++m_at;
            while (m_at < size && isSpace(m_text.at(m_at)))
                ++m_at;
            if (m_at >= size)
                return false;
            const char quote = m_text.at(m_at);
            if (quote == '"' || quote == '\'') {
                const qsizetype end = m_text.indexOf(quote, m_at + 1);
                if (end < 0)
                    return false;
                m_at = end + 1;
            } else {
                while (m_at < size && !isSpace(m_text.at(m_at)) && m_text.at(m_at) != '>')
                    ++m_at;
            }
        }
        return false;
    }

    // Index of the nearest open element matching, unless one of stop comes
    // first; -1 when none.
    qsizetype find(const auto &matches, const TagSet &stop) const
    {
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            const Open &open = m_stack.at(i);
            if (matches(open))
                return i;
            if (stop.test(open.tag))
                return -1;
        }
        return -1;
    }

    void popThrough(qsizetype index)
    {
        if (index >= 0)
            m_stack.resize(index);
    }

    void closeImplied(const Open &tag)
    {
        const TagSets &s = sets();
        auto is = [](GumboTag wanted) { return [wanted](const Open &open) { return open.tag == wanted; }; };
        if (s.closesParagraph.test(tag.tag))
            popThrough(find(is(GUMBO_TAG_P), s.buttonScope));
        if (s.headings.test(tag.tag) && !m_stack.isEmpty() && s.headings.test(m_stack.last().tag))
            m_stack.removeLast();
        switch (tag.tag) {
        case GUMBO_TAG_LI:
            popThrough(find(is(GUMBO_TAG_LI), s.listItemStop));
            break;
        case GUMBO_TAG_DD:
        case GUMBO_TAG_DT:
            popThrough(find(
                [](const Open &open) { return open.tag == GUMBO_TAG_DD || open.tag == GUMBO_TAG_DT; }, s.listItemStop));
            break;
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
            popThrough(find([](const Open &open) { return open.tag == GUMBO_TAG_TD || open.tag == GUMBO_TAG_TH; },
                s.tableScope | tagSet({GUMBO_TAG_TR})));
            break;
        case GUMBO_TAG_TR:
            popThrough(find(is(GUMBO_TAG_TR), s.tableScope));
            break;
        case GUMBO_TAG_TBODY:
        case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TFOOT:
            popThrough(find(
                [](const Open &open) {
                    return open.tag == GUMBO_TAG_TBODY || open.tag == GUMBO_TAG_THEAD || open.tag == GUMBO_TAG_TFOOT;
                },
                s.tableScope));
            break;
        case GUMBO_TAG_TABLE: {
            // A table directly in a table (not in a cell) closes the first.
            const qsizetype cell = find(
                [](const Open &open) {
                    return open.tag == GUMBO_TAG_TD || open.tag == GUMBO_TAG_TH || open.tag == GUMBO_TAG_CAPTION
                        || open.tag == GUMBO_TAG_TABLE;
                },
                {});
            if (cell >= 0 && m_stack.at(cell).tag == GUMBO_TAG_TABLE)
                popThrough(cell);
            break;
        }
        case GUMBO_TAG_OPTION:
        case GUMBO_TAG_OPTGROUP:
            if (!m_stack.isEmpty() && m_stack.last().tag == GUMBO_TAG_OPTION)
                m_stack.removeLast();
            if (tag.tag == GUMBO_TAG_OPTGROUP && !m_stack.isEmpty() && m_stack.last().tag == GUMBO_TAG_OPTGROUP)
                m_stack.removeLast();
            break;
        case GUMBO_TAG_BUTTON:
            popThrough(find(is(GUMBO_TAG_BUTTON), s.scope));
            break;
        case GUMBO_TAG_A:
        case GUMBO_TAG_NOBR: {
            // A second one closes the first (the adoption agency); what
            // was inside stays open.
            const qsizetype open = find(is(tag.tag), s.scope);
            if (open >= 0)
                m_stack.remove(open);
            break;
        }
        default:
            break;
        }
    }

    // gumbo walks its stack of open elements for most tags (scope checks,
    // implied end tags); a deep stack under many tags is quadratic work.
    bool spend(qsizetype tagStart)
    {
        m_work += m_stack.size();
        if (m_work <= MaxParserWork)
            return true;
        m_refusal = translated(QT_TRANSLATE_NOOP("Byline::ArticleHtml",
                                   "Line %1: the HTML is too complex to read: nested elements or attributes repeat so "
                                   "often that reading them would take too long."))
                        .arg(lineAt(tagStart));
        return false;
    }

    void startTag()
    {
        const qsizetype tagStart = m_at - 1;
        if (!spend(tagStart))
            return;
        Open tag = readName();
        const QByteArrayView name = m_text.sliced(tagStart + 1, m_at - tagStart - 1);
        bool selfClosing = false;
        if (!readAttributes(tagStart, &selfClosing))
            return;
        const TagSets &s = sets();
        if (inForeignContent() && s.breakOut.test(tag.tag)) {
            while (!m_stack.isEmpty() && m_stack.last().foreign)
                m_stack.removeLast();
        }
        if (inForeignContent()) {
            if (selfClosing)
                return;
            tag.foreign = true;
            tag.foreignContent = !s.integration.test(tag.tag);
        } else {
            if (s.empty.test(tag.tag))
                return;
            if (tag.tag == GUMBO_TAG_PLAINTEXT) {
                m_at = m_text.size(); // the rest is text
                return;
            }
            closeImplied(tag);
            if (s.rawText.test(tag.tag)) {
                skipRawText(name);
                return;
            }
            if (tag.tag == GUMBO_TAG_SVG || tag.tag == GUMBO_TAG_MATH) {
                if (selfClosing)
                    return;
                tag.foreign = true;
                tag.foreignContent = true;
            }
        }
        m_stack.append(tag);
        if (m_stack.size() > MaxNestingDepth)
            m_refusal = nestedTooDeep(lineAt(tagStart));
    }

    // To the end tag of the raw text element just started.
    void skipRawText(QByteArrayView name)
    {
        for (qsizetype at = m_text.indexOf("</", m_at); at >= 0; at = m_text.indexOf("</", at + 2)) {
            const qsizetype after = at + 2 + name.size();
            if (after <= m_text.size() && m_text.sliced(at + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0
                && (after == m_text.size() || isSpace(m_text.at(after)) || m_text.at(after) == '/'
                    || m_text.at(after) == '>')) {
                m_at = at;
                return;
            }
        }
        m_at = m_text.size();
    }

    void endTag()
    {
        ++m_at;
        if (m_at >= m_text.size() || !isAsciiLetter(m_text.at(m_at))) {
            skipPast('>'); // </> or a bogus comment
            return;
        }
        const qsizetype tagStart = m_at - 2;
        if (!spend(tagStart))
            return;
        const Open tag = readName();
        bool selfClosing = false;
        if (!readAttributes(tagStart, &selfClosing))
            return;
        const TagSets &s = sets();
        auto same = [&tag](const Open &open) { return open.sameName(tag); };
        if (inForeignContent()) {
            popThrough(find(same, s.scope));
        } else if (s.headings.test(tag.tag)) {
            popThrough(find([&s](const Open &open) { return s.headings.test(open.tag); }, s.scope));
        } else if (tag.tag == GUMBO_TAG_LI) {
            popThrough(find(same, s.scope | tagSet({GUMBO_TAG_OL, GUMBO_TAG_UL})));
        } else if (s.tableParts.test(tag.tag)) {
            popThrough(find(same, s.tableScope));
        } else if (s.blocks.test(tag.tag) || s.formatting.test(tag.tag)) {
            popThrough(find(same, s.scope));
        } else {
            popThrough(find(same, s.special));
        }
    }
};

} // namespace

QString checkLimits(QByteArrayView utf8, int *line)
{
    if (utf8.size() > MaxHtmlBytes)
        return translated(
            QT_TRANSLATE_NOOP("Byline::ArticleHtml", "The HTML is %1 MB; Byline reads up to %2 MB of HTML at once."))
            .arg(megabytes(utf8.size()), megabytes(MaxHtmlBytes));
    Scanner scanner(utf8);
    QString refusal = scanner.run();
    if (line)
        *line = scanner.line;
    return refusal;
}

} // namespace Byline::ArticleHtml
