#include "textstats.h"

#include <QTextBoundaryFinder>

#include <cmath>

namespace Byline {

namespace {

enum class Kind
{
    ParagraphBreak,
    LineBreak,
    Invisible,
    Space,
    Visible,
};

char32_t firstCodePoint(QStringView cluster)
{
    const QChar first = cluster.front();
    if (first.isHighSurrogate() && cluster.size() > 1 && cluster.at(1).isLowSurrogate())
        return QChar::surrogateToUcs4(first, cluster.at(1));
    return first.unicode();
}

bool isHangulSyllable(char32_t c)
{
    return c >= 0xAC00 && c <= 0xD7A3;
}

Kind kindOf(char32_t c)
{
    if (isHangulSyllable(c)) // most of every Korean story
        return Kind::Visible;
    switch (c) {
    case u'\n':
    case u'\r': // also "\r\n", one cluster
    case QChar::ParagraphSeparator:
        return Kind::ParagraphBreak;
    case QChar::LineSeparator:
    case u'\v': // Word's manual line break in pasted text
        return Kind::LineBreak;
    case QChar::ObjectReplacementCharacter: // a photo in the body
        return Kind::Invisible;
    default:
        break;
    }
    if (c < 0x80) // the hot path: ASCII
        return c == u' ' || c == u'\t' ? Kind::Space : (c < 0x20 || c == 0x7f ? Kind::Invisible : Kind::Visible);
    if (QChar::isSpace(c))
        return Kind::Space;
    const QChar::Category category = QChar::category(c);
    // Zero-width space, byte order mark, soft hyphen, direction marks.
    if (category == QChar::Other_Format || category == QChar::Other_Control)
        return Kind::Invisible;
    return Kind::Visible;
}

bool isHalfWidthLatinOrDigit(char32_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

// Marks a manuscript never starts a row with: they hang in the margin of the
// row before. ASCII quotes are ambiguous; the caller decides for them.
bool isClosingPunctuation(char32_t c)
{
    switch (c) {
    case u'.':
    case u',':
    case u'!':
    case u'?':
    case u':':
    case u';':
    case u')':
    case u']':
    case u'}':
    case u'\u3002': // 。
    case u'\u3001': // 、
    case u'\uFF0C': // ，
    case u'\uFF0E': // ．
    case u'\uFF01': // ！
    case u'\uFF1F': // ？
    case u'\uFF1A': // ：
    case u'\uFF1B': // ；
    case u'\uFF09': // ）
    case u'\uFF3D': // ］
    case u'\uFF5D': // ｝
    case u'\u300D': // 」
    case u'\u300F': // 』
    case u'\u300B': // 》
    case u'\u3009': // 〉
    case u'\u3011': // 】
    case u'\u3015': // 〕
    case u'\u201D': // ”
    case u'\u2019': // ’
        return true;
    default:
        return false;
    }
}

// The 원고지 grid: 20 cells a row, one indent cell a paragraph, two half-width
// Latin letters or digits to a cell, no space at the start of a row, closing
// punctuation hanging in the margin instead of starting a row.
class ManuscriptGrid
{
public:
    int rows() const { return m_rows; }

    void startParagraph()
    {
        ++m_rows;
        m_column = 1; // the indent
        m_newRowPending = false;
        m_halfCellOpen = false;
    }

    void lineBreak()
    {
        m_newRowPending = true;
        m_halfCellOpen = false;
    }

    void space()
    {
        m_halfCellOpen = false;
        if (m_newRowPending || m_column == TextStats::ManuscriptColumns)
            return; // not written at the start of a row
        ++m_column;
    }

    void character(char32_t c, bool closing)
    {
        if (isHalfWidthLatinOrDigit(c)) {
            if (m_halfCellOpen) {
                m_halfCellOpen = false;
                return; // shares the previous cell
            }
            takeCell();
            m_halfCellOpen = true;
            return;
        }
        m_halfCellOpen = false;
        if (closing && !m_newRowPending && m_column == TextStats::ManuscriptColumns)
            return; // hangs in the margin of the full row
        takeCell();
    }

private:
    void takeCell()
    {
        if (m_newRowPending || m_column == TextStats::ManuscriptColumns) {
            ++m_rows;
            m_column = 0;
            m_newRowPending = false;
        }
        ++m_column;
    }

    int m_rows = 0;
    int m_column = 0;
    bool m_newRowPending = false;
    bool m_halfCellOpen = false;
};

bool hasLetterOrNumber(QStringView segment)
{
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const QChar c = segment.at(i);
        if (c.unicode() < 0x80) {
            if (isHalfWidthLatinOrDigit(c.unicode()))
                return true;
            continue;
        }
        if (isHangulSyllable(c.unicode()))
            return true;
        char32_t ucs4 = c.unicode();
        if (c.isHighSurrogate() && i + 1 < segment.size() && segment.at(i + 1).isLowSurrogate())
            ucs4 = QChar::surrogateToUcs4(c, segment.at(++i));
        if (QChar::isLetterOrNumber(ucs4))
            return true;
    }
    return false;
}

int countWords(const QString &text)
{
    int words = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end != -1; end = finder.toNextBoundary()) {
        if (hasLetterOrNumber(QStringView(text).sliced(start, end - start)))
            ++words;
        start = end;
    }
    return words;
}

} // namespace

TextStats TextStats::count(const QString &plainText)
{
    TextStats stats;
    // Desks paste from Hangul, Word and macOS; NFD jamo must count as syllables.
    const QString text = plainText.normalized(QString::NormalizationForm_C);
    if (text.isEmpty())
        return stats;

    ManuscriptGrid grid;
    bool paragraphStarted = false;
    bool spacePending = false; // a run of spaces, written only before the next character
    int koreanLetters = 0; // Hangul and Hanja: read at Korean speed
    int otherLetters = 0;

    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    for (qsizetype end = graphemes.toNextBoundary(); end != -1; end = graphemes.toNextBoundary()) {
        const char32_t c = firstCodePoint(QStringView(text).sliced(start, end - start));
        start = end;
        switch (kindOf(c)) {
        case Kind::ParagraphBreak:
            paragraphStarted = false;
            spacePending = false;
            continue;
        case Kind::LineBreak:
            if (paragraphStarted)
                grid.lineBreak();
            spacePending = false;
            continue;
        case Kind::Invisible:
            continue;
        case Kind::Space:
            ++stats.charactersWithSpaces;
            spacePending = paragraphStarted; // a paragraph's leading spaces are its indent
            continue;
        case Kind::Visible:
            break;
        }

        ++stats.charactersWithSpaces;
        ++stats.charactersWithoutSpaces;
        bool closing = isClosingPunctuation(c);
        if (!paragraphStarted) {
            paragraphStarted = true;
            ++stats.paragraphs;
            grid.startParagraph();
        } else if (c == u'"' || c == u'\'') {
            closing = !spacePending; // straight quote right after a character closes
        }
        if (spacePending) {
            grid.space();
            spacePending = false;
        }
        grid.character(c, closing);

        if (isHangulSyllable(c)) {
            ++koreanLetters;
        } else if (c >= 0x80) {
            const QChar::Script script = QChar::script(c);
            if (script == QChar::Script_Hangul || script == QChar::Script_Han)
                ++koreanLetters;
            else if (QChar::isLetter(c))
                ++otherLetters;
        } else if ((c | 0x20) >= u'a' && (c | 0x20) <= u'z') {
            ++otherLetters;
        }
    }

    stats.words = countWords(text);
    stats.manuscriptRows = grid.rows();
    stats.manuscriptSheets = double(stats.manuscriptRows) / ManuscriptRowsPerSheet;

    // Mixed copy: weight the two speeds by the share of Korean letters.
    // Copy of only digits and signs is read character by character.
    const int letters = koreanLetters + otherLetters;
    if (stats.charactersWithoutSpaces > 0) {
        const double koreanShare = letters > 0 ? double(koreanLetters) / letters : 1.0;
        const double koreanSeconds = 60.0 * stats.charactersWithoutSpaces / KoreanCharactersPerMinute;
        const double englishSeconds = 60.0 * stats.words / EnglishWordsPerMinute;
        stats.readingSeconds = int(std::lround(koreanShare * koreanSeconds + (1 - koreanShare) * englishSeconds));
    }
    return stats;
}

int TextStats::manuscriptSheetsRoundedUp() const
{
    return (manuscriptRows + ManuscriptRowsPerSheet - 1) / ManuscriptRowsPerSheet;
}

double TextStats::simpleSheets(int charactersWithSpaces)
{
    return double(charactersWithSpaces) / (ManuscriptColumns * ManuscriptRowsPerSheet);
}

} // namespace Byline
