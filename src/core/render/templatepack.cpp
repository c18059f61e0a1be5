#include "templatepack.h"

#include "common/logging.h"
#include "stylesheetcheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

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

// Whether a pack file is there at all: a symbolic link counts, even a
// dangling one, so it is refused by name rather than passed over.
bool isPresent(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

// Reads a file of the pack: root is the pack's folder (canonical), relative
// a checked path inside it. Every file a pack has must be a regular file in
// its folder, reached without symbolic links: style.css linked to
// /etc/passwd would otherwise be pasted into the page. nullopt with *error
// naming the file when it is missing, not such a file, or over maxBytes.
std::optional<QByteArray> readPackFile(const QString &root, const QString &relative, qint64 maxBytes, QString *error)
{
    const QString path = root + u'/' + relative;
    auto tooLarge = [&]() -> std::optional<QByteArray> {
        *error = TemplatePack::tr("%1 is larger than %2 KB.").arg(shown(path)).arg(maxBytes / 1024);
        return std::nullopt;
    };
    auto symbolicLink = [&]() -> std::optional<QByteArray> {
        *error = TemplatePack::tr("%1 is a symbolic link (or lies in a linked folder): a template pack may hold only "
                                  "its own files, not links to files elsewhere.")
                     .arg(shown(path));
        return std::nullopt;
    };
    auto notRegular = [&]() -> std::optional<QByteArray> {
        *error = TemplatePack::tr("%1 is not a regular file (a folder, a device or a pipe).").arg(shown(path));
        return std::nullopt;
    };
    auto missing = [&]() -> std::optional<QByteArray> {
        *error = TemplatePack::tr("%1 is missing.").arg(shown(path));
        return std::nullopt;
    };
    QFile file;
    if (isResource(root)) {
        file.setFileName(path);
        if (!QFileInfo(path).isFile())
            return missing();
        if (!file.open(QIODevice::ReadOnly)) {
            *error = TemplatePack::tr("%1 cannot be read: %2").arg(shown(path), file.errorString());
            return std::nullopt;
        }
    } else {
#ifdef Q_OS_UNIX
        // Each step is opened without following a link, so nothing can be
        // swapped for one between the check and the read.
        auto systemError = [&](int code) -> std::optional<QByteArray> {
            if (code == ELOOP || code == EMLINK)
                return symbolicLink();
            if (code == ENOENT || code == ENOTDIR)
                return missing();
            *error = TemplatePack::tr("%1 cannot be read: %2").arg(shown(path), QString::fromLocal8Bit(strerror(code)));
            return std::nullopt;
        };
        int folder = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (folder < 0)
            return systemError(errno);
        const QStringList parts = relative.split(u'/');
        int fd = -1;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const bool last = i + 1 == parts.size();
            const QByteArray part = QFile::encodeName(parts.at(i));
            const int flags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC | (last ? O_NONBLOCK : O_DIRECTORY);
            const int next = ::openat(folder, part.constData(), flags);
            int code = errno;
            // A linked folder fails as "not a folder": say what it is.
            struct stat link {};
            if (next < 0 && ::fstatat(folder, part.constData(), &link, AT_SYMLINK_NOFOLLOW) == 0
                && S_ISLNK(link.st_mode))
                code = ELOOP;
            ::close(folder);
            if (next < 0)
                return systemError(code);
            if (last)
                fd = next;
            else
                folder = next;
        }
        struct stat status {};
        if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
            ::close(fd);
            return notRegular();
        }
        if (status.st_size > maxBytes) {
            ::close(fd);
            return tooLarge();
        }
        if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            *error = TemplatePack::tr("%1 cannot be read: %2").arg(shown(path), file.errorString());
            return std::nullopt;
        }
#else
        // Without openat(): every step is checked, then the file is read.
        QString step = root;
        for (const QString &part : relative.split(u'/')) {
            step += u'/' + part;
            const QFileInfo info(step);
            if (info.isSymLink() || info.isJunction())
                return symbolicLink();
        }
        const QFileInfo info(path);
        if (!info.exists())
            return missing();
        if (!info.canonicalFilePath().startsWith(QFileInfo(root).canonicalFilePath() + u'/'))
            return symbolicLink();
        if (!info.isFile())
            return notRegular();
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = TemplatePack::tr("%1 cannot be read: %2").arg(shown(path), file.errorString());
            return std::nullopt;
        }
#endif
    }
    // The size is read, not believed.
    const QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes)
        return tooLarge();
    return data;
}

// Reads a text file of the pack; nullopt with *error when it cannot be read
// (readPackFile) or is not UTF-8.
std::optional<QString> readText(const QString &root, const QString &relative, QString *error)
{
    const std::optional<QByteArray> data = readPackFile(root, relative, TemplatePack::MaxTemplateBytes, error);
    if (!data)
        return std::nullopt;
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(*data);
    if (utf8.hasError()) {
        *error = TemplatePack::tr("%1 is not UTF-8 text.").arg(shown(root + u'/' + relative));
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

bool checkCss(const QString &path, const QString &css, QString *error)
{
    if (const std::optional<StyleSheetCheck::Problem> problem = StyleSheetCheck::check(css)) {
        *error = TemplatePack::tr("%1, line %2: %3")
                     .arg(shown(path))
                     .arg(lineOf(css, problem->offset))
                     .arg(problem->message);
        return false;
    }
    return true;
}

std::optional<PageTemplate> loadTemplate(const QString &root, const QString &name, QString *error)
{
    const QString path = root + u'/' + name;
    const std::optional<QString> text = readText(root, name, error);
    if (!text)
        return std::nullopt;
    // Parsing checks the markup the template produces (TemplateMarkup).
    PageTemplate::Error parseError;
    std::optional<PageTemplate> page = PageTemplate::parse(*text, &parseError);
    if (!page) {
        *error = TemplatePack::tr("%1, line %2: %3").arg(shown(path)).arg(parseError.line).arg(parseError.message);
        return std::nullopt;
    }
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
    const std::optional<QString> manifestText = readText(root, u"pack.json"_s, &problem);
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
    if (assetObject.size() > MaxAssets) {
        problem = tr("%1 names %2 assets; a pack may have at most %3.")
                      .arg(shown(manifestPath))
                      .arg(assetObject.size())
                      .arg(MaxAssets);
        return fail();
    }
    qint64 assetBytes = 0;
    for (auto it = assetObject.constBegin(); it != assetObject.constEnd(); ++it) {
        const QString key = it.key();
        const QString relative = it.value().toString();
        if (!assetName.match(key).hasMatch()) {
            problem =
                tr("%1: the asset name \"%2\" may only have letters, digits, _ and -.").arg(shown(manifestPath), key);
            return fail();
        }
        const QStringList parts = relative.split(u'/');
        if (!it.value().isString() || relative.isEmpty() || QDir::isAbsolutePath(relative) || relative.contains(u'\\')
            || parts.contains(u".."_s) || parts.contains(u"."_s) || parts.contains(QString())) {
            problem = tr("%1: the asset \"%2\" must be a relative path inside the pack's folder, without \"..\".")
                          .arg(shown(manifestPath), key);
            return fail();
        }
        const QString path = file(relative);
        const QString mimeType = mimeTypeForSuffix(QFileInfo(path).suffix());
        if (mimeType.isEmpty()) {
            problem = tr("The asset %1 is not a picture Byline can show (SVG, PNG, JPEG, GIF, WebP or ICO).")
                          .arg(shown(path));
            return fail();
        }
        const std::optional<QByteArray> data = readPackFile(root, relative, MaxAssetBytes, &problem);
        if (!data)
            return fail();
        assetBytes += data->size();
        if (assetBytes > MaxAssetsTotalBytes) {
            problem = tr("The assets of %1 are larger than %2 MB together.")
                          .arg(shown(root))
                          .arg(MaxAssetsTotalBytes / (1024 * 1024));
            return fail();
        }
        pack.m_assets.insert(key, PackAsset {key, path, mimeType});
    }

    // Templates: one for both layouts, or one each.
    const bool shared = isPresent(file(u"article.html"_s));
    if (shared) {
        std::optional<PageTemplate> page = loadTemplate(root, u"article.html"_s, &problem);
        if (!page)
            return fail();
        pack.m_desktop = *page;
        pack.m_mobile = *page;
    } else {
        const bool hasDesktop = isPresent(file(u"desktop.html"_s));
        const bool hasMobile = isPresent(file(u"mobile.html"_s));
        if (!hasDesktop && !hasMobile) {
            problem =
                tr("The template pack %1 has no article.html (or desktop.html and mobile.html).").arg(shown(root));
            return fail();
        }
        std::optional<PageTemplate> desktop = loadTemplate(root, u"desktop.html"_s, &problem);
        if (!desktop)
            return fail();
        std::optional<PageTemplate> mobile = loadTemplate(root, u"mobile.html"_s, &problem);
        if (!mobile)
            return fail();
        pack.m_desktop = *desktop;
        pack.m_mobile = *mobile;
    }

    // Style sheets, inlined into the page.
    const std::optional<QString> css = readText(root, u"style.css"_s, &problem);
    if (!css || !checkCss(file(u"style.css"_s), *css, &problem))
        return fail();
    pack.m_css = *css;
    if (isPresent(file(u"mobile.css"_s))) {
        const std::optional<QString> mobileCss = readText(root, u"mobile.css"_s, &problem);
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
