#include "folderpublisher.h"

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
    const StaticSite site = StaticSite::render(libraryDirectory, article, photos, publication, pack);
    return write(root, article, photos, site);
}

FolderPublisher::Result FolderPublisher::write(
    const QString &root, const Article &article, const QList<Photo> &photos, const StaticSite &site)
{
    Result result;
    result.problems = site.problems;
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

    QString error;
    QHash<QString, QString> urls; // photo id → its copy's place in the folder
    for (const StaticSite::File &file : site.photos) {
        if (!writeWhole(staging + u'/' + file.path, file.data, &error))
            return fail(error);
        urls.insert(file.photoId, file.path);
    }
    if (!writeWhole(staging + u'/' + StaticSite::desktopFileName(), site.desktopPage.toUtf8(), &error)
        || !writeWhole(staging + u'/' + StaticSite::mobileFileName(), site.mobilePage.toUtf8(), &error))
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
    result.url = QUrl::fromLocalFile(target + u'/' + StaticSite::desktopFileName());
    return result;
}

} // namespace Byline
