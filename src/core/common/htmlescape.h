#pragma once

#include <QString>
#include <QStringView>

// The one HTML escape of Byline: the article profile's serializer, the
// renderer, the CMS markup, the template engine and the exported page all
// escape through here. Only the characters that could end the text or value
// become references; everything else (Hangul, 한자, emoji, non-BMP
// characters, full-width punctuation) is written as it is.
namespace Byline::HtmlEscape {

// Text between tags: &, < and > (the article profile's text,
// docs/article-format.md "Canonical serialization").
QString text(QStringView text);

// An attribute value inside double quotes, as Byline writes every
// attribute: &, <, > and ".
QString attribute(QStringView value);

// A value whose place is not known when it is escaped: a template's
// {{value}} may stand in text or in an attribute quoted either way, so ' is
// escaped (as &#39;) as well.
QString anywhere(QStringView value);

} // namespace Byline::HtmlEscape
