#pragma once

#include <QList>
#include <QString>

// The article HTML profile's model, shared by its three parts, so that all of
// them agree on one canonical serialization:
//   the sanitizer  (articlehtml_sanitizer.cpp): any HTML into profile blocks;
//   the serializer (articlehtml_serializer.cpp): profile blocks into the
//                  canonical HTML, for the sanitizer and the editor's
//                  document (bodydocument.cpp) alike;
//   the validator  (articlehtml_validator.cpp): what the sanitizer would
//                  change in HTML typed in the source view.
// articlehtml.h is the public face; the profile's own rules are in
// articlehtml.cpp.
namespace Byline::ArticleHtml::Detail {

// A piece of inline content with the formats that apply to it. Nesting of
// <strong>, <em> and <a> is not stored: it is derived when serializing, so
// <strong><strong>x</strong></strong> and <b>x</b> become the same runs.
struct Run
{
    QString text; // empty for a line break
    bool lineBreak = false;
    bool strong = false;
    bool em = false;
    QString href;

    bool sameFormat(const Run &other) const { return strong == other.strong && em == other.em && href == other.href; }
};

enum class BlockKind
{
    Paragraph,
    Heading2,
    Heading3,
    ListItem,
    Photo,
    Embed,
};

struct Block
{
    BlockKind kind = BlockKind::Paragraph;
    bool quote = false; // paragraphs only
    int list = 0; // list identity, list items only
    bool ordered = false;
    QString photoId;
    QString embedUrl;
    QList<Run> runs; // the caption for a photo

    bool isEmpty() const;
};

// --- The profile's rules (articlehtml.cpp) ---

bool isCollapsibleSpace(char16_t c);
// Characters text never keeps (controls, the byte order mark, the editor's
// object character).
bool isDroppedCharacter(char16_t c);
// An attribute value (link, photo id, embed) without the characters text
// drops either, trimmed.
QString cleanedAttribute(QString value);
bool isAllowedHref(const QString &href);
bool isAllowedEmbedUrl(const QString &url);

// --- The serializer (articlehtml_serializer.cpp) ---

// Collapses white space as a browser would, trims block edges, drops empty
// runs and formats a heading (strong) or caption (em) already has, merges
// equal neighbours: the one normal form of a block's inline content.
void normalizeRuns(QList<Run> &runs, BlockKind kind);

QString inlineHtml(const QList<Run> &runs);
// The block's own line ("<p>…</p>\n"), without list or quote containers;
// empty for an empty block.
QString blockHtml(const Block &block);

// How consecutive blocks are grouped into <ul>, <ol> and <blockquote>.
struct Container
{
    enum Type
    {
        None,
        Quote,
        UnorderedList,
        OrderedList,
    };
    Type type = None;
    qintptr list = 0;

    bool operator==(const Container &) const = default;
};

Container containerOf(const Block &block);
void appendContainerChange(QString &out, const Container &from, const Container &to);

QString serialize(const QList<Block> &blocks);

// --- The sanitizer (articlehtml_sanitizer.cpp) ---

// Any HTML into normalized profile blocks; none when the HTML is beyond the
// limits (parsedhtml.h), and *refusal says why.
QList<Block> parse(const QString &html, QString *refusal = nullptr);

// Elements removed with their content (script, nav, img, …).
bool isDroppedElement(const QString &name);

} // namespace Byline::ArticleHtml::Detail
