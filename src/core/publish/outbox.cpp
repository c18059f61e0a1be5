#include "outbox.h"

#include "embargo.h"
#include "library/library.h"
#include "render/publication.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

QString isoUtc(const QDateTime &time)
{
    // Never a null string: the columns are NOT NULL.
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString(0, QChar());
}

QDateTime fromIso(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

const auto jobColumns = u"id, article_id, article_uuid, revision, target, action, scheduled_at, headline, state, "
                        "attempts, next_attempt, bytes_done, bytes_total, message, server_text, http_status, "
                        "remote_id, remote_url, overwrite, conflict, created, updated, stalled_attempts, desk_note, "
                        "desk_action"_s;

PublishJob jobFromQuery(const QSqlQuery &query)
{
    PublishJob job;
    job.id = query.value(0).toLongLong();
    job.articleId = query.value(1).toLongLong();
    job.articleUuid = QUuid(query.value(2).toString());
    job.revision = query.value(3).toInt();
    job.target = query.value(4).toString();
    job.action = PublishNames::actionFromKey(query.value(5).toString()).value_or(PublishAction::Draft);
    job.scheduledAt = fromIso(query.value(6));
    job.headline = query.value(7).toString();
    job.state = PublishNames::stateFromKey(query.value(8).toString()).value_or(PublishState::Held);
    job.attempts = query.value(9).toInt();
    job.nextAttempt = fromIso(query.value(10));
    job.bytesDone = query.value(11).toLongLong();
    job.bytesTotal = query.value(12).toLongLong();
    job.message = query.value(13).toString();
    job.serverText = query.value(14).toString();
    job.httpStatus = query.value(15).toInt();
    job.remoteId = query.value(16).toLongLong();
    job.remoteUrl = QUrl(query.value(17).toString());
    job.overwrite = query.value(18).toBool();
    const QByteArray conflict = query.value(19).toByteArray();
    if (!conflict.isEmpty())
        job.conflict = PublishConflict::fromJson(QJsonDocument::fromJson(conflict).object());
    job.created = fromIso(query.value(20));
    job.updated = fromIso(query.value(21));
    job.stalledAttempts = query.value(22).toInt();
    job.note = query.value(23).toString();
    job.deskAction = QUuid(query.value(24).toString());
    return job;
}

const auto openStates = u"('queued', 'uploading-photos', 'sending-article', 'waiting')"_s;
const auto deskActions = u"('desk-return', 'desk-approve', 'desk-note')"_s;

} // namespace

Outbox::Outbox(Library &library)
    : m_library(library)
    , m_zone(Embargo::zone(Publication().timeZone))
{ }

QString Outbox::errorString() const
{
    return m_library.errorString();
}

std::optional<PublishJob> Outbox::enqueue(
    qint64 articleId, const QString &target, PublishAction action, const QDateTime &scheduledAt, const QString &note)
{
    if (!m_library.isOpen()) {
        m_library.fail(tr("No library is open."));
        return std::nullopt;
    }
    if (action == PublishAction::Schedule && !scheduledAt.isValid()) {
        m_library.fail(tr("A scheduled story needs a date and time."));
        return std::nullopt;
    }
    const bool desk = isDeskAction(action);
    const QString deskNote = desk ? note.trimmed() : QString();
    if ((action == PublishAction::Return || action == PublishAction::Note) && deskNote.isEmpty()) {
        m_library.fail(action == PublishAction::Return
                ? tr("A story goes back to its reporter with a note saying why: write the note.")
                : tr("The note is empty: write what the reporter or the desk should know."));
        return std::nullopt;
    }
    if (deskNote.size() > MaxNoteLength) {
        m_library.fail(tr("The note is %1 characters long; the site keeps at most %2. Shorten it.")
                .arg(deskNote.size())
                .arg(MaxNoteLength));
        return std::nullopt;
    }
    const QString revisionName = tr("Sent to %1: %2").arg(target, PublishNames::actionDisplayName(action));
    qint64 jobId = 0;
    // The revision named after the job and the job are one commit: a job
    // that cannot be written leaves no revision behind.
    const bool ok = m_library.transaction([&] {
        // The story as it is now decides, before anything is written.
        const std::optional<Article> current = m_library.articleStore().article(articleId);
        if (!current)
            return m_library.fail(tr("There is no article %1 in the library.").arg(articleId));
        if (const QString refusal =
                Embargo::refusal(current->embargo, action, scheduledAt, QDateTime::currentDateTimeUtc(), m_zone);
            !refusal.isEmpty())
            return m_library.fail(refusal);
        if (desk && !remotePost(target, current->uuid) && !hasOpenPublishJob(target, current->uuid))
            return m_library.fail(
                tr("This story is not on %1: send it there first, or open it from the desk.").arg(target));

        const int revision = m_library.revisionStore().addRevision(articleId, revisionName);
        if (revision < 0)
            return false;
        const std::optional<Article> article = m_library.revisionStore().revision(articleId, revision);
        if (!article)
            return m_library.fail(tr("There is no article %1 in the library.").arg(articleId));
        QJsonArray photos;
        for (const Photo &photo : m_library.photoStore().photos(articleId))
            photos.append(photo.toJson());
        const QJsonObject snapshot {{u"article"_s, article->toJson()}, {u"photos"_s, photos}};
        const QString now = isoUtc(QDateTime::currentDateTimeUtc());
        const bool timed = action == PublishAction::Schedule || action == PublishAction::Approve;

        QSqlQuery query(m_library.database());
        query.prepare(u"INSERT INTO publish_jobs (article_id, article_uuid, revision, target, action, scheduled_at,"
                      " headline, state, snapshot, created, updated, desk_note, desk_action)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?)"_s);
        query.addBindValue(articleId);
        query.addBindValue(uuidText(article->uuid));
        query.addBindValue(revision);
        query.addBindValue(target);
        query.addBindValue(PublishNames::actionKey(action));
        query.addBindValue(timed && scheduledAt.isValid() ? isoUtc(scheduledAt) : QString(u""_s));
        query.addBindValue(article->headline);
        query.addBindValue(QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact)));
        query.addBindValue(now);
        query.addBindValue(now);
        query.addBindValue(deskNote.isNull() ? QString(u""_s) : deskNote);
        // The site knows the action by this id: every retry sends the same.
        query.addBindValue(desk ? uuidText(QUuid::createUuid()) : QString(u""_s));
        if (!query.exec())
            return m_library.failSql(tr("The story could not be queued"), query.lastError());
        jobId = query.lastInsertId().toLongLong();
        if (desk)
            return true; // an action on the story, not a newer revision of it
        // Older open jobs of this story to this target would only send an
        // older revision: the new job replaces them. The desk's actions stay.
        query.prepare(u"UPDATE publish_jobs SET state = 'cancelled', message = ?, updated = ? WHERE article_uuid = ?"
                      " AND target = ? AND id <> ? AND action NOT IN "_s
            + deskActions + u" AND state IN "_s + openStates);
        query.addBindValue(tr("Replaced by job %1 (a newer revision).").arg(jobId));
        query.addBindValue(now);
        query.addBindValue(uuidText(article->uuid));
        query.addBindValue(target);
        query.addBindValue(jobId);
        if (!query.exec())
            return m_library.failSql(tr("The story could not be queued"), query.lastError());
        return true;
    });
    if (!ok)
        return std::nullopt;
    return job(jobId);
}

bool Outbox::hasOpenPublishJob(const QString &target, const QUuid &articleUuid) const
{
    Library::Statement query = m_library.prepared(u"SELECT 1 FROM publish_jobs WHERE target = ? AND article_uuid = ?"
                                                  " AND action NOT IN "_s
        + deskActions + u" AND state IN "_s + openStates);
    query->bindValue(0, target);
    query->bindValue(1, uuidText(articleUuid));
    return query->exec() && query->next();
}

std::optional<PublishJob> Outbox::job(qint64 id) const
{
    Library::Statement query = m_library.prepared(u"SELECT "_s + jobColumns + u" FROM publish_jobs WHERE id = ?"_s);
    query->bindValue(0, id);
    if (!query->exec() || !query->next())
        return std::nullopt;
    return jobFromQuery(*query);
}

QList<PublishJob> Outbox::jobs(bool all) const
{
    QSqlQuery query(m_library.database());
    QString sql = u"SELECT "_s + jobColumns + u" FROM publish_jobs"_s;
    if (!all)
        sql += u" WHERE state IN ('queued', 'uploading-photos', 'sending-article', 'waiting', 'held')"_s;
    sql += u" ORDER BY id DESC"_s;
    QList<PublishJob> jobs;
    if (!query.exec(sql))
        return jobs;
    while (query.next())
        jobs.append(jobFromQuery(query));
    return jobs;
}

std::optional<Outbox::Snapshot> Outbox::snapshot(qint64 jobId) const
{
    Library::Statement query = m_library.prepared(u"SELECT snapshot, article_id FROM publish_jobs WHERE id = ?"_s);
    query->bindValue(0, jobId);
    if (!query->exec() || !query->next())
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(query->value(0).toByteArray()).object();
    Snapshot snapshot;
    QString error;
    snapshot.article = Article::fromJson(json.value(u"article"_s).toObject(), &error);
    if (!error.isEmpty())
        return std::nullopt;
    snapshot.article.id = query->value(1).toLongLong();
    for (const QJsonValue &photo : json.value(u"photos"_s).toArray())
        snapshot.photos.append(Photo::fromJson(photo.toObject()));
    return snapshot;
}

QList<PublishLogEntry> Outbox::log(qint64 jobId) const
{
    QSqlQuery query(m_library.database());
    query.prepare(u"SELECT time, attempt, text FROM publish_log WHERE job_id = ? ORDER BY rowid"_s);
    query.addBindValue(jobId);
    QList<PublishLogEntry> entries;
    if (!query.exec())
        return entries;
    while (query.next())
        entries.append({fromIso(query.value(0)), query.value(1).toInt(), query.value(2).toString()});
    return entries;
}

std::optional<PublishJob> Outbox::nextDue(const QDateTime &now) const
{
    // A desk action waits for an open job that puts its story on the same
    // target (a submit queued offline): it acts on the post that job makes.
    const QString ready = u" AND NOT (action IN "_s + deskActions
        + u" AND EXISTS (SELECT 1 FROM publish_jobs story WHERE story.article_uuid = publish_jobs.article_uuid"
          " AND story.target = publish_jobs.target AND story.action NOT IN "_s
        + deskActions + u" AND story.state IN "_s + openStates + u"))"_s;
    Library::Statement query = m_library.prepared(u"SELECT "_s + jobColumns
        + u" FROM publish_jobs WHERE id = (SELECT min(id) FROM ("
          " SELECT id FROM publish_jobs WHERE state IN ('queued', 'uploading-photos', 'sending-article')"_s
        + ready + u" UNION ALL SELECT id FROM publish_jobs WHERE state = 'waiting' AND next_attempt <= ?"_s + ready
        + u"))"_s);
    query->bindValue(0, isoUtc(now));
    if (!query->exec() || !query->next())
        return std::nullopt;
    return jobFromQuery(*query);
}

QDateTime Outbox::nextWakeUp() const
{
    Library::Statement query =
        m_library.prepared(u"SELECT min(next_attempt) FROM publish_jobs WHERE state = 'waiting'"_s);
    if (!query->exec() || !query->next())
        return {};
    return fromIso(query->value(0));
}

int Outbox::openJobCount() const
{
    Library::Statement query = m_library.prepared(u"SELECT count(*) FROM publish_jobs WHERE state IN "_s + openStates);
    if (!query->exec() || !query->next())
        return 0;
    return query->value(0).toInt();
}

bool Outbox::transaction(const std::function<bool()> &work)
{
    return m_library.transaction(work);
}

bool Outbox::update(const PublishJob &job)
{
    // One statement is atomic on its own; inside transaction() it joins it.
    // A null QString binds as NULL; the text columns are NOT NULL.
    Library::Statement query =
        m_library.prepared(u"UPDATE publish_jobs SET state = ?, attempts = ?, next_attempt = coalesce(?, ''),"
                           " bytes_done = ?, bytes_total = ?, message = coalesce(?, ''), server_text = coalesce(?, ''),"
                           " http_status = ?, remote_id = ?, remote_url = coalesce(?, ''), overwrite = ?,"
                           " conflict = coalesce(?, ''), updated = ?, stalled_attempts = ? WHERE id = ?"_s);
    const QVariantList values {PublishNames::stateKey(job.state), job.attempts, isoUtc(job.nextAttempt), job.bytesDone,
        job.bytesTotal, job.message, job.serverText, job.httpStatus, job.remoteId, job.remoteUrl.toString(),
        job.overwrite, job.conflict.isNull() ? u""_s : QString::fromUtf8(QJsonDocument(job.conflict.toJson()).toJson()),
        isoUtc(QDateTime::currentDateTimeUtc()), job.stalledAttempts, job.id};
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec())
        return m_library.failSql(tr("The publish queue could not be changed"), query->lastError());
    return true;
}

bool Outbox::updateProgress(qint64 jobId, qint64 bytesDone, qint64 bytesTotal)
{
    // Progress is for the eyes only: no transaction of its own wait, no fsync
    // worth failing over.
    Library::Statement query =
        m_library.prepared(u"UPDATE publish_jobs SET bytes_done = ?, bytes_total = ? WHERE id = ?"_s);
    query->bindValue(0, bytesDone);
    query->bindValue(1, bytesTotal);
    query->bindValue(2, jobId);
    return query->exec();
}

bool Outbox::addLog(qint64 jobId, int attempt, const QString &text)
{
    Library::Statement query =
        m_library.prepared(u"INSERT INTO publish_log (job_id, time, attempt, text) VALUES (?, ?, ?, ?)"_s);
    query->bindValue(0, jobId);
    query->bindValue(1, isoUtc(QDateTime::currentDateTimeUtc()));
    query->bindValue(2, attempt);
    query->bindValue(3, text);
    if (!query->exec())
        return m_library.failSql(tr("The publish queue could not be changed"), query->lastError());
    return true;
}

bool Outbox::retry(qint64 jobId, bool overwrite)
{
    std::optional<PublishJob> current = job(jobId);
    if (!current)
        return m_library.fail(tr("There is no job %1 in the publish queue.").arg(jobId));
    if (current->state == PublishState::Done)
        return m_library.fail(tr("Job %1 is done: there is nothing to retry.").arg(jobId));
    if (current->state == PublishState::UploadingPhotos || current->state == PublishState::SendingArticle)
        return true; // already running
    current->state = PublishState::Queued;
    current->nextAttempt = {};
    current->stalledAttempts = 0; // a person's retry: a fresh set of attempts
    current->overwrite = overwrite || current->overwrite;
    current->message = overwrite ? tr("Queued again to replace the edit made on the site.") : tr("Queued again.");
    if (!update(*current))
        return false;
    addLog(jobId, current->attempts, current->message);
    return true;
}

bool Outbox::cancel(qint64 jobId)
{
    std::optional<PublishJob> current = job(jobId);
    if (!current)
        return m_library.fail(tr("There is no job %1 in the publish queue.").arg(jobId));
    if (current->state == PublishState::Done)
        return m_library.fail(tr("Job %1 is done and cannot be cancelled; unpublish the story instead.").arg(jobId));
    if (current->state == PublishState::Cancelled)
        return true;
    current->state = PublishState::Cancelled;
    current->nextAttempt = {};
    current->message = tr("Cancelled.");
    if (!update(*current))
        return false;
    addLog(jobId, current->attempts, current->message);
    return true;
}

std::optional<RemotePost> Outbox::remotePost(const QString &target, const QUuid &articleUuid) const
{
    Library::Statement query = m_library.prepared(
        u"SELECT remote_id, url, modified, status FROM remote_posts WHERE target = ? AND article_uuid = ?"_s);
    query->bindValue(0, target);
    query->bindValue(1, uuidText(articleUuid));
    if (!query->exec() || !query->next())
        return std::nullopt;
    RemotePost post {query->value(0).toLongLong(), QUrl(query->value(1).toString()), fromIso(query->value(2)),
        query->value(3).toString()};
    if (post.status == u"sending"_s)
        return std::nullopt;
    return post;
}

QList<std::pair<QString, RemotePost>> Outbox::remotePostsOf(const QUuid &articleUuid) const
{
    Library::Statement query =
        m_library.prepared(u"SELECT target, remote_id, url, modified, status FROM remote_posts WHERE article_uuid = ?"
                           " AND status <> 'sending' AND remote_id <> 0 ORDER BY target"_s);
    query->bindValue(0, uuidText(articleUuid));
    QList<std::pair<QString, RemotePost>> posts;
    if (!query->exec())
        return posts;
    while (query->next())
        posts.append({query->value(0).toString(),
            {query->value(1).toLongLong(), QUrl(query->value(2).toString()), fromIso(query->value(3)),
                query->value(4).toString()}});
    return posts;
}

bool Outbox::postMaybeSent(const QString &target, const QUuid &articleUuid) const
{
    Library::Statement query = m_library.prepared(
        u"SELECT 1 FROM remote_posts WHERE target = ? AND article_uuid = ? AND status = 'sending'"_s);
    query->bindValue(0, target);
    query->bindValue(1, uuidText(articleUuid));
    return query->exec() && query->next();
}

bool Outbox::markPostSending(const QString &target, const QUuid &articleUuid)
{
    // Only a story the target does not have yet: an update goes to the
    // known remote id whatever happens.
    Library::Statement query =
        m_library.prepared(u"INSERT INTO remote_posts (target, article_uuid, status) VALUES (?, ?, 'sending')"
                           " ON CONFLICT (target, article_uuid) DO NOTHING"_s);
    query->bindValue(0, target);
    query->bindValue(1, uuidText(articleUuid));
    if (!query->exec())
        return m_library.failSql(tr("The publish queue could not be changed"), query->lastError());
    return true;
}

bool Outbox::setRemotePost(const QString &target, const QUuid &articleUuid, const RemotePost &post)
{
    Library::Statement query = m_library.prepared(
        u"INSERT INTO remote_posts (target, article_uuid, remote_id, url, modified, status)"
        " VALUES (?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?) ON CONFLICT (target, article_uuid) DO UPDATE SET"
        " remote_id = excluded.remote_id, url = excluded.url, modified = excluded.modified,"
        " status = excluded.status"_s);
    query->bindValue(0, target);
    query->bindValue(1, uuidText(articleUuid));
    query->bindValue(2, post.id);
    query->bindValue(3, post.url.toString());
    query->bindValue(4, isoUtc(post.modified));
    query->bindValue(5, post.status.isEmpty() ? u"unknown"_s : post.status);
    if (!query->exec())
        return m_library.failSql(tr("The publish queue could not be changed"), query->lastError());
    return true;
}

std::optional<Outbox::MediaRecord> Outbox::remoteMedia(const QString &target, const QString &key) const
{
    Library::Statement query =
        m_library.prepared(u"SELECT remote_id, url, fields FROM remote_media WHERE target = ? AND media_key = ?"_s);
    query->bindValue(0, target);
    query->bindValue(1, key);
    if (!query->exec() || !query->next())
        return std::nullopt;
    return MediaRecord {{query->value(0).toLongLong(), QUrl(query->value(1).toString())}, query->value(2).toString()};
}

bool Outbox::markMediaSending(const QString &target, const QString &key)
{
    Library::Statement query = m_library.prepared(u"INSERT INTO remote_media (target, media_key) VALUES (?, ?)"
                                                  " ON CONFLICT (target, media_key) DO NOTHING"_s);
    query->bindValue(0, target);
    query->bindValue(1, key);
    if (!query->exec())
        return m_library.failSql(tr("The publish queue could not be changed"), query->lastError());
    return true;
}

bool Outbox::setRemoteMedia(const QString &target, const QString &key, const RemoteMedia &media, const QString &fields)
{
    Library::Statement query =
        m_library.prepared(u"INSERT INTO remote_media (target, media_key, remote_id, url, fields)"
                           " VALUES (?, ?, ?, coalesce(?, ''), coalesce(?, ''))"
                           " ON CONFLICT (target, media_key) DO UPDATE SET remote_id = excluded.remote_id,"
                           " url = excluded.url, fields = excluded.fields"_s);
    query->bindValue(0, target);
    query->bindValue(1, key);
    query->bindValue(2, media.id);
    query->bindValue(3, media.url.toString());
    query->bindValue(4, fields);
    if (!query->exec())
        return m_library.failSql(tr("The publish queue could not be changed"), query->lastError());
    return true;
}

} // namespace Byline
