#include "publishrunner.h"

#include "common/contenthash.h"
#include "common/logging.h"
#include "embargo.h"
#include "library/library.h"
#include "media/rendition.h"
#include "publishtarget.h"
#include "render/articlerenderer.h"
#include "render/cmsbodymarkup.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <future>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// Byline's namespace for the UUIDs of photos' published copies.
const QUuid mediaNamespace(u"6a1f3c52-93d4-4a8e-b5a7-2f0d9c1e7b64"_s);

QString fieldsDigest(const PhotoUpload &upload)
{
    const QByteArray fields = QJsonDocument(
        QJsonObject {{u"c"_s, upload.captionText}, {u"a"_s, upload.photo.altText}, {u"r"_s, upload.photo.credit},
            {u"t"_s, upload.photo.caption},
            {u"f"_s,
                upload.fileName}}).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(fields, QCryptographicHash::Sha256).toHex());
}

QString uploadFileName(const Photo &photo)
{
    const QString base = QFileInfo(photo.fileName).completeBaseName();
    return (base.isEmpty() ? photo.id : base) + u".jpg"_s;
}

} // namespace

PublishRunner::~PublishRunner() = default;

PublishRunner::PublishRunner(Library &library, Environment environment)
    : m_library(library)
    , m_outbox(library)
{
    setEnvironment(std::move(environment));
}

void PublishRunner::setEnvironment(Environment environment)
{
    m_environment = std::move(environment);
    if (!m_environment.account)
        m_environment.account = [](const QString &name) { return TargetAccounts::find(name); };
    // A target keeps the retry policy it was made with.
    m_targets.clear();
}

QString PublishRunner::retryMessage(const QString &failure, std::chrono::milliseconds wait)
{
    return tr("%1 Trying again in %n s.", nullptr, int((wait.count() + 999) / 1000)).arg(failure);
}

QList<Photo> PublishRunner::photosToSend(const Article &article, const QList<Photo> &photos, PublishAction action)
{
    if (action == PublishAction::Submit)
        return photos;
    static const QRegularExpression figure(u"data-photo=\"([^\"]+)\""_s);
    QSet<QString> used;
    for (const QRegularExpressionMatch &match : figure.globalMatch(article.body))
        used.insert(match.captured(1));
    QList<Photo> result;
    for (const Photo &photo : photos) {
        if (photo.lead || photo.id == article.leadPhotoId || used.contains(photo.id))
            result.append(photo);
    }
    return result;
}

QString PublishRunner::mediaKey(const Article &article, const Photo &photo, const Publication &publication)
{
    const QByteArray name =
        QJsonDocument(QJsonObject {{u"article"_s, article.uuid.toString()}, {u"photo"_s, photo.id},
                          {u"sha256"_s, photo.sha256}, {u"crop"_s, photo.crop.toJson()},
                          {u"size"_s, publication.renditionMaxSize}, {u"quality"_s, publication.jpegQuality}})
            .toJson(QJsonDocument::Compact);
    return QUuid::createUuidV5(mediaNamespace, name).toString(QUuid::WithoutBraces);
}

// One attempt at one job, as the steps it takes. Each step returns false
// when the attempt ends there; result() is then the job as recorded.
class PublishRunner::Attempt
{
    // The runner's context: the words are the runner's.
    Q_DECLARE_TR_FUNCTIONS(Byline::PublishRunner)

public:
    Attempt(PublishRunner &runner, const std::atomic_bool *cancelled,
        const std::function<void(const PublishJob &job)> &changed)
        : m_runner(runner)
        , m_outbox(runner.m_outbox)
        , m_environment(runner.m_environment)
        , m_changed(changed)
    {
        m_progress.cancelled = cancelled;
    }

    const std::optional<PublishJob> &result() const { return m_result; }
    PublishAction action() const { return m_job.action; }

    // The job and what it sends, as queued.
    bool loadJob(qint64 jobId)
    {
        m_result = m_outbox.job(jobId);
        if (!m_result || !m_result->isOpen())
            return false;
        m_job = *m_result;
        m_attempt = m_job.attempts + 1;
        m_snapshot = m_outbox.snapshot(m_job.id);
        if (!m_snapshot)
            return hold(tr("The story this job sends cannot be read from the library."));
        return true;
    }

    // The embargo again at send time, before anything else: the job may have
    // been queued (offline, say) before the story got its embargo. The later
    // of the queued and the current embargo holds.
    bool checkEmbargo()
    {
        QDateTime embargo = m_snapshot->article.embargo;
        if (m_job.articleId) {
            if (const std::optional<Article> current = m_runner.m_library.articleStore().article(m_job.articleId);
                current && current->embargo.isValid() && (!embargo.isValid() || current->embargo > embargo))
                embargo = current->embargo;
        }
        const QString refusal = Embargo::refusal(embargo, m_job.action, m_job.scheduledAt,
            QDateTime::currentDateTimeUtc(), Embargo::zone(m_environment.publication.timeZone));
        return refusal.isEmpty() || hold(refusal);
    }

    // The account and its password, then a target signed in: the one kept
    // from an earlier job when nothing about it changed.
    bool signIn()
    {
        const std::optional<TargetAccount> account = m_environment.account(m_job.target);
        if (!account)
            return hold(
                tr("There is no publishing target called \"%1\". Add it in Settings, or with byline targets add.")
                    .arg(m_job.target));
        if (const QString problem = account->problem(); !problem.isEmpty())
            return hold(problem);
        QString password;
        if (account->needsPassword()) {
            QString error;
            const std::optional<QString> stored =
                m_environment.password ? m_environment.password(*account, &error) : std::nullopt;
            if (!stored)
                return hold(error.isEmpty() ? tr("There is no password for %1.").arg(account->description()) : error);
            password = *stored;
        }
        // A read the target asks again in place: said in the log and shown
        // (the dock, the command line) as a wait, then the step's own
        // message again.
        m_progress.retrying = [this](const TargetOutcome *failure, std::chrono::milliseconds wait) {
            if (failure) {
                if (m_beforeRetry.isNull())
                    m_beforeRetry = m_job.message;
                m_job.message = retryMessage(failure->message, wait);
                m_job.nextAttempt = QDateTime::currentDateTimeUtc().addDuration(wait);
                note(m_job.message);
                save();
            } else if (!m_beforeRetry.isNull()) {
                m_job.message = m_beforeRetry;
                m_job.nextAttempt = {};
                m_beforeRetry = QString();
                tell();
            }
        };
        note(tr("Attempt %1: %2").arg(m_attempt).arg(account->description()));

        // A signed-in target is kept for the next jobs (its connection, what
        // the account may do, the site's term ids): draining a queue then
        // costs the site a request or two per story instead of six. It is
        // dropped after any failure and after a few minutes, so a changed
        // role is noticed.
        auto &targets = m_runner.m_targets;
        auto cached = targets.find(m_job.target);
        if (cached != targets.end()
            && (cached->second.account != *account || cached->second.password != password
                || cached->second.signedIn.hasExpired(TargetReuseMs)))
            cached = targets.erase(cached);
        if (cached == targets.end()) {
            QString error;
            std::unique_ptr<PublishTarget> fresh = PublishTarget::create(*account, password, &error);
            if (!fresh)
                return hold(error);
            fresh->setRetryPolicy(m_environment.policy);
            m_job.state = PublishState::Queued;
            m_job.message = tr("Signing in to %1…").arg(account->description());
            save();
            TargetCapabilities signedIn;
            if (TargetOutcome outcome = fresh->signIn(&signedIn, m_progress); !outcome.ok())
                return finish(outcome);
            CachedTarget entry {*account, password, std::move(fresh), signedIn, {}, {}};
            entry.signedIn.start();
            cached = targets.emplace(m_job.target, std::move(entry)).first;
        }
        m_target = cached->second.target.get();
        m_capabilities = cached->second.capabilities;
        return true;
    }

    // Whether the account may take the action, before anything is sent.
    bool checkRights()
    {
        const Article &article = m_snapshot->article;
        m_known = m_outbox.remotePost(m_job.target, article.uuid);
        m_photos = photosToSend(article, m_snapshot->photos, m_job.action);
        const bool published = m_known && (m_known->status == u"publish"_s || m_known->status == u"future"_s);
        QString refusal;
        if (!m_capabilities.allows(m_job.action, m_known.has_value(), published,
                m_target->uploadsPhotosSeparately() && !m_photos.isEmpty(), &refusal))
            return hold(refusal);

        m_upload.article = article;
        m_upload.photos = m_snapshot->photos;
        m_upload.action = m_job.action;
        m_upload.scheduledAt = m_job.scheduledAt;
        m_upload.known = m_known;
        m_upload.maybeSent = m_outbox.postMaybeSent(m_job.target, article.uuid);
        m_upload.overwrite = m_job.overwrite;
        return true;
    }

    // The photos' web copies, one by one before the story, for targets that
    // take them so: each marked as being sent before it goes, and recorded
    // with what the site made of it after.
    bool uploadMedia()
    {
        if (!m_target->uploadsPhotosSeparately() || m_photos.isEmpty())
            return true;
        const Article &article = m_snapshot->article;
        const QList<Photo> &photos = m_photos;
        m_job.state = PublishState::UploadingPhotos;
        m_job.bytesDone = 0;
        m_job.bytesTotal = 0;
        m_job.message = tr("Uploading %n photos…", nullptr, int(photos.size()));
        save();

        // Renditions are made ahead on other threads while the previous photo
        // uploads: the upload, not the JPEG encoder, sets the pace.
        const Publication publication = m_environment.publication;
        const QString libraryDirectory = m_runner.m_library.directory();
        auto makeRendition = [publication, libraryDirectory](Photo photo) {
            QString why;
            std::optional<Rendition> rendition = Rendition::make(libraryDirectory + u'/' + photo.storedPath, photo.crop,
                {photo.caption, photo.credit, photo.metadata.creator, photo.metadata.copyright},
                {publication.renditionMaxSize, publication.jpegQuality}, &why);
            return std::pair {rendition ? rendition->jpeg : QByteArray(), why};
        };
        QList<std::optional<Outbox::MediaRecord>> records;
        std::vector<std::future<std::pair<QByteArray, QString>>> renditions(photos.size());
        for (const Photo &photo : photos)
            records.append(m_outbox.remoteMedia(m_job.target, mediaKey(article, photo, publication)));
        constexpr qsizetype ahead = 2;
        auto startRendition = [&](qsizetype index) {
            if (index < photos.size() && !renditions[index].valid()
                && (!records.at(index) || !records.at(index)->media.id))
                renditions[index] = std::async(std::launch::async, makeRendition, photos.at(index));
        };

        qint64 sentBefore = 0;
        QElapsedTimer progressWritten;
        for (qsizetype i = 0; i < photos.size(); ++i) {
            // This photo's rendition alone first: the next ones would share
            // the cores with it while nothing is uploading yet.
            startRendition(i);
            const Photo &photo = photos.at(i);
            PhotoUpload photoUpload;
            photoUpload.photo = photo;
            photoUpload.key = mediaKey(article, photo, publication);
            photoUpload.fileName = uploadFileName(photo);
            photoUpload.captionText = publication.captionText(photo.caption, photo.credit);
            const std::optional<Outbox::MediaRecord> &record = records.at(i);
            const QString fields = fieldsDigest(photoUpload);
            if (record && record->media.id) {
                m_upload.media.insert(photo.id, record->media);
                if (record->fields == fields)
                    continue; // already there, as it is
                photoUpload.known = record->media;
            }
            photoUpload.maybeSent = record && !record->media.id;
            if (!photoUpload.known) {
                auto [jpeg, renditionError] = renditions[i].get();
                if (jpeg.isEmpty())
                    return hold(tr("The photo %1 cannot be prepared for the web: %2")
                            .arg(photo.fileName.isEmpty() ? photo.id : photo.fileName, renditionError));
                photoUpload.jpeg = std::move(jpeg);
                m_job.bytesTotal += photoUpload.jpeg.size();
                if (!m_outbox.markMediaSending(m_job.target, photoUpload.key))
                    return hold(m_outbox.errorString());
            }
            for (qsizetype next = i + 1; next <= i + ahead; ++next)
                startRendition(next);
            TargetProgress photoProgress = m_progress;
            photoProgress.bytes = [&](qint64 sent, qint64) {
                m_job.bytesDone = sentBefore + sent;
                // Each write is a synced transaction: a few a second is
                // plenty for another process watching the outbox.
                if (!progressWritten.isValid() || progressWritten.elapsed() >= 250) {
                    m_outbox.updateProgress(m_job.id, m_job.bytesDone, m_job.bytesTotal);
                    progressWritten.start();
                }
                tell();
            };
            RemoteMedia media;
            TargetOutcome outcome = m_target->putPhoto(photoUpload, &media, photoProgress);
            if (!outcome.ok()) {
                // Let the renditions still being made finish before returning.
                for (auto &pending : renditions) {
                    if (pending.valid())
                        pending.wait();
                }
                return finish(outcome);
            }
            m_upload.media.insert(photo.id, media);
            m_progressed = true;
            sentBefore += photoUpload.jpeg.size();
            m_job.bytesDone = sentBefore;
            // What the site has, the log line and the progress: one commit.
            if (!m_outbox.transaction([&] {
                    return flushLog() && m_outbox.setRemoteMedia(m_job.target, photoUpload.key, media, fields)
                        && m_outbox.addLog(m_job.id, m_attempt,
                            tr("Photo %1 is on the site (media %2).").arg(photoUpload.fileName).arg(media.id))
                        && m_outbox.update(m_job);
                }))
                return hold(m_outbox.errorString());
            tell();
        }
        return true;
    }

    // The story in the form the target takes, from the same renderer as the
    // preview; photos point at the copies the site now has. Nothing is sent.
    bool renderBody()
    {
        const Article &article = m_snapshot->article;
        switch (m_target->bodyForm()) {
        case PublishTarget::BodyForm::CmsBody: {
            const std::unique_ptr<CmsBodyMarkup> markup = m_target->bodyMarkup(m_upload.media);
            if (!markup)
                return hold(tr("%1 cannot take a story's text.").arg(m_target->account().description()));
            ArticleRenderer renderer(m_environment.publication, m_environment.pack);
            m_upload.body = renderer.renderCmsBody(article, m_upload.photos, *markup, &m_renderProblems);
            return true;
        }
        case PublishTarget::BodyForm::StaticPages:
            // The web copies are made here, not by the target: shown as the
            // sending they are part of (sendPost records it).
            m_job.state = PublishState::SendingArticle;
            m_job.message = tr("Sending the story…");
            tell();
            m_upload.site = StaticSite::render(m_runner.m_library.directory(), article, m_upload.photos,
                m_environment.publication, m_environment.pack);
            m_renderProblems = m_upload.site.problems;
            return true;
        }
        return true;
    }

    // The story itself. Marked as being sent, and committed, before it goes:
    // an answer lost from here on is looked up, not created again.
    bool sendPost()
    {
        const Article &article = m_snapshot->article;
        m_job.state = PublishState::SendingArticle;
        m_job.message = tr("Sending the story…");
        if (!m_outbox.transaction([&] {
                return flushLog() && m_outbox.update(m_job)
                    && (m_known || m_outbox.markPostSending(m_job.target, article.uuid));
            }))
            return hold(m_outbox.errorString());
        tell();
        PublishConflict conflict;
        TargetProgress articleProgress = m_progress;
        m_outcome = m_target->putArticle(m_upload, &m_post, &conflict, articleProgress);
        if (m_outcome.kind == TargetOutcome::Conflict)
            m_job.conflict = conflict;
        if (!m_outcome.ok())
            return finish(m_outcome);
        return true;
    }

    // What the site has now, and the job done: one commit.
    void recordResult()
    {
        const Article &article = m_snapshot->article;
        // Photos left out of what was rendered come first, then what the
        // target noticed on the way.
        const QStringList notes = m_renderProblems + m_outcome.notes;
        m_job.state = PublishState::Done;
        m_job.attempts = m_attempt;
        m_job.stalledAttempts = 0;
        m_job.nextAttempt = {};
        m_job.remoteId = m_post.id;
        m_job.remoteUrl = m_post.url;
        m_job.conflict = {};
        m_job.bytesDone = m_job.bytesTotal;
        m_job.httpStatus = 0;
        m_job.serverText.clear();
        m_job.message = m_post.id ? tr("Done: post %1, %2").arg(m_post.id).arg(m_post.url.toString())
                                  : tr("Done: %1").arg(m_post.url.toDisplayString(QUrl::PreferLocalFile));
        if (!notes.isEmpty())
            m_job.message += u' ' + notes.join(u' ');
        const bool recorded = m_outbox.transaction([&] {
            bool ok = flushLog() && m_outbox.setRemotePost(m_job.target, article.uuid, m_post);
            for (const QString &text : notes)
                ok = ok && m_outbox.addLog(m_job.id, m_attempt, text);
            return ok && m_outbox.addLog(m_job.id, m_attempt, m_job.message) && m_outbox.update(m_job);
        });
        if (!recorded)
            qCWarning(lcPublish) << "job" << m_job.id << m_outbox.errorString();
        tell();
        m_result = m_job;
    }

    // The desk's actions: whether the account may take it and on which post,
    // before anything is sent. A site whose connector does not take desk
    // actions is said by the desk client (what is missing, what to install).
    bool checkDeskRights()
    {
        QString refusal;
        if (!m_capabilities.allowsDeskAction(m_job.action, &refusal))
            return hold(refusal);
        m_known = m_outbox.remotePost(m_job.target, m_snapshot->article.uuid);
        if (!m_known || !m_known->id)
            return hold(tr("This story is not on %1 yet, so the desk cannot act on it there. Send it first.")
                    .arg(m_target->account().description()));
        CachedTarget &cached = m_runner.m_targets.at(m_job.target);
        if (!cached.desk) {
            QString error;
            cached.desk = DeskClient::create(cached.account, cached.password, &error);
            if (!cached.desk)
                return hold(error);
        }
        m_desk = cached.desk.get();
        return true;
    }

    // The action, committed as being sent before it goes. Its id is the
    // job's, the same on every attempt: a retry after a lost answer is
    // recognised by the site, which answers `repeated` instead of acting
    // again.
    bool sendDeskAction()
    {
        m_job.state = PublishState::SendingArticle;
        m_job.message = deskSendingText(m_job.action);
        save();
        DeskAction action;
        action.id = m_job.deskAction;
        action.post = m_known->id;
        action.kind = m_job.action == PublishAction::Return ? DeskAction::Kind::Return
            : m_job.action == PublishAction::Approve        ? DeskAction::Kind::Approve
                                                            : DeskAction::Kind::Note;
        action.note = m_job.note;
        action.at = m_job.action == PublishAction::Approve ? m_job.scheduledAt : QDateTime();
        m_outcome = m_desk->act(action, &m_deskResult, m_progress);
        if (!m_outcome.ok())
            return finish(m_outcome);
        return true;
    }

    // What the site made of it, and the job done: one commit.
    void recordDeskResult()
    {
        RemotePost post = *m_known;
        if (!m_deskResult.status.isEmpty())
            post.status = m_deskResult.status;
        if (m_deskResult.modified.isValid())
            post.modified = m_deskResult.modified;
        m_job.state = PublishState::Done;
        m_job.attempts = m_attempt;
        m_job.stalledAttempts = 0;
        m_job.nextAttempt = {};
        m_job.remoteId = post.id;
        m_job.remoteUrl = post.url;
        m_job.httpStatus = 0;
        m_job.serverText.clear();
        m_job.message = deskDoneText(post);
        if (m_deskResult.repeated)
            m_job.message +=
                u' ' + tr("(The site had it already from an attempt whose answer was lost; it was done once.)");
        const bool recorded = m_outbox.transaction([&] {
            return flushLog() && m_outbox.setRemotePost(m_job.target, m_snapshot->article.uuid, post)
                && m_outbox.addLog(m_job.id, m_attempt, m_job.message) && m_outbox.update(m_job);
        });
        if (!recorded)
            qCWarning(lcPublish) << "job" << m_job.id << m_outbox.errorString();
        tell();
        m_result = m_job;
    }

private:
    static QString deskSendingText(PublishAction action)
    {
        switch (action) {
        case PublishAction::Return:
            return tr("Returning the story to its reporter…");
        case PublishAction::Approve:
            return tr("Approving the story…");
        default:
            return tr("Sending the note…");
        }
    }

    QString deskDoneText(const RemotePost &post) const
    {
        switch (m_job.action) {
        case PublishAction::Return:
            return tr("Returned to the reporter with the note: post %1 is a draft again.").arg(post.id);
        case PublishAction::Approve:
            if (post.status == u"future"_s && m_job.scheduledAt.isValid())
                return tr("Approved: post %1 is scheduled for %2.")
                    .arg(post.id)
                    .arg(Embargo::timeText(m_job.scheduledAt, Embargo::zone(m_environment.publication.timeZone)));
            return tr("Approved: post %1 is published.").arg(post.id);
        default:
            return tr("The note is on post %1.").arg(post.id);
        }
    }

    // Log lines wait for the next write of the job, to share its commit.
    void note(const QString &text) { m_pendingLog.append(text); }

    bool flushLog()
    {
        bool ok = true;
        for (const QString &text : std::as_const(m_pendingLog))
            ok = ok && m_outbox.addLog(m_job.id, m_attempt, text);
        m_pendingLog.clear();
        return ok;
    }

    void tell()
    {
        if (m_changed)
            m_changed(m_job);
    }

    void save()
    {
        if (!m_outbox.transaction([&] { return flushLog() && m_outbox.update(m_job); }))
            qCWarning(lcPublish) << "job" << m_job.id << m_outbox.errorString();
        tell();
    }

    // How an attempt ends short of done: the outcome decides the state.
    // Always false, so a step can return it.
    bool finish(const TargetOutcome &outcome)
    {
        // A person may have cancelled while the last request was out.
        if (const std::optional<PublishJob> now = m_outbox.job(m_job.id);
            now && now->state == PublishState::Cancelled) {
            m_job.state = PublishState::Cancelled;
            m_job.message = now->message;
            tell();
            m_result = m_job;
            return false;
        }
        // A site that stumbled is still the same site with the same account:
        // the next attempt goes on signed in. A refusal or a conflict may
        // mean changed rights, so the next one signs in again.
        if (outcome.kind == TargetOutcome::Hold || outcome.kind == TargetOutcome::Conflict)
            m_runner.m_targets.erase(m_job.target);
        m_job.httpStatus = outcome.httpStatus;
        m_job.serverText = outcome.serverText;
        const RetryPolicy &policy = m_environment.policy;
        switch (outcome.kind) {
        case TargetOutcome::Ok:
            break;
        case TargetOutcome::Cancelled:
            // Not a person's cancel (that is in the outbox, above): the queue
            // is stopping. The job runs again at the next start.
            m_job.state = PublishState::Queued;
            m_job.message = tr("Stopped before it finished; it continues when the queue runs again.");
            break;
        case TargetOutcome::Offline:
            // No attempt spent: nothing reached anyone.
            m_job.state = PublishState::Waiting;
            m_job.message = outcome.message;
            m_job.nextAttempt = QDateTime::currentDateTimeUtc().addDuration(policy.offlinePoll);
            break;
        case TargetOutcome::Retry:
            m_job.attempts = m_attempt;
            m_job.stalledAttempts = m_progressed ? 0 : m_job.stalledAttempts + 1;
            if (m_job.stalledAttempts >= policy.maxAttempts) {
                m_job.state = PublishState::Held;
                m_job.message = tr("Gave up after %n attempts in a row that got nothing onto the site. %1", nullptr,
                    m_job.stalledAttempts)
                                    .arg(outcome.message);
            } else {
                // The backoff grows with the attempts that got nowhere.
                const auto wait = policy.delay(std::max(m_job.stalledAttempts, 1), outcome.retryAfterSeconds,
                    QRandomGenerator::global()->generateDouble());
                m_job.state = PublishState::Waiting;
                m_job.nextAttempt = QDateTime::currentDateTimeUtc().addDuration(wait);
                m_job.message = retryMessage(outcome.message, wait);
            }
            break;
        case TargetOutcome::Hold:
        case TargetOutcome::Conflict:
            m_job.attempts = m_attempt;
            m_job.state = PublishState::Held;
            m_job.message = outcome.message;
            break;
        }
        note(m_job.message
            + (outcome.serverText.isEmpty() || m_job.message.contains(outcome.serverText)
                    ? QString()
                    : u" — "_s + outcome.serverText));
        save();
        m_result = m_job;
        return false;
    }

    bool hold(const QString &message) { return finish(TargetOutcome::make(TargetOutcome::Hold, message)); }

    PublishRunner &m_runner;
    Outbox &m_outbox;
    const Environment &m_environment;
    const std::function<void(const PublishJob &job)> &m_changed;
    std::optional<PublishJob> m_result;

    PublishJob m_job;
    int m_attempt = 0;
    // Whether this attempt put something on the site and recorded it: then
    // it does not count towards giving up.
    bool m_progressed = false;
    QStringList m_pendingLog;
    TargetProgress m_progress;
    QString m_beforeRetry;
    std::optional<Outbox::Snapshot> m_snapshot;
    PublishTarget *m_target = nullptr;
    TargetCapabilities m_capabilities;
    std::optional<RemotePost> m_known;
    QList<Photo> m_photos; // those sent, in order
    ArticleUpload m_upload;
    QStringList m_renderProblems;
    RemotePost m_post;
    TargetOutcome m_outcome;
    DeskClient *m_desk = nullptr;
    DeskActionResult m_deskResult;
};

std::optional<PublishJob> PublishRunner::run(
    qint64 jobId, const std::atomic_bool *cancelled, const std::function<void(const PublishJob &job)> &changed)
{
    Attempt attempt(*this, cancelled, changed);
    if (!attempt.loadJob(jobId) || !attempt.checkEmbargo() || !attempt.signIn())
        return attempt.result();
    if (isDeskAction(attempt.action())) {
        if (attempt.checkDeskRights() && attempt.sendDeskAction())
            attempt.recordDeskResult();
    } else if (attempt.checkRights() && attempt.uploadMedia() && attempt.renderBody() && attempt.sendPost()) {
        attempt.recordResult();
    }
    return attempt.result();
}

} // namespace Byline
