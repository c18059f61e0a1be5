#pragma once

#include "article/article.h"
#include "article/photo.h"
#include "render/publication.h"
#include "render/templatepack.h"
#include "staticsite.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace Byline {

// The built-in publishing target that needs no server: the article as a small
// static site in a folder, one folder per article (its slug, else its UUID):
// index.html (desktop), mobile.html, photos/ with the web renditions (GPS and
// private metadata removed) and article.json. The pages and copies come
// rendered (StaticSite, the same renderer as the preview); this only writes
// them. A new copy is written beside the old one and swapped in whole, so
// publishing again replaces the article and a failure leaves the last good
// copy.
class FolderPublisher
{
    Q_DECLARE_TR_FUNCTIONS(Byline::FolderPublisher)

public:
    struct Result
    {
        bool ok = false;
        QString directory; // the article's folder
        QUrl url; // its desktop page
        QString message; // translated; why it failed
        QStringList problems; // translated; photos left out of a published article
    };

    static QString folderName(const Article &article);
    // Writes a rendered site into root's folder for the article.
    static Result write(
        const QString &root, const Article &article, const QList<Photo> &photos, const StaticSite &site);
    // Renders and writes.
    static Result publish(const QString &root, const QString &libraryDirectory, const Article &article,
        const QList<Photo> &photos, const Publication &publication, const TemplatePack &pack);
};

} // namespace Byline
