#pragma once

#include "publishtarget.h"

namespace Byline {

// The built-in target: the story as a static site in a folder (the runner
// renders it, FolderPublisher writes it). Works offline; publishing again replaces the folder.
// Drafts, submissions and schedules go to the same folder, with the action
// recorded in article.json, as there is no server to hold them back.
class FolderTarget : public PublishTarget
{
    // Its own context: PublishTarget's tr() would look in PublishTarget's.
    Q_DECLARE_TR_FUNCTIONS(Byline::FolderTarget)

public:
    explicit FolderTarget(const TargetAccount &account)
        : PublishTarget(account)
    { }

    TargetOutcome signIn(TargetCapabilities *capabilities, const TargetProgress &progress) override;
    bool uploadsPhotosSeparately() const override { return false; }
    BodyForm bodyForm() const override { return BodyForm::StaticPages; }
    TargetOutcome putArticle(const ArticleUpload &upload, RemotePost *post, PublishConflict *conflict,
        const TargetProgress &progress) override;
};

} // namespace Byline
