#include "bylinetext.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// Between reporters: commas (also full-width and ideographic), semicolons
// and the middle dots Korean keyboards type (· U+00B7, ㆍ U+318D, ・ U+30FB,
// ･ U+FF65, ‧ U+2027, ∙ U+2219).
bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u',':
    case 0xFF0C:
    case 0x3001:
    case u';':
    case 0x00B7:
    case 0x318D:
    case 0x30FB:
    case 0xFF65:
    case 0x2027:
    case 0x2219:
        return true;
    default:
        return false;
    }
}

bool isOpeningBracket(QChar c)
{
    return c == u'[' || c == u'(' || c == u'（' || c == u'【';
}

bool isClosingBracket(QChar c)
{
    return c == u']' || c == u')' || c == u'）' || c == u'】';
}

bool isHangul(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F)
        || (u >= 0xA960 && u <= 0xA97F) || (u >= 0xD7B0 && u <= 0xD7FF);
}

bool containsHangul(QStringView text)
{
    return std::any_of(text.begin(), text.end(), isHangul);
}

// What a reporter is, written after the name ("김민지 기자", "김민지기자"),
// longest first so a glued "선임기자" is cut whole.
constexpr std::array<QStringView, 12> titles {u"선임기자", u"전문기자", u"객원기자", u"수습기자", u"인턴기자",
    u"사진기자", u"영상기자", u"취재기자", u"논설위원", u"편집위원", u"특파원", u"통신원"};
constexpr QStringView plainTitle = u"기자";

bool isTitle(QStringView word)
{
    return word == plainTitle || std::find(titles.cbegin(), titles.cend(), word) != titles.cend();
}

// What a reporter did, written before the name ("사진=박서준", "글·사진 김민지").
bool isCreditLabel(QStringView word)
{
    return word == u"글" || word == u"사진" || word == u"영상" || word == u"그래픽";
}

// A title glued to a name: "김민지기자" is 김민지. A name of one syllable
// before it is kept whole ("이기자" may be a name).
QStringView withoutGluedTitle(QStringView word)
{
    auto cut = [word](QStringView title) -> std::optional<QStringView> {
        if (word.size() >= title.size() + 2 && word.endsWith(title))
            return word.chopped(title.size());
        return std::nullopt;
    };
    for (QStringView title : titles) {
        if (const std::optional<QStringView> name = cut(title))
            return *name;
    }
    return cut(plainTitle).value_or(word);
}

bool looksLikeEmail(QStringView word)
{
    const qsizetype at = word.indexOf(u'@');
    return at > 0 && at < word.size() - 1;
}

QStringView trimmedPunctuation(QStringView word)
{
    auto isEdge = [](QChar c) { return isOpeningBracket(c) || isClosingBracket(c) || c == u'<' || c == u'>'; };
    while (!word.isEmpty() && isEdge(word.front()))
        word = word.mid(1);
    while (!word.isEmpty() && (isEdge(word.back()) || word.back() == u'.'))
        word.chop(1);
    return word;
}

// One entry between separators, as words and e-mails in their order.
struct Entry
{
    QList<QStringView> names;
    QList<std::pair<qsizetype, QStringView>> emails; // (names before it, address)
    bool titled = false; // "기자", "특파원" or a glued title was there
};

// An outlet's name, as against a Korean personal name of two to four
// syllables: a media word at its end (한빛일보, 연합뉴스, 강원방송), Latin
// letters or digits (KBS, 뉴스1), or more than four syllables.
bool looksLikeOutlet(QStringView word)
{
    static constexpr std::array<QStringView, 14> mediaEndings {u"일보", u"신문", u"뉴스", u"방송", u"통신", u"미디어",
        u"저널", u"타임스", u"타임즈", u"경제", u"투데이", u"데일리", u"포스트", u"TV"};
    if (std::any_of(mediaEndings.cbegin(), mediaEndings.cend(), [word](QStringView e) { return word.endsWith(e); }))
        return true;
    if (std::any_of(
            word.begin(), word.end(), [](QChar c) { return c.isDigit() || (c.isLetter() && c.unicode() < 0x80); }))
        return true;
    return word.size() > 4;
}

Entry readEntry(QStringView text)
{
    Entry entry;
    auto addWord = [&entry](QStringView word) {
        if (word.isEmpty())
            return;
        // "김민지=" ends an opening; in "사진=박서준" or "워싱턴=김민지" what
        // comes before the name is a credit or a place.
        while (word.endsWith(u'='))
            word.chop(1);
        if (const qsizetype equals = word.lastIndexOf(u'='); equals >= 0)
            word = word.mid(equals + 1);
        if (word.isEmpty())
            return;
        if (looksLikeEmail(word)) {
            entry.emails.append({entry.names.size(), trimmedPunctuation(word)});
            return;
        }
        if (isTitle(word)) {
            entry.titled = true;
            return;
        }
        if (isCreditLabel(word))
            return;
        const QStringView name = withoutGluedTitle(word);
        entry.titled = entry.titled || name.size() != word.size();
        entry.names.append(name);
    };
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (text.at(i) == u'<') {
            const qsizetype close = text.indexOf(u'>', i + 1);
            const QStringView inner = close > 0 ? text.mid(i + 1, close - i - 1).trimmed() : QStringView();
            if (!inner.isEmpty() && std::none_of(inner.begin(), inner.end(), [](QChar c) { return c.isSpace(); })) {
                entry.emails.append({entry.names.size(), inner});
                i = close + 1;
                continue;
            }
        }
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        addWord(text.mid(i, end - i));
        i = end;
    }
    return entry;
}

// The reporters of `text` into byline; the words before the first Korean
// name are the outlet unless it is known already ("한빛일보 김민지"). Without
// a title they are taken for one only when they look like an outlet, so
// "김민지 박서준" typed in the Reporters field is two reporters and leaves
// the article's outlet alone.
void readReporters(QStringView text, bool outletKnown, ArticleByline &byline)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isSeparator(text.at(i)))
            continue;
        Entry entry = readEntry(text.mid(start, i - start));
        start = i + 1;
        if (entry.names.isEmpty() && entry.emails.isEmpty())
            continue;
        QStringList names;
        if (!outletKnown && entry.names.size() > 1 && containsHangul(entry.names.last())
            && (entry.titled || looksLikeOutlet(entry.names.first()))) {
            QStringList outlet;
            for (qsizetype w = 0; w + 1 < entry.names.size(); ++w)
                outlet << entry.names.at(w).toString();
            byline.outlet = outlet.join(u' ');
            names << entry.names.last().toString();
            for (auto &email : entry.emails)
                email.first = 1;
        } else if (std::all_of(entry.names.cbegin(), entry.names.cend(), containsHangul)) {
            // Korean names are one word: "김민지 박서준 기자" is two reporters.
            for (QStringView name : std::as_const(entry.names))
                names << name.toString();
        } else {
            QStringList words;
            for (QStringView name : std::as_const(entry.names))
                words << name.toString();
            names << words.join(u' ');
            for (auto &email : entry.emails)
                email.first = 1;
        }
        outletKnown = true;
        const qsizetype first = byline.reporters.size();
        for (const QString &name : std::as_const(names))
            byline.reporters.append({name, {}});
        // An e-mail belongs to the name before it, else to the first one.
        for (const auto &[namesBefore, address] : std::as_const(entry.emails)) {
            if (names.isEmpty()) {
                byline.reporters.append({{}, address.toString()});
                continue;
            }
            Reporter &reporter = byline.reporters[first + std::max<qsizetype>(namesBefore, 1) - 1];
            if (reporter.email.isEmpty())
                reporter.email = address.toString();
        }
    }
}

} // namespace

ArticleByline BylineText::parse(QStringView text, QString *refusal)
{
    if (refusal)
        refusal->clear();
    auto refuse = [refusal](const QString &why) {
        if (refusal)
            *refusal = why;
        return ArticleByline();
    };
    if (text.size() > MaxLength)
        return refuse(tr("A byline is at most %1 characters long; this one has %2.").arg(MaxLength).arg(text.size()));

    ArticleByline byline;
    QStringView rest = text.trimmed();
    if (rest.endsWith(u'=')) // the opening's end: "[한빛일보] 김민지 기자 ="
        rest = rest.chopped(1).trimmed();
    bool outletKnown = false;
    if (!rest.isEmpty() && isOpeningBracket(rest.front())) {
        const auto close = std::find_if(rest.begin() + 1, rest.end(), isClosingBracket);
        if (close != rest.end()) {
            const qsizetype end = close - rest.begin();
            byline.outlet = rest.mid(1, end - 1).toString().simplified();
            rest = rest.mid(end + 1);
            outletKnown = true;
        }
    }
    readReporters(rest, outletKnown, byline);
    if (byline.reporters.size() > MaxReporters)
        return refuse(tr("A byline names at most %1 reporters; this one names %2.")
                .arg(MaxReporters)
                .arg(byline.reporters.size()));
    return byline;
}

QString BylineText::formatReporters(const QList<Reporter> &reporters)
{
    QStringList parts;
    for (const Reporter &reporter : reporters) {
        if (reporter.email.isEmpty())
            parts << reporter.name;
        else if (reporter.name.isEmpty())
            parts << u'<' + reporter.email + u'>';
        else
            parts << reporter.name + u" <"_s + reporter.email + u'>';
    }
    return parts.join(u", "_s);
}

QString BylineText::format(const ArticleByline &byline)
{
    const QString reporters = formatReporters(byline.reporters);
    if (byline.outlet.isEmpty())
        return reporters;
    return QString(u'[' + byline.outlet + u"] "_s + reporters).trimmed();
}

QString BylineText::names(const QList<Reporter> &reporters)
{
    QStringList names;
    for (const Reporter &reporter : reporters)
        names << reporter.name;
    return names.join(QChar(0x00B7)); // middle dot, as Korean bylines join names
}

QString BylineText::opening(const ArticleByline &byline, const QString &title)
{
    QString text;
    if (!byline.outlet.isEmpty())
        text = u'[' + byline.outlet + u"] "_s;
    if (!byline.reporters.isEmpty()) {
        text += names(byline.reporters);
        if (!title.trimmed().isEmpty())
            text += u' ' + title.trimmed();
    }
    text = text.trimmed();
    return text.isEmpty() ? text : text + u" ="_s;
}

std::optional<BylineText::Opening> BylineText::parseOpening(QStringView text)
{
    constexpr qsizetype MaxOutlet = 40;
    constexpr qsizetype MaxNames = 80;
    qsizetype at = 0;
    while (at < text.size() && text.at(at).isSpace())
        ++at;
    if (at >= text.size() || !isOpeningBracket(text.at(at)))
        return std::nullopt;
    const QStringView afterBracket = text.mid(at + 1, MaxOutlet + 1);
    const auto close = std::find_if(afterBracket.begin(), afterBracket.end(), isClosingBracket);
    if (close == afterBracket.end())
        return std::nullopt;
    Opening opening;
    opening.byline.outlet = afterBracket.left(close - afterBracket.begin()).toString().simplified();
    if (opening.byline.outlet.isEmpty())
        return std::nullopt;
    const qsizetype namesStart = at + 1 + (close - afterBracket.begin()) + 1;
    const QStringView window = text.mid(namesStart, MaxNames + 8);
    const qsizetype equals = window.indexOf(u'=');
    const qsizetype newline = window.indexOf(u'\n');
    if (equals < 0 || (newline >= 0 && newline < equals))
        return std::nullopt;
    const QStringView names = window.left(equals).trimmed();
    if (names.isEmpty() || names.size() > MaxNames)
        return std::nullopt;
    const bool titled = names.endsWith(plainTitle)
        || std::any_of(titles.cbegin(), titles.cend(), [names](QStringView title) { return names.endsWith(title); });
    if (!titled)
        return std::nullopt;
    readReporters(names, true, opening.byline);
    if (opening.byline.reporters.isEmpty())
        return std::nullopt;
    opening.length = namesStart + equals + 1;
    return opening;
}

bool BylineText::startsLikeOpening(QStringView text)
{
    static const QRegularExpression written(u"^\\s*(\\[[^\\]\\n]{1,40}\\]|\\([^)\\n]{1,40}\\))[^=\\n]{0,60}="_s);
    return written.matchView(text).hasMatch();
}

} // namespace Byline
