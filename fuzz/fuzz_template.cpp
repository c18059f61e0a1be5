// The template engine as a newsroom's own pack reaches it: a fuzzed
// article.html (and style.css after a "@@style.css@@" line) loaded with
// TemplatePack::load's checks, then the sample story rendered for both
// devices. What the pack produced is then read as a browser reads it
// (gumbo): no script, frame, form or base, no event handler, no
// javascript: link, no meta http-equiv but the page's own security policy,
// and no @import or remote url() in the style sheets.

#include "fuzzsupport.h"

#include "article/samplearticle.h"
#include "render/articlerenderer.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>

#include <gumbo.h>

using namespace Byline;
using namespace Qt::StringLiterals;

namespace {

const QByteArray StyleMarker = "\n@@style.css@@\n";

QString packFolder()
{
    return Fuzz::scratchPath(u"pack"_s);
}

// The built-in pack's pack.json, mobile.css and assets, once.
void copyBuiltInPack()
{
    const QString from = u":/byline/templates/default"_s;
    QDirIterator files(from, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString source = files.next();
        const QString relative = source.mid(from.size() + 1);
        if (relative == "article.html"_L1 || relative == "style.css"_L1)
            continue;
        const QString target = packFolder() + u'/' + relative;
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(source, target))
            std::abort();
    }
}

struct Story
{
    Article article;
    QList<Photo> photos;
};

const Story &story()
{
    static const Story story = [] {
        Story made {sampleArticle(), {}};
        Photo photo;
        photo.id = u"ph-1"_s;
        photo.fileName = u"otter.jpg"_s;
        photo.pixelSize = QSize(4000, 3000);
        photo.caption = u"공지천의 수달 <b>\"두 마리\"</b>"_s;
        photo.credit = u"춘천시 제공"_s;
        photo.altText = u"물 위로 머리를 내민 수달"_s;
        photo.lead = true;
        made.photos << photo;
        made.article.leadPhotoId = photo.id;
        made.article.body += u"<figure data-photo=\"ph-1\"><figcaption>수달</figcaption></figure>\n"_s;
        return made;
    }();
    return story;
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// CSS as the browser reads it: escapes (\69 or \i) decoded, comments gone.
QString cssAsRead(const QString &css)
{
    static const QRegularExpression comment(u"/\\*.*?(\\*/|$)"_s, QRegularExpression::DotMatchesEverythingOption);
    QString text = css;
    text.remove(comment);
    QString decoded;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'\\' || i + 1 >= text.size()) {
            decoded += text.at(i);
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && end - (i + 1) < 6 && isHexDigit(text.at(end)))
            ++end;
        if (end == i + 1) {
            decoded += text.at(++i);
            continue;
        }
        const char32_t code = text.mid(i + 1, end - i - 1).toUInt(nullptr, 16);
        decoded += QString::fromUcs4(&code, 1);
        if (end < text.size() && text.at(end).isSpace())
            ++end;
        i = end - 1;
    }
    return decoded;
}

void checkCss(const QString &css)
{
    static const QRegularExpression import(u"@import"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression remote(
        u"url\\(\\s*['\"]?\\s*(https?:|//)"_s, QRegularExpression::CaseInsensitiveOption);
    const QString read = cssAsRead(css);
    if (read.contains(import))
        Fuzz::fail("the page's style sheet has @import");
    if (read.contains(remote))
        Fuzz::fail("the page's style sheet loads from the network");
}

void checkElement(const GumboNode *node, const QString &policy)
{
    static const QStringList forbidden {u"script"_s, u"iframe"_s, u"frame"_s, u"frameset"_s, u"object"_s, u"embed"_s,
        u"applet"_s, u"base"_s, u"form"_s};
    // Iterative: a deep page must not overflow the checker's own stack.
    std::vector<const GumboNode *> pending {node};
    while (!pending.empty()) {
        const GumboNode *current = pending.back();
        pending.pop_back();
        if (current->type != GUMBO_NODE_ELEMENT && current->type != GUMBO_NODE_TEMPLATE)
            continue;
        const GumboElement &element = current->v.element;
        if (forbidden.contains(QString::fromUtf8(gumbo_normalized_tagname(element.tag))))
            Fuzz::fail("the page has a forbidden element (script, frame, form, base, object, embed)");
        for (unsigned int i = 0; i < element.attributes.length; ++i) {
            const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            const QString name = QString::fromUtf8(attribute->name).toLower();
            const QString value = QString::fromUtf8(attribute->value);
            if (name.startsWith(u"on"_s))
                Fuzz::fail("the page has an event handler attribute");
            static const QRegularExpression blanks(u"[\\x00-\\x20]"_s);
            const QString url = QString(value).remove(blanks);
            if (url.startsWith(u"javascript:"_s, Qt::CaseInsensitive))
                Fuzz::fail("the page has a javascript: link");
            if (name == "style"_L1)
                checkCss(value);
        }
        if (element.tag == GUMBO_TAG_META) {
            const GumboAttribute *equiv = gumbo_get_attribute(&element.attributes, "http-equiv");
            const GumboAttribute *content = gumbo_get_attribute(&element.attributes, "content");
            if (equiv
                && (QString::fromUtf8(equiv->value).compare("Content-Security-Policy"_L1, Qt::CaseInsensitive) != 0
                    || !content || QString::fromUtf8(content->value) != policy))
                Fuzz::fail("the page has a meta http-equiv that is not its own security policy");
        }
        if (element.tag == GUMBO_TAG_STYLE) {
            QString css;
            for (unsigned int i = 0; i < element.children.length; ++i) {
                const auto *child = static_cast<const GumboNode *>(element.children.data[i]);
                if (child->type == GUMBO_NODE_TEXT)
                    css += QString::fromUtf8(child->v.text.text);
            }
            checkCss(css);
        }
        for (unsigned int i = 0; i < element.children.length; ++i)
            pending.push_back(static_cast<const GumboNode *>(element.children.data[i]));
    }
}

void checkPage(const QString &page, const QString &policy)
{
    const QByteArray utf8 = page.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    for (unsigned int i = 0; i < output->document->v.document.children.length; ++i)
        checkElement(static_cast<const GumboNode *>(output->document->v.document.children.data[i]), policy);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::start();
    QDir().mkpath(packFolder());
    copyBuiltInPack();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype marker = input.indexOf(StyleMarker);
    Fuzz::writeScratch(u"pack/article.html"_s, marker < 0 ? input : input.left(marker));
    Fuzz::writeScratch(u"pack/style.css"_s, marker < 0 ? QByteArray() : input.mid(marker + StyleMarker.size()));

    QString error;
    const std::optional<TemplatePack> pack = TemplatePack::load(packFolder(), &error);
    if (!pack) {
        if (error.isEmpty())
            Fuzz::fail("a refused template pack has no message");
        return 0;
    }
    ArticleRenderer renderer(Publication {}, *pack);
    const QString policy = renderer.contentSecurityPolicy();
    checkPage(renderer.render(story().article, story().photos, Device::Desktop), policy);
    const RenderedParts parts = renderer.renderParts(story().article, story().photos, Device::Mobile);
    checkPage(parts.page, policy);
    return 0;
}
