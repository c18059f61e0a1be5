#include "publishrunner.h"

#include "common/contenthash.h"
#include "common/logging.h"
#include "library/library.h"
#include "media/rendition.h"
#include "publishtarget.h"

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
    , m_environment(std::move(environment))
{
    if (!m_environment.account)
        m_environment.account = [](const QString &name) { return TargetAccounts::find(name); };
}

QString PublishRunner::retryMessage(const QString &failure, std::chrono::milliseconds wait)
{
    return tr("%1 Trying again in %n s.", nullptr, int((wait.count() + 999) / 1000)).arg(failure);
}

QList<Photo> PublishRunner::photosToSend(const Article &article, const QList<Photo> &photos)
{
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

std::optional<PublishJob> PublishRunner::run(
    qint64 jobId, const std::atomic_bool *cancelled, const std::function<void(const PublishJob &job)> &changed)
{
    std::optional<PublishJob> found = m_outbox.job(jobId);
    if (!found || !found->isOpen())
        return found;
    PublishJob job = *found;
    const int attempt = job.attempts + 1;
    // Whether this attempt put something on the site and recorded it: then
    // it does not count towards giving up.
    bool progressed = false;
    // Log lines wait for the next write of the job, to share its commit.
    QStringList pendingLog;
    auto note = [&](const QString &text) { pendingLog.append(text); };
    auto flushLog = [&] {
        bool ok = true;
        for (const QString &text : std::as_const(pendingLog))
            ok = ok && m_outbox.addLog(job.id, attempt, text);
        pendingLog.clear();
        return ok;
    };
    auto save = [&] {
        if (!m_outbox.transaction([&] { return flushLog() && m_outbox.update(job); }))
            qCWarning(lcPublish) << "job" << job.id << m_outbox.errorString();
        if (changed)
            changed(job);
    };

    // How an attempt ends: the outcome decides the state.
    auto finish = [&](const TargetOutcome &outcome) -> PublishJob {
        // A person may have cancelled while the last request was out.
        if (const std::optional<PublishJob> now = m_outbox.job(job.id); now && now->state == PublishState::Cancelled) {
            job.state = PublishState::Cancelled;
            job.message = now->message;
            if (changed)
                changed(job);
            return job;
        }
        // A site that stumbled is still the same site with the same account:
        // the next attempt goes on signed in. A refusal or a conflict may
        // mean changed rights, so the next one signs in again.
        if (outcome.kind == TargetOutcome::Hold || outcome.kind == TargetOutcome::Conflict)
            m_targets.erase(job.target);
        job.httpStatus = outcome.httpStatus;
        job.serverText = outcome.serverText;
        switch (outcome.kind) {
        case TargetOutcome::Ok:
            break;
        case TargetOutcome::Cancelled:
            // Not a person's cancel (that is in the outbox, above): the queue
            // is stopping. The job runs again at the next start.
            job.state = PublishState::Queued;
            job.message = tr("Stopped before it finished; it continues when the queue runs again.");
            break;
        case TargetOutcome::Offline:
            // No attempt spent: nothing reached anyone.
            job.state = PublishState::Waiting;
            job.message = outcome.message;
            job.nextAttempt = QDateTime::currentDateTimeUtc().addDuration(m_environment.policy.offlinePoll);
            break;
        case TargetOutcome::Retry:
            job.attempts = attempt;
            job.stalledAttempts = progressed ? 0 : job.stalledAttempts + 1;
            if (job.stalledAttempts >= m_environment.policy.maxAttempts) {
                job.state = PublishState::Held;
                job.message = tr("Gave up after %n attempts in a row that got nothing onto the site. %1", nullptr,
                    job.stalledAttempts)
                                  .arg(outcome.message);
            } else {
                // The backoff grows with the attempts that got nowhere.
                const auto wait = m_environment.policy.delay(std::max(job.stalledAttempts, 1),
                    outcome.retryAfterSeconds, QRandomGenerator::global()->generateDouble());
                job.state = PublishState::Waiting;
                job.nextAttempt = QDateTime::currentDateTimeUtc().addDuration(wait);
                job.message = retryMessage(outcome.message, wait);
            }
            break;
        case TargetOutcome::Hold:
        case TargetOutcome::Conflict:
            job.attempts = attempt;
            job.state = PublishState::Held;
            job.message = outcome.message;
            break;
        }
        note(job.message
            + (outcome.serverText.isEmpty() || job.message.contains(outcome.serverText)
                    ? QString()
                    : u" — "_s + outcome.serverText));
        save();
        return job;
    };
    auto hold = [&](const QString &message) { return finish(TargetOutcome::make(TargetOutcome::Hold, message)); };

    const std::optional<Outbox::Snapshot> snapshot = m_outbox.snapshot(job.id);
    if (!snapshot)
        return hold(tr("The story this job sends cannot be read from the library."));
    const Article &article = snapshot->article;

    const std::optional<TargetAccount> account = m_environment.account(job.target);
    if (!account)
        return hold(tr("There is no publishing target called \"%1\". Add it in Settings, or with byline targets add.")
                .arg(job.target));
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
    TargetProgress progress;
    progress.cancelled = cancelled;
    // A read the target asks again in place: said in the log and shown (the
    // dock, the command line) as a wait, then the step's own message again.
    QString beforeRetry;
    progress.retrying = [&](const TargetOutcome *failure, std::chrono::milliseconds wait) {
        if (failure) {
            if (beforeRetry.isNull())
                beforeRetry = job.message;
            job.message = retryMessage(failure->message, wait);
            job.nextAttempt = QDateTime::currentDateTimeUtc().addDuration(wait);
            note(job.message);
            save();
        } else if (!beforeRetry.isNull()) {
            job.message = beforeRetry;
            job.nextAttempt = {};
            beforeRetry = QString();
            if (changed)
                changed(job);
        }
    };
    note(tr("Attempt %1: %2").arg(attempt).arg(account->description()));

    // A signed-in target is kept for the next jobs (its connection, what the
    // account may do, the site's term ids): draining a queue then costs the
    // site a request or two per story instead of six. It is dropped after
    // any failure and after a few minutes, so a changed role is noticed.
    auto cached = m_targets.find(job.target);
    if (cached != m_targets.end()
        && (cached->second.account != *account || cached->second.password != password
            || cached->second.signedIn.hasExpired(TargetReuseMs)))
        cached = m_targets.erase(cached);
    if (cached == m_targets.end()) {
        QString error;
        std::unique_ptr<PublishTarget> fresh = PublishTarget::create(*account, password, &error);
        if (!fresh)
            return hold(error);
        fresh->setRetryPolicy(m_environment.policy);
        job.state = PublishState::Queued;
        job.message = tr("Signing in to %1…").arg(account->description());
        save();
        TargetCapabilities signedIn;
        if (TargetOutcome outcome = fresh->signIn(&signedIn, progress); !outcome.ok())
            return finish(outcome);
        CachedTarget entry {*account, password, std::move(fresh), signedIn, {}};
        entry.signedIn.start();
        cached = m_targets.emplace(job.target, std::move(entry)).first;
    }
    PublishTarget *target = cached->second.target.get();
    const TargetCapabilities capabilities = cached->second.capabilities;

    const std::optional<RemotePost> known = m_outbox.remotePost(job.target, article.uuid);
    const QList<Photo> photos = photosToSend(article, snapshot->photos);
    const bool published = known && (known->status == u"publish"_s || known->status == u"future"_s);
    QString refusal;
    if (!capabilities.allows(
            job.action, known.has_value(), published, target->uploadsPhotosSeparately() && !photos.isEmpty(), &refusal))
        return hold(refusal);

    ArticleUpload upload;
    upload.article = article;
    upload.photos = snapshot->photos;
    upload.action = job.action;
    upload.scheduledAt = job.scheduledAt;
    upload.known = known;
    upload.maybeSent = m_outbox.postMaybeSent(job.target, article.uuid);
    upload.overwrite = job.overwrite;
    upload.publication = m_environment.publication;
    upload.pack = m_environment.pack;
    upload.libraryDirectory = m_library.directory();

    if (target->uploadsPhotosSeparately() && !photos.isEmpty()) {
        job.state = PublishState::UploadingPhotos;
        job.bytesDone = 0;
        job.bytesTotal = 0;
        job.message = tr("Uploading %n photos…", nullptr, int(photos.size()));
        save();

        // Renditions are made ahead on other threads while the previous photo
        // uploads: the upload, not the JPEG encoder, sets the pace.
        const Publication publication = m_environment.publication;
        const QString libraryDirectory = m_library.directory();
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
            records.append(m_outbox.remoteMedia(job.target, mediaKey(article, photo, publication)));
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
                upload.media.insert(photo.id, record->media);
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
                job.bytesTotal += photoUpload.jpeg.size();
                if (!m_outbox.markMediaSending(job.target, photoUpload.key))
                    return hold(m_outbox.errorString());
            }
            for (qsizetype next = i + 1; next <= i + ahead; ++next)
                startRendition(next);
            TargetProgress photoProgress = progress;
            photoProgress.bytes = [&](qint64 sent, qint64) {
                job.bytesDone = sentBefore + sent;
                // Each write is a synced transaction: a few a second is
                // plenty for another process watching the outbox.
                if (!progressWritten.isValid() || progressWritten.elapsed() >= 250) {
                    m_outbox.updateProgress(job.id, job.bytesDone, job.bytesTotal);
                    progressWritten.start();
                }
                if (changed)
                    changed(job);
            };
            RemoteMedia media;
            TargetOutcome outcome = target->putPhoto(photoUpload, &media, photoProgress);
            if (!outcome.ok()) {
                // Let the renditions still being made finish before returning.
                for (auto &pending : renditions) {
                    if (pending.valid())
                        pending.wait();
                }
                return finish(outcome);
            }
            upload.media.insert(photo.id, media);
            progressed = true;
            sentBefore += photoUpload.jpeg.size();
            job.bytesDone = sentBefore;
            // What the site has, the log line and the progress: one commit.
            if (!m_outbox.transaction([&] {
                    return flushLog() && m_outbox.setRemoteMedia(job.target, photoUpload.key, media, fields)
                        && m_outbox.addLog(job.id, attempt,
                            tr("Photo %1 is on the site (media %2).").arg(photoUpload.fileName).arg(media.id))
                        && m_outbox.update(job);
                }))
                return hold(m_outbox.errorString());
            if (changed)
                changed(job);
        }
    }

    job.state = PublishState::SendingArticle;
    job.message = tr("Sending the story…");
    // Committed before the story is sent: an answer lost from here on is
    // looked up, not created again.
    if (!m_outbox.transaction([&] {
            return flushLog() && m_outbox.update(job) && (known || m_outbox.markPostSending(job.target, article.uuid));
        }))
        return hold(m_outbox.errorString());
    if (changed)
        changed(job);
    RemotePost post;
    PublishConflict conflict;
    TargetProgress articleProgress = progress;
    TargetOutcome outcome = target->putArticle(upload, &post, &conflict, articleProgress);
    if (outcome.kind == TargetOutcome::Conflict)
        job.conflict = conflict;
    if (!outcome.ok())
        return finish(outcome);
    job.state = PublishState::Done;
    job.attempts = attempt;
    job.stalledAttempts = 0;
    job.nextAttempt = {};
    job.remoteId = post.id;
    job.remoteUrl = post.url;
    job.conflict = {};
    job.bytesDone = job.bytesTotal;
    job.httpStatus = 0;
    job.serverText.clear();
    job.message = post.id ? tr("Done: post %1, %2").arg(post.id).arg(post.url.toString())
                          : tr("Done: %1").arg(post.url.toDisplayString(QUrl::PreferLocalFile));
    if (!outcome.notes.isEmpty())
        job.message += u' ' + outcome.notes.join(u' ');
    const bool recorded = m_outbox.transaction([&] {
        bool ok = flushLog() && m_outbox.setRemotePost(job.target, article.uuid, post);
        for (const QString &text : std::as_const(outcome.notes))
            ok = ok && m_outbox.addLog(job.id, attempt, text);
        return ok && m_outbox.addLog(job.id, attempt, job.message) && m_outbox.update(job);
    });
    if (!recorded)
        qCWarning(lcPublish) << "job" << job.id << m_outbox.errorString();
    if (changed)
        changed(job);
    return job;
}

} // namespace Byline
