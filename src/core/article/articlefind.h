#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCursor>

#include <array>
#include <optional>

class QTextDocument;

// Find and Replace across an article's headline, deck and body.
//
// The engine works on QTextDocuments: the editor keeps the headline and the
// deck as single-block documents (QPlainTextEdit/QTextEdit with one line)
// and the body as its rich document, so each replacement lands on that
// editor's own undo stack and keeps character formats. Positions are
// QTextCursor positions in the field's document. A match never spans two
// blocks (paragraphs).
//
// Matching:
// - Text and needle are compared in NFC, so a needle typed as NFD jamo (some
//   IMEs, macOS file names) finds composed syllables and the other way round.
//   Replacement text is inserted in NFC.
// - Case-insensitive matching folds letters that have case (Latin, also Greek
//   and Cyrillic); Hangul has no case.
// - Matches do not overlap: "aa" is found twice in "aaaa".
// - Whole word: the match starts and ends on Unicode word boundaries
//   (QTextBoundaryFinder::Word), except that Korean particles attach to the
//   noun without a space: a match ending in Hangul still counts as a whole
//   word when the rest of its 어절 is one particle, or two in a row, from
//   KoreanParticles (수달 finds 수달, 수달이, 수달에서, 수달에게도, 수달과의;
//   not 수달들 or 수달피). The particle's form is not checked against the
//   final consonant (이/가, 을/를, 으로/로 are all accepted): a reporter's typo
//   should still be found. A short needle can therefore match a longer noun
//   that happens to end in a particle's syllable (사 in 사이); use a longer
//   needle or case-by-case Replace there.
namespace Byline {

enum class ArticleField
{
    Headline,
    Deck,
    Body,
};

struct FindOptions
{
    bool caseSensitive = false;
    bool wholeWord = false;
};

enum class FindDirection
{
    Forward,
    Backward,
};

struct FindPosition
{
    ArticleField field = ArticleField::Headline;
    int position = 0;

    bool operator==(const FindPosition &) const = default;
};

struct FindMatch
{
    ArticleField field = ArticleField::Headline;
    int position = 0; // QTextCursor position in the field's document
    int length = 0;

    int end() const { return position + length; }
    bool operator==(const FindMatch &) const = default;
};

class ArticleFind
{
public:
    // The particles whole-word search lets follow a Hangul match.
    static const QStringList &koreanParticles();

    // Any document may be null: that field is skipped. The documents are not owned.
    ArticleFind(QTextDocument *headline, QTextDocument *deck, QTextDocument *body);

    QTextDocument *document(ArticleField field) const;

    // Every match, headline then deck then body, each in document order.
    QList<FindMatch> findAll(const QString &needle, const FindOptions &options = {}) const;
    QList<FindMatch> findAll(ArticleField field, const QString &needle, const FindOptions &options = {}) const;

    // Forward: the first match starting at or after `from`. Backward: the
    // last match starting before `from`. Wraps around the article (headline
    // follows body); nullopt only when there is no match at all. Pass the
    // selection's end (forward) or start (backward) to step from a match.
    std::optional<FindMatch> findNext(const QString &needle, const FindPosition &from, const FindOptions &options = {},
        FindDirection direction = FindDirection::Forward) const;

    // Replaces the match's text; the replacement takes the character format
    // of the match's first character. One undo step. False when the match
    // lies outside its document (a stale match).
    bool replace(const FindMatch &match, const QString &replacement);

    // Replaces every match; one undo step per document that changed.
    // Returns how many were replaced.
    int replaceAll(const QString &needle, const QString &replacement, const FindOptions &options = {});

    // A cursor selecting the match, for the editor to show it.
    QTextCursor cursor(const FindMatch &match) const;

private:
    std::array<QTextDocument *, 3> m_documents;
};

} // namespace Byline
