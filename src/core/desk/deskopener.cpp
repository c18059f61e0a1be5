#include "deskopener.h"

#include "article/articlehtml.h"
#include "common/logging.h"
#include "deskstore.h"
#include "library/library.h"
#include "media/photoimport.h"
#include "publish/outbox.h"
#include "publish/publishrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Byline {

struct DeskOpener::Download
{
    DeskRemotePhoto remote;
    QString path; // the downloaded original, under the library's directory
    QString fileName; // what the photo is called in the panel; never a path
    QString name; // "Photo 2 of 3", for the notes
};

namespace {

ArticleStatus statusOfPost(const QString &status)
{
    if (status == u"pending"_s)
        return ArticleStatus::Submitted;
    if (status == u"future"_s)
        return ArticleStatus::Approved;
    if (status == u"publish"_s)
        return ArticleStatus::Published;
    return ArticleStatus::Draft;
}

// The words of a title or an excerpt as WordPress keeps them (entities, a
// stray tag), read by the sanitizer like any pasted HTML.
QString plainTextOf(const QString &html)
{
    QString refusal;
    const QString profile = ArticleHtml::sanitize(u"<p>"_s + html + u"</p>"_s, &refusal);
    return refusal.isEmpty() ? ArticleHtml::toPlainText(profile).simplified() : QString();
}

// Whether the local article says anything the incoming copy does not: the
// fields a person writes, not the bookkeeping.
bool sameText(Article a, Article b)
{
    for (Article *article : {&a, &b}) {
        article->id = 0;
        article->uuid = {};
        article->revision = 0;
        article->created = {};
        article->modified = {};
        article->status = ArticleStatus::Draft;
        article->leadPhotoId.clear();
    }
    return a == b;
}

// A name for the photo panel from the file's address: letters, digits and a
// few marks, never used as a path.
QString photoFileName(const QUrl &url, int number)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_s);
    QString name = url.fileName().left(120);
    name.replace(unsafe, u"_"_s);
    if (name.isEmpty() || name.startsWith(u'.'))
        name = u"photo-%1"_s.arg(number);
    return name;
}

// Writes the download through to its file, counting the bytes for the
// progress and stopping at a cancel.
class CountingWriter : public QIODevice
{
public:
    CountingWriter(QIODevice &out, std::function<bool(qint64)> wrote)
        : m_out(out)
        , m_wrote(std::move(wrote))
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 written = m_out.write(data, size);
        if (written != size) {
            setErrorString(m_out.errorString());
            return -1;
        }
        m_total += written;
        if (!m_wrote(m_total)) {
            setErrorString(DeskOpener::tr("Opening was cancelled."));
            return -1;
        }
        return written;
    }

private:
    QIODevice &m_out;
    std::function<bool(qint64)> m_wrote;
    qint64 m_total = 0;
};

// Download folders an opening left when its process was killed: an hour
// old, no opening still uses them.
void removeStaleDownloads(const QString &libraryDirectory)
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList left =
        QDir(libraryDirectory).entryInfoList({u"incoming-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &folder : left) {
        if (folder.lastModified().toUTC() < before)
            QDir(folder.absoluteFilePath()).removeRecursively();
    }
}

// What a note about a photo left out adds when the story's text has a place
// for it: the place stays (the reporter put it there, the site still has the
// picture), shown empty in the preview, and the desk decides.
QString placeInText(const DeskFiledStory &story, const QString &photoId, const QString &name)
{
    if (!story.article || photoId.isEmpty() || !story.article->body.contains(u"data-photo=\"%1\""_s.arg(photoId)))
        return {};
    return u' '
        + DeskOpener::tr("%1 keeps its place in the text, shown empty in the preview: put the photo back there or take "
                         "the place out before publishing, or the story goes out without it.")
              .arg(name);
}

QString shownSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

DeskOpener::DeskOpener(Library &library, DeskClient &client, const QString &target)
    : m_library(library)
    , m_client(client)
    , m_target(target)
{ }

Article DeskOpener::articleFromPost(const DeskFiledStory &story, QString *refusal)
{
    Article article = Article::create();
    article.headline = plainTextOf(story.title);
    article.summary = plainTextOf(story.excerpt);
    article.section = story.summary.section;
    // The classic editor keeps paragraphs as blank lines (WordPress adds the
    // <p> when it shows the post); the block editor writes them.
    static const QRegularExpression blocks(
        u"<(p|h[1-6]|ul|ol|blockquote|figure|div|table)[\\s>/]"_s, QRegularExpression::CaseInsensitiveOption);
    QString content = story.content;
    if (!content.contains(blocks)) {
        static const QRegularExpression blankLine(u"\\n\\s*\\n"_s);
        QStringList paragraphs;
        for (const QString &paragraph : content.split(blankLine, Qt::SkipEmptyParts))
            paragraphs << u"<p>"_s + paragraph.trimmed() + u"</p>"_s;
        content = paragraphs.join(u'\n');
    }
    QString why;
    article.body = ArticleHtml::sanitize(content, &why);
    if (refusal)
        *refusal = why.isEmpty() ? QString() : tr("The story's text cannot be read: %1").arg(why);
    return article;
}

DeskOpener::Result DeskOpener::open(qint64 post, const Options &options, const TargetProgress &progress)
{
    Result result;
    const std::optional<DeskLink> known = m_library.deskStore().linkForPost(m_target, post);
    auto failed = [&](const TargetOutcome &outcome) {
        result.kind = outcome.kind == TargetOutcome::Cancelled ? Result::Cancelled : Result::Failed;
        result.outcome = outcome;
        result.message = outcome.message;
        result.postGone = outcome.kind == TargetOutcome::Hold && outcome.httpStatus == 404;
        if (known) {
            // Nothing local is touched: what was typed stays.
            result.articleId = known->articleId;
            result.message = tr("%1 The copy in this library (article %2) is kept as it is.")
                                 .arg(outcome.message)
                                 .arg(known->articleId);
        }
        return result;
    };
    auto cancelled = [&] {
        return failed(TargetOutcome::make(TargetOutcome::Cancelled, tr("Opening was cancelled.")));
    };

    // The lock first: whoever holds it, the story opens, read-only when
    // someone else does.
    // The caller's byte count is the photos'; the small requests only honour
    // the cancel.
    TargetProgress quiet = progress;
    quiet.bytes = {};
    DeskLock ours;
    std::optional<DeskLock> heldBy;
    const TargetOutcome locked = m_client.lock(post, options.takeover, &ours, &heldBy, quiet);
    const bool readOnly = !locked.ok() && locked.kind == TargetOutcome::Hold && heldBy.has_value();
    if (locked.kind == TargetOutcome::Cancelled)
        m_client.release(post, {}); // the site may have given it before the cancel
    if (!locked.ok() && !readOnly)
        return failed(locked);
    // Anything that stops the opening lets go of a lock it took.
    auto letGo = [&] {
        if (readOnly)
            return;
        if (const TargetOutcome released = m_client.release(post, {}); !released.ok())
            qCWarning(lcPublish).noquote() << "the lock of post" << post << "was not let go:" << released.message;
    };

    DeskFiledStory story;
    if (const TargetOutcome read = m_client.story(post, &story, quiet); !read.ok()) {
        letGo();
        return failed(read);
    }

    // The photos' originals, downloaded into the library's directory (the
    // import then copies them in by content hash, as any import does). What
    // an opening killed midway left there goes first.
    removeStaleDownloads(m_library.directory());
    QTemporaryDir incoming(m_library.directory() + u"/incoming-XXXXXX"_s);
    if (!incoming.isValid()) {
        letGo();
        return failed(TargetOutcome::make(TargetOutcome::Hold,
            tr("The photos cannot be downloaded into the library folder %1: %2")
                .arg(m_library.directory(), incoming.errorString())));
    }
    qint64 total = 0;
    for (const DeskRemotePhoto &photo : std::as_const(story.photos))
        total += std::min(photo.bytes, PhotoImport::MaxFileBytes);
    qint64 done = 0;
    QList<Download> downloads;
    const int count = int(story.photos.size());
    for (int i = 0; i < count; ++i) {
        if (progress.isCancelled()) {
            letGo();
            return cancelled();
        }
        const DeskRemotePhoto &remote = story.photos.at(i);
        const QString name = tr("Photo %1 of %2").arg(i + 1).arg(count);
        if (remote.bytes > PhotoImport::MaxFileBytes) {
            result.notes << tr("%1 was left out: the site says it is %2; Byline takes photos of up to %3.")
                                .arg(name, shownSize(remote.bytes), shownSize(PhotoImport::MaxFileBytes))
                    + placeInText(story, remote.photoId, name);
            continue;
        }
        const QString path = incoming.filePath(u"photo-%1"_s.arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            result.notes
                << tr("%1 was left out: it cannot be written on this computer (%2).").arg(name, file.errorString())
                    + placeInText(story, remote.photoId, name);
            continue;
        }
        // The site said how large it is: more than that is a lie, refused.
        const qint64 limit = remote.bytes > 0 ? remote.bytes : PhotoImport::MaxFileBytes;
        CountingWriter writer(file, [&](qint64 received) {
            if (progress.bytes)
                progress.bytes(done + received, std::max(total, done + received));
            return !progress.isCancelled();
        });
        const TargetOutcome fetched = m_client.download(remote.url, &writer, limit, quiet);
        const bool writeFailed = file.error() != QFileDevice::NoError;
        const qint64 size = file.size();
        file.close();
        if (progress.isCancelled() || fetched.kind == TargetOutcome::Cancelled) {
            letGo();
            return cancelled();
        }
        if (!fetched.ok()) {
            const bool lied = fetched.kind == TargetOutcome::Hold && fetched.httpStatus == 0 && remote.bytes > 0
                && !writeFailed && remote.bytes < PhotoImport::MaxFileBytes;
            result.notes << (lied ? tr("%1 was left out: the site sent more than the %2 it said the photo is.")
                                        .arg(name, shownSize(remote.bytes))
                                  : tr("%1 was left out: %2").arg(name, fetched.message))
                    + placeInText(story, remote.photoId, name);
            continue;
        }
        if (remote.bytes > 0 && size != remote.bytes) {
            result.notes << tr("%1 was left out: the site sent %2 of the %3 it said the photo is.")
                                .arg(name, shownSize(size), shownSize(remote.bytes))
                    + placeInText(story, remote.photoId, name);
            continue;
        }
        done += size;
        downloads.append({remote, path, photoFileName(remote.url, i + 1), name});
    }
    if (progress.isCancelled()) {
        letGo();
        return cancelled();
    }

    if (readOnly)
        result.heldBy = heldBy;
    else
        result.lock = ours;
    const Publication publication = m_publication ? *m_publication : Publication::fromSettings();
    if (!store(post, story, downloads, publication, &result)) {
        letGo();
        result.kind = Result::Failed;
        if (known && result.articleId == 0)
            result.articleId = known->articleId;
        return result;
    }
    if (readOnly) {
        result.kind = Result::ReadOnly;
        result.message = locked.message;
    } else {
        result.kind = Result::Opened;
    }
    return result;
}

bool DeskOpener::store(qint64 post, const DeskFiledStory &story, const QList<Download> &downloads,
    const Publication &publication, Result *result)
{
    Article incoming;
    if (story.article) {
        incoming = *story.article;
    } else {
        QString refusal;
        incoming = articleFromPost(story, &refusal);
        if (!refusal.isEmpty()) {
            result->message = refusal;
            return false;
        }
    }
    // This post's local article: the one opened from it before, else the one
    // with the story's UUID (the reporter's own library).
    std::optional<qint64> existing;
    if (const std::optional<DeskLink> link = m_library.deskStore().linkForPost(m_target, post))
        existing = link->articleId;
    else if (story.article && !incoming.uuid.isNull())
        existing = m_library.articleStore().articleIdForUuid(incoming.uuid);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList notes;
    int keptRevision = 0;
    qint64 articleId = 0;
    const bool ok = m_library.transaction([&] {
        Article article = incoming;
        article.status = statusOfPost(story.summary.status);
        article.modified = now;
        const std::optional<Article> local = existing ? m_library.articleStore().article(*existing) : std::nullopt;
        if (local) {
            article.id = local->id;
            article.uuid = local->uuid;
            article.created = local->created;
            article.revision = local->revision;
            article.leadPhotoId = local->leadPhotoId;
            if (!sameText(*local, article)) {
                keptRevision = m_library.revisionStore().addRevision(local->id,
                    tr("Before the desk's copy of post %1 (%2)")
                        .arg(post)
                        .arg(QLocale().toString(now.toLocalTime(), QLocale::ShortFormat)));
                if (keptRevision < 0)
                    return false;
                article.revision = keptRevision;
                notes << tr("The text this library had is kept as revision %1.").arg(keptRevision);
            }
            if (!m_library.articleStore().writeArticle(article))
                return false;
        } else {
            if (article.uuid.isNull())
                article.uuid = QUuid::createUuid();
            article.id = 0;
            article.revision = 0;
            article.leadPhotoId.clear();
            if (!article.created.isValid())
                article.created = now;
            if (!m_library.articleStore().insertArticle(article))
                return false;
        }
        articleId = article.id;

        // Every photo in one go, through the import every photo takes
        // (checks, metadata, thumbnail); then the desk's order, lead and words.
        QStringList paths;
        for (const Download &download : downloads)
            paths << download.path;
        const QList<PhotoImport::Result> imported = PhotoImport::importFiles(m_library, articleId, paths);
        QList<Photo> photos;
        QSet<QString> pictures;
        QHash<QString, QString> renamed; // the story's photo id → the id it has here
        QList<std::pair<Photo, RemoteMedia>> onSite; // each photo and the attachment it came from
        for (qsizetype i = 0; i < imported.size() && i < downloads.size(); ++i) {
            const PhotoImport::Result &photoResult = imported.at(i);
            const Download &download = downloads.at(i);
            if (photoResult.outcome == PhotoImport::Outcome::Failed) {
                notes << tr("A photo was left out: %1").arg(photoResult.message)
                        + placeInText(story, download.remote.photoId, download.name);
                continue;
            }
            Photo photo = photoResult.photo;
            if (pictures.contains(photo.sha256))
                continue; // the same picture twice: one row per picture
            pictures.insert(photo.sha256);
            const QString wanted = download.remote.photoId;
            if (!wanted.isEmpty() && wanted != photo.id) {
                const std::optional<Photo> other = m_library.photoStore().photo(wanted);
                if (!other || other->articleId == articleId)
                    photo.id = wanted;
                else
                    renamed.insert(wanted, photo.id);
            }
            photo.fileName = download.fileName;
            if (!download.remote.caption.isEmpty() || story.article)
                photo.caption = download.remote.caption;
            if (!download.remote.credit.isEmpty() || story.article)
                photo.credit = download.remote.credit;
            if (!download.remote.altText.isEmpty() || story.article)
                photo.altText = download.remote.altText;
            // The site has the reporter's web copy, cropped already (the
            // runner never sends an original): its crop in the story
            // structure applied again would cut the picture twice.
            photo.crop = {};
            photo.lead = download.remote.lead;
            photos << photo;
            if (download.remote.media > 0 && download.remote.url.isValid())
                onSite.append({photo, RemoteMedia {download.remote.media, download.remote.url}});
        }
        if (!m_library.photoStore().writeArticlePhotos(articleId, photos))
            return false;
        if (!renamed.isEmpty()) {
            std::optional<Article> stored = m_library.articleStore().article(articleId);
            if (!stored)
                return m_library.fail(tr("There is no article %1 in the library.").arg(articleId));
            for (auto it = renamed.cbegin(); it != renamed.cend(); ++it)
                stored->body.replace(u"data-photo=\"%1\""_s.arg(it.key()), u"data-photo=\"%1\""_s.arg(it.value()));
            if (!m_library.articleStore().writeArticle(*stored))
                return false;
        }

        // The attachments the photos came from are theirs on this site: a
        // publish finds them under the runner's own keys and does not upload
        // the photos again. The fields digest is left empty, so the first
        // publish sends caption, credit and alt text once: the site's words
        // were written in the reporter's publication style, which this desk's
        // may not share, and one small request per photo puts them right.
        Outbox outbox(m_library);
        for (const auto &[photo, media] : std::as_const(onSite)) {
            if (!outbox.setRemoteMedia(m_target, PublishRunner::mediaKey(article, photo, publication), media, {}))
                return false;
        }

        // Later saves and publishes update this post, not a new one.
        const QUuid uuid = m_library.articleStore().article(articleId)->uuid;
        RemotePost remote {post, story.link, story.summary.modified, story.summary.status};
        if (!outbox.setRemotePost(m_target, uuid, remote))
            return false;
        DeskLink link;
        link.articleId = articleId;
        link.target = m_target;
        link.post = post;
        link.lockHeld = result->lock.has_value();
        link.lockSince = result->lock ? result->lock->since : QDateTime();
        link.heldBy = result->heldBy;
        link.opened = now;
        return m_library.deskStore().setLink(link);
    });
    if (!ok) {
        result->message = tr("The story could not be brought into the library: %1").arg(m_library.errorString());
        return false;
    }
    m_library.notifyArticlesChanged();
    result->articleId = articleId;
    result->keptRevision = keptRevision;
    result->notes << notes;
    return true;
}

} // namespace Byline
