#include "publishtarget.h"

#include "foldertarget.h"
#include "render/cmsbodymarkup.h"
#include "wordpresstarget.h"

using namespace Qt::StringLiterals;

namespace Byline {

bool TargetCapabilities::allows(
    PublishAction action, bool exists, bool published, bool hasPhotos, QString *reason) const
{
    auto refuse = [&](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    const QString who = userName.isEmpty() ? TargetOutcome::tr("This account") : u"\"%1\""_s.arg(userName);
    if (!editPosts)
        return refuse(TargetOutcome::tr("%1 may not write stories on this site.").arg(who));
    if (hasPhotos && !uploadFiles)
        return refuse(TargetOutcome::tr("%1 may not upload photos, and this story has photos. Ask the site's "
                                        "administrator for the upload right, or send the story without photos.")
                .arg(who));
    switch (action) {
    case PublishAction::Draft:
    case PublishAction::Submit:
        if (published && !editPublishedPosts)
            return refuse(TargetOutcome::tr("%1 may not change a story that is already published. Ask the desk "
                                            "to update it.")
                    .arg(who));
        return true;
    case PublishAction::Publish:
    case PublishAction::Schedule:
        if (!publishPosts)
            return refuse(TargetOutcome::tr("%1 may not publish or schedule stories: it may only submit them for "
                                            "review. Submit it, and the desk publishes it.")
                    .arg(who));
        if (published && !editPublishedPosts)
            return refuse(TargetOutcome::tr("%1 may not change a story that is already published.").arg(who));
        return true;
    case PublishAction::Return:
    case PublishAction::Approve:
    case PublishAction::Note:
        return allowsDeskAction(action, reason);
    case PublishAction::Unpublish:
        if (!exists)
            return refuse(TargetOutcome::tr("This story is not on the site, so there is nothing to unpublish."));
        if (!editPublishedPosts || !publishPosts)
            return refuse(TargetOutcome::tr("%1 may not unpublish stories.").arg(who));
        return true;
    }
    return true;
}

bool TargetCapabilities::allowsDeskAction(PublishAction action, QString *reason) const
{
    auto refuse = [&](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    const QString who = userName.isEmpty() ? TargetOutcome::tr("This account") : u"\"%1\""_s.arg(userName);
    if (!editPosts)
        return refuse(TargetOutcome::tr("%1 may not write stories on this site.").arg(who));
    switch (action) {
    case PublishAction::Return:
        if (!editOthersPosts)
            return refuse(TargetOutcome::tr("%1 may not edit other people's stories, so it cannot return them to "
                                            "their reporter. The desk returns stories.")
                    .arg(who));
        return true;
    case PublishAction::Approve:
        if (!publishPosts)
            return refuse(TargetOutcome::tr("%1 may not publish stories, so it cannot approve them. The desk "
                                            "approves stories.")
                    .arg(who));
        if (!editOthersPosts)
            return refuse(TargetOutcome::tr("%1 may not edit other people's stories, so it cannot approve them. "
                                            "The desk approves stories.")
                    .arg(who));
        return true;
    default:
        return true;
    }
}

TargetOutcome TargetOutcome::make(Kind kind, const QString &message, int httpStatus, const QString &serverText)
{
    TargetOutcome outcome;
    outcome.kind = kind;
    outcome.message = message;
    outcome.httpStatus = httpStatus;
    outcome.serverText = serverText;
    return outcome;
}

std::unique_ptr<PublishTarget> PublishTarget::create(
    const TargetAccount &account, const QString &password, QString *error)
{
    if (account.kind == TargetAccount::folderKind())
        return std::make_unique<FolderTarget>(account);
    if (account.kind == TargetAccount::wordPressKind())
        return std::make_unique<WordPressTarget>(account, password);
    if (error)
        *error = tr("Unknown kind of target \"%1\".").arg(account.kind);
    return nullptr;
}

std::unique_ptr<CmsBodyMarkup> PublishTarget::bodyMarkup(const QHash<QString, RemoteMedia> &) const
{
    return nullptr;
}

TargetOutcome PublishTarget::putPhoto(const PhotoUpload &, RemoteMedia *, const TargetProgress &)
{
    return TargetOutcome::make(TargetOutcome::Hold, tr("This target takes photos with the story."));
}

} // namespace Byline
