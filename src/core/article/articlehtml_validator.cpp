#include "articlehtml.h"
#include "articlehtml_p.h"
#include "parsedhtml.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Byline::ArticleHtml {

using namespace Detail;

// The validator, the source view's checker: walks the same parse with source
// positions and names what the sanitizer would change.
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
    const ParsedHtml page(html.toUtf8());
    if (!page.document()) {
        Problem problem;
        problem.line = std::max(page.refusalLine(), 1);
        problem.column = 1;
        problem.message = page.refusal();
        return {problem};
    }
    const QString sanitized = sanitize(html);
    if (squashed(sanitized) == squashed(html))
        return {};

    Checker checker(page.utf8());
    checker.check(page.document(), Checker::Outside);
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

} // namespace Byline::ArticleHtml
