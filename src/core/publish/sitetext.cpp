#include "sitetext.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace Byline::SiteText {

namespace {

constexpr char32_t Escape = 0x1B;
constexpr char32_t Bell = 0x07;
constexpr char32_t StringTerminator = 0x9C; // C1 ST

// Code points of a UTF-16 text; a lone surrogate reads as U+FFFD.
class CodePoints
{
public:
    explicit CodePoints(QStringView text)
        : m_text(text)
    { }

    bool hasNext() const { return m_position < m_text.size(); }
    char32_t peekNext() const
    {
        qsizetype position = m_position;
        return read(&position);
    }
    char32_t next() { return read(&m_position); }

private:
    char32_t read(qsizetype *position) const
    {
        const QChar c = m_text.at((*position)++);
        if (c.isHighSurrogate() && *position < m_text.size() && m_text.at(*position).isLowSurrogate())
            return QChar::surrogateToUcs4(c, m_text.at((*position)++));
        if (c.isSurrogate())
            return 0xFFFD;
        return c.unicode();
    }

    QStringView m_text;
    qsizetype m_position = 0;
};

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) // LRE, RLE, PDF, LRO, RLO
        || (c >= 0x2066 && c <= 0x2069) // LRI, RLI, FSI, PDI
        || c == 0x200E || c == 0x200F || c == 0x061C; // LRM, RLM, ALM
}

// Skips a control string (OSC, DCS, SOS, PM, APC) up to its terminator:
// BEL, ESC \ or the C1 ST.
void skipControlString(CodePoints &it)
{
    while (it.hasNext()) {
        const char32_t c = it.next();
        if (c == Bell || c == StringTerminator)
            return;
        if (c == Escape) {
            if (it.hasNext() && it.peekNext() == u'\\')
                it.next();
            return;
        }
    }
}

// Skips a CSI sequence's parameters and intermediates up to its final byte.
void skipCsi(CodePoints &it)
{
    while (it.hasNext()) {
        const char32_t c = it.next();
        if (c >= 0x40 && c <= 0x7E)
            return;
        if (c < 0x20 || c > 0x3F) // not a parameter or intermediate: a broken sequence ends here
            return;
    }
}

} // namespace

QString forPerson(QStringView text, qsizetype maxLength)
{
    const qsizetype limit = std::max<qsizetype>(maxLength, 2);
    QString result;
    result.reserve(std::min(text.size(), limit + 2));
    bool space = true; // no space at the start
    bool cut = false;
    CodePoints it(text);
    while (it.hasNext()) {
        if (result.size() > limit) {
            cut = true;
            break;
        }
        const char32_t c = it.next();
        // ESC and the C1 introducers: the whole sequence goes.
        char32_t kind = 0;
        if (c == Escape) {
            if (it.hasNext() && it.peekNext() >= 0x20 && it.peekNext() <= 0x7E)
                kind = it.next();
        } else if (c == 0x9B || c == 0x90 || c == 0x9D || c == 0x98 || c == 0x9E || c == 0x9F) {
            kind = c - 0x40;
        }
        if (kind == u'[') {
            skipCsi(it);
            continue;
        }
        if (kind == u']' || kind == u'P' || kind == u'X' || kind == u'^' || kind == u'_') {
            skipControlString(it);
            continue;
        }
        if (kind >= 0x20 && kind <= 0x2F) { // intermediates, then the final byte
            while (it.hasNext() && it.peekNext() >= 0x20 && it.peekNext() <= 0x7E) {
                if (it.next() >= 0x30)
                    break;
            }
            continue;
        }
        const bool white = c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == 0x0B || c == 0x0C || c == 0x85
            || c == 0xA0 || c == 0x2028 || c == 0x2029;
        if (white) {
            if (!space)
                result += u' ';
            space = true;
            continue;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c) || c == 0xFEFF)
            continue;
        result += QChar::fromUcs4(c);
        space = false;
    }
    if (cut || result.size() > limit) {
        // At a character boundary: never half a syllable or a surrogate pair.
        QTextBoundaryFinder boundaries(QTextBoundaryFinder::Grapheme, result);
        boundaries.setPosition(limit - 1);
        if (!boundaries.isAtBoundary())
            boundaries.toPreviousBoundary();
        result.truncate(std::max<qsizetype>(boundaries.position(), 0));
        while (result.endsWith(u' '))
            result.chop(1);
        result += u'…';
    } else if (result.endsWith(u' ')) {
        result.chop(1);
    }
    return result;
}

} // namespace Byline::SiteText
