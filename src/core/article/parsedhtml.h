#pragma once

#include <QByteArray>
#include <QString>

#include <gumbo.h>

#include <memory>

// gumbo 0.13 given untrusted HTML without limits takes gigabytes (it copies
// the stack of open elements into every parse error), minutes (scope checks
// over 100,000 open elements, duplicate checks over 200,000 attributes) or the
// stack (its tree is freed recursively). Everything that parses HTML from
// outside goes through ParsedHtml.
namespace Byline::ArticleHtml {

// How much HTML Byline reads at once (docs/article-format.md, "Limits").
// Real pages stay far below each.
inline constexpr qsizetype MaxHtmlBytes = 8 * 1024 * 1024; // UTF-8
inline constexpr int MaxNestingDepth = 512; // where Chromium's parser stops nesting too
inline constexpr int MaxAttributes = 256; // on one element
// Steps of gumbo's walks over its open elements and its attribute checks,
// as the scan counts them: real pages take under 200,000.
inline constexpr qint64 MaxParserWork = 16'000'000;

// Why the HTML is beyond those limits, translated and naming the line, from a
// scan of the text alone (no parser): empty when it is within them. Elements
// that HTML closes by itself (p, li, td, option, …) are closed here too, so
// pages that leave them open are not deep. *line is the line it names.
QString checkLimits(QByteArrayView utf8, int *line = nullptr);

// gumbo's tree of untrusted HTML (UTF-8), or a refusal: the text is checked
// with checkLimits() before parsing, the parser's memory is bounded while it
// runs (a few hundred bytes of HTML can still make it clone elements without
// end), and the tree is at most MaxNestingDepth deep, so a recursive walk of
// it is bounded.
class ParsedHtml
{
public:
    explicit ParsedHtml(const QByteArray &utf8);
    ~ParsedHtml();
    ParsedHtml(const ParsedHtml &) = delete;
    ParsedHtml &operator=(const ParsedHtml &) = delete;

    // Null when refused. Nodes point into utf8().
    const GumboNode *document() const;
    // Translated, for the person; empty when parsed.
    QString refusal() const { return m_refusal; }
    // The line the refusal names; 0 when it names none.
    int refusalLine() const { return m_refusalLine; }
    const QByteArray &utf8() const { return m_utf8; }

    // The parser's memory budget for so many bytes of HTML.
    static size_t memoryBudget(qsizetype bytes);

private:
    struct Arena;
    QByteArray m_utf8;
    std::unique_ptr<Arena> m_arena;
    GumboOutput *m_output = nullptr;
    QString m_refusal;
    int m_refusalLine = 0;
};

namespace Detail {

// The element's lower-case name, also for elements gumbo does not know.
QString tagName(const GumboElement &element);
QString attribute(const GumboElement &element, const char *name);
bool hasAttribute(const GumboElement &element, const char *name);

} // namespace Detail

} // namespace Byline::ArticleHtml
