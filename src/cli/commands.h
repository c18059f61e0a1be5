#pragma once

#include "article/article.h"
#include "article/photo.h"
#include "dispatcher.h"

#include <QHash>

#include <memory>
#include <optional>

class QCommandLineParser;
class QTemporaryDir;

namespace Byline {
class Library;
}

namespace Byline::Cli {

// Registers the subcommands that need no display.
void addCoreCommands(Dispatcher &dispatcher);

// Parses a subcommand's options; on --help or an error it prints and
// returns false with the exit code in *code.
bool parseCommand(QCommandLineParser &parser, Context &context, int *code);

// Opens the library named by the context, printing the reason on failure.
bool openLibrary(Library &library, Context &context);

// The ID argument of show and export: the article's id, as `byline list`
// shows it. The argument is added to the parser; reading it prints a usage
// error when it is not one id.
void addArticleIdArgument(QCommandLineParser &parser);
std::optional<qint64> articleIdArgument(const QCommandLineParser &parser, Context &context);
// The article with that id, or why there is none, printed.
std::optional<Article> loadArticle(Library &library, qint64 id, Context &context);

// An article named on the command line by its library id (a number) or by a
// file (a .byline package, an article JSON file or a saved web page), with
// its photos and where their originals are.
struct ArticleSource
{
    Article article;
    QList<Photo> photos;
    QHash<QString, QString> originals; // photo id -> the original's file
    QHash<QString, QString> problems; // photo id -> why it has no original (translated)
    std::shared_ptr<QTemporaryDir> unpacked; // a package's photos, while they are needed
};

// Reads the command's one ID|FILE argument; on failure prints why and sets
// *code.
std::optional<ArticleSource> articleArgument(const QCommandLineParser &parser, Context &context, int *code);

} // namespace Byline::Cli
