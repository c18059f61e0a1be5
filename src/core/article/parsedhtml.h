#pragma once

#include "htmllimits.h"

#include <QByteArray>
#include <QString>

#include <gumbo.h>

#include <memory>

namespace Byline::ArticleHtml {

// gumbo 0.13 given untrusted HTML without limits takes gigabytes (it copies
// the stack of open elements into every parse error), minutes (scope checks
// over 100,000 open elements, duplicate checks over 200,000 attributes) or the
// stack (its tree is freed recursively). Everything that parses HTML from
// outside goes through ParsedHtml.
//
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
