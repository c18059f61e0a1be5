#include "htmlescape.h"

namespace Byline::HtmlEscape {

namespace {

enum class Quotes
{
    None,
    Double,
    Both,
};

// Only ASCII is replaced, so UTF-16 surrogate pairs pass through untouched.
QString escaped(QStringView in, Quotes quotes)
{
    auto isSpecial = [quotes](char16_t c) {
        switch (c) {
        case u'&':
        case u'<':
        case u'>':
            return true;
        case u'"':
            return quotes != Quotes::None;
        case u'\'':
            return quotes == Quotes::Both;
        default:
            return false;
        }
    };
    // Most text has nothing to escape: copy it whole.
    qsizetype first = 0;
    while (first < in.size() && !isSpecial(in[first].unicode()))
        ++first;
    if (first == in.size())
        return in.toString();
    QString out;
    out.reserve(in.size() + 16);
    out.append(in.left(first));
    for (qsizetype i = first; i < in.size(); ++i) {
        const QChar c = in[i];
        if (!isSpecial(c.unicode())) {
            out += c;
            continue;
        }
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'"':
            out += u"&quot;";
            break;
        default:
            out += u"&#39;";
            break;
        }
    }
    return out;
}

} // namespace

QString text(QStringView text)
{
    return escaped(text, Quotes::None);
}

QString attribute(QStringView value)
{
    return escaped(value, Quotes::Double);
}

QString anywhere(QStringView value)
{
    return escaped(value, Quotes::Both);
}

} // namespace Byline::HtmlEscape
