#pragma once

#include "article/article.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Byline {

// An article from a saved web page: headline (og:title, <h1>, <title>),
// deck (a .subtitle/.deck element or an <h2> by the headline, else
// og:description), summary (meta description), byline (meta author, or a
// "[매체] 이름 기자 =" opening, which is then taken out of the body; both
// read by BylineText), section (article:section), tags (article:tag,
// keywords) and the body (<article>, else the element holding the most
// paragraph text) sanitized to the article HTML profile. The page's charset
// is honoured (UTF-8, EUC-KR, ...). The result is a new draft with a new UUID.
std::optional<Article> importHtmlArticle(const QByteArray &html, QString *error);

// Text in UTF-16 or UTF-32 (by its byte order mark, or UTF-16 without one
// when it starts with ASCII, as markup and JSON do), or UTF-8 with a byte
// order mark, as UTF-8 without one; anything else is returned unchanged
// (UTF-8 or a legacy charset, for the reader to decide).
QByteArray unicodeTextAsUtf8(const QByteArray &bytes);

} // namespace Byline
