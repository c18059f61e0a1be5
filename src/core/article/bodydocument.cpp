#include "bodydocument.h"
#include "articlehtml_p.h"

#include <QColor>
#include <QHash>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace Qt::StringLiterals;
using namespace Byline::ArticleHtml::Detail;

namespace Byline {

namespace {

// Looks only: the serializer reads structure from the properties set in
// blockFormatFor(), never from these.
constexpr qreal QuoteMargin = 24;
constexpr qreal ParagraphSpacing = 10;
constexpr qreal LineHeightPercent = 150;
const QColor LinkColour(0x1a, 0x5f, 0xb4);
const QColor EmbedColour(0x6b, 0x72, 0x80);

enum ContainerKind
{
    NoContainer,
    QuoteContainer,
    ListContainer,
};

BlockKind kindOf(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    if (!format.stringProperty(BodyFormat::FigurePhotoProperty).trimmed().isEmpty())
        return BlockKind::Photo;
    if (isAllowedEmbedUrl(format.stringProperty(BodyFormat::EmbedUrlProperty).trimmed()))
        return BlockKind::Embed;
    if (block.textList())
        return BlockKind::ListItem;
    const int level = format.headingLevel();
    if (level == 1 || level == 2)
        return BlockKind::Heading2;
    if (level >= 3)
        return BlockKind::Heading3;
    return BlockKind::Paragraph;
}

bool isOrdered(const QTextList *list)
{
    // ListDecimal and the alphabetic and roman styles after it number items.
    return list->format().style() <= QTextListFormat::ListDecimal;
}

Block blockFromText(const QTextBlock &textBlock)
{
    Block block;
    block.kind = kindOf(textBlock);
    const QTextBlockFormat format = textBlock.blockFormat();
    switch (block.kind) {
    case BlockKind::Photo:
        block.photoId = format.stringProperty(BodyFormat::FigurePhotoProperty).trimmed();
        break;
    case BlockKind::Embed:
        block.embedUrl = format.stringProperty(BodyFormat::EmbedUrlProperty).trimmed();
        return block;
    case BlockKind::ListItem: {
        const QTextList *list = textBlock.textList();
        block.list = list->objectIndex() + 1;
        block.ordered = isOrdered(list);
        break;
    }
    case BlockKind::Paragraph:
        block.quote = format.boolProperty(BodyFormat::QuoteProperty);
        break;
    default:
        break;
    }
    for (QTextBlock::iterator it = textBlock.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat charFormat = fragment.charFormat();
        Run run;
        run.text = fragment.text();
        run.strong = charFormat.fontWeight() >= QFont::DemiBold;
        run.em = charFormat.fontItalic();
        if (charFormat.isAnchor())
            run.href = charFormat.anchorHref();
        block.runs.append(run);
    }
    normalizeRuns(block.runs, block.kind);
    return block;
}

QTextBlockFormat blockFormatFor(const Block &block)
{
    QTextBlockFormat format;
    // Room between paragraphs and airy lines for long Korean copy; looks
    // only, the serializer reads structure.
    if (block.kind != BlockKind::ListItem)
        format.setBottomMargin(ParagraphSpacing);
    format.setLineHeight(LineHeightPercent, QTextBlockFormat::ProportionalHeight);
    switch (block.kind) {
    case BlockKind::Heading2:
        format.setHeadingLevel(2);
        break;
    case BlockKind::Heading3:
        format.setHeadingLevel(3);
        break;
    case BlockKind::Paragraph:
        if (block.quote) {
            format.setProperty(BodyFormat::QuoteProperty, true);
            format.setLeftMargin(QuoteMargin);
        }
        break;
    case BlockKind::Photo:
        format.setProperty(BodyFormat::FigurePhotoProperty, block.photoId);
        break;
    case BlockKind::Embed:
        format.setProperty(BodyFormat::EmbedUrlProperty, block.embedUrl);
        break;
    case BlockKind::ListItem:
        break;
    }
    return format;
}

QTextCharFormat charFormatFor(const Run &run, BlockKind kind)
{
    QTextCharFormat format;
    if (kind == BlockKind::Heading2 || kind == BlockKind::Heading3) {
        format.setFontWeight(QFont::Bold);
        format.setProperty(QTextFormat::FontSizeAdjustment, kind == BlockKind::Heading2 ? 2 : 1);
    } else if (run.strong) {
        format.setFontWeight(QFont::Bold);
    }
    if (run.em || kind == BlockKind::Photo)
        format.setFontItalic(true);
    if (!run.href.isEmpty()) {
        format.setAnchor(true);
        format.setAnchorHref(run.href);
        format.setFontUnderline(true);
        format.setForeground(LinkColour);
    }
    return format;
}

void insertContent(QTextCursor &cursor, const Block &block, BlockKind kind)
{
    if (block.kind == BlockKind::Photo) {
        QTextImageFormat image;
        image.setName(QString(BodyFormat::PhotoImagePrefix + block.photoId));
        cursor.insertImage(image);
    } else if (block.kind == BlockKind::Embed) {
        QTextCharFormat format;
        format.setForeground(EmbedColour);
        cursor.insertText(block.embedUrl, format);
        return;
    }
    for (const Run &run : block.runs) {
        const QTextCharFormat format = charFormatFor(run, kind);
        if (run.lineBreak)
            cursor.insertText(QString(QChar::LineSeparator), format);
        else
            cursor.insertText(run.text, format);
    }
}

// Puts the cursor's block in the list the pasted item belongs to.
void joinList(QTextCursor &cursor, const Block &block, QHash<int, QTextList *> &lists)
{
    if (block.kind != BlockKind::ListItem)
        return;
    if (QTextList *list = lists.value(block.list)) {
        list->add(cursor.block());
        return;
    }
    QTextListFormat format;
    format.setStyle(block.ordered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
    format.setIndent(1);
    lists.insert(block.list, cursor.createList(format));
}

void insertNewBlock(QTextCursor &cursor, const Block &block, QHash<int, QTextList *> &lists)
{
    cursor.insertBlock(blockFormatFor(block), QTextCharFormat());
    joinList(cursor, block, lists);
    insertContent(cursor, block, block.kind);
}

int containerKind(const Block &block)
{
    switch (containerOf(block).type) {
    case Container::None:
        return NoContainer;
    case Container::Quote:
        return QuoteContainer;
    default:
        return ListContainer;
    }
}

Container containerFor(const QTextBlock &block, int kind)
{
    switch (kind) {
    case QuoteContainer:
        return {Container::Quote, 0};
    case ListContainer: {
        const QTextList *list = block.textList();
        return {isOrdered(list) ? Container::OrderedList : Container::UnorderedList, list->objectIndex() + 1};
    }
    default:
        return {};
    }
}

size_t formatSignature(const QTextBlock &block)
{
    size_t hash = qHashMulti(0, block.blockFormatIndex(), block.length());
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        hash = qHashMulti(hash, fragment.charFormatIndex(), fragment.length());
    }
    return hash;
}

} // namespace

namespace BodyDocument {

void setProfileHtml(QTextDocument *document, const QString &html)
{
    const QList<Block> blocks = parse(html);
    const bool undo = document->isUndoRedoEnabled();
    document->setUndoRedoEnabled(false); // faster, and a fresh document has no history
    document->clear();
    QTextCursor cursor(document);
    QHash<int, QTextList *> lists;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks.at(i);
        if (i == 0) {
            cursor.setBlockFormat(blockFormatFor(block));
            joinList(cursor, block, lists);
            insertContent(cursor, block, block.kind);
        } else {
            insertNewBlock(cursor, block, lists);
        }
    }
    document->setUndoRedoEnabled(undo);
    document->clearUndoRedoStacks();
    document->setModified(false);
}

void insertProfileHtml(QTextCursor &cursor, const QString &html)
{
    const QList<Block> blocks = parse(html);
    if (blocks.isEmpty())
        return;
    cursor.beginEditBlock();
    if (cursor.hasSelection())
        cursor.removeSelectedText();

    QHash<int, QTextList *> lists;
    qsizetype next = 0;
    const Block &first = blocks.first();
    // Pasting into an empty line (or replacing everything, as the source view
    // does) takes the first block's own structure: a heading stays a heading.
    if (cursor.block().length() == 1 && !cursor.block().textList() && first.kind != BlockKind::Photo
        && first.kind != BlockKind::Embed && kindOf(cursor.block()) != BlockKind::Embed) {
        cursor.setBlockFormat(blockFormatFor(first));
        joinList(cursor, first, lists);
        insertContent(cursor, first, first.kind);
        for (qsizetype i = 1; i < blocks.size(); ++i)
            insertNewBlock(cursor, blocks.at(i), lists);
        cursor.endEditBlock();
        return;
    }
    const BlockKind here = kindOf(cursor.block());
    // Like a word processor, the first pasted paragraph continues the one the
    // cursor is in; a pasted list item continues the list the cursor is in.
    if (first.kind != BlockKind::Photo && first.kind != BlockKind::Embed && here != BlockKind::Embed) {
        if (first.kind == BlockKind::ListItem && here == BlockKind::ListItem)
            lists.insert(first.list, cursor.block().textList());
        insertContent(cursor, first, here);
        next = 1;
    }
    for (; next < blocks.size(); ++next)
        insertNewBlock(cursor, blocks.at(next), lists);
    cursor.endEditBlock();
}

void insertFigure(QTextCursor &cursor, const QString &photoId, const QString &caption)
{
    // The same block the sanitizer makes of <figure data-photo><figcaption>,
    // so an inserted figure serializes as a pasted one does.
    Block figure;
    figure.kind = BlockKind::Photo;
    figure.photoId = cleanedAttribute(photoId);
    Run text;
    text.text = caption;
    figure.runs = {text};
    normalizeRuns(figure.runs, figure.kind);
    if (figure.photoId.isEmpty())
        return;
    cursor.beginEditBlock();
    if (cursor.hasSelection())
        cursor.removeSelectedText();
    const bool textAfter = !cursor.atBlockEnd();
    const QTextBlockFormat rest = cursor.blockFormat();
    const QTextCharFormat restChar = cursor.block().charFormat();
    QHash<int, QTextList *> lists;
    insertNewBlock(cursor, figure, lists);
    // The new block took the text after the cursor along: give it back its
    // own block, formatted as it was (a list item stays in its list).
    if (textAfter) {
        cursor.insertBlock(rest, restChar);
        cursor.movePosition(QTextCursor::PreviousBlock);
        cursor.movePosition(QTextCursor::EndOfBlock);
    }
    cursor.endEditBlock();
}

QString toProfileHtml(const QTextDocument *document)
{
    // The sanitizer's own serialization, so both always write the same string.
    QList<Block> blocks;
    blocks.reserve(document->blockCount());
    for (QTextBlock textBlock = document->begin(); textBlock.isValid(); textBlock = textBlock.next())
        blocks.append(blockFromText(textBlock));
    return serialize(blocks);
}

} // namespace BodyDocument

QString BodySerializer::serialize(const QTextDocument *document)
{
    if (document != m_document) {
        m_blocks.clear();
        m_document = document;
    }
    // Blocks are cached by number; after an edit that added or removed
    // blocks, the ones past it moved by the difference in count, so look
    // there too before serializing a block again.
    const QVector<CachedBlock> previous = std::exchange(m_blocks, {});
    const qsizetype shift = document->blockCount() - previous.size();
    m_blocks.reserve(document->blockCount());

    QString out;
    Container current;
    qsizetype number = 0;
    for (QTextBlock textBlock = document->begin(); textBlock.isValid(); textBlock = textBlock.next(), ++number) {
        const int identity = textBlock.fragmentIndex();
        const int revision = textBlock.revision();
        const size_t formats = formatSignature(textBlock);
        auto matches = [&](qsizetype index) {
            if (index < 0 || index >= previous.size())
                return false;
            const CachedBlock &cached = previous.at(index);
            return cached.identity == identity && cached.revision == revision && cached.formats == formats;
        };
        CachedBlock entry;
        if (matches(number)) {
            entry = previous.at(number);
        } else if (matches(number - shift)) {
            entry = previous.at(number - shift);
        } else {
            const Block block = blockFromText(textBlock);
            entry.identity = identity;
            entry.revision = revision;
            entry.formats = formats;
            entry.html = blockHtml(block);
            entry.container = containerKind(block);
        }
        if (!entry.html.isEmpty()) {
            const Container next = containerFor(textBlock, entry.container);
            appendContainerChange(out, current, next);
            current = next;
            out += entry.html;
        }
        m_blocks.append(entry);
    }
    appendContainerChange(out, current, {});
    return out;
}

void BodySerializer::clear()
{
    m_blocks.clear();
    m_document = nullptr;
}

} // namespace Byline
