#pragma once

#include "article/article.h"
#include "deskstory.h"
#include "publish/publishtarget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <optional>

class QIODevice;

namespace Byline {

// One desk action, sent once through the publish queue (docs/desk-protocol.md).
struct DeskAction
{
    enum class Kind
    {
        Submit, // 송고
        Return, // 반려: needs a note
        Approve, // 출고: now, or at `at`
        Note,
    };
    QUuid id; // the client's id for this action: a retry is recognised on the site
    qint64 post = 0;
    Kind kind = Kind::Note;
    QString note;
    QDateTime at; // UTC; Approve only, null: now
};

struct DeskActionResult
{
    qint64 post = 0;
    QString status; // the post's status after the action
    QDateTime modified; // UTC
    std::optional<DeskNote> note;
    bool repeated = false; // the site had done it already
};

// A photo attached to a filed story, as the site has it.
struct DeskRemotePhoto
{
    qint64 media = 0; // attachment id
    QUrl url; // the original file
    QString mime;
    qint64 bytes = 0;
    QString photoId; // Byline's photo id, when the story structure names it
    QString caption;
    QString credit;
    QString altText;
    PhotoCrop crop;
    bool lead = false;
};

// A filed story read back from the site.
struct DeskFiledStory
{
    DeskStory summary;
    QUrl link;
    std::optional<Article> article; // from the story structure; none for a post written in wp-admin
    QString title; // raw, for a post without the structure
    QString content; // raw HTML, goes through the article sanitizer
    QString excerpt;
    QList<DeskRemotePhoto> photos; // in story order
};

// What the site offers the desk: the connector's version and features.
struct DeskSupport
{
    Q_DECLARE_TR_FUNCTIONS(Byline::DeskSupport)

public:
    QString connectorVersion; // empty: no connector
    bool locks = false;
    bool notes = false;
    bool inbox = false;
    bool actions = false;
    bool embargo = false;
    bool story = false;
    DeskUser user; // the account signed in (/info's "user"): its stories are "My stories"
    bool isComplete() const { return locks && notes && inbox && actions && embargo && story; }
    // Translated: what is missing and what to install, empty when complete.
    QString missing() const;
};

// The desk's calls to one account's site. Blocking, like PublishTarget: run
// from a worker thread (the window) or straight from the command line. The
// WordPress backend shares WordPressTarget's exchange (sign-in, retries,
// limits, the server's words made safe).
class DeskClient
{
    Q_DECLARE_TR_FUNCTIONS(Byline::DeskClient)

public:
    virtual ~DeskClient() = default;

    // Null with *error when the account's kind has no desk (a folder).
    static std::unique_ptr<DeskClient> create(const TargetAccount &account, const QString &password, QString *error);

    virtual TargetOutcome support(DeskSupport *support, const TargetProgress &progress) = 0;
    // *changed false (and *inbox untouched) when nothing changed since `since`.
    virtual TargetOutcome inbox(
        const QString &since, DeskInbox *inbox, bool *changed, const TargetProgress &progress) = 0;
    virtual TargetOutcome story(qint64 post, DeskFiledStory *story, const TargetProgress &progress) = 0;
    // Streams a photo's original into `out`, refusing more than maxBytes (Hold).
    // After a failure `out` may hold part of the file: start again with an empty one.
    virtual TargetOutcome download(
        const QUrl &url, QIODevice *out, qint64 maxBytes, const TargetProgress &progress) = 0;
    // Takes or refreshes the lock. When someone else holds it and takeover is
    // false: TargetOutcome::Hold with *heldBy set.
    virtual TargetOutcome lock(qint64 post, bool takeover, DeskLock *lock, std::optional<DeskLock> *heldBy,
        const TargetProgress &progress) = 0;
    virtual TargetOutcome release(qint64 post, const TargetProgress &progress) = 0;
    virtual TargetOutcome notes(qint64 post, QList<DeskNote> *notes, const TargetProgress &progress) = 0;
    virtual TargetOutcome act(const DeskAction &action, DeskActionResult *result, const TargetProgress &progress) = 0;
};

} // namespace Byline
