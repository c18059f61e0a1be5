#pragma once

#include "article/article.h"
#include "article/photo.h"
#include "package/articlepackage.h"

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

    // An article as a file holds it; a package also carries its photos (the
    // originals with caption, credit, alt text, crop and order).
    struct Loaded
    {
        Article article;
        QList<Photo> photos; // storedPath: the original's name inside the package
        QList<PackageFile> files;
        QHash<QString, QString> leftOut; // package files not unpacked, with why (translated)
        QString note; // translated: what could not be read, though the article could
    };

    // Files larger than these are refused before reading: no article needs
    // more, and a saved page's scripts and inline pictures stay well under.
    static constexpr qint64 MaxJsonBytes = ArticlePackage::MaxTextBytes;
    static constexpr qint64 MaxPageBytes = qint64(32) * 1024 * 1024;

    static std::optional<Loaded> load(const QString &path, QString *error);

    // How a photo from a package is named in messages: its file name (made
    // printable), else its place in the package's list (`number`, from 1).
    static QString packagedPhotoName(const Photo &photo, int number);
    static std::optional<Article> read(const QString &path, QString *error);

    // Adds an imported article with a new local id, and its photos. An article
    // whose UUID the library already has is added as a copy with a new UUID;
    // *note says so, and names any photo that could not come along.
    static bool addToLibrary(Library &library, Loaded &loaded, QString *note, QString *error);
    static bool addToLibrary(Library &library, Article &article, QString *note, QString *error);

    // Writes without photos; the overload taking the library puts the
    // article's photos into a package.
    static bool write(const QString &path, const Article &article, Format format, QString *error);
    static bool write(
        const QString &path, const Library &library, const Article &article, Format format, QString *error);

    // A standalone UTF-8 page: headline, deck, byline line and the body.
    static QString standaloneHtml(const Article &article);
};

} // namespace Byline
