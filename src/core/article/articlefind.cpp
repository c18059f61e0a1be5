#include "articlefind.h"

#include <QStringMatcher>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

constexpr std::array allFields = {ArticleField::Headline, ArticleField::Deck, ArticleField::Body};

// A block's text in NFC and, when normalizing changed it, where each NFC
// code unit came from in the block, so matches map back to cursor positions.
struct NormalizedText
{
    QString text;
    QList<int> sourceStart; // empty when text is the block's own text
    QList<int> sourceEnd;

    int toSourceStart(qsizetype i) const { return sourceStart.isEmpty() ? int(i) : sourceStart.at(i); }
    int toSourceEnd(qsizetype end) const { return sourceEnd.isEmpty() ? int(end) : sourceEnd.at(end - 1); }
};

NormalizedText normalized(const QString &source)
{
    NormalizedText result;
    result.text = source.normalized(QString::NormalizationForm_C);
    if (result.text == source)
        return result;
    // Normalization composes only within a grapheme cluster (jamo into a
    // syllable, a letter with its marks), so normalize cluster by cluster.
    result.text.clear();
    QTextBoundaryFinder clusters(QTextBoundaryFinder::Grapheme, source);
    qsizetype start = 0;
    for (qsizetype end = clusters.toNextBoundary(); end != -1; end = clusters.toNextBoundary()) {
        const QString part = source.sliced(start, end - start).normalized(QString::NormalizationForm_C);
        result.text += part;
        for (qsizetype i = 0; i < part.size(); ++i) {
            result.sourceStart.append(int(start));
            result.sourceEnd.append(int(end));
        }
        start = end;
    }
    return result;
}

bool isHangul(QChar c)
{
    return QChar::script(c.unicode()) == QChar::Script_Hangul;
}

bool isParticle(QStringView text)
{
    for (const QString &particle : ArticleFind::koreanParticles()) {
        if (text == particle)
            return true;
    }
    return false;
}

// One particle or two in a row (에서+도, 과+의).
bool isParticleRun(QStringView rest)
{
    if (isParticle(rest))
        return true;
    for (const QString &particle : ArticleFind::koreanParticles()) {
        if (rest.size() > particle.size() && rest.startsWith(particle) && isParticle(rest.sliced(particle.size())))
            return true;
    }
    return false;
}

bool isWholeWord(const QString &text, qsizetype start, qsizetype end, std::optional<QTextBoundaryFinder> &words)
{
    if (!words)
        words.emplace(QTextBoundaryFinder::Word, text);
    words->setPosition(start);
    if (!words->isAtBoundary())
        return false;
    words->setPosition(end);
    if (words->isAtBoundary())
        return true;
    if (!isHangul(text.at(end - 1)))
        return false;
    const qsizetype wordEnd = words->toNextBoundary();
    return wordEnd != -1 && isParticleRun(QStringView(text).sliced(end, wordEnd - end));
}

QTextCharFormat formatOfFirstCharacter(QTextDocument *document, const FindMatch &match)
{
    QTextCursor cursor(document);
    cursor.setPosition(match.position);
    if (match.length > 0)
        cursor.setPosition(match.position + 1, QTextCursor::KeepAnchor);
    return cursor.charFormat(); // the character before position()
}

bool inDocument(const QTextDocument *document, const FindMatch &match)
{
    // The last position is the final block's end; the trailing separator is not text.
    return document && match.position >= 0 && match.length >= 0 && match.end() < document->characterCount();
}

void replaceIn(QTextCursor &cursor, const FindMatch &match, const QString &replacement)
{
    const QTextCharFormat format = formatOfFirstCharacter(cursor.document(), match);
    cursor.setPosition(match.position);
    cursor.setPosition(match.end(), QTextCursor::KeepAnchor);
    cursor.insertText(replacement, format);
}

} // namespace

const QStringList &ArticleFind::koreanParticles()
{
    static const QStringList particles = {u"이"_s, u"가"_s, u"을"_s, u"를"_s, u"은"_s, u"는"_s, u"의"_s, u"에"_s,
        u"에서"_s, u"에게"_s, u"로"_s, u"으로"_s, u"와"_s, u"과"_s, u"도"_s, u"만"_s, u"까지"_s, u"부터"_s, u"처럼"_s,
        u"보다"_s, u"이다"_s, u"이며"_s};
    return particles;
}

ArticleFind::ArticleFind(QTextDocument *headline, QTextDocument *deck, QTextDocument *body)
    : m_documents {headline, deck, body}
{ }

QTextDocument *ArticleFind::document(ArticleField field) const
{
    return m_documents.at(std::size_t(field));
}

QList<FindMatch> ArticleFind::findAll(const QString &needle, const FindOptions &options) const
{
    QList<FindMatch> matches;
    for (ArticleField field : allFields)
        matches += findAll(field, needle, options);
    return matches;
}

QList<FindMatch> ArticleFind::findAll(ArticleField field, const QString &needle, const FindOptions &options) const
{
    QList<FindMatch> matches;
    const QTextDocument *doc = document(field);
    const QString pattern = needle.normalized(QString::NormalizationForm_C);
    if (!doc || pattern.isEmpty())
        return matches;
    const QStringMatcher matcher(pattern, options.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const NormalizedText blockText = normalized(block.text());
        std::optional<QTextBoundaryFinder> words; // built only when a whole-word candidate needs it
        qsizetype from = 0;
        for (;;) {
            const qsizetype start = matcher.indexIn(blockText.text, from);
            if (start < 0)
                break;
            const qsizetype end = start + pattern.size();
            if (options.wholeWord && !isWholeWord(blockText.text, start, end, words)) {
                from = start + 1;
                continue;
            }
            const int sourceStart = blockText.toSourceStart(start);
            matches.append({field, block.position() + sourceStart, blockText.toSourceEnd(end) - sourceStart});
            from = end;
        }
    }
    return matches;
}

std::optional<FindMatch> ArticleFind::findNext(
    const QString &needle, const FindPosition &from, const FindOptions &options, FindDirection direction) const
{
    const auto first = std::size_t(from.field);
    // The starting field twice: once from the position on, once wrapped around.
    for (std::size_t step = 0; step <= allFields.size(); ++step) {
        const std::size_t index = direction == FindDirection::Forward
            ? (first + step) % allFields.size()
            : (first + allFields.size() - step % allFields.size()) % allFields.size();
        const QList<FindMatch> matches = findAll(allFields.at(index), needle, options);
        if (direction == FindDirection::Forward) {
            for (const FindMatch &match : matches) {
                if (step > 0 || match.position >= from.position)
                    return match;
            }
        } else {
            for (auto it = matches.crbegin(); it != matches.crend(); ++it) {
                if (step > 0 || it->position < from.position)
                    return *it;
            }
        }
    }
    return std::nullopt;
}

bool ArticleFind::replace(const FindMatch &match, const QString &replacement)
{
    QTextDocument *doc = document(match.field);
    if (!inDocument(doc, match))
        return false;
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    replaceIn(cursor, match, replacement.normalized(QString::NormalizationForm_C));
    cursor.endEditBlock();
    return true;
}

int ArticleFind::replaceAll(const QString &needle, const QString &replacement, const FindOptions &options)
{
    const QString text = replacement.normalized(QString::NormalizationForm_C);
    int replaced = 0;
    for (ArticleField field : allFields) {
        const QList<FindMatch> matches = findAll(field, needle, options);
        if (matches.isEmpty())
            continue;
        QTextCursor cursor(document(field));
        cursor.beginEditBlock();
        // Last to first, so the positions still ahead stay valid.
        for (auto it = matches.crbegin(); it != matches.crend(); ++it)
            replaceIn(cursor, *it, text);
        cursor.endEditBlock();
        replaced += int(matches.size());
    }
    return replaced;
}

QTextCursor ArticleFind::cursor(const FindMatch &match) const
{
    QTextDocument *doc = document(match.field);
    if (!inDocument(doc, match))
        return {};
    QTextCursor cursor(doc);
    cursor.setPosition(match.position);
    cursor.setPosition(match.end(), QTextCursor::KeepAnchor);
    return cursor;
}

} // namespace Byline
