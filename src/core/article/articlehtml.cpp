#include "articlehtml.h"
#include "articlehtml_p.h"

using namespace Qt::StringLiterals;

// The public face of the article HTML profile, and the profile's own rules
// (which characters, links and embeds it keeps) shared by the sanitizer
// (articlehtml_sanitizer.cpp), the serializer (articlehtml_serializer.cpp) and
// the validator (articlehtml_validator.cpp).
namespace Byline::ArticleHtml {

namespace Detail {

bool isCollapsibleSpace(char16_t c)
{
    // NBSP is typed by Word and HWP between ordinary words; keeping it would
    // make the same sentence compare and count differently.
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == 0x00A0;
}

bool isDroppedCharacter(char16_t c)
{
    // Controls, the byte order mark, and the characters QTextDocument uses for
    // objects and frames, which would otherwise turn into structure on load.
    return (c < 0x20) || c == 0x7F || c == 0xFEFF || c == QChar::ObjectReplacementCharacter || c == 0xFDD0
        || c == 0xFDD1;
}

namespace {

bool startsWithScheme(const QString &url, QLatin1StringView scheme)
{
    return url.startsWith(scheme, Qt::CaseInsensitive);
}

} // namespace

bool Block::isEmpty() const
{
    switch (kind) {
    case BlockKind::Photo:
        return photoId.isEmpty();
    case BlockKind::Embed:
        return embedUrl.isEmpty();
    default:
        return runs.isEmpty();
    }
}

QString cleanedAttribute(QString value)
{
    // A control character in an attribute would be written as it is and read
    // back by the next parse as U+FFFD: the same link or photo id twice.
    value.removeIf([](QChar c) { return isDroppedCharacter(c.unicode()); });
    return value.trimmed();
}

bool isAllowedHref(const QString &href)
{
    return startsWithScheme(href, "http:"_L1) || startsWithScheme(href, "https:"_L1)
        || startsWithScheme(href, "mailto:"_L1);
}

bool isAllowedEmbedUrl(const QString &url)
{
    return startsWithScheme(url, "http:"_L1) || startsWithScheme(url, "https:"_L1);
}

} // namespace Detail

using namespace Detail;

QString sanitize(const QString &html, QString *refusal)
{
    return serialize(parse(html, refusal));
}

QString fromPlainText(const QString &text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    normalized.replace(u'\r', u'\n');
    QList<Block> blocks;
    const QStringList lines = normalized.split(u'\n');
    for (const QString &line : lines) {
        Block block;
        Run run;
        run.text = line;
        block.runs.append(run);
        normalizeRuns(block.runs, block.kind);
        if (!block.isEmpty())
            blocks.append(block);
    }
    return serialize(blocks);
}

QString toPlainText(const QString &profileHtml)
{
    QStringList lines;
    const QList<Block> blocks = parse(profileHtml);
    for (const Block &block : blocks) {
        QString text;
        for (const Run &run : block.runs)
            text += run.lineBreak ? u"\n"_s : run.text;
        if (!text.isEmpty())
            lines << text;
    }
    return lines.join(u'\n');
}

} // namespace Byline::ArticleHtml
