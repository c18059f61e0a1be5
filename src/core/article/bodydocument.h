#pragma once

#include <QString>
#include <QTextFormat>
#include <QVector>

class QTextCursor;
class QTextDocument;

// The article body as a QTextDocument for the editor, and back to profile
// HTML. QTextDocument::toHtml() is never the stored format.
//
// Representation in the QTextDocument:
// - p: a plain block. h2/h3: QTextBlockFormat::headingLevel() 2 or 3.
// - blockquote: blocks with BodyFormat::QuoteProperty = true (consecutive
//   quote blocks form one blockquote of several paragraphs).
// - ul/ol: a QTextList (ListDisc / ListDecimal), one block per li.
// - strong/em: font weight bold / italic. a: anchor href on the char format.
// - br: QChar::LineSeparator inside a block.
// - figure (photo): a block with BodyFormat::FigurePhotoProperty = photo id,
//   starting with one object replacement character whose QTextImageFormat
//   name is "byline-photo:ID"; the rest of the block is the caption.
// - figure (embed): a block with BodyFormat::EmbedUrlProperty = URL, its text
//   the URL.
namespace Byline::BodyFormat {

enum Property
{
    QuoteProperty = QTextFormat::UserProperty + 1,
    FigurePhotoProperty,
    EmbedUrlProperty,
};

inline constexpr QLatin1StringView PhotoImagePrefix {"byline-photo:"};

} // namespace Byline::BodyFormat

namespace Byline::BodyDocument {

// Replaces the document's content with profile HTML (sanitized first).
void setProfileHtml(QTextDocument *document, const QString &html);

// Inserts profile HTML at the cursor (paste), as one undo step.
void insertProfileHtml(QTextCursor &cursor, const QString &html);

// The document as normalized profile HTML.
QString toProfileHtml(const QTextDocument *document);

// A photo's figure (the photo, its caption as plain text) as a block of its
// own after the cursor's position, as one undo step. Text after the cursor
// stays a paragraph of its own after the figure. The cursor ends at the end
// of the caption.
void insertFigure(QTextCursor &cursor, const QString &photoId, const QString &caption);

} // namespace Byline::BodyDocument

namespace Byline {

// Serializes a document to profile HTML again and again, redoing only the
// blocks whose revision changed since the last call, so a save of a
// 50,000-word article costs little on the UI thread. Call clear() when the
// document it serializes is destroyed: a new one at the same address would
// otherwise be taken for it.
class BodySerializer
{
public:
    QString serialize(const QTextDocument *document);
    void clear();

private:
    struct CachedBlock
    {
        int revision = -1;
        QString html;
        // QTextBlock::revision() changes with the text only: format changes
        // (bold, heading level, list membership) are caught by these.
        int identity = -1; // the block's fragment index
        size_t formats = 0;
        int container = 0;
    };
    QVector<CachedBlock> m_blocks; // by block number
    const QTextDocument *m_document = nullptr;
};

} // namespace Byline
