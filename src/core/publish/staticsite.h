#pragma once

#include "article/article.h"
#include "article/photo.h"
#include "render/publication.h"
#include "render/templatepack.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Byline {

// A story rendered as a small static site, ready to be written anywhere:
// the desktop and mobile pages from the same renderer as the preview, and
// the photos' web copies (GPS and private metadata removed) named by their
// place in the story, never by an id or a file name from elsewhere. What the
// publish runner hands a folder target; the target only writes it.
struct StaticSite
{
    Q_DECLARE_TR_FUNCTIONS(Byline::StaticSite)

public:
    struct File
    {
        QString path; // relative, "photos/photo-1.jpg"
        QByteArray data;
        QString photoId; // the photo it is a copy of
    };

    QString desktopPage; // index.html
    QString mobilePage; // mobile.html
    QList<File> photos;
    QStringList problems; // translated: photos left out (their figures show as missing)

    static QString desktopFileName() { return QStringLiteral("index.html"); }
    static QString mobileFileName() { return QStringLiteral("mobile.html"); }

    // Makes the web copies (a photo that cannot be made is left out and
    // said) and renders both pages linking to each other and to the copies.
    static StaticSite render(const QString &libraryDirectory, const Article &article, const QList<Photo> &photos,
        const Publication &publication, const TemplatePack &pack);
};

} // namespace Byline
