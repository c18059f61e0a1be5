#include "staticsite.h"

#include "media/rendition.h"
#include "render/articlerenderer.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Byline {

StaticSite StaticSite::render(const QString &libraryDirectory, const Article &article, const QList<Photo> &photos,
    const Publication &publication, const TemplatePack &pack)
{
    StaticSite site;
    QHash<QString, QString> urls;
    for (qsizetype i = 0; i < photos.size(); ++i) {
        const Photo &photo = photos.at(i);
        QString error;
        std::optional<Rendition> rendition = Rendition::make(libraryDirectory + u'/' + photo.storedPath, photo.crop,
            {photo.caption, photo.credit, photo.metadata.creator, photo.metadata.copyright},
            {publication.renditionMaxSize, publication.jpegQuality}, &error);
        if (!rendition) {
            site.problems
                << tr("The photo %1 was left out: %2").arg(photo.fileName.isEmpty() ? photo.id : photo.fileName, error);
            continue;
        }
        const QString path = u"photos/photo-%1.jpg"_s.arg(i + 1);
        urls.insert(photo.id, path);
        site.photos.append({path, std::move(rendition->jpeg), photo.id});
    }

    // The two pages link to each other inside the folder.
    Publication local = publication;
    local.desktopUrlPattern = desktopFileName();
    local.mobileUrlPattern = mobileFileName();
    ArticleRenderer renderer(local, pack);
    renderer.setImageUrlResolver([&urls](const Photo &photo, int) { return urls.value(photo.id); }, {u"'self'"_s});
    site.desktopPage = renderer.render(article, photos, Device::Desktop);
    site.mobilePage = renderer.render(article, photos, Device::Mobile);
    return site;
}

} // namespace Byline
