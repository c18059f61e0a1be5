#include "stylesheetcheck.h"

#include "templateurls.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// A token of CSS Syntax Level 3, as far as the checks need one.
struct Token
{
    enum Type
    {
        AtKeyword,
        Function,
        Url,
        String,
        Ident,
        Other,
    };
    Type type = Other;
    QString value; // escapes decoded; names in lower case
    qsizetype offset = 0;
};

bool isWhitespace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isNewline(QChar c)
{
    return c == u'\n' || c == u'\r' || c == u'\f';
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    return (c.unicode() | 0x20) - u'a' + 10;
}

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c.unicode() >= 0x80;
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9') || c == u'-';
}

class Tokenizer
{
public:
    // Comments either end a token, as in CSS, or vanish, joining what is
    // around them.
    enum class Comments
    {
        Separate,
        Vanish,
    };

    Tokenizer(QStringView css, Comments comments)
        : m_css(css)
        , m_comments(comments)
    { }

    std::optional<Token> next()
    {
        while (m_pos < m_css.size()) {
            const qsizetype start = m_pos;
            if (startsComment(m_pos)) {
                m_pos = afterComment(m_pos);
                if (m_comments == Comments::Separate)
                    return Token {Token::Other, u" "_s, start};
                continue;
            }
            const QChar c = at(m_pos);
            if (c == u'"' || c == u'\'')
                return Token {Token::String, consumeString(), start};
            if (c == u'@' && startsName(skipComments(m_pos + 1))) {
                m_pos = skipComments(m_pos + 1);
                return Token {Token::AtKeyword, consumeName().toLower(), start};
            }
            if (startsName(m_pos))
                return consumeIdentLike(start);
            ++m_pos;
            return Token {Token::Other, QString(c), start};
        }
        return std::nullopt;
    }

private:
    QChar at(qsizetype i) const { return i < m_css.size() ? m_css.at(i) : QChar(); }

    bool startsComment(qsizetype i) const { return at(i) == u'/' && at(i + 1) == u'*'; }

    qsizetype afterComment(qsizetype i) const
    {
        const qsizetype end = m_css.indexOf(u"*/"_s, i + 2);
        return end < 0 ? m_css.size() : end + 2;
    }

    // Where the next code point of a name is read: past comments when they
    // vanish.
    qsizetype skipComments(qsizetype i) const
    {
        while (m_comments == Comments::Vanish && startsComment(i))
            i = afterComment(i);
        return i;
    }

    bool isValidEscape(qsizetype i) const { return at(i) == u'\\' && (i + 1 >= m_css.size() || !isNewline(at(i + 1))); }

    bool startsName(qsizetype i) const
    {
        if (i >= m_css.size())
            return false;
        if (isNameStart(at(i)) || isValidEscape(i))
            return true;
        if (at(i) != u'-')
            return false;
        const qsizetype after = skipComments(i + 1);
        return isNameStart(at(after)) || at(after) == u'-' || isValidEscape(after);
    }

    // At a backslash that starts a valid escape: the code point it stands for.
    QString consumeEscape()
    {
        ++m_pos; // the backslash
        if (m_pos >= m_css.size())
            return QString(QChar(0xFFFD));
        if (!isHexDigit(at(m_pos))) {
            // Any other character stands for itself (a whole surrogate pair).
            const qsizetype length = at(m_pos).isHighSurrogate() && at(m_pos + 1).isLowSurrogate() ? 2 : 1;
            const QString out = m_css.mid(m_pos, length).toString();
            m_pos += length;
            return out;
        }
        char32_t value = 0;
        for (int digits = 0; digits < 6 && isHexDigit(at(m_pos)); ++digits, ++m_pos)
            value = value * 16 + char32_t(hexValue(at(m_pos)));
        if (at(m_pos) == u'\r' && at(m_pos + 1) == u'\n')
            m_pos += 2;
        else if (isWhitespace(at(m_pos)))
            ++m_pos;
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            value = 0xFFFD;
        return QString::fromUcs4(&value, 1);
    }

    QString consumeName()
    {
        QString name;
        while (true) {
            m_pos = skipComments(m_pos);
            if (m_pos < m_css.size() && isNameChar(at(m_pos)))
                name += at(m_pos++);
            else if (isValidEscape(m_pos))
                name += consumeEscape();
            else
                return name;
        }
    }

    QString consumeString()
    {
        const QChar quote = at(m_pos++);
        QString value;
        while (m_pos < m_css.size()) {
            const QChar c = at(m_pos);
            if (c == quote) {
                ++m_pos;
                break;
            }
            if (isNewline(c))
                break; // a bad string; what it held is still checked
            if (c == u'\\') {
                if (m_pos + 1 >= m_css.size()) {
                    ++m_pos;
                } else if (isNewline(at(m_pos + 1))) {
                    m_pos += 2;
                } else {
                    value += consumeEscape();
                }
                continue;
            }
            value += c;
            ++m_pos;
        }
        return value;
    }

    Token consumeIdentLike(qsizetype start)
    {
        const QString name = consumeName().toLower();
        m_pos = skipComments(m_pos);
        if (at(m_pos) != u'(')
            return Token {Token::Ident, name, start};
        ++m_pos;
        if (name != u"url")
            return Token {Token::Function, name, start};
        qsizetype after = m_pos;
        while (isWhitespace(at(after)))
            ++after;
        if (at(after) == u'"' || at(after) == u'\'')
            return Token {Token::Function, name, start};
        // An unquoted url(): everything up to ")" is the address, escapes
        // decoded, comments not comments.
        m_pos = after;
        QString value;
        while (m_pos < m_css.size() && at(m_pos) != u')') {
            if (isValidEscape(m_pos))
                value += consumeEscape();
            else
                value += at(m_pos++);
        }
        ++m_pos;
        return Token {Token::Url, value.trimmed(), start};
    }

    QStringView m_css;
    Comments m_comments;
    qsizetype m_pos = 0;
};

QString shortened(const QString &url)
{
    const QString text = TemplateUrls::normalized(url);
    return text.size() > 60 ? text.left(57) + u"…"_s : text;
}

std::optional<StyleSheetCheck::Problem> checkTokens(QStringView css, Tokenizer::Comments comments)
{
    using Problem = StyleSheetCheck::Problem;
    Tokenizer tokenizer(css, comments);
    bool urlFunction = false; // url( or src( with a string to come
    while (const std::optional<Token> token = tokenizer.next()) {
        switch (token->type) {
        case Token::AtKeyword:
            if (token->value == u"import")
                return Problem {token->offset,
                    StyleSheetCheck::tr("@import is not allowed: put all styles in the pack's style sheets.")};
            break;
        case Token::Function:
            if (token->value == u"expression")
                return Problem {
                    token->offset, StyleSheetCheck::tr("expression() is not allowed: pages run no scripts.")};
            urlFunction = token->value == u"url" || token->value == u"src";
            continue;
        case Token::Url:
            if (!TemplateUrls::isAllowed(token->value, UrlUse::Resource))
                return Problem {token->offset,
                    StyleSheetCheck::tr("url(%1) is outside the pack: a style sheet may use only the pack's own files "
                                        "and data: pictures.")
                        .arg(shortened(token->value))};
            break;
        case Token::String: {
            // A string is an address in url("…"), src("…"), image-set("…")
            // and @import "…"; anywhere else a network address is refused
            // too rather than guessing where a browser takes it as one.
            const QString scheme = TemplateUrls::scheme(token->value);
            const bool remote = TemplateUrls::isNetworkPath(token->value) || scheme == u"http" || scheme == u"https"
                || scheme == u"ftp" || scheme == u"javascript" || scheme == u"vbscript" || scheme == u"file";
            if (remote || (urlFunction && !TemplateUrls::isAllowed(token->value, UrlUse::Resource)))
                return Problem {token->offset,
                    StyleSheetCheck::tr("url(%1) is outside the pack: a style sheet may use only the pack's own files "
                                        "and data: pictures.")
                        .arg(shortened(token->value))};
            break;
        }
        case Token::Ident:
            break;
        case Token::Other:
            if (token->value.trimmed().isEmpty())
                continue; // white space keeps url( waiting for its string
            break;
        }
        urlFunction = false;
    }
    return std::nullopt;
}

// The text with every comment cut out and every escape decoded, strings
// and all: a coarser reading than CSS's, so that what it would take for
// @import or a remote url() is refused even where CSS would not (in a
// string, or across "/*" in a string). Offsets map back to the source.
struct Flattened
{
    QString text;
    QList<qsizetype> offsets; // in the source, per character of text
};

Flattened flatten(QStringView css)
{
    Flattened out;
    qsizetype i = 0;
    while (i < css.size()) {
        if (css.at(i) == u'/' && i + 1 < css.size() && css.at(i + 1) == u'*') {
            const qsizetype end = css.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? css.size() : end + 2;
            continue;
        }
        const qsizetype start = i;
        QChar c = css.at(i++);
        if (c == u'\\' && i < css.size()) {
            char32_t value = 0;
            int digits = 0;
            while (digits < 6 && i < css.size() && isHexDigit(css.at(i))) {
                value = value * 16 + char32_t(hexValue(css.at(i++)));
                ++digits;
            }
            if (digits == 0) {
                c = css.at(i++);
            } else {
                if (i < css.size() && isWhitespace(css.at(i)))
                    ++i;
                c = value < 0x80 ? QChar(char16_t(value)) : QChar(0xFFFD);
            }
        }
        out.text += c;
        out.offsets.append(start);
    }
    return out;
}

std::optional<StyleSheetCheck::Problem> checkFlattened(QStringView css)
{
    using Problem = StyleSheetCheck::Problem;
    static const QRegularExpression import(u"@import"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression remote(
        u"url\\(\\s*['\"]?\\s*((https?:|//)[^'\")\\s]*)"_s, QRegularExpression::CaseInsensitiveOption);
    const Flattened flat = flatten(css);
    if (const QRegularExpressionMatch match = import.match(flat.text); match.hasMatch())
        return Problem {flat.offsets.at(match.capturedStart()),
            StyleSheetCheck::tr("@import is not allowed: put all styles in the pack's style sheets.")};
    if (const QRegularExpressionMatch match = remote.match(flat.text); match.hasMatch())
        return Problem {flat.offsets.at(match.capturedStart()),
            StyleSheetCheck::tr("url(%1) is outside the pack: a style sheet may use only the pack's own files "
                                "and data: pictures.")
                .arg(shortened(match.captured(1)))};
    return std::nullopt;
}

} // namespace

std::optional<StyleSheetCheck::Problem> StyleSheetCheck::check(QStringView css)
{
    // The HTML parser ends the <style> element at "</style", whatever CSS
    // thinks of it, so this is looked for in the text as it is.
    static const QRegularExpression styleEnd(u"<\\s*/\\s*style"_s, QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = styleEnd.matchView(css); match.hasMatch())
        return Problem {match.capturedStart(), tr("</style> cannot appear in a style sheet.")};
    if (std::optional<Problem> problem = checkTokens(css, Tokenizer::Comments::Separate))
        return problem;
    if (std::optional<Problem> problem = checkTokens(css, Tokenizer::Comments::Vanish))
        return problem;
    return checkFlattened(css);
}

} // namespace Byline
