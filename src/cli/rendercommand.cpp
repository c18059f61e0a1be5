#include "rendercommand.h"

#include "commands.h"
#include "media/photometadata.h"
#include "media/rendition.h"
#include "render/articlerenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Byline::Cli {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool writeWhole(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    *error = QCoreApplication::translate("Byline::Cli", "Cannot write %1: %2").arg(shown(path), file.errorString());
    return false;
}

// The publication to render for: --publication FILE, else the one in the
// settings; --template overrides its pack.
std::optional<Publication> publicationFor(const QString &file, Context &context)
{
    if (file.isEmpty())
        return Publication::fromSettings();
    QFile json(file);
    if (!json.open(QIODevice::ReadOnly)) {
        context.err
            << QCoreApplication::translate("Byline::Cli", "%1 cannot be read: %2").arg(shown(file), json.errorString())
            << Qt::endl;
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.readAll(), &parseError);
    if (!document.isObject()) {
        context.err << QCoreApplication::translate("Byline::Cli", "%1 is not a publication (a JSON object): %2")
                           .arg(shown(file), parseError.errorString())
                    << Qt::endl;
        return std::nullopt;
    }
    QString problem;
    Publication publication = Publication::fromJson(document.object(), &problem);
    if (!problem.isEmpty())
        context.err << problem << Qt::endl;
    return publication;
}

} // namespace

PageOptions pageOptions()
{
    return {
        QCommandLineOption(u"device"_s,
            QCoreApplication::translate("Byline::Cli", "The layout: desktop (the default) or mobile"),
            QCoreApplication::translate("Byline::Cli", "DEVICE"), u"desktop"_s),
        QCommandLineOption(u"publication"_s,
            QCoreApplication::translate("Byline::Cli",
                "The publication settings from a JSON FILE (docs/templates.md) instead of the saved ones"),
            QCoreApplication::translate("Byline::Cli", "FILE")),
        QCommandLineOption(u"template"_s,
            QCoreApplication::translate(
                "Byline::Cli", "The template pack: a folder, or a pack's name; by default the publication's"),
            QCoreApplication::translate("Byline::Cli", "PACK")),
    };
}

int renderCommand(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli",
        "Writes an article as readers will see it on the publication's site, as one HTML page: the same page the "
        "preview shows. Photos are made into renditions at the publication's size and written into a folder "
        "beside the page (PAGE_files/), or put inside the page with --inline-images."));
    parser.addPositionalArgument(u"ID|FILE"_s,
        QCoreApplication::translate("Byline::Cli",
            "The article's id (as \"byline list\" shows it), or a .byline package, article JSON file or "
            "saved web page"));
    const PageOptions common = pageOptions();
    const QCommandLineOption &deviceOption = common.device;
    const QCommandLineOption outputOption({u"o"_s, u"output"_s},
        QCoreApplication::translate("Byline::Cli", "The HTML file to write (required)"),
        QCoreApplication::translate("Byline::Cli", "PATH"));
    const QCommandLineOption inlineOption(u"inline-images"_s,
        QCoreApplication::translate(
            "Byline::Cli", "Put the photos inside the page as data: URIs instead of a folder of files"));
    const QCommandLineOption &publicationOption = common.publication;
    const QCommandLineOption &templateOption = common.templatePack;
    parser.addOptions({deviceOption, outputOption, inlineOption, publicationOption, templateOption});
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;

    auto usage = [&context](const QString &message) {
        context.err << u"byline render: "_s << message << Qt::endl;
        return int(UsageError);
    };
    const std::optional<Device> device = deviceFromKey(parser.value(deviceOption).toLower());
    if (!device)
        return usage(QCoreApplication::translate("Byline::Cli", "choose --device desktop or mobile."));
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return usage(QCoreApplication::translate("Byline::Cli", "give the page to write with -o PATH."));

    std::optional<Publication> publication = publicationFor(parser.value(publicationOption), context);
    if (!publication)
        return Failure;
    if (parser.isSet(templateOption))
        publication->templatePack = parser.value(templateOption);
    const std::optional<ArticleSource> source = articleArgument(parser, context, &code);
    if (!source)
        return code;

    QString packProblem;
    const TemplatePack pack = TemplatePack::forPublication(publication->templatePack, &packProblem);
    if (!packProblem.isEmpty())
        context.err << packProblem << Qt::endl;

    // Photos: one rendition each, at the publication's size, as files in
    // PAGE_files/ or inside the page.
    const bool inlineImages = parser.isSet(inlineOption);
    const QFileInfo page(output);
    const QString folderName = page.completeBaseName() + u"_files"_s;
    const QString folder = page.absoluteDir().filePath(folderName);
    if (!inlineImages && !QDir().mkpath(folder)) {
        context.err << QCoreApplication::translate("Byline::Cli", "Cannot make the folder %1.").arg(shown(folder))
                    << Qt::endl;
        return Failure;
    }
    bool failed = false;
    int written = 0;
    QHash<QString, QString> urls;
    auto imageUrl = [&](const Photo &photo, int) -> QString {
        if (const auto known = urls.constFind(photo.id); known != urls.constEnd())
            return *known;
        QString error;
        std::optional<Rendition> rendition;
        const QString original = source->originals.value(photo.id);
        if (original.isEmpty()) {
            error = source->problems.value(
                photo.id, QCoreApplication::translate("Byline::Cli", "its original is missing."));
        } else {
            const PhotoMetadataIO::Published published {
                photo.caption, photo.credit, photo.metadata.creator, photo.metadata.copyright};
            rendition = Rendition::make(
                original, photo.crop, published, {publication->renditionMaxSize, publication->jpegQuality}, &error);
        }
        QString url;
        if (rendition && inlineImages) {
            url = u"data:image/jpeg;base64,"_s + QString::fromLatin1(rendition->jpeg.toBase64());
        } else if (rendition) {
            // Named by order of use: an id from a package must never become a path.
            const QString name = u"photo-%1.jpg"_s.arg(++written);
            if (writeWhole(QDir(folder).filePath(name), rendition->jpeg, &error))
                url = QString::fromUtf8(QUrl::toPercentEncoding(folderName) + '/' + QUrl::toPercentEncoding(name));
        }
        if (url.isEmpty()) {
            failed = true;
            context.err << QCoreApplication::translate("Byline::Cli", "The photo %1 is left out: %2")
                               .arg(photo.fileName.isEmpty() ? photo.id : photo.fileName, error)
                        << Qt::endl;
        }
        urls.insert(photo.id, url);
        return url;
    };

    ArticleRenderer renderer(*publication, pack);
    if (inlineImages) {
        renderer.setImageUrlResolver(imageUrl, {u"data:"_s});
    } else {
        // Files beside the page; the pack's pictures go there too.
        renderer.setImageUrlResolver(imageUrl, {u"'self'"_s});
        renderer.setAssetUrlResolver(
            [&](const PackAsset &asset) -> QString {
                const QString name = u"asset-"_s + asset.name + u'.' + QFileInfo(asset.path).suffix();
                QFile::remove(QDir(folder).filePath(name));
                if (!QFile::copy(asset.path, QDir(folder).filePath(name))) {
                    context.err << QCoreApplication::translate("Byline::Cli", "Cannot copy %1 to %2.")
                                       .arg(shown(asset.path), shown(folder))
                                << Qt::endl;
                    failed = true;
                    return {};
                }
                return QString::fromUtf8(QUrl::toPercentEncoding(folderName) + '/' + QUrl::toPercentEncoding(name));
            },
            {u"'self'"_s});
    }
    QString problem;
    const QString html = renderer.render(source->article, source->photos, *device, &problem);
    if (!problem.isEmpty()) {
        // The page written says the template stopped; the exit code says so too.
        context.err << problem << Qt::endl;
        failed = true;
    }
    QString error;
    if (!writeWhole(output, html.toUtf8(), &error)) {
        context.err << error << Qt::endl;
        return Failure;
    }
    return failed ? Failure : Success;
}

} // namespace Byline::Cli
