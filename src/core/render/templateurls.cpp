#include "templateurls.h"

using namespace Qt::StringLiterals;

namespace Byline::TemplateUrls {

namespace {

bool isC0OrSpace(QChar c)
{
    return c.unicode() <= 0x20;
}

bool isSlash(QChar c)
{
    return c == u'/' || c == u'\\';
}

} // namespace

QString normalized(QStringView url)
{
    qsizetype start = 0;
    qsizetype end = url.size();
    while (start < end && isC0OrSpace(url.at(start)))
        ++start;
    while (end > start && isC0OrSpace(url.at(end - 1)))
        --end;
    QString out;
    out.reserve(end - start);
    for (QChar c : url.mid(start, end - start)) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            out += c;
    }
    return out;
}

QString scheme(QStringView url)
{
    const QString text = normalized(url);
    // URL Standard, "scheme start state": an ASCII letter, then letters,
    // digits, +, - and . up to the colon.
    if (text.isEmpty() || !(text.at(0).isLetter() && text.at(0).unicode() < 0x80))
        return {};
    for (qsizetype i = 1; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u':')
            return text.left(i).toLower();
        const bool schemeChar = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'+' || c == u'-' || c == u'.';
        if (!schemeChar)
            return {};
    }
    return {};
}

bool isNetworkPath(QStringView url)
{
    const QString text = normalized(url);
    return text.size() >= 2 && isSlash(text.at(0)) && isSlash(text.at(1));
}

bool isAllowed(QStringView url, UrlUse use)
{
    const QString name = scheme(url);
    if (use == UrlUse::Link)
        return name.isEmpty() || name == u"http" || name == u"https" || name == u"mailto" || name == u"tel";
    if (name.isEmpty())
        return !isNetworkPath(url);
    if (name == u"data")
        return normalized(url).mid(5).startsWith(u"image/"_s, Qt::CaseInsensitive);
    // Byline's own schemes (byline-image:, …) are served only by Byline.
    return name.startsWith(u"byline-"_s);
}

} // namespace Byline::TemplateUrls
