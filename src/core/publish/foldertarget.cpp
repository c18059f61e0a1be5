#include "foldertarget.h"

#include "folderpublisher.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Byline {

TargetOutcome FolderTarget::signIn(TargetCapabilities *capabilities, const TargetProgress &)
{
    *capabilities = {};
    capabilities->userName = QDir::toNativeSeparators(account().path);
    capabilities->uploadFiles = capabilities->editPosts = capabilities->publishPosts = true;
    capabilities->editPublishedPosts = capabilities->createTags = capabilities->createCategories = true;
    capabilities->exactlyOnce = true;
    const QFileInfo root(account().path);
    if (root.exists() && !root.isDir())
        return TargetOutcome::make(TargetOutcome::Hold,
            tr("Cannot publish into %1: it is a file, not a folder.").arg(QDir::toNativeSeparators(account().path)));
    return TargetOutcome::success();
}

TargetOutcome FolderTarget::putArticle(
    const ArticleUpload &upload, RemotePost *post, PublishConflict *, const TargetProgress &progress)
{
    const QString folder = account().path + u'/' + FolderPublisher::folderName(upload.article);
    if (upload.action == PublishAction::Unpublish) {
        if (QFileInfo::exists(folder) && !QDir(folder).removeRecursively())
            return TargetOutcome::make(TargetOutcome::Hold,
                tr("Cannot remove %1: it is in use or not writable.").arg(QDir::toNativeSeparators(folder)));
        post->id = 0;
        post->url = {};
        post->status = u"draft"_s;
        post->modified = QDateTime::currentDateTimeUtc();
        return TargetOutcome::success();
    }
    const FolderPublisher::Result result =
        FolderPublisher::write(account().path, upload.article, upload.photos, upload.site);
    if (!result.ok)
        return TargetOutcome::make(TargetOutcome::Hold, result.message);
    if (progress.bytes)
        progress.bytes(1, 1);
    // The photos left out were said when the site was rendered.
    TargetOutcome outcome = TargetOutcome::success();
    post->id = 0;
    post->url = result.url;
    post->status = PublishNames::actionKey(upload.action);
    post->modified = QDateTime::currentDateTimeUtc();
    return outcome;
}

} // namespace Byline
