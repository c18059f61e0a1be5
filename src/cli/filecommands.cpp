#include "filecommands.h"

#include "commands.h"
#include "library/library.h"
#include "package/articlefiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

// byline export and byline import: an article out of the library into a file
// and from a file into the library, in any format ArticleFiles reads and writes.
namespace Byline::Cli {

namespace {

int exportArticle(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli", "Writes one article to a file."));
    addArticleIdArgument(parser);
    const QCommandLineOption formatOption(u"format"_s,
        QCoreApplication::translate("Byline::Cli",
            "json (the article format), html (a standalone page) or byline (a package with its photos); "
            "by default taken from the output file's extension"),
        QCoreApplication::translate("Byline::Cli", "FORMAT"));
    const QCommandLineOption outputOption({u"o"_s, u"output"_s},
        QCoreApplication::translate(
            "Byline::Cli", "The file to write; json and html go to the standard output without it"),
        QCoreApplication::translate("Byline::Cli", "PATH"));
    parser.addOptions({formatOption, outputOption});
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;
    const std::optional<qint64> id = articleIdArgument(parser, context);
    if (!id)
        return UsageError;
    const QString output = parser.value(outputOption);
    QString format = parser.value(formatOption).toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(output).suffix().toLower();
        format = suffix == u"htm"_s ? u"html"_s : suffix;
    }
    const std::optional<ArticleFiles::Format> fileFormat = ArticleFiles::formatForName(format);
    if (!fileFormat) {
        context.err << u"byline export: "_s
                    << QCoreApplication::translate("Byline::Cli", "choose --format json, html or byline.") << Qt::endl;
        return UsageError;
    }
    if (format == u"byline"_s && output.isEmpty()) {
        context.err << u"byline export: "_s
                    << QCoreApplication::translate("Byline::Cli", "a .byline package needs a file: add -o PATH.")
                    << Qt::endl;
        return UsageError;
    }

    Library library;
    if (!openLibrary(library, context))
        return Failure;
    const std::optional<Article> article = loadArticle(library, *id, context);
    if (!article)
        return Failure;

    if (output.isEmpty() || output == u"-"_s) {
        context.out << (*fileFormat == ArticleFiles::Format::Json
                ? QString::fromUtf8(QJsonDocument(article->toJson()).toJson(QJsonDocument::Indented))
                : ArticleFiles::standaloneHtml(*article))
                    << Qt::flush;
        return Success;
    }
    QString error;
    if (!ArticleFiles::write(output, library, *article, *fileFormat, &error)) {
        context.err << error << Qt::endl;
        return Failure;
    }
    return Success;
}

int importArticle(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli",
        "Adds an article from FILE to the library and prints its new id. FILE may be a .byline package, "
        "an article JSON file or a saved web page (HTML, UTF-8 or EUC-KR); the content decides, not the "
        "name. An article whose UUID is already in the library is added as a copy with a new UUID."));
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("Byline::Cli", "The file to import"));
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.err << u"byline import: "_s << QCoreApplication::translate("Byline::Cli", "give one file to import.")
                    << Qt::endl;
        return UsageError;
    }
    const QString path = parser.positionalArguments().constFirst();
    QString error;
    std::optional<ArticleFiles::Loaded> loaded = ArticleFiles::load(path, &error);
    if (!loaded) {
        context.err << error << Qt::endl;
        return Failure;
    }
    Library library;
    if (!openLibrary(library, context))
        return Failure;
    QString note;
    if (!ArticleFiles::addToLibrary(library, *loaded, &note, &error)) {
        context.err << error << Qt::endl;
        return Failure;
    }
    if (!note.isEmpty())
        context.err << note << Qt::endl;
    context.out << loaded->article.id << Qt::endl;
    return Success;
}

} // namespace

void addFileCommands(Dispatcher &dispatcher)
{
    dispatcher.add(
        {u"import"_s, QT_TRANSLATE_NOOP("Byline::Cli", "Add an article from a .byline package, JSON file or web page"),
            false, importArticle});
    dispatcher.add({u"export"_s,
        QT_TRANSLATE_NOOP("Byline::Cli", "Write an article as JSON, HTML or a .byline package"), false, exportArticle});
}

} // namespace Byline::Cli
