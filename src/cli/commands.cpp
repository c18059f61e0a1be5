#include "commands.h"

#include "article/articlehtml.h"
#include "articleedit.h"
#include "deskactioncommands.h"
#include "deskcommands.h"
#include "filecommands.h"
#include "library/library.h"
#include "media/photoimport.h"
#include "package/articlefiles.h"
#include "publishcommands.h"
#include "rendercommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Byline::Cli {

bool parseCommand(QCommandLineParser &parser, Context &context, int *code)
{
    const QCommandLineOption helpOption(
        {u"h"_s, u"help"_s}, QCoreApplication::translate("Byline::Cli", "Show this help"));
    parser.addOption(helpOption);
    if (!parser.parse(context.arguments)) {
        context.err << u"byline "_s << context.arguments.value(0) << u": "_s << parser.errorText() << Qt::endl;
        *code = UsageError;
        return false;
    }
    if (parser.isSet(helpOption)) {
        context.out << parser.helpText().replace(
            QCoreApplication::applicationFilePath(), u"byline "_s + context.arguments.value(0))
                    << Qt::flush;
        *code = Success;
        return false;
    }
    return true;
}

bool openLibrary(Library &library, Context &context)
{
    if (!library.open(context.libraryDirectory)) {
        context.err << library.errorString() << Qt::endl;
        return false;
    }
    // A library file set aside at open: where it is and what came back.
    if (const QString notice = library.recoveryNotice(); !notice.isEmpty())
        context.err << notice << Qt::endl;
    return true;
}

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

std::optional<qint64> articleIdArgument(const QCommandLineParser &parser, Context &context)
{
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 id = positional.value(0).toLongLong(&ok);
    if (positional.size() != 1 || !ok || id <= 0) {
        context.err << u"byline "_s << context.arguments.value(0) << u": "_s
                    << QCoreApplication::translate(
                           "Byline::Cli", "give one article id (a number, as \"byline list\" shows).")
                    << Qt::endl;
        return std::nullopt;
    }
    return id;
}

std::optional<Article> loadArticle(Library &library, qint64 id, Context &context)
{
    std::optional<Article> article = library.articleStore().article(id);
    if (!article)
        context.err << QCoreApplication::translate("Byline::Cli", "There is no article %1 in the library %2.")
                           .arg(id)
                           .arg(shown(library.directory()))
                    << Qt::endl;
    return article;
}

void addArticleIdArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        u"ID"_s, QCoreApplication::translate("Byline::Cli", "The article's id, as \"byline list\" shows it"));
}

namespace {

QString prettyJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QJsonObject articleJsonWithId(const Article &article)
{
    QJsonObject json = article.toJson();
    json.insert(u"id"_s, article.id);
    return json;
}

int listArticles(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Byline::Cli", "Lists the articles in the library, most recently edited first."));
    const QCommandLineOption jsonOption(
        u"json"_s, QCoreApplication::translate("Byline::Cli", "Print JSON instead of a table"));
    const QCommandLineOption searchOption(u"search"_s,
        QCoreApplication::translate("Byline::Cli",
            "Only articles whose headline, deck, summary, tags or text contain TEXT (parts of words too)"),
        QCoreApplication::translate("Byline::Cli", "TEXT"));
    const QCommandLineOption statusOption(u"status"_s,
        QCoreApplication::translate("Byline::Cli", "Only articles in STATUS: draft, submitted, approved or published"),
        QCoreApplication::translate("Byline::Cli", "STATUS"));
    parser.addOptions({jsonOption, searchOption, statusOption});
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;

    ArticleQuery query;
    query.search = parser.value(searchOption);
    if (parser.isSet(statusOption)) {
        bool ok = false;
        query.status = articleStatusFromKey(parser.value(statusOption), &ok);
        if (!ok) {
            context.err << u"byline list: "_s
                        << QCoreApplication::translate(
                               "Byline::Cli", "unknown status \"%1\"; use draft, submitted, approved or published.")
                               .arg(parser.value(statusOption))
                        << Qt::endl;
            return UsageError;
        }
    }

    Library library;
    if (!openLibrary(library, context))
        return Failure;
    const std::optional<QList<ArticleSummary>> listed = library.articleStore().listArticles(query);
    if (!listed) {
        // The next open reads the whole file after a damaged page was met.
        context.err << (library.errorKind() == LibraryError::Corrupt
                ? QCoreApplication::translate("Byline::Cli",
                      "The library file is damaged. Run the command again: Byline will set the damaged file aside "
                      "and copy what can still be read into a new library.")
                : library.errorString())
                    << Qt::endl;
        return Failure;
    }
    const QList<ArticleSummary> &articles = *listed;

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const ArticleSummary &article : articles)
            array.append(article.toJson());
        context.out << prettyJson(array) << Qt::flush;
        return Success;
    }

    if (articles.isEmpty()) {
        context.out << (query == ArticleQuery {}
                ? QCoreApplication::translate("Byline::Cli", "The library has no articles.")
                : QCoreApplication::translate("Byline::Cli", "No article matches."))
                    << Qt::endl;
        return Success;
    }
    for (const ArticleSummary &article : articles) {
        context.out << QString::number(article.id).rightJustified(5) << u"  "_s
                    << article.modified.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) << u"  "_s
                    << articleStatusDisplayName(article.status) << u"  "_s << article.headline << u'\n';
    }
    context.out.flush();
    return Success;
}

int newArticle(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli",
        "Adds a new draft to the library and prints its id.\n\n"
        "BYLINE is \"[OUTLET] NAME <EMAIL>, NAME ...\", read as the editor's Reporters field reads it: reporters "
        "are separated by commas or middle dots (·, ㆍ), each with an optional email in angle brackets; titles such "
        "as 기자 and 특파원 are dropped, and a Korean name is one word. The outlet may also go without brackets "
        "before a Korean name. Examples: \"한빛일보 김민지ㆍ박서준 기자\", \"[한빛일보] 김민지 <minji@x.kr>, 박서준\", "
        "\"Jane Doe <jane@example.com>\"."));
    const ArticleFieldOptions fields(true);
    fields.addTo(parser);
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;
    if (parser.value(u"headline"_s).trimmed().isEmpty() || !parser.positionalArguments().isEmpty()) {
        context.err << u"byline new: "_s
                    << QCoreApplication::translate("Byline::Cli", "give the headline with --headline TEXT.")
                    << Qt::endl;
        return UsageError;
    }
    Article article = Article::create();
    if (!fields.apply(parser, &article, context, &code))
        return code;

    Library library;
    if (!openLibrary(library, context))
        return Failure;
    if (!library.articleStore().insertArticle(article)) {
        context.err << library.errorString() << Qt::endl;
        return Failure;
    }
    context.out << article.id << Qt::endl;
    return Success;
}

int showArticle(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli", "Shows one article."));
    addArticleIdArgument(parser);
    const QCommandLineOption jsonOption(u"json"_s,
        QCoreApplication::translate(
            "Byline::Cli", "Print the whole article as JSON (the article format, plus its \"id\")"));
    parser.addOption(jsonOption);
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;
    const std::optional<qint64> id = articleIdArgument(parser, context);
    if (!id)
        return UsageError;

    Library library;
    if (!openLibrary(library, context))
        return Failure;
    const std::optional<Article> article = loadArticle(library, *id, context);
    if (!article)
        return Failure;

    if (parser.isSet(jsonOption)) {
        context.out << prettyJson(articleJsonWithId(*article)) << Qt::flush;
        return Success;
    }
    context.out << article->headline << u'\n';
    if (!article->deck.isEmpty())
        context.out << article->deck << u'\n';
    const QString opening = article->byline.bodyOpening();
    if (!opening.isEmpty())
        context.out << opening << u'\n';
    context.out
        << QCoreApplication::translate("Byline::Cli", "Status: %1").arg(articleStatusDisplayName(article->status))
        << u'\n';
    if (!article->section.isEmpty())
        context.out << QCoreApplication::translate("Byline::Cli", "Section: %1").arg(article->section) << u'\n';
    if (!article->tags.isEmpty())
        context.out << QCoreApplication::translate("Byline::Cli", "Tags: %1").arg(article->tags.join(u", "_s)) << u'\n';
    context.out << u'\n' << ArticleHtml::toPlainText(article->body) << Qt::endl;
    return Success;
}

QJsonObject photoListJson(const Photo &photo)
{
    return QJsonObject {
        {u"id"_s, photo.id},
        {u"fileName"_s, photo.fileName},
        {u"byteSize"_s, photo.byteSize},
        {u"width"_s, photo.pixelSize.width()},
        {u"height"_s, photo.pixelSize.height()},
        {u"caption"_s, photo.caption},
        {u"credit"_s, photo.credit},
        {u"altText"_s, photo.altText},
        {u"lead"_s, photo.lead},
        {u"crop"_s, photo.crop.toJson()},
    };
}

int addPhotos(Library &library, qint64 articleId, const QStringList &files, Context &context)
{
    if (files.isEmpty()) {
        context.err << u"byline photos add: "_s
                    << QCoreApplication::translate("Byline::Cli", "give the article id and one or more photo files.")
                    << Qt::endl;
        return UsageError;
    }
    const QList<PhotoImport::Result> results = PhotoImport::importFiles(library, articleId, files);
    bool failed = false;
    for (const PhotoImport::Result &result : results) {
        switch (result.outcome) {
        case PhotoImport::Outcome::Imported:
            context.out << u"imported "_s << result.photo.id << u' ' << shown(result.path) << u'\n';
            if (!result.message.isEmpty())
                context.err << result.message << Qt::endl;
            break;
        case PhotoImport::Outcome::Duplicate:
            context.out << u"duplicate "_s << result.photo.id << u' ' << shown(result.path) << u'\n';
            break;
        case PhotoImport::Outcome::Failed:
            failed = true;
            context.out << u"error "_s << shown(result.path) << u": "_s << result.message << u'\n';
            break;
        }
    }
    context.out.flush();
    return failed ? Failure : Success;
}

int listPhotos(Library &library, qint64 articleId, bool json, Context &context)
{
    const QList<Photo> photos = library.photoStore().photos(articleId);
    if (json) {
        QJsonArray array;
        for (const Photo &photo : photos)
            array.append(photoListJson(photo));
        context.out << prettyJson(array) << Qt::flush;
        return Success;
    }
    if (photos.isEmpty()) {
        context.out << QCoreApplication::translate("Byline::Cli", "The article has no photos.") << Qt::endl;
        return Success;
    }
    for (const Photo &photo : photos) {
        QStringList notes;
        if (photo.lead)
            notes << QCoreApplication::translate("Byline::Cli", "lead");
        if (photo.needsCredit())
            notes << QCoreApplication::translate("Byline::Cli", "needs credit");
        if (photo.needsAltText())
            notes << QCoreApplication::translate("Byline::Cli", "needs alt text");
        context.out << photo.id << u"  "_s << photo.pixelSize.width() << u'x' << photo.pixelSize.height() << u"  "_s
                    << photo.fileName;
        if (!notes.isEmpty())
            context.out << u"  ["_s << notes.join(u", "_s) << u']';
        if (!photo.caption.isEmpty())
            context.out << u"  "_s << photo.caption;
        context.out << u'\n';
    }
    context.out.flush();
    return Success;
}

int photosCommand(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli",
        "Adds, lists and edits the photos of an article.\n\n"
        "  add ID FILE...   Copies JPEG, PNG, WebP or TIFF photos into the library (a folder stands for the photos "
        "directly inside it) and prints \"imported PHOTOID FILE\", \"duplicate PHOTOID FILE\" or \"error FILE: why\" "
        "for each. Caption, credit and alt text start from the file's own metadata. Exits with 1 if any file "
        "failed; the others are still added.\n"
        "  list ID          Lists the photos in their order, with the lead and what is missing before publishing.\n"
        "  set ID PHOTO     Changes a photo's caption, credit or alt text, or makes it the lead."));
    parser.addPositionalArgument(
        u"ACTION"_s, QCoreApplication::translate("Byline::Cli", "add, list or set"), u"add|list|set"_s);
    parser.addPositionalArgument(u"ID"_s, QCoreApplication::translate("Byline::Cli", "The article id"));
    parser.addPositionalArgument(u"ARGUMENTS"_s,
        QCoreApplication::translate("Byline::Cli", "add: photo files or folders; set: the photo id"),
        u"[FILE...|PHOTO]"_s);
    const QCommandLineOption jsonOption(
        u"json"_s, QCoreApplication::translate("Byline::Cli", "list: print JSON instead of a table"));
    const QCommandLineOption captionOption(u"caption"_s, QCoreApplication::translate("Byline::Cli", "set: the caption"),
        QCoreApplication::translate("Byline::Cli", "TEXT"));
    const QCommandLineOption creditOption(u"credit"_s,
        QCoreApplication::translate("Byline::Cli", "set: the credit (photographer, agency)"),
        QCoreApplication::translate("Byline::Cli", "TEXT"));
    const QCommandLineOption altOption(u"alt"_s,
        QCoreApplication::translate(
            "Byline::Cli", "set: the alt text (what the picture shows, for readers who cannot see it)"),
        QCoreApplication::translate("Byline::Cli", "TEXT"));
    const QCommandLineOption leadOption(
        u"lead"_s, QCoreApplication::translate("Byline::Cli", "set: make this the article's lead photo"));
    parser.addOptions({jsonOption, captionOption, creditOption, altOption, leadOption});
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    auto usage = [&context](const QString &message) {
        context.err << u"byline photos: "_s << message << Qt::endl;
        return int(UsageError);
    };
    if (action != u"add"_s && action != u"list"_s && action != u"set"_s)
        return usage(QCoreApplication::translate("Byline::Cli", "choose add, list or set (see byline photos --help)."));
    bool ok = false;
    const qint64 articleId = positional.value(1).toLongLong(&ok);
    if (!ok || articleId <= 0)
        return usage(
            QCoreApplication::translate("Byline::Cli", "give an article id (a number, as \"byline list\" shows)."));
    const bool editing = parser.isSet(captionOption) || parser.isSet(creditOption) || parser.isSet(altOption)
        || parser.isSet(leadOption);
    if (action != u"set"_s && editing)
        return usage(QCoreApplication::translate("Byline::Cli", "--caption, --credit, --alt and --lead go with set."));
    if (action != u"list"_s && parser.isSet(jsonOption))
        return usage(QCoreApplication::translate("Byline::Cli", "--json goes with list."));
    if (action == u"list"_s && positional.size() != 2)
        return usage(QCoreApplication::translate("Byline::Cli", "list takes only the article id."));
    if (action == u"set"_s && (positional.size() != 3 || !editing))
        return usage(QCoreApplication::translate("Byline::Cli",
            "give the article id, the photo id and at least one of --caption, --credit, --alt, --lead."));

    Library library;
    if (!openLibrary(library, context))
        return Failure;
    if (!loadArticle(library, articleId, context))
        return Failure;
    if (action == u"add"_s)
        return addPhotos(library, articleId, positional.mid(2), context);
    if (action == u"list"_s)
        return listPhotos(library, articleId, parser.isSet(jsonOption), context);

    std::optional<Photo> photo = library.photoStore().photo(positional.at(2));
    if (!photo || photo->articleId != articleId) {
        context.err << QCoreApplication::translate("Byline::Cli", "Article %1 has no photo %2.")
                           .arg(articleId)
                           .arg(positional.at(2))
                    << Qt::endl;
        return Failure;
    }
    if (parser.isSet(captionOption))
        photo->caption = parser.value(captionOption);
    if (parser.isSet(creditOption))
        photo->credit = parser.value(creditOption);
    if (parser.isSet(altOption))
        photo->altText = parser.value(altOption);
    if (!library.photoStore().updatePhoto(*photo)
        || (parser.isSet(leadOption) && !library.photoStore().setLeadPhoto(articleId, photo->id))) {
        context.err << library.errorString() << Qt::endl;
        return Failure;
    }
    return Success;
}

} // namespace

std::optional<ArticleSource> articleArgument(const QCommandLineParser &parser, Context &context, int *code)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        context.err << u"byline "_s << context.arguments.value(0) << u": "_s
                    << QCoreApplication::translate("Byline::Cli",
                           "give one article id (a number, as \"byline list\" shows) or one article file.")
                    << Qt::endl;
        *code = UsageError;
        return std::nullopt;
    }
    *code = Failure;
    ArticleSource source;
    bool isId = false;
    const qint64 id = positional.first().toLongLong(&isId);
    if (isId && id > 0) {
        Library library;
        if (!openLibrary(library, context))
            return std::nullopt;
        std::optional<Article> article = loadArticle(library, id, context);
        if (!article)
            return std::nullopt;
        source.article = *article;
        source.photos = library.photoStore().photos(id);
        for (const Photo &photo : std::as_const(source.photos))
            source.originals.insert(photo.id, library.photoStore().photoFilePath(photo));
        return source;
    }

    const QString path = positional.first();
    if (!QFileInfo(path).isFile()) {
        context.err << QCoreApplication::translate("Byline::Cli", "%1: there is no such file.").arg(shown(path))
                    << Qt::endl;
        return std::nullopt;
    }
    QString error;
    std::optional<ArticleFiles::Loaded> loaded = ArticleFiles::load(path, &error);
    if (!loaded) {
        context.err << error << Qt::endl;
        return std::nullopt;
    }
    if (!loaded->note.isEmpty())
        context.err << loaded->note << Qt::endl;
    source.article = loaded->article;
    source.photos = loaded->photos;
    // A package's originals are unpacked beside each other for the commands
    // that read them as files (renditions).
    if (!loaded->photos.isEmpty()) {
        source.unpacked = std::make_shared<QTemporaryDir>();
        int unpacked = 0;
        for (qsizetype i = 0; i < loaded->photos.size(); ++i) {
            const Photo &photo = loaded->photos.at(i);
            if (const QString reason = loaded->leftOut.value(photo.storedPath); !reason.isEmpty())
                source.problems.insert(photo.id, reason + u'.');
            for (const PackageFile &file : std::as_const(loaded->files)) {
                if (file.name != photo.storedPath)
                    continue;
                const PhotoImport::Check check =
                    PhotoImport::check(file.data, ArticleFiles::packagedPhotoName(photo, int(i + 1)));
                if (!check.error.isEmpty()) {
                    source.problems.insert(photo.id, check.error);
                    continue;
                }
                // Named by count: names inside the package are not trusted as paths.
                const QString unpackedPath =
                    source.unpacked->filePath(u"original-%1."_s.arg(++unpacked) + check.suffix);
                QFile out(unpackedPath);
                if (out.open(QIODevice::WriteOnly) && out.write(file.data) == file.data.size())
                    source.originals.insert(photo.id, unpackedPath);
            }
        }
    }
    return source;
}

void addCoreCommands(Dispatcher &dispatcher)
{
    dispatcher.add(
        {u"list"_s, QT_TRANSLATE_NOOP("Byline::Cli", "List the articles in the library"), false, listArticles});
    dispatcher.add({u"new"_s, QT_TRANSLATE_NOOP("Byline::Cli", "Add a new article"), false, newArticle});
    dispatcher.add({u"show"_s, QT_TRANSLATE_NOOP("Byline::Cli", "Show one article"), false, showArticle});
    addEditCommand(dispatcher);
    addFileCommands(dispatcher);
    dispatcher.add({u"photos"_s, QT_TRANSLATE_NOOP("Byline::Cli", "Add, list or edit the photos of an article"), false,
        photosCommand});
    dispatcher.add({u"render"_s,
        QT_TRANSLATE_NOOP("Byline::Cli", "Write an article as its page on the publication's site (desktop or mobile)"),
        false, renderCommand});
    addPublishCommands(dispatcher);
    addDeskActionCommands(dispatcher);
    addDeskCommands(dispatcher);
}

} // namespace Byline::Cli
