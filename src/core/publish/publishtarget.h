#pragma once

#include "article/article.h"
#include "article/photo.h"
#include "publishjob.h"
#include "retrypolicy.h"
#include "staticsite.h"
#include "targetaccount.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Byline {

class CmsBodyMarkup;

// What an account may do on its target, as the target says when signed in.
struct TargetCapabilities
{
    QString userName;
    QString displayName;
    QStringList roles;
    QString siteName;
    QString siteTimeZone;
    qint64 maxUploadBytes = 0; // 0: unknown
    bool uploadFiles = false;
    bool editPosts = false; // create drafts and submit for review
    bool publishPosts = false; // publish and schedule
    bool editPublishedPosts = false; // update or unpublish a published story
    bool editOthersPosts = false; // the desk's right: change, return and approve reporters' stories
    bool createTags = false;
    bool createCategories = false;
    // The server looks items up by Byline's UUIDs and refuses duplicates
    // (WordPress with the Byline connector; a folder always can).
    bool exactlyOnce = false;

    // Whether this account may take the action; *reason (translated) says
    // why not, before anything is sent. `exists`: the story is on the site
    // already; `published`: and it is live or scheduled there.
    bool allows(PublishAction action, bool exists, bool published, bool hasPhotos, QString *reason) const;
    // The same for the desk's actions (Return, Approve, Note), which the
    // desk takes on reporters' stories.
    bool allowsDeskAction(PublishAction action, QString *reason) const;
};

// How a call to the target ended, and what the queue should do next.
struct TargetOutcome
{
    Q_DECLARE_TR_FUNCTIONS(Byline::TargetOutcome)

public:
    enum Kind
    {
        Ok,
        Retry, // network error, timeout, 5xx, 429: try again later
        Offline, // no network at all: wait without spending an attempt
        Hold, // a person must act (400, 401, 403, 404, 409, 413, ...)
        Conflict, // the remote post changed since Byline last saw it
        Cancelled,
    };

    Kind kind = Ok;
    QString message; // translated, for a person
    QString serverText; // the server's own words, verbatim
    int httpStatus = 0;
    std::optional<int> retryAfterSeconds; // the server's Retry-After
    QStringList notes; // translated; done, but a person should know (a photo left out, a missing category)

    bool ok() const { return kind == Ok; }
    static TargetOutcome success() { return {}; }
    static TargetOutcome make(Kind kind, const QString &message, int httpStatus = 0, const QString &serverText = {});
};

// A photo's web copy on the target, as the outbox remembers it.
struct RemoteMedia
{
    qint64 id = 0;
    QUrl url;
};

// A story on the target, as last seen.
struct RemotePost
{
    qint64 id = 0;
    QUrl url;
    QDateTime modified; // UTC, the target's own clock
    QString status; // the target's word ("draft", "pending", "publish", "future")
};

// One photo to put on the target.
struct PhotoUpload
{
    Photo photo;
    QString key; // stable across attempts: the same key is the same remote copy
    QByteArray jpeg; // the rendition
    QString fileName;
    QString captionText; // the caption in the publication's style, plain text
    std::optional<RemoteMedia> known; // uploaded by an earlier job or attempt
    bool maybeSent = false; // an earlier attempt may have sent it without hearing back
};

// The story to put on the target, rendered by the runner in the form the
// target takes (PublishTarget::bodyForm()) before the target is called.
struct ArticleUpload
{
    Article article;
    QList<Photo> photos;
    QHash<QString, RemoteMedia> media; // photo id → its copy on the target
    PublishAction action = PublishAction::Draft;
    QDateTime scheduledAt; // UTC
    std::optional<RemotePost> known; // the story as Byline last saw it there
    bool maybeSent = false; // an earlier attempt may have created it without hearing back
    bool overwrite = false; // a person chose to replace a remote edit
    QString body; // CmsBody: the body in the site's own markup, photos pointing at `media`
    StaticSite site; // StaticPages: the pages and the photos' web copies
};

// Progress and cancellation for one call.
struct TargetProgress
{
    std::function<void(qint64 sent, qint64 total)> bytes;
    // A read failed for a moment and is asked again in place after `wait`
    // (failure set); then, as it goes out again, once with failure null.
    std::function<void(const TargetOutcome *failure, std::chrono::milliseconds wait)> retrying;
    const std::atomic_bool *cancelled = nullptr;
    bool isCancelled() const { return cancelled && cancelled->load(); }
};

// A CMS backend. One instance per account and run, used from one thread; the
// calls block until the target answers (the queue runs them on its worker
// thread), so a backend reads as the steps it takes. Another backend is a
// new subclass and a line in create().
class PublishTarget
{
    Q_DECLARE_TR_FUNCTIONS(Byline::PublishTarget)

public:
    virtual ~PublishTarget() = default;

    // A backend for the account. `password` comes from the keychain; empty for
    // kinds that need none. Null with *error for an unknown kind.
    static std::unique_ptr<PublishTarget> create(const TargetAccount &account, const QString &password, QString *error);

    const TargetAccount &account() const { return m_account; }
    // How reads that fail for a moment are asked again in place.
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }

    // Signs in and finds out what the account may do.
    virtual TargetOutcome signIn(TargetCapabilities *capabilities, const TargetProgress &progress) = 0;
    // Whether photos go up one by one before the story (they then get
    // putPhoto calls and their RemoteMedia in ArticleUpload::media).
    virtual bool uploadsPhotosSeparately() const = 0;
    // What the target takes, rendered by the runner so that every target
    // gets the preview's HTML and only maps fields and sends: a CMS body with
    // the site's own markup for photos and embeds, or a static site's pages.
    enum class BodyForm
    {
        CmsBody,
        StaticPages,
    };
    virtual BodyForm bodyForm() const { return BodyForm::CmsBody; }
    // CmsBody: how the site writes photos (pointing at its copies, `media`:
    // photo id → copy) and embeds.
    virtual std::unique_ptr<CmsBodyMarkup> bodyMarkup(const QHash<QString, RemoteMedia> &media) const;
    // Puts one photo's copy there, or updates its caption, credit and alt
    // text when upload.known says it is already there; fills *media.
    virtual TargetOutcome putPhoto(const PhotoUpload &upload, RemoteMedia *media, const TargetProgress &progress);
    // Creates or updates the story; fills *post. Updates check for remote
    // edits first (TargetOutcome::Conflict and *conflict filled).
    virtual TargetOutcome putArticle(
        const ArticleUpload &upload, RemotePost *post, PublishConflict *conflict, const TargetProgress &progress) = 0;

protected:
    explicit PublishTarget(const TargetAccount &account)
        : m_account(account)
    { }

private:
    TargetAccount m_account;
    RetryPolicy m_policy;
};

} // namespace Byline
