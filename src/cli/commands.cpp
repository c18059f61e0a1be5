#include "commands.h"

#include "library/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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
    if (library.open(context.libraryDirectory))
        return true;
    context.err << library.errorString() << Qt::endl;
    return false;
}

namespace {

int listArticles(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli",
        "Lists the articles in the library, "
        "most recently edited first."));
    const QCommandLineOption jsonOption(
        u"json"_s, QCoreApplication::translate("Byline::Cli", "Print JSON instead of a table"));
    parser.addOption(jsonOption);
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;

    Library library;
    if (!openLibrary(library, context))
        return Failure;
    const QList<ArticleSummary> articles = library.articles();

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const ArticleSummary &article : articles)
            array.append(article.toJson());
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }

    if (articles.isEmpty()) {
        context.out << QCoreApplication::translate("Byline::Cli", "The library has no articles.") << Qt::endl;
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

} // namespace

void addCoreCommands(Dispatcher &dispatcher)
{
    dispatcher.add(
        {u"list"_s, QT_TRANSLATE_NOOP("Byline::Cli", "List the articles in the library"), false, listArticles});
}

} // namespace Byline::Cli
