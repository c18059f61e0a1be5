#include "bodyediting.h"

#include "bodydocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Byline::BodyEditing {

namespace {

// Calls f for each block the cursor's selection touches.
template<typename F> void forEachBlock(const QTextCursor &cursor, F f)
{
    QTextDocument *document = cursor.document();
    QTextBlock block = document->findBlock(cursor.selectionStart());
    const QTextBlock last = document->findBlock(cursor.selectionEnd());
    while (block.isValid()) {
        f(block);
        if (block == last)
            break;
        block = block.next();
    }
}

QString figurePhotoId(const QTextBlock &block)
{
    return block.blockFormat().stringProperty(BodyFormat::FigurePhotoProperty).trimmed();
}

bool isFigure(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    return format.hasProperty(BodyFormat::FigurePhotoProperty) || format.hasProperty(BodyFormat::EmbedUrlProperty);
}

// Headings look like Qt's own <h2>/<h3> (size adjustment and bold): the
// structure is the heading level; this is only how it looks while editing.
// Each fragment keeps its other properties (italic, links).
void styleBlockText(const QTextBlock &block, int headingLevel)
{
    const int adjustment = headingLevel == 2 ? 2 : headingLevel == 3 ? 1 : 0;
    QList<std::pair<QTextCursor, QTextCharFormat>> changes;
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        QTextCharFormat format = fragment.charFormat();
        const bool wasHeading = format.hasProperty(QTextFormat::FontSizeAdjustment)
            && format.intProperty(QTextFormat::FontSizeAdjustment) > 0;
        if (headingLevel) {
            format.setProperty(QTextFormat::FontSizeAdjustment, adjustment);
            format.setFontWeight(QFont::Bold);
        } else {
            format.clearProperty(QTextFormat::FontSizeAdjustment);
            if (wasHeading)
                format.clearProperty(QTextFormat::FontWeight); // the heading's weight, not the person's
        }
        QTextCursor cursor(const_cast<QTextDocument *>(block.document()));
        cursor.setPosition(fragment.position());
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
        changes.append({cursor, format});
    }
    for (auto &[cursor, format] : changes)
        cursor.setCharFormat(format);
    QTextCursor blockCursor(block);
    QTextCharFormat blockChar = block.charFormat();
    if (headingLevel) {
        blockChar.setProperty(QTextFormat::FontSizeAdjustment, adjustment);
        blockChar.setFontWeight(QFont::Bold);
    } else {
        blockChar.clearProperty(QTextFormat::FontSizeAdjustment);
        blockChar.clearProperty(QTextFormat::FontWeight);
    }
    blockCursor.setBlockCharFormat(blockChar);
}

} // namespace

BlockKind blockKind(const QTextCursor &cursor)
{
    const QTextBlockFormat format = cursor.blockFormat();
    if (format.headingLevel() == 2)
        return BlockKind::Heading2;
    if (format.headingLevel() == 3)
        return BlockKind::Heading3;
    if (format.boolProperty(BodyFormat::QuoteProperty))
        return BlockKind::Quote;
    return BlockKind::Paragraph;
}

void setBlockKind(QTextCursor &cursor, BlockKind kind)
{
    cursor.beginEditBlock();
    forEachBlock(cursor, [kind](const QTextBlock &block) {
        if (isFigure(block))
            return;
        QTextCursor blockCursor(block);
        if (kind != BlockKind::Paragraph && kind != BlockKind::Quote) {
            if (QTextList *list = block.textList())
                list->remove(block);
        }
        QTextBlockFormat format = block.blockFormat();
        const int level = kind == BlockKind::Heading2 ? 2 : kind == BlockKind::Heading3 ? 3 : 0;
        format.setHeadingLevel(level);
        if (kind == BlockKind::Quote) {
            format.setProperty(BodyFormat::QuoteProperty, true);
            format.setLeftMargin(24);
        } else {
            format.clearProperty(BodyFormat::QuoteProperty);
            format.setLeftMargin(0);
        }
        blockCursor.setBlockFormat(format);
        styleBlockText(block, level);
    });
    cursor.endEditBlock();
}

bool isInList(const QTextCursor &cursor, QTextListFormat::Style style)
{
    const QTextList *list = cursor.currentList();
    return list && list->format().style() == style;
}

void toggleList(QTextCursor &cursor, QTextListFormat::Style style)
{
    cursor.beginEditBlock();
    if (isInList(cursor, style)) {
        forEachBlock(cursor, [](const QTextBlock &block) {
            if (QTextList *list = block.textList()) {
                list->remove(block);
                QTextCursor blockCursor(block);
                QTextBlockFormat format = block.blockFormat();
                format.setIndent(0);
                blockCursor.setBlockFormat(format);
            }
        });
        cursor.endEditBlock();
        return;
    }
    // Headings and quotes become plain list items: a list holds paragraphs.
    setBlockKind(cursor, BlockKind::Paragraph);
    QTextList *list = nullptr;
    forEachBlock(cursor, [&list, style](const QTextBlock &block) {
        if (isFigure(block))
            return;
        if (QTextList *current = block.textList())
            current->remove(block);
        if (!list) {
            QTextListFormat format;
            format.setStyle(style);
            list = QTextCursor(block).createList(format);
        } else {
            list->add(block);
        }
    });
    cursor.endEditBlock();
}

namespace {
void toggleCharProperty(QTextCursor &cursor, bool on, const std::function<void(QTextCharFormat &, bool)> &set)
{
    QTextCharFormat format;
    set(format, on);
    cursor.mergeCharFormat(format);
}
} // namespace

bool isBold(const QTextCursor &cursor)
{
    if (!cursor.hasSelection())
        return cursor.charFormat().fontWeight() >= QFont::DemiBold && cursor.blockFormat().headingLevel() == 0;
    // Bold only when every character of the selection is.
    QTextCursor probe(cursor.document());
    for (int position = cursor.selectionStart() + 1; position <= cursor.selectionEnd(); ++position) {
        probe.setPosition(position);
        if (probe.charFormat().fontWeight() < QFont::DemiBold && probe.block().text().size() > 0)
            return false;
    }
    return true;
}

bool isItalic(const QTextCursor &cursor)
{
    if (!cursor.hasSelection())
        return cursor.charFormat().fontItalic();
    QTextCursor probe(cursor.document());
    for (int position = cursor.selectionStart() + 1; position <= cursor.selectionEnd(); ++position) {
        probe.setPosition(position);
        if (!probe.charFormat().fontItalic() && probe.block().text().size() > 0)
            return false;
    }
    return true;
}

void toggleBold(QTextCursor &cursor)
{
    toggleCharProperty(cursor, !isBold(cursor),
        [](QTextCharFormat &format, bool on) { format.setFontWeight(on ? QFont::Bold : QFont::Normal); });
}

void toggleItalic(QTextCursor &cursor)
{
    toggleCharProperty(cursor, !isItalic(cursor), [](QTextCharFormat &format, bool on) { format.setFontItalic(on); });
}

QString normalizeLink(const QString &input, QString *error)
{
    auto fail = [error](const char *message) {
        if (error)
            *error = QCoreApplication::translate("Byline::BodyEditing", message);
        return QString();
    };
    QString text = input.trimmed();
    if (text.isEmpty())
        return fail(QT_TRANSLATE_NOOP("Byline::BodyEditing", "Type a web or email address."));
    static const QRegularExpression scheme(u"^([a-zA-Z][a-zA-Z0-9+.-]*):"_s);
    const QRegularExpressionMatch match = scheme.match(text);
    if (!match.hasMatch()) {
        if (text.contains(u'@') && !text.contains(u'/'))
            text.prepend(u"mailto:"_s);
        else
            text.prepend(u"https://"_s);
    }
    const QUrl url = QUrl::fromUserInput(text);
    const QString lower = url.scheme().toLower();
    if (lower != "http"_L1 && lower != "https"_L1 && lower != "mailto"_L1)
        return fail(QT_TRANSLATE_NOOP(
            "Byline::BodyEditing", "Only web (http, https) and email (mailto) links can go in an article."));
    if (!url.isValid() || (lower != "mailto"_L1 && (url.host().isEmpty() || !url.host().contains(u'.'))))
        return fail(QT_TRANSLATE_NOOP("Byline::BodyEditing", "This is not a complete address."));
    if (lower == "mailto"_L1 && !url.path().contains(u'@'))
        return fail(QT_TRANSLATE_NOOP("Byline::BodyEditing", "This is not a complete email address."));
    return url.toString(QUrl::FullyEncoded);
}

QString linkAt(const QTextCursor &cursor)
{
    QTextCursor probe = cursor;
    if (cursor.hasSelection())
        probe.setPosition(cursor.selectionStart() + 1);
    return probe.charFormat().anchorHref();
}

void setLink(QTextCursor &cursor, const QString &url)
{
    cursor.beginEditBlock();
    if (!cursor.hasSelection()) {
        // Select the link under the cursor to change or remove it.
        const QString current = linkAt(cursor);
        if (!current.isEmpty()) {
            const QTextBlock block = cursor.block();
            for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.contains(cursor.position()) && fragment.charFormat().anchorHref() == current) {
                    cursor.setPosition(fragment.position());
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                    break;
                }
            }
        } else if (!url.isEmpty()) {
            QTextCharFormat format = cursor.charFormat();
            format.setAnchor(true);
            format.setAnchorHref(url);
            format.setFontUnderline(true);
            format.setForeground(QColor(0x1a, 0x5f, 0xb4));
            const QString shown = url.startsWith("mailto:"_L1) ? url.mid(7) : url;
            cursor.insertText(shown, format);
            cursor.insertText(QString(), QTextCharFormat()); // typing after the link is not linked
            cursor.endEditBlock();
            return;
        }
    }
    QTextCharFormat format;
    if (url.isEmpty()) {
        format.setAnchor(false);
        format.setAnchorHref(QString());
        format.setFontUnderline(false);
        format.clearForeground();
        cursor.mergeCharFormat(format);
        QTextCharFormat cleared;
        cleared.clearProperty(QTextFormat::AnchorHref);
        cleared.clearProperty(QTextFormat::IsAnchor);
        cleared.clearForeground();
        cursor.mergeCharFormat(cleared);
    } else {
        format.setAnchor(true);
        format.setAnchorHref(url);
        format.setFontUnderline(true);
        format.setForeground(QColor(0x1a, 0x5f, 0xb4));
        cursor.mergeCharFormat(format);
    }
    cursor.endEditBlock();
}

void clearFormatting(QTextCursor &cursor)
{
    cursor.beginEditBlock();
    if (cursor.hasSelection()) {
        QTextCursor inline_ = cursor;
        QTextCharFormat plain;
        plain.setFontWeight(QFont::Normal);
        plain.setFontItalic(false);
        plain.setFontUnderline(false);
        plain.setAnchor(false);
        plain.setAnchorHref(QString());
        inline_.setCharFormat(plain);
    }
    setBlockKind(cursor, BlockKind::Paragraph);
    forEachBlock(cursor, [](const QTextBlock &block) {
        if (QTextList *list = block.textList())
            list->remove(block);
    });
    cursor.endEditBlock();
}

bool insertFigure(QTextCursor &cursor, const Photo &photo)
{
    if (!Photo::isValidId(photo.id))
        return false;
    BodyDocument::insertFigure(cursor, photo.id, photo.caption);
    return true;
}

int figureCount(const QTextDocument *document, const QString &photoId)
{
    int count = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        count += !photoId.isEmpty() && figurePhotoId(block) == photoId;
    return count;
}

int removeFigures(QTextDocument *document, const QString &photoId)
{
    QList<int> figures;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!photoId.isEmpty() && figurePhotoId(block) == photoId)
            figures.prepend(block.blockNumber()); // last first: the numbers before it stay
    }
    if (figures.isEmpty())
        return 0;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (const int number : std::as_const(figures)) {
        const QTextBlock block = document->findBlockByNumber(number);
        if (const QTextBlock previous = block.previous(); previous.isValid()) {
            // From the end of the block before: that block keeps its own format.
            cursor.setPosition(previous.position() + previous.length() - 1);
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            continue;
        }
        // The first block: it and the block break after it go, and the block
        // that was next keeps its format (a list item its list).
        const QTextBlock next = block.next();
        if (!next.isValid()) {
            cursor.select(QTextCursor::Document);
            cursor.removeSelectedText();
            cursor.setBlockFormat(QTextBlockFormat());
            cursor.setBlockCharFormat(QTextCharFormat());
            continue;
        }
        const QTextBlockFormat nextFormat = next.blockFormat();
        const QTextCharFormat nextChar = next.charFormat();
        cursor.setPosition(block.position());
        cursor.setPosition(next.position(), QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.setBlockFormat(nextFormat);
        cursor.setBlockCharFormat(nextChar);
    }
    cursor.endEditBlock();
    return int(figures.size());
}

} // namespace Byline::BodyEditing
