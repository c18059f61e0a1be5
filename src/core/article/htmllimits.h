#pragma once

#include <QByteArrayView>
#include <QString>

// How much HTML Byline reads at once (docs/article-format.md, "Limits"). Real
// pages stay far below each; beyond them gumbo 0.13 takes gigabytes, minutes
// or the stack (parsedhtml.h).
namespace Byline::ArticleHtml {

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

// The refusal of HTML nested deeper than MaxNestingDepth at the line.
QString nestedTooDeep(int line);

} // namespace Byline::ArticleHtml
