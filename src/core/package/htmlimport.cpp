#include "htmlimport.h"

#include "article/articlehtml.h"
#include "article/bylinetext.h"
#include "article/parsedhtml.h"
#include "common/htmlescape.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

#include <gumbo.h>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// UTF-16 or UTF-32 by a byte order mark, UTF-8 by its mark, or UTF-16
// without a mark: markup and JSON start with ASCII (white space, '<', '{'),
// which UTF-16 writes with a zero byte beside each character.
std::optional<QStringConverter::Encoding> unicodeEncodingOf(QByteArrayView bytes)
{
    if (const std::optional<QStringConverter::Encoding> marked = QStringConverter::encodingForData(bytes))
        return marked;
    constexpr qsizetype sample = 16;
    if (bytes.size() < sample)
        return std::nullopt;
    bool littleEndian = true;
    bool bigEndian = true;
    for (qsizetype i = 0; i < sample; i += 2) {
        const char first = bytes.at(i);
        const char second = bytes.at(i + 1);
        littleEndian = littleEndian && first != 0 && uchar(first) < 0x80 && second == 0;
        bigEndian = bigEndian && first == 0 && second != 0 && uchar(second) < 0x80;
    }
    if (littleEndian)
        return QStringConverter::Utf16LE;
    if (bigEndian)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

// The charset the page declares (BOM, <meta charset>, http-equiv), else
// UTF-8 when the bytes are valid UTF-8, else EUC-KR, the usual legacy
// encoding of Korean pages. UTF-16 is known by its content first: its
// <meta charset> could not be read as ASCII.
QString decodePage(const QByteArray &bytes, QString *error)
{
    if (const std::optional<QStringConverter::Encoding> unicode = unicodeEncodingOf(bytes)) {
        QStringDecoder decoder(*unicode);
        return decoder.decode(bytes);
    }
    static const QRegularExpression charsetPattern(
        u"<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)"_s, QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(4096));
    QString charset = charsetPattern.match(head).captured(1).toLower();
    if (charset.isEmpty()) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8.decode(bytes);
        if (!utf8.hasError())
            return text;
        charset = u"euc-kr"_s;
    }
    // Pages that say ks_c_5601-1987 or x-windows-949 mean CP949, a superset
    // of EUC-KR that ICU reads under the name windows-949.
    if (charset == u"ks_c_5601-1987"_s || charset == u"x-windows-949"_s || charset == u"cp949"_s || charset == u"uhc"_s)
        charset = u"windows-949"_s;
    QStringDecoder decoder(charset.toLatin1().constData());
    if (!decoder.isValid() && charset == u"windows-949"_s)
        decoder = QStringDecoder("EUC-KR");
    if (!decoder.isValid()) {
        if (error)
            *error = QCoreApplication::translate(
                "Byline::HtmlImport", "The page is written in the character set \"%1\", which this Byline cannot read.")
                         .arg(charset);
        return {};
    }
    return decoder.decode(bytes);
}

} // namespace

QByteArray unicodeTextAsUtf8(const QByteArray &bytes)
{
    const std::optional<QStringConverter::Encoding> unicode = unicodeEncodingOf(bytes);
    if (!unicode)
        return bytes;
    // The decoder drops the byte order mark.
    QStringDecoder decoder(*unicode);
    return QString(decoder.decode(bytes)).toUtf8();
}

namespace {

QString attribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *attr = gumbo_get_attribute(&node->v.element.attributes, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

bool isElement(const GumboNode *node, GumboTag tag)
{
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

const GumboVector &childrenOf(const GumboNode *node)
{
    static const GumboVector empty {nullptr, 0, 0};
    if (node->type == GUMBO_NODE_ELEMENT)
        return node->v.element.children;
    if (node->type == GUMBO_NODE_DOCUMENT)
        return node->v.document.children;
    return empty;
}

template<typename Visit> void walk(const GumboNode *node, const Visit &visit)
{
    if (!visit(node))
        return;
    const GumboVector &children = childrenOf(node);
    for (unsigned i = 0; i < children.length; ++i)
        walk(static_cast<const GumboNode *>(children.data[i]), visit);
}

QString textOf(const GumboNode *node)
{
    QString text;
    walk(node, [&text](const GumboNode *n) {
        if (isElement(n, GUMBO_TAG_SCRIPT) || isElement(n, GUMBO_TAG_STYLE))
            return false;
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA)
            text += QString::fromUtf8(n->v.text.text);
        if (isElement(n, GUMBO_TAG_BR))
            text += u' ';
        return true;
    });
    return text.simplified();
}

bool hasClass(const GumboNode *node, const QStringList &names)
{
    const QStringList classes = attribute(node, "class").toLower().split(u' ', Qt::SkipEmptyParts);
    return std::any_of(classes.cbegin(), classes.cend(), [&names](const QString &c) { return names.contains(c); });
}

// The element's own source text, as written in the page.
QByteArray sourceOf(const QByteArray &utf8, const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
        const GumboStringPiece &piece = node->v.text.original_text;
        return QByteArray(piece.data, qsizetype(piece.length));
    }
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboElement &element = node->v.element;
    if (!element.original_tag.data)
        return {}; // made up by the parser
    const qsizetype start = element.start_pos.offset;
    qsizetype end = element.end_pos.offset + qsizetype(element.original_end_tag.length);
    if (!element.original_end_tag.data || end < start)
        end = element.end_pos.offset;
    if (start < 0 || end > utf8.size() || end <= start)
        return {};
    return utf8.mid(start, end - start);
}

// Sums the paragraph text directly under an element: the story body is
// where most of it sits.
qsizetype paragraphTextLength(const GumboNode *node)
{
    qsizetype length = 0;
    const GumboVector &children = childrenOf(node);
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (isElement(child, GUMBO_TAG_P))
            length += textOf(child).size();
        else if (child->type == GUMBO_NODE_TEXT)
            length += QString::fromUtf8(child->v.text.text).trimmed().size();
    }
    return length;
}

} // namespace

std::optional<Article> importHtmlArticle(const QByteArray &html, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Article> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // Not even decoded when far too large (UTF-32 is four bytes a character).
    if (html.size() > 4 * ArticleHtml::MaxHtmlBytes)
        return fail(ArticleHtml::checkLimits(html));
    QString decodeError;
    const QString text = decodePage(html, &decodeError);
    if (!decodeError.isEmpty())
        return fail(decodeError);
    const ArticleHtml::ParsedHtml page(text.toUtf8());
    if (!page.document())
        return fail(page.refusal());
    const QByteArray &utf8 = page.utf8();

    QHash<QString, QString> meta;
    QStringList metaTags;
    QString title;
    const GumboNode *h1 = nullptr;
    const GumboNode *articleElement = nullptr;
    const GumboNode *deckElement = nullptr;
    const GumboNode *h2AfterHeadline = nullptr;
    bool paragraphSeen = false;
    const GumboNode *largest = nullptr;
    qsizetype largestLength = 0;
    const QStringList deckClasses {u"subtitle"_s, u"sub-title"_s, u"sub_title"_s, u"subhead"_s, u"deck"_s};

    walk(page.document(), [&](const GumboNode *node) {
        if (node->type != GUMBO_NODE_ELEMENT)
            return true;
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT)
            return false;
        if (tag == GUMBO_TAG_META) {
            const QString key = (attribute(node, "property") + attribute(node, "name")).toLower();
            const QString content = attribute(node, "content").trimmed();
            if (key == u"article:tag"_s)
                metaTags << content;
            else if (!key.isEmpty() && !meta.contains(key))
                meta.insert(key, content);
        } else if (tag == GUMBO_TAG_TITLE && title.isEmpty()) {
            title = textOf(node);
        } else if (tag == GUMBO_TAG_H1 && !h1) {
            h1 = node;
        } else if (tag == GUMBO_TAG_ARTICLE && !articleElement) {
            articleElement = node;
        } else if (tag == GUMBO_TAG_P) {
            if (h1)
                paragraphSeen = true;
        } else if (tag == GUMBO_TAG_H2 && h1 && !paragraphSeen && !h2AfterHeadline) {
            h2AfterHeadline = node;
        }
        if (!deckElement && tag != GUMBO_TAG_BODY && hasClass(node, deckClasses))
            deckElement = node;
        const qsizetype length = paragraphTextLength(node);
        if (length > largestLength) {
            largestLength = length;
            largest = node;
        }
        return true;
    });

    Article article = Article::create();
    article.headline = meta.value(u"og:title"_s);
    if (article.headline.isEmpty() && h1)
        article.headline = textOf(h1);
    if (article.headline.isEmpty())
        article.headline = title;

    if (!deckElement)
        deckElement = h2AfterHeadline;
    article.deck = deckElement ? textOf(deckElement) : QString();
    if (article.deck.isEmpty())
        article.deck = meta.value(u"og:description"_s);
    article.summary = meta.value(u"description"_s);
    article.section = meta.value(u"article:section"_s);
    for (const QString &tag : std::as_const(metaTags)) {
        if (!tag.isEmpty() && !article.tags.contains(tag))
            article.tags << tag;
    }
    const QStringList keywords = meta.value(u"keywords"_s).split(u',', Qt::SkipEmptyParts);
    for (const QString &keyword : keywords) {
        const QString tag = keyword.trimmed();
        if (!tag.isEmpty() && !article.tags.contains(tag))
            article.tags << tag;
    }
    // An author tag beyond the byline's limits is no byline; the story's
    // opening may still name one.
    if (const QString author = meta.value(u"author"_s); !author.isEmpty())
        article.byline = BylineText::parse(author);

    // The body: the story's container, without what is lifted into fields.
    const GumboNode *container = articleElement ? articleElement : largest;
    QByteArray bodySource;
    if (container) {
        const GumboVector &children = childrenOf(container);
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child == h1 || child == deckElement)
                continue;
            if (child->type == GUMBO_NODE_ELEMENT) {
                const GumboTag tag = child->v.element.tag;
                if (tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER
                    || tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_FORM)
                    continue;
            }
            bodySource += sourceOf(utf8, child);
        }
    }
    QString refusal;
    QString body = ArticleHtml::sanitize(QString::fromUtf8(bodySource), &refusal);
    if (!refusal.isEmpty())
        return fail(refusal);

    // A Korean story opens with "[매체] 이름 기자 =": the byline belongs in
    // its fields, and the renderer writes the opening again from them.
    const QString plain = ArticleHtml::toPlainText(body);
    if (const std::optional<BylineText::Opening> opening = BylineText::parseOpening(plain)) {
        if (article.byline.reporters.isEmpty())
            article.byline = opening->byline;
        else if (article.byline.outlet.isEmpty())
            article.byline.outlet = opening->byline.outlet;
        static const QRegularExpression firstParagraph(u"^\\s*<p>"_s);
        const QRegularExpressionMatch p = firstParagraph.match(body);
        if (p.hasMatch()) {
            const QString openingText = plain.left(opening->length);
            const QString escaped = HtmlEscape::text(openingText);
            if (body.mid(p.capturedEnd(0)).startsWith(escaped)) {
                body.remove(p.capturedEnd(0), escaped.size());
                // Drop the space after "=" and a paragraph left empty.
                while (p.capturedEnd(0) < body.size() && body.at(p.capturedEnd(0)).isSpace())
                    body.remove(p.capturedEnd(0), 1);
                body.remove(QRegularExpression(u"^\\s*<p></p>\\n?"_s));
            }
        }
    }
    article.body = body;

    if (article.headline.isEmpty() && ArticleHtml::toPlainText(article.body).trimmed().isEmpty())
        return fail(QCoreApplication::translate("Byline::HtmlImport", "The page has no headline and no article text."));
    return article;
}

} // namespace Byline
