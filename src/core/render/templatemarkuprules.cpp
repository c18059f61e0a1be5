#include "templatemarkuprules.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Byline::MarkupRules {

namespace {

bool isAsciiAlphanumeric(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// The named character references that stand for ASCII, the only ones that
// can spell a scheme or a CSS keyword; any other stands for a character that
// makes neither.
const QHash<QString, QString> &asciiReferences()
{
    static const QHash<QString, QString> references {{u"Tab"_s, u"\t"_s}, {u"NewLine"_s, u"\n"_s}, {u"excl"_s, u"!"_s},
        {u"quot"_s, u"\""_s}, {u"QUOT"_s, u"\""_s}, {u"num"_s, u"#"_s}, {u"dollar"_s, u"$"_s}, {u"percnt"_s, u"%"_s},
        {u"amp"_s, u"&"_s}, {u"AMP"_s, u"&"_s}, {u"apos"_s, u"'"_s}, {u"lpar"_s, u"("_s}, {u"rpar"_s, u")"_s},
        {u"ast"_s, u"*"_s}, {u"midast"_s, u"*"_s}, {u"plus"_s, u"+"_s}, {u"comma"_s, u","_s}, {u"period"_s, u"."_s},
        {u"sol"_s, u"/"_s}, {u"colon"_s, u":"_s}, {u"semi"_s, u";"_s}, {u"lt"_s, u"<"_s}, {u"LT"_s, u"<"_s},
        {u"equals"_s, u"="_s}, {u"gt"_s, u">"_s}, {u"GT"_s, u">"_s}, {u"quest"_s, u"?"_s}, {u"commat"_s, u"@"_s},
        {u"lsqb"_s, u"["_s}, {u"lbrack"_s, u"["_s}, {u"bsol"_s, u"\\"_s}, {u"rsqb"_s, u"]"_s}, {u"rbrack"_s, u"]"_s},
        {u"Hat"_s, u"^"_s}, {u"lowbar"_s, u"_"_s}, {u"UnderBar"_s, u"_"_s}, {u"grave"_s, u"`"_s},
        {u"DiacriticalGrave"_s, u"`"_s}, {u"lcub"_s, u"{"_s}, {u"lbrace"_s, u"{"_s}, {u"verbar"_s, u"|"_s},
        {u"vert"_s, u"|"_s}, {u"VerticalLine"_s, u"|"_s}, {u"rcub"_s, u"}"_s}, {u"rbrace"_s, u"}"_s},
        {u"fjlig"_s, u"fj"_s}};
    return references;
}

} // namespace

bool isForbiddenElement(const QString &name)
{
    static const QSet<QString> elements {u"script"_s, u"iframe"_s, u"frame"_s, u"frameset"_s, u"object"_s, u"embed"_s,
        u"applet"_s, u"base"_s, u"form"_s, u"portal"_s, u"fencedframe"_s, u"noscript"_s, u"noembed"_s, u"noframes"_s,
        u"xmp"_s, u"plaintext"_s, u"svg"_s, u"math"_s};
    return elements.contains(name);
}

QString decodeReferences(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (text.at(i) != u'&') {
            out += text.at(i++);
            continue;
        }
        if (i + 1 < size && text.at(i + 1) == u'#') {
            qsizetype j = i + 2;
            const bool hex = j < size && (text.at(j) == u'x' || text.at(j) == u'X');
            if (hex)
                ++j;
            const qsizetype digits = j;
            char32_t value = 0;
            while (j < size) {
                const QChar c = text.at(j);
                int digit = -1;
                if (c >= u'0' && c <= u'9')
                    digit = c.unicode() - u'0';
                else if (hex && ((c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
                    digit = (c.unicode() | 0x20) - u'a' + 10;
                if (digit < 0)
                    break;
                value = std::min<char32_t>(value * (hex ? 16 : 10) + char32_t(digit), 0x110000);
                ++j;
            }
            if (j == digits) {
                out += text.at(i++);
                continue;
            }
            if (j < size && text.at(j) == u';')
                ++j;
            if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
                value = 0xFFFD;
            out += QString::fromUcs4(&value, 1);
            i = j;
            continue;
        }
        qsizetype j = i + 1;
        while (j < size && isAsciiAlphanumeric(text.at(j)))
            ++j;
        const QString name = text.mid(i + 1, j - i - 1);
        if (j < size && text.at(j) == u';' && asciiReferences().contains(name)) {
            out += asciiReferences().value(name);
            i = j + 1;
            continue;
        }
        // The few legacy names read without ";" that stand for ASCII.
        static const QSet<QString> legacy {
            u"amp"_s, u"AMP"_s, u"lt"_s, u"LT"_s, u"gt"_s, u"GT"_s, u"quot"_s, u"QUOT"_s};
        if (legacy.contains(name) && (j >= size || text.at(j) != u'=')) {
            out += asciiReferences().value(name);
            i = j;
            continue;
        }
        out += text.at(i++);
    }
    return out;
}

AttributeKind attributeKind(const QString &element, const QString &name)
{
    if (name.startsWith(u"on"_s))
        return AttributeKind::Handler;
    if (name == u"srcdoc" || name == u"http-equiv")
        return AttributeKind::Forbidden;
    if (name == u"style")
        return AttributeKind::Style;
    static const QSet<QString> links {u"href"_s, u"action"_s, u"formaction"_s, u"cite"_s, u"longdesc"_s};
    static const QSet<QString> resources {u"src"_s, u"poster"_s, u"background"_s, u"data"_s, u"codebase"_s, u"lowsrc"_s,
        u"dynsrc"_s, u"manifest"_s, u"icon"_s, u"classid"_s, u"profile"_s};
    static const QSet<QString> resourceLists {u"srcset"_s, u"imagesrcset"_s, u"ping"_s, u"archive"_s};
    if (links.contains(name))
        return AttributeKind::Link;
    if (resources.contains(name))
        return AttributeKind::Resource;
    if (resourceLists.contains(name))
        return AttributeKind::ResourceList;
    if (name.startsWith(u"data-byline-"_s) || (element == u"link" && name == u"rel")
        || (element == u"meta" && (name == u"name" || name == u"charset")))
        return AttributeKind::Fixed;
    return AttributeKind::Plain;
}

Address address(const QString &written, UrlUse use, bool valueFollows)
{
    const QString url = TemplateUrls::normalized(decodeReferences(written));
    if (url.isEmpty())
        return Address::Blank;
    auto cutAt = [&url](qsizetype from) {
        for (qsizetype i = from; i < url.size(); ++i) {
            const QChar c = url.at(i);
            if (c == u'/' || c == u'?' || c == u'#')
                return i;
        }
        return url.size();
    };
    if (url.at(0) == Hole) {
        // Rendering checks the value's scheme; text after it must not
        // add to it before the path starts.
        const qsizetype end = cutAt(1);
        const QStringView region = QStringView(url).mid(1, end - 1);
        if (region.contains(QChar(Hole)) || region.contains(u':'))
            return Address::Mixed;
        // "{{x}}//host" for a picture: an empty or "/" value makes it
        // another host's.
        if (use == UrlUse::Resource && url.size() > 1 && (url.at(1) == u'/' || url.at(1) == u'\\'))
            return Address::Mixed;
        return end < url.size() ? Address::Settled : Address::Open;
    }
    const qsizetype hole = url.indexOf(QChar(Hole));
    const QString text = hole < 0 ? url : url.left(hole);
    if (!TemplateUrls::scheme(text).isEmpty())
        return TemplateUrls::isAllowed(text, use) ? Address::Settled : Address::Refused;
    if (use == UrlUse::Resource && TemplateUrls::isNetworkPath(text))
        return Address::Refused;
    const qsizetype end = cutAt(0);
    if (end == text.size())
        return hole < 0 ? Address::Open : Address::Mixed;
    // "/{{x}}" could still become "//host" for a picture.
    if (use == UrlUse::Resource && (hole >= 0 || valueFollows) && text.size() == 1)
        return Address::Mixed;
    return Address::Settled;
}

QString shortened(const QString &text)
{
    const QString line = TemplateUrls::normalized(text);
    return line.size() > 60 ? line.left(57) + u"…"_s : line;
}

} // namespace Byline::MarkupRules
