#include "folderpublisher.h"

#include "media/rendition.h"
#include "render/articlerenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

bool writeWhole(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    *error = FolderPublisher::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace

QString FolderPublisher::folderName(const Article &article)
{
    // A slug of letters, digits and dashes names the folder as the site's
    // address would; anything else could leave the root, so the UUID does.
    static const QRegularExpression safe(u"^[\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,120}$"_s);
    const QString slug = article.slug.trimmed();
    return safe.match(slug).hasMatch() ? slug : article.uuid.toString(QUuid::WithoutBraces);
}

FolderPublisher::Result FolderPublisher::publish(const QString &root, const QString &libraryDirectory,
    const Article &article, const QList<Photo> &photos, const Publication &publication, const TemplatePack &pack)
{
    Result result;
    const QString shownRoot = QDir::toNativeSeparators(root);
    if (QFileInfo(root).exists() && !QFileInfo(root).isDir()) {
        result.message = tr("Cannot publish into %1: it is a file, not a folder.").arg(shownRoot);
        return result;
    }
    if (!QDir().mkpath(root)) {
        result.message = tr("Cannot create the folder %1. Check that the disk is writable.").arg(shownRoot);
        return result;
    }
    const QDir rootDir(root);
    const QString name = folderName(article);
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    const QString staging = rootDir.filePath(u".byline-new-"_s + token);
    auto fail = [&](const QString &message) {
        QDir(staging).removeRecursively();
        result.message = message;
        return result;
    };
    if (!QDir().mkpath(staging + u"/photos"_s))
        return fail(tr("Cannot create the folder %1. Check that the disk is writable.").arg(shownRoot));

    // The web copies, named by their place in the story: a photo's id or
    // file name came from elsewhere (a package, another library) and must
    // never become a path. A photo that cannot be made is left out (its
    // figure shows as missing) and said.
    QHash<QString, QString> urls;
    for (qsizetype i = 0; i < photos.size(); ++i) {
        const Photo &photo = photos.at(i);
        QString error;
        const std::optional<Rendition> rendition = Rendition::make(libraryDirectory + u'/' + photo.storedPath,
            photo.crop, {photo.caption, photo.credit, photo.metadata.creator, photo.metadata.copyright},
            {publication.renditionMaxSize, publication.jpegQuality}, &error);
        const QString file = u"photos/photo-%1.jpg"_s.arg(i + 1);
        if (rendition && writeWhole(staging + u'/' + file, rendition->jpeg, &error))
            urls.insert(photo.id, file);
        else
            result.problems
                << tr("The photo %1 was left out: %2").arg(photo.fileName.isEmpty() ? photo.id : photo.fileName, error);
    }

    // The two pages link to each other inside the folder.
    Publication local = publication;
    local.desktopUrlPattern = u"index.html"_s;
    local.mobileUrlPattern = u"mobile.html"_s;
    ArticleRenderer renderer(local, pack);
    renderer.setImageUrlResolver([&urls](const Photo &photo, int) { return urls.value(photo.id); }, {u"'self'"_s});
    QString error;
    if (!writeWhole(staging + u"/index.html"_s, renderer.render(article, photos, Device::Desktop).toUtf8(), &error)
        || !writeWhole(staging + u"/mobile.html"_s, renderer.render(article, photos, Device::Mobile).toUtf8(), &error))
        return fail(error);
    QJsonObject json = article.toJson();
    QJsonArray photoList;
    for (const Photo &photo : photos) {
        if (!urls.contains(photo.id))
            continue;
        photoList.append(
            QJsonObject {{u"id"_s, photo.id}, {u"file"_s, urls.value(photo.id)}, {u"caption"_s, photo.caption},
                {u"credit"_s, photo.credit}, {u"altText"_s, photo.altText}, {u"lead"_s, photo.lead}});
    }
    json.insert(u"photos"_s, photoList);
    if (!writeWhole(staging + u"/article.json"_s, QJsonDocument(json).toJson(QJsonDocument::Indented), &error))
        return fail(error);

    // Swap the new copy in whole; the old one goes only after.
    const QString target = rootDir.filePath(name);
    const QString old = rootDir.filePath(u".byline-old-"_s + token);
    if (QFileInfo::exists(target) && !QDir().rename(target, old))
        return fail(tr("Cannot replace %1: it is in use or not writable.").arg(QDir::toNativeSeparators(target)));
    if (!QDir().rename(staging, target)) {
        QDir().rename(old, target);
        return fail(tr("Cannot replace %1: it is in use or not writable.").arg(QDir::toNativeSeparators(target)));
    }
    QDir(old).removeRecursively();
    result.ok = true;
    result.directory = target;
    result.url = QUrl::fromLocalFile(target + u"/index.html"_s);
    return result;
}

} // namespace Byline
