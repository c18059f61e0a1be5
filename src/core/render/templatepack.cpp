#include "templatepack.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Byline {

QString deviceKey(Device device)
{
    return device == Device::Mobile ? u"mobile"_s : u"desktop"_s;
}

std::optional<Device> deviceFromKey(const QString &key)
{
    if (key == u"desktop")
        return Device::Desktop;
    if (key == u"mobile")
        return Device::Mobile;
    return std::nullopt;
}

namespace {

const QString BuiltInFolder = u":/byline/templates/default"_s;

bool isResource(const QString &path)
{
    return path.startsWith(u":/"_s);
}

QString shown(const QString &path)
{
    return isResource(path) ? path : QDir::toNativeSeparators(path);
}

int lineOf(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(u'\n')) + 1;
}

QString mimeTypeForSuffix(const QString &suffix)
{
    static const QHash<QString, QString> types {
        {u"svg"_s, u"image/svg+xml"_s},
        {u"png"_s, u"image/png"_s},
        {u"jpg"_s, u"image/jpeg"_s},
        {u"jpeg"_s, u"image/jpeg"_s},
        {u"gif"_s, u"image/gif"_s},
        {u"webp"_s, u"image/webp"_s},
        {u"ico"_s, u"image/x-icon"_s},
    };
    return types.value(suffix.toLower());
}

// Reads a pack file; nullopt with *error when it is missing, too big or not UTF-8.
std::optional<QString> readText(const QString &path, QString *error)
{
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        *error = TemplatePack::tr("%1 is missing.").arg(shown(path));
        return std::nullopt;
    }
    if (file.size() > TemplatePack::MaxTemplateBytes) {
        *error =
            TemplatePack::tr("%1 is larger than %2 KB.").arg(shown(path)).arg(TemplatePack::MaxTemplateBytes / 1024);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = TemplatePack::tr("%1 cannot be read: %2").arg(shown(path), file.errorString());
        return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(file.readAll());
    if (utf8.hasError()) {
        *error = TemplatePack::tr("%1 is not UTF-8 text.").arg(shown(path));
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

// Markup a pack may not carry: scripts and frames would run or load things
// the page's security policy forbids anyway; a meta http-equiv could
// replace that policy or redirect the reader.
bool checkTemplateMarkup(const QString &path, const QString &text, QString *error)
{
    static const QRegularExpression forbidden(u"<\\s*(script|iframe|frame|frameset|object|embed|applet|base|form)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handler(u"<[^>]*\\s(on[a-z]+)\\s*="_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression httpEquiv(
        u"<\\s*meta\\b[^>]*http-equiv"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression javascript(u"javascript\\s*:"_s, QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = forbidden.match(text); match.hasMatch()) {
        *error = TemplatePack::tr("%1, line %2: <%3> is not allowed in a template pack.")
                     .arg(shown(path))
                     .arg(lineOf(text, match.capturedStart()))
                     .arg(match.captured(1).toLower());
        return false;
    }
    if (const QRegularExpressionMatch match = handler.match(text); match.hasMatch()) {
        *error = TemplatePack::tr("%1, line %2: event handler attributes (%3) are not allowed: pages run no scripts.")
                     .arg(shown(path))
                     .arg(lineOf(text, match.capturedStart(1)))
                     .arg(match.captured(1).toLower());
        return false;
    }
    if (const QRegularExpressionMatch match = httpEquiv.match(text); match.hasMatch()) {
        *error = TemplatePack::tr("%1, line %2: <meta http-equiv> is not allowed: {{{page.head}}} sets the page's "
                                  "security policy.")
                     .arg(shown(path))
                     .arg(lineOf(text, match.capturedStart()));
        return false;
    }
    if (const QRegularExpressionMatch match = javascript.match(text); match.hasMatch()) {
        *error = TemplatePack::tr("%1, line %2: javascript: links are not allowed.")
                     .arg(shown(path))
                     .arg(lineOf(text, match.capturedStart()));
        return false;
    }
    return true;
}

bool checkCss(const QString &path, const QString &css, QString *error)
{
    static const QRegularExpression styleEnd(u"</\\s*style"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression import(u"@import\\b"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression remote(
        u"url\\(\\s*['\"]?\\s*(https?:|//)"_s, QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = styleEnd.match(css); match.hasMatch()) {
        *error = TemplatePack::tr("%1, line %2: </style> cannot appear in a style sheet.")
                     .arg(shown(path))
                     .arg(lineOf(css, match.capturedStart()));
        return false;
    }
    if (const QRegularExpressionMatch match = import.match(css); match.hasMatch()) {
        *error = TemplatePack::tr("%1, line %2: @import is not allowed: put all styles in the pack's style sheets.")
                     .arg(shown(path))
                     .arg(lineOf(css, match.capturedStart()));
        return false;
    }
    if (const QRegularExpressionMatch match = remote.match(css); match.hasMatch()) {
        *error = TemplatePack::tr("%1, line %2: the style sheet loads a file from the network; a pack must be "
                                  "self-contained.")
                     .arg(shown(path))
                     .arg(lineOf(css, match.capturedStart()));
        return false;
    }
    return true;
}

std::optional<PageTemplate> loadTemplate(const QString &path, QString *error)
{
    const std::optional<QString> text = readText(path, error);
    if (!text)
        return std::nullopt;
    PageTemplate::Error parseError;
    std::optional<PageTemplate> page = PageTemplate::parse(*text, &parseError);
    if (!page) {
        *error = TemplatePack::tr("%1, line %2: %3").arg(shown(path)).arg(parseError.line).arg(parseError.message);
        return std::nullopt;
    }
    if (!checkTemplateMarkup(path, *text, error))
        return std::nullopt;
    if (!page->hasTopLevelRaw(u"page.head"_s)) {
        *error = TemplatePack::tr("%1 has no {{{page.head}}} in its <head>: it carries the character set and the "
                                  "security policy.")
                     .arg(shown(path));
        return std::nullopt;
    }
    if (page->hasSlot(u"body"_s) && !page->slotHoldsOnly(u"body"_s, u"article.body"_s)) {
        *error = TemplatePack::tr("%1: the body slot must hold only {{{article.body}}}, so the preview can replace "
                                  "single paragraphs.")
                     .arg(shown(path));
        return std::nullopt;
    }
    return page;
}

} // namespace

QString TemplatePack::userPacksDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/templates"_s;
}

std::optional<TemplatePack> TemplatePack::load(const QString &folder, QString *error)
{
    QString problem;
    auto fail = [&problem, error]() -> std::optional<TemplatePack> {
        if (error)
            *error = problem;
        return std::nullopt;
    };
    const bool resource = isResource(folder);
    const QString root = resource ? QDir::cleanPath(folder) : QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (!QFileInfo(root).isDir()) {
        problem = tr("The template pack folder %1 does not exist.").arg(shown(root));
        return fail();
    }
    auto file = [&root](const QString &name) { return root + u'/' + name; };

    TemplatePack pack;
    pack.m_folder = root;
    pack.m_builtIn = root == BuiltInFolder;

    // pack.json
    const QString manifestPath = file(u"pack.json"_s);
    const std::optional<QString> manifestText = readText(manifestPath, &problem);
    if (!manifestText)
        return fail();
    QJsonParseError parseError;
    const QJsonDocument manifest = QJsonDocument::fromJson(manifestText->toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !manifest.isObject()) {
        problem = parseError.error != QJsonParseError::NoError
            ? tr("%1 is not valid JSON: %2 (at character %3).")
                  .arg(shown(manifestPath), parseError.errorString())
                  .arg(parseError.offset)
            : tr("%1 must hold a JSON object.").arg(shown(manifestPath));
        return fail();
    }
    const QJsonObject json = manifest.object();
    const QJsonValue name = json.value(u"name"_s);
    const QJsonValue version = json.value(u"version"_s);
    const QJsonValue description = json.value(u"description"_s);
    if (!name.isString() || name.toString().trimmed().isEmpty()) {
        problem = tr("%1 needs a \"name\" (text).").arg(shown(manifestPath));
        return fail();
    }
    if (!version.isString() || version.toString().trimmed().isEmpty()) {
        problem = tr("%1 needs a \"version\" (text, such as \"1.0\").").arg(shown(manifestPath));
        return fail();
    }
    if (!description.isUndefined() && !description.isString()) {
        problem = tr("%1: \"description\" must be text.").arg(shown(manifestPath));
        return fail();
    }
    pack.m_name = name.toString().trimmed();
    pack.m_version = version.toString().trimmed();
    pack.m_description = description.toString();

    // Assets, all inside the pack's folder.
    const QJsonValue assets = json.value(u"assets"_s);
    if (!assets.isUndefined() && !assets.isObject()) {
        problem = tr("%1: \"assets\" must be an object of names and file paths.").arg(shown(manifestPath));
        return fail();
    }
    static const QRegularExpression assetName(u"^[A-Za-z0-9_-]+$"_s);
    const QJsonObject assetObject = assets.toObject();
    const QString canonicalRoot = resource ? root : QFileInfo(root).canonicalFilePath();
    for (auto it = assetObject.constBegin(); it != assetObject.constEnd(); ++it) {
        const QString key = it.key();
        const QString relative = it.value().toString();
        if (!assetName.match(key).hasMatch()) {
            problem =
                tr("%1: the asset name \"%2\" may only have letters, digits, _ and -.").arg(shown(manifestPath), key);
            return fail();
        }
        const QString cleaned = QDir::cleanPath(root + u'/' + relative);
        if (!it.value().isString() || relative.isEmpty() || QDir::isAbsolutePath(relative)
            || relative.split(u'/').contains(u".."_s) || relative.contains(u'\\') || !cleaned.startsWith(root + u'/')) {
            problem = tr("%1: the asset \"%2\" must be a relative path inside the pack's folder, without \"..\".")
                          .arg(shown(manifestPath), key);
            return fail();
        }
        const QFileInfo info(cleaned);
        if (!info.isFile()) {
            problem = tr("%1: the asset file %2 is missing.").arg(shown(manifestPath), shown(cleaned));
            return fail();
        }
        // A symbolic link may still lead out of the folder.
        if (!resource && !info.canonicalFilePath().startsWith(canonicalRoot + u'/')) {
            problem = tr("%1: the asset \"%2\" leads outside the pack's folder.").arg(shown(manifestPath), key);
            return fail();
        }
        if (info.size() > MaxAssetBytes) {
            problem = tr("The asset %1 is larger than %2 KB.").arg(shown(cleaned)).arg(MaxAssetBytes / 1024);
            return fail();
        }
        const QString mimeType = mimeTypeForSuffix(info.suffix());
        if (mimeType.isEmpty()) {
            problem = tr("The asset %1 is not a picture Byline can show (SVG, PNG, JPEG, GIF, WebP or ICO).")
                          .arg(shown(cleaned));
            return fail();
        }
        pack.m_assets.insert(key, PackAsset {key, resource ? cleaned : info.canonicalFilePath(), mimeType});
    }

    // Templates: one for both layouts, or one each.
    const bool shared = QFileInfo(file(u"article.html"_s)).isFile();
    if (shared) {
        std::optional<PageTemplate> page = loadTemplate(file(u"article.html"_s), &problem);
        if (!page)
            return fail();
        pack.m_desktop = *page;
        pack.m_mobile = *page;
    } else {
        const bool hasDesktop = QFileInfo(file(u"desktop.html"_s)).isFile();
        const bool hasMobile = QFileInfo(file(u"mobile.html"_s)).isFile();
        if (!hasDesktop && !hasMobile) {
            problem =
                tr("The template pack %1 has no article.html (or desktop.html and mobile.html).").arg(shown(root));
            return fail();
        }
        std::optional<PageTemplate> desktop = loadTemplate(file(u"desktop.html"_s), &problem);
        if (!desktop)
            return fail();
        std::optional<PageTemplate> mobile = loadTemplate(file(u"mobile.html"_s), &problem);
        if (!mobile)
            return fail();
        pack.m_desktop = *desktop;
        pack.m_mobile = *mobile;
    }

    // Style sheets, inlined into the page.
    const std::optional<QString> css = readText(file(u"style.css"_s), &problem);
    if (!css || !checkCss(file(u"style.css"_s), *css, &problem))
        return fail();
    pack.m_css = *css;
    if (QFileInfo(file(u"mobile.css"_s)).exists()) {
        const std::optional<QString> mobileCss = readText(file(u"mobile.css"_s), &problem);
        if (!mobileCss || !checkCss(file(u"mobile.css"_s), *mobileCss, &problem))
            return fail();
        pack.m_mobileCss = *mobileCss;
    }
    if (error)
        error->clear();
    return pack;
}

TemplatePack TemplatePack::builtIn()
{
    static const TemplatePack pack = [] {
        QString error;
        std::optional<TemplatePack> loaded = load(BuiltInFolder, &error);
        if (loaded)
            return *loaded;
        qCCritical(lcRender) << "the built-in template pack is broken:" << error;
        return emergencyPack();
    }();
    return pack;
}

TemplatePack TemplatePack::loadOrBuiltIn(const QString &folder, QString *error)
{
    QString problem;
    std::optional<TemplatePack> pack = load(folder, &problem);
    if (pack) {
        if (error)
            error->clear();
        return *pack;
    }
    qCWarning(lcRender) << "template pack not used:" << problem;
    if (error)
        *error = tr("The template pack %1 cannot be used, so the built-in one is shown instead. %2")
                     .arg(shown(folder), problem);
    return builtIn();
}

TemplatePack TemplatePack::forPublication(const QString &templatePack, QString *error)
{
    const QString wanted = templatePack.trimmed();
    if (wanted.isEmpty() || wanted == builtInName()) {
        if (error)
            error->clear();
        return builtIn();
    }
    const bool isPath = wanted.contains(u'/') || wanted.contains(u'\\') || QFileInfo(wanted).isDir();
    return loadOrBuiltIn(isPath ? wanted : userPacksDirectory() + u'/' + wanted, error);
}

const PageTemplate &TemplatePack::page(Device device) const
{
    return device == Device::Mobile ? m_mobile : m_desktop;
}

QString TemplatePack::css(Device device) const
{
    if (device == Device::Mobile && !m_mobileCss.isEmpty())
        return m_css + u'\n' + m_mobileCss;
    return m_css;
}

TemplatePack TemplatePack::emergencyPack()
{
    // Never expected: tst_templatepack loads the built-in pack.
    const QString page = u"<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n{{{page.head}}}\n</head>\n<body>\n"
                         "<h1 data-byline-slot=\"headline\">{{$headline}}{{article.headline}}{{/headline}}</h1>\n"
                         "<div data-byline-slot=\"body\">{{$body}}{{{article.body}}}{{/body}}</div>\n"
                         "</body>\n</html>\n"_s;
    TemplatePack pack;
    pack.m_name = builtInName();
    pack.m_version = u"0"_s;
    pack.m_builtIn = true;
    PageTemplate::Error error;
    pack.m_desktop = PageTemplate::parse(page, &error).value_or(PageTemplate());
    pack.m_mobile = pack.m_desktop;
    return pack;
}

} // namespace Byline
