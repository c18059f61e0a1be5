#pragma once

#include "article/photo.h"
#include "publishjob.h"
#include "publishtarget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace Byline {

class Article;
class Library;

// The durable publish queue: its tables live in the library database, so a
// job survives a restart or a SIGKILL and resumes where it stopped. Every
// change is one SQLite transaction (synchronous=FULL), written before the
// step it describes is taken: a row that says "sending" with no answer means
// the target may have the item and must be asked before sending it again.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Outbox)

public:
    explicit Outbox(Library &library);

    // What a job sends: the article as it was when queued and its photos.
    struct Snapshot
    {
        Article article;
        QList<Photo> photos;
    };

    // The publication's zone, for the times refusals name (the embargo).
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    // The longest note the desk sends (the connector keeps 10,000 characters).
    static constexpr qsizetype MaxNoteLength = 10000;

    // Queues the article as it is now: saves a revision named after the job
    // and snapshots it with its photos. An open job of the same article and
    // target is superseded (cancelled, saying by which job): the newer
    // revision is what should reach the site. Desk actions (`note` for Return
    // and Note) neither supersede nor are superseded; they need the story on
    // the target (or on its way there). Refused, with the reason in
    // errorString(): going live before the article's embargo, a Return or
    // Note without a note.
    std::optional<PublishJob> enqueue(qint64 articleId, const QString &target, PublishAction action,
        const QDateTime &scheduledAt = {}, const QString &note = {});

    std::optional<PublishJob> job(qint64 id) const;
    // Newest first; open and held jobs only when `all` is false.
    QList<PublishJob> jobs(bool all = true) const;
    std::optional<Snapshot> snapshot(qint64 jobId) const;
    QList<PublishLogEntry> log(qint64 jobId) const;

    // The next job to run at `now`: the oldest queued or interrupted one, or
    // a waiting one whose time has come.
    std::optional<PublishJob> nextDue(const QDateTime &now) const;
    // When the earliest waiting job is due; invalid when none waits.
    QDateTime nextWakeUp() const;
    int openJobCount() const;

    // Writes the job's state, counters, message and remote fields.
    bool update(const PublishJob &job);
    // Several of these calls as one commit (each commit is a synced write).
    bool transaction(const std::function<bool()> &work);
    bool updateProgress(qint64 jobId, qint64 bytesDone, qint64 bytesTotal);
    bool addLog(qint64 jobId, int attempt, const QString &text);

    // A person's choices. retry() queues a held, waiting or cancelled job
    // again (now); overwrite: replace a conflicting remote edit.
    bool retry(qint64 jobId, bool overwrite = false);
    bool cancel(qint64 jobId);

    // What a target has of an article, as last heard (nullopt: nothing).
    std::optional<RemotePost> remotePost(const QString &target, const QUuid &articleUuid) const;
    // Every target that has the article, with what it has (by target name).
    QList<std::pair<QString, RemotePost>> remotePostsOf(const QUuid &articleUuid) const;
    // Whether a create was sent that no answer confirmed.
    bool postMaybeSent(const QString &target, const QUuid &articleUuid) const;
    bool markPostSending(const QString &target, const QUuid &articleUuid);
    bool setRemotePost(const QString &target, const QUuid &articleUuid, const RemotePost &post);

    struct MediaRecord
    {
        RemoteMedia media; // id 0: sent, no answer heard
        QString fields; // a digest of the caption, credit and alt text last sent
    };
    std::optional<MediaRecord> remoteMedia(const QString &target, const QString &key) const;
    bool markMediaSending(const QString &target, const QString &key);
    bool setRemoteMedia(const QString &target, const QString &key, const RemoteMedia &media, const QString &fields);

    QString errorString() const;

private:
    // Whether an open job of the article to the target will put it there.
    bool hasOpenPublishJob(const QString &target, const QUuid &articleUuid) const;

    Library &m_library;
    QTimeZone m_zone;
};

} // namespace Byline
