#pragma once

#include "article/photo.h"

#include <QString>
#include <QTextListFormat>

class QTextCursor;
class QTextDocument;

// The editor's formatting commands, on a QTextCursor over a body document
// (see bodydocument.h for the representation). Each is one undo step.
namespace Byline::BodyEditing {

enum class BlockKind
{
    Paragraph,
    Heading2,
    Heading3,
    Quote,
};

BlockKind blockKind(const QTextCursor &cursor);
// Applies to every block the selection touches. Leaves lists for headings.
void setBlockKind(QTextCursor &cursor, BlockKind kind);

// Bulleted (ListDisc) or numbered (ListDecimal); again removes the list.
void toggleList(QTextCursor &cursor, QTextListFormat::Style style);
bool isInList(const QTextCursor &cursor, QTextListFormat::Style style);

// With a selection: toggles over it. Without: the format for the next typing.
void toggleBold(QTextCursor &cursor);
void toggleItalic(QTextCursor &cursor);
bool isBold(const QTextCursor &cursor);
bool isItalic(const QTextCursor &cursor);

// Checks a link typed by a person: http, https and mailto only; "www.…" and
// bare domains get https://, an address with @ gets mailto:. Empty on error.
QString normalizeLink(const QString &input, QString *error);
// Links the selection (or inserts the URL as linked text); an empty URL
// removes the link under the cursor.
void setLink(QTextCursor &cursor, const QString &url);
QString linkAt(const QTextCursor &cursor);

// Removes bold, italic and links, and turns blocks back into paragraphs.
void clearFormatting(QTextCursor &cursor);

// The photo's figure, captioned as the photo is, after the cursor's position
// (BodyDocument::insertFigure). False for a photo id Byline does not accept.
bool insertFigure(QTextCursor &cursor, const Photo &photo);
// How many figures in the body show the photo.
int figureCount(const QTextDocument *document, const QString &photoId);
// Takes every figure of the photo out of the body, block and all, as one
// undo step of the QTextDocument; returns how many went.
int removeFigures(QTextDocument *document, const QString &photoId);

} // namespace Byline::BodyEditing
