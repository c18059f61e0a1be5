#pragma once

#include <QCoreApplication>
#include <QString>

namespace Byline {

// Lengths the way Korean desks count them, and words for English copy.
// docs/article-format.md ("Counting") documents each rule.
//
// Characters are grapheme clusters of the NFC text (an emoji or a decomposed
// Hangul syllable is one character); paragraph and line breaks are not
// characters. Words are Unicode word segments holding a letter or a number.
struct TextStats
{
    // The manuscript sheet (원고지): 20 columns by 10 rows.
    static constexpr int ManuscriptColumns = 20;
    static constexpr int ManuscriptRowsPerSheet = 10;
    // Reading speeds: Korean characters (without spaces) and English words per minute.
    static constexpr int KoreanCharactersPerMinute = 500;
    static constexpr int EnglishWordsPerMinute = 230;

    int charactersWithSpaces = 0;
    int charactersWithoutSpaces = 0;
    int words = 0;
    int paragraphs = 0;
    // Rows of the manuscript grid the text fills (원고지 작성법).
    int manuscriptRows = 0;
    // 200-character manuscript sheets (원고지 매수) by the grid method:
    // manuscriptRows / 10, so always one decimal ("원고지 7.3매").
    double manuscriptSheets = 0;
    int readingSeconds = 0;

    // Counts plain text whose paragraphs are separated by '\n'.
    static TextStats count(const QString &plainText);

    // Whole sheets by the grid method, as a desk that bills by the sheet says it (7.3 -> 8).
    int manuscriptSheetsRoundedUp() const;

    // The quick method some desks use: characters with spaces / 200 (not
    // rounded), with no grid: no indents, no short last rows, no shared cells.
    // Usually below the grid method; shown next to it so both desks find their number.
    static double simpleSheets(int charactersWithSpaces);

    bool operator==(const TextStats &) const = default;
};

} // namespace Byline
