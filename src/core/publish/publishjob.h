#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace Byline {

// What a job asks the CMS to do with the article. Updating a story already
// published is not an action of its own: any action on an article the
// target already has goes to the same remote post.
enum class PublishAction
{
    Draft, // save as a CMS draft
    Submit, // submit for review ("pending" in WordPress)
    Publish, // publish now
    Schedule, // publish at PublishJob::scheduledAt
    Unpublish, // take a published story back to draft
    // The desk's actions on a story the site has (docs/desk-protocol.md):
    // sent through the connector's actions route with PublishJob::deskAction,
    // the same id on every retry, so the site acts once.
    Return, // 반려: back to its reporter as a draft, with PublishJob::note
    Approve, // 출고: publish now, or at PublishJob::scheduledAt
    Note, // a note on the story for its reporter and the desk
};

// Whether the action is one of the desk's (sent through DeskClient::act,
// nothing of the story itself is sent).
constexpr bool isDeskAction(PublishAction action)
{
    return action == PublishAction::Return || action == PublishAction::Approve || action == PublishAction::Note;
}

// Where a job is. Queued, Waiting and the two working states are "open":
// the queue runs them (after a crash, the working states resume).
enum class PublishState
{
    Queued,
    UploadingPhotos,
    SendingArticle,
    Done,
    Waiting, // to retry at nextAttempt, or for the network to come back
    Held, // needs a person: message says what
    Cancelled,
};

struct PublishNames
{
    Q_DECLARE_TR_FUNCTIONS(Byline::PublishJob)

public:
    // Stable keys, for the database and the command line: "draft",
    // "pending", "publish", "future", "unpublish", "desk-return",
    // "desk-approve", "desk-note".
    static QString actionKey(PublishAction action);
    static std::optional<PublishAction> actionFromKey(const QString &key);
    static QString actionDisplayName(PublishAction action);
    // "queued", "uploading-photos", "sending-article", "done", "waiting", "held", "cancelled".
    static QString stateKey(PublishState state);
    static std::optional<PublishState> stateFromKey(const QString &key);
    static QString stateDisplayName(PublishState state);
};

// Someone changed the remote post since Byline last sent it: both versions,
// so a person can choose.
struct PublishConflict
{
    QDateTime seenModified; // what Byline last saw (UTC)
    QDateTime remoteModified; // what the CMS has now (UTC)
    QString remoteTitle;
    QString remoteContent; // the CMS's raw HTML
    QString localTitle;
    QString localContent;

    bool isNull() const { return !remoteModified.isValid(); }
    QJsonObject toJson() const;
    static PublishConflict fromJson(const QJsonObject &json);
};

// One attempt's line in a job's log.
struct PublishLogEntry
{
    QDateTime time;
    int attempt = 0;
    QString text; // translated
};

// One row of the outbox: an article revision, a target and an action.
struct PublishJob
{
    qint64 id = 0;
    qint64 articleId = 0; // 0 when the article was deleted since
    QUuid articleUuid;
    int revision = 0; // the article revision snapshotted for this job
    QString headline; // for lists, from the snapshot
    QString target; // TargetAccount::name
    PublishAction action = PublishAction::Draft;
    QDateTime scheduledAt; // UTC; Schedule, and Approve at a time
    QString note; // Return and Note: the desk's words for the reporter
    QUuid deskAction; // desk actions: the id the site knows this action by
    PublishState state = PublishState::Queued;
    int attempts = 0; // attempts that spent a try (not those made offline)
    int stalledAttempts = 0; // of those, the last ones in a row that got nothing onto the site
    QDateTime nextAttempt; // UTC; Waiting only
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    QString message; // translated: what happened last, what a person must do
    QString serverText; // the server's own words, when it refused
    int httpStatus = 0;
    qint64 remoteId = 0;
    QUrl remoteUrl;
    bool overwrite = false; // a person chose to overwrite a conflicting remote edit
    PublishConflict conflict;
    QDateTime created;
    QDateTime updated;

    bool isOpen() const
    {
        return state == PublishState::Queued || state == PublishState::Waiting || state == PublishState::UploadingPhotos
            || state == PublishState::SendingArticle;
    }
    bool isFinal() const { return state == PublishState::Done || state == PublishState::Cancelled; }
    // The server's own words as a person is shown them (the dock, the
    // command line), made safe (SiteText): "The server said (HTTP 403): …";
    // empty when it said nothing.
    QString serverWords() const;
    QJsonObject toJson() const;
};

} // namespace Byline
