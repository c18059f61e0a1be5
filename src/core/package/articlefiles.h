#pragma once

#include "article/article.h"

#include <QCoreApplication>
#include <optional>

namespace Byline {

class Library;

// Articles in files, for the command line and the window alike: what a file
// holds is decided by its content (a .byline package, an article JSON file
// or a saved web page), and an article can be written as any of them.
class ArticleFiles
{
    Q_DECLARE_TR_FUNCTIONS(Byline::ArticleFiles)

public:
    enum class Format
    {
        Json,
        Html,
        Package,
    };

    // "json", "html"/"htm", "byline"; nullopt for anything else.
    static std::optional<Format> formatForName(const QString &name);

    static std::optional<Article> read(const QString &path, QString *error);

    // Adds an imported article with a new local id. An article whose UUID the
    // library already has is added as a copy with a new UUID; *note says so.
    static bool addToLibrary(Library &library, Article &article, QString *note, QString *error);

    static bool write(const QString &path, const Article &article, Format format, QString *error);

    // A standalone UTF-8 page: headline, deck, byline line and the body.
    static QString standaloneHtml(const Article &article);
};

} // namespace Byline
