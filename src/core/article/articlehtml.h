#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The article HTML profile (docs/article-format.md): p, h2, h3, blockquote,
// ul, ol, li, strong, em, a (http, https, mailto), br,
// <figure data-photo="ID"><figcaption>…</figcaption></figure> and
// <figure data-embed="URL"></figure>. Everything else is unwrapped or dropped.
namespace Byline::ArticleHtml {

struct Problem
{
    int line = 0; // 1-based, in the text that was checked
    int column = 0; // 1-based
    QString message; // translated, for the person
};

// Any HTML (paste from Word, LibreOffice, Hangul, web pages; imported pages)
// into normalized profile HTML: one canonical serialization, each block on
// its own line. HTML beyond the limits Byline reads (size, nesting depth,
// attributes; docs/article-format.md) is refused: the result is empty and
// *refusal says why, translated (empty when the HTML was read).
QString sanitize(const QString &html, QString *refusal = nullptr);

// Checks HTML typed in the source view. Empty when it is already in the
// profile; otherwise each thing the sanitizer would change or drop, or why
// the HTML is refused.
QList<Problem> validate(const QString &html);

// Plain text to profile paragraphs (blank lines or single newlines split
// paragraphs, as a plain-text paste expects).
QString fromPlainText(const QString &text);

// The readable text of profile HTML (blocks separated by newlines), for
// counting and search.
QString toPlainText(const QString &profileHtml);

} // namespace Byline::ArticleHtml
