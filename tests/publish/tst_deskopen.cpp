#include "publishtesting.h"

#include "article/articlehtml.h"
#include "desk/deskclient.h"
#include "desk/deskopener.h"
#include "desk/deskstore.h"
#include "media/photoimport.h"
#include "render/articlerenderer.h"

#include <QDir>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

#include <sys/time.h>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::PublishTesting;
using Byline::Test::WordPressServer;

namespace {

// The real client with one fault on top: what the site says of the photos.
class PhotoSizeLies : public DeskClient
{
public:
    explicit PhotoSizeLies(DeskClient &real)
        : m_real(real)
    { }
    std::function<void(QList<DeskRemotePhoto> &)> alter;

    TargetOutcome support(DeskSupport *support, const TargetProgress &progress) override
    {
        return m_real.support(support, progress);
    }
    TargetOutcome inbox(const QString &since, DeskInbox *inbox, bool *changed, const TargetProgress &progress) override
    {
        return m_real.inbox(since, inbox, changed, progress);
    }
    TargetOutcome story(qint64 post, DeskFiledStory *story, const TargetProgress &progress) override
    {
        const TargetOutcome outcome = m_real.story(post, story, progress);
        if (outcome.ok() && alter)
            alter(story->photos);
        return outcome;
    }
    TargetOutcome download(const QUrl &url, QIODevice *out, qint64 maxBytes, const TargetProgress &progress) override
    {
        return m_real.download(url, out, maxBytes, progress);
    }
    TargetOutcome lock(qint64 post, bool takeover, DeskLock *lock, std::optional<DeskLock> *heldBy,
        const TargetProgress &progress) override
    {
        return m_real.lock(post, takeover, lock, heldBy, progress);
    }
    TargetOutcome release(qint64 post, const TargetProgress &progress) override
    {
        return m_real.release(post, progress);
    }
    TargetOutcome notes(qint64 post, QList<DeskNote> *notes, const TargetProgress &progress) override
    {
        return m_real.notes(post, notes, progress);
    }
    TargetOutcome act(const DeskAction &action, DeskActionResult *result, const TargetProgress &progress) override
    {
        return m_real.act(action, result, progress);
    }

private:
    DeskClient &m_real;
};

} // namespace

// Opening a filed story on the real WordPress: the story and every attached photo come into the desk's library in
// one go, linked to the post and locked; opening it again updates the same article and keeps the local text; a post
// written in wp-admin comes in through the sanitizer; lying photo sizes, a deleted post and a cancel lose nothing.
class tst_DeskOpen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    WordPressServer m_server;
    Library m_reporter;
    Library m_desk;
    std::unique_ptr<PublishRunner> m_reporterRunner;
    std::unique_ptr<DeskClient> m_deskClient;
    PublishRunner::Environment m_deskRunnerEnvironment;
    int m_stories = 0;

    static QString desk() { return WordPressServer::Desk.toString(); }

    // The reporter files a story with `photos` photos through Byline's own queue; the post id.
    qint64 fileStory(int photos, Article *filed = nullptr)
    {
        const QString slug = u"open-story-%1"_s.arg(++m_stories);
        const Article story =
            makeStory(m_reporter, m_dir.path(), photos, slug, u"강릉 단오제 개막 %1"_s.arg(m_stories));
        if (!story.id)
            return 0;
        Outbox outbox(m_reporter);
        const std::optional<PublishJob> job =
            outbox.enqueue(story.id, WordPressServer::Reporter.toString(), PublishAction::Submit);
        if (!job)
            return 0;
        const PublishJob done = runToEnd(*m_reporterRunner, outbox, job->id);
        if (done.state != PublishState::Done) {
            qWarning().noquote() << done.message;
            return 0;
        }
        if (filed)
            *filed = *m_reporter.articleStore().article(story.id);
        return done.remoteId;
    }

    QString php(const QString &code)
    {
        QString output;
        if (!m_server.runPhp(WordPressServer::Admin, code, &output))
            return u"PHP FAILED: "_s + m_server.errorString();
        return output;
    }

    // Every attachment on the site, whoever uploaded it.
    qint64 attachmentCount()
    {
        return php(u"<?php echo count(get_posts(['post_type' => 'attachment', 'post_status' => 'any', "
                   u"'numberposts' => -1, 'fields' => 'ids']));"_s)
            .toLongLong();
    }

    qint64 featuredMedia(qint64 post)
    {
        return php(u"<?php echo (int) get_post_thumbnail_id(%1);"_s.arg(post)).toLongLong();
    }

    // Opened with the publication the desk's runner renders with.
    DeskOpener::Result openOnDesk(qint64 post)
    {
        DeskOpener opener(m_desk, *m_deskClient, desk());
        opener.setPublication(m_deskRunnerEnvironment.publication);
        return opener.open(post, {});
    }

    // The desk publishes the article through its own queue; the job as recorded.
    PublishJob publishOnDesk(qint64 articleId)
    {
        Outbox outbox(m_desk);
        const std::optional<PublishJob> job = outbox.enqueue(articleId, desk(), PublishAction::Publish);
        if (!job) {
            qWarning().noquote() << outbox.errorString();
            return {};
        }
        PublishRunner runner(m_desk, m_deskRunnerEnvironment);
        return runToEnd(runner, outbox, job->id);
    }

    qint64 lockHolder(qint64 post) { return php(u"<?php echo (int) wp_check_post_lock(%1);"_s.arg(post)).toLongLong(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_reporter.open(m_dir.filePath(u"reporter"_s)));
        QVERIFY(m_desk.open(m_dir.filePath(u"desk"_s)));
        m_reporterRunner = std::make_unique<PublishRunner>(m_reporter, environment(m_server));
        m_deskRunnerEnvironment = environment(m_server);
        // Not the default: the keys the opener records must follow the runner's publication.
        m_deskRunnerEnvironment.publication.renditionMaxSize = 1400;
        QString error;
        m_deskClient = DeskClient::create(wordPressAccount(m_server, WordPressServer::Desk),
            m_server.credentials(WordPressServer::Desk).password, &error);
        QVERIFY2(m_deskClient, qPrintable(error));
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void filedStoryComesInWithEveryPhoto()
    {
        Article filed;
        const qint64 post = fileStory(3, &filed);
        QVERIFY(post);
        const QList<Photo> reporterPhotos = m_reporter.photoStore().photos(filed.id);
        QCOMPARE(reporterPhotos.size(), 3);

        QList<std::pair<qint64, qint64>> progress;
        TargetProgress watch;
        watch.bytes = [&](qint64 done, qint64 total) { progress.append({done, total}); };
        DeskOpener opener(m_desk, *m_deskClient, desk());
        const DeskOpener::Result opened = opener.open(post, {}, watch);
        QVERIFY2(opened.kind == DeskOpener::Result::Opened, qPrintable(opened.message));
        QVERIFY2(opened.notes.isEmpty(), qPrintable(opened.notes.join(u'\n')));
        QVERIFY(opened.lock);
        QCOMPARE(opened.lock->user.id, m_server.credentials(WordPressServer::Desk).id);

        // The story as the reporter wrote it, under its own UUID.
        const std::optional<Article> article = m_desk.articleStore().article(opened.articleId);
        QVERIFY(article);
        QCOMPARE(article->uuid, filed.uuid);
        QCOMPARE(article->headline, filed.headline);
        QCOMPARE(article->deck, filed.deck);
        QCOMPARE(article->byline, filed.byline);
        QCOMPARE(article->tags, filed.tags);
        QCOMPARE(article->body, ArticleHtml::sanitize(filed.body));
        QCOMPARE(article->status, ArticleStatus::Submitted);

        // Every photo, in order, with its words; the body's figures point at them; the lead is the lead.
        const QList<Photo> photos = m_desk.photoStore().photos(opened.articleId);
        QCOMPARE(photos.size(), 3);
        for (qsizetype i = 0; i < photos.size(); ++i) {
            QCOMPARE(photos.at(i).id, reporterPhotos.at(i).id);
            QCOMPARE(photos.at(i).caption, reporterPhotos.at(i).caption);
            QCOMPARE(photos.at(i).credit, reporterPhotos.at(i).credit);
            QCOMPARE(photos.at(i).altText, reporterPhotos.at(i).altText);
            QVERIFY(QFile::exists(m_desk.photoStore().photoFilePath(photos.at(i))));
            QVERIFY(!PhotoImport::thumbnail(m_desk.directory(), photos.at(i)).isNull());
        }
        QVERIFY(photos.first().lead);
        QCOMPARE(article->leadPhotoId, photos.first().id);
        for (qsizetype i = 1; i < photos.size(); ++i)
            QVERIFY(article->body.contains(u"data-photo=\"%1\""_s.arg(photos.at(i).id)));

        // Linked to the post, locked, as WordPress sees it too.
        const std::optional<DeskLink> link = m_desk.deskStore().link(opened.articleId);
        QVERIFY(link);
        QCOMPARE(link->post, post);
        QVERIFY(link->lockHeld);
        const std::optional<RemotePost> remote = Outbox(m_desk).remotePost(desk(), filed.uuid);
        QVERIFY(remote);
        QCOMPARE(remote->id, post);
        QCOMPARE(lockHolder(post), m_server.credentials(WordPressServer::Desk).id);

        // Progress in bytes, never backwards, ending at the whole.
        QVERIFY(!progress.isEmpty());
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).first >= progress.at(i - 1).first);
        QCOMPARE(progress.last().first, progress.last().second);
        QVERIFY(progress.last().second > 0);
        QVERIFY(m_deskClient->release(post, {}).ok());
    }

    void openingAgainUpdatesTheSameArticle()
    {
        const qint64 post = fileStory(1);
        QVERIFY(post);
        DeskOpener opener(m_desk, *m_deskClient, desk());
        const DeskOpener::Result first = opener.open(post, {});
        QVERIFY2(first.kind == DeskOpener::Result::Opened, qPrintable(first.message));
        const int articles = m_desk.articleStore().articleCount();

        // Nothing changed: the same article, no revision.
        const DeskOpener::Result same = opener.open(post, {});
        QVERIFY2(same.kind == DeskOpener::Result::Opened, qPrintable(same.message));
        QCOMPARE(same.articleId, first.articleId);
        QCOMPARE(same.keptRevision, 0);
        QCOMPARE(m_desk.articleStore().articleCount(), articles);

        // The desk typed something: the site's copy comes in, the typed text is a revision.
        Article edited = *m_desk.articleStore().article(first.articleId);
        edited.body += u"<p>데스크가 덧붙인 문단.</p>"_s;
        QVERIFY(m_desk.articleStore().updateArticle(edited));
        const DeskOpener::Result again = opener.open(post, {});
        QVERIFY2(again.kind == DeskOpener::Result::Opened, qPrintable(again.message));
        QCOMPARE(again.articleId, first.articleId);
        QVERIFY(again.keptRevision > 0);
        QCOMPARE(m_desk.articleStore().articleCount(), articles);
        const std::optional<Article> kept = m_desk.revisionStore().revision(first.articleId, again.keptRevision);
        QVERIFY(kept);
        QVERIFY(kept->body.contains(u"데스크가 덧붙인 문단."_s));
        QVERIFY(!m_desk.articleStore().article(first.articleId)->body.contains(u"데스크가 덧붙인 문단."_s));
        QCOMPARE(m_desk.photoStore().photos(first.articleId).size(), 1);
        QVERIFY(m_deskClient->release(post, {}).ok());
    }

    void postWrittenInWpAdminOpens()
    {
        const QString created =
            php(u"<?php echo wp_insert_post(['post_title' => '관리 화면 <b>속보</b> &amp; 단독', 'post_status' => "
                u"'pending',"
                u" 'post_content' => \"첫 문단입니다.\\n\\n둘째 문단 <script>alert(1)</script><em>강조</em>.\","
                u" 'post_excerpt' => '요약 한 줄'], true);"_s);
        const qint64 post = created.toLongLong();
        QVERIFY2(post > 0, qPrintable(created));
        DeskOpener opener(m_desk, *m_deskClient, desk());
        const DeskOpener::Result opened = opener.open(post, {});
        QVERIFY2(opened.kind == DeskOpener::Result::Opened, qPrintable(opened.message));
        const std::optional<Article> article = m_desk.articleStore().article(opened.articleId);
        QVERIFY(article);
        QVERIFY(!article->uuid.isNull());
        QCOMPARE(article->headline, u"관리 화면 속보 & 단독"_s);
        QCOMPARE(article->summary, u"요약 한 줄"_s);
        QCOMPARE(article->body, u"<p>첫 문단입니다.</p>\n<p>둘째 문단 <em>강조</em>.</p>\n"_s);
        QCOMPARE(article->status, ArticleStatus::Submitted);
        // Linked by post: opened again, the same article.
        const DeskOpener::Result again = opener.open(post, {});
        QCOMPARE(again.articleId, opened.articleId);
        QCOMPARE(Outbox(m_desk).remotePost(desk(), article->uuid)->id, post);
        QVERIFY(m_deskClient->release(post, {}).ok());
    }

    // A photo the site says is larger than Byline takes, and one that is larger than the site says: each is left
    // out with the reason; the rest of the story comes in.
    void lyingPhotoSizesAreLeftOut()
    {
        const qint64 post = fileStory(3);
        QVERIFY(post);
        PhotoSizeLies lies(*m_deskClient);
        lies.alter = [](QList<DeskRemotePhoto> &photos) {
            if (photos.size() < 3)
                return;
            photos[1].bytes = PhotoImport::MaxFileBytes + 1;
            photos[2].bytes = 1000;
        };
        DeskOpener opener(m_desk, lies, desk());
        opener.setPublication(m_deskRunnerEnvironment.publication);
        const DeskOpener::Result opened = opener.open(post, {});
        QVERIFY2(opened.kind == DeskOpener::Result::Opened, qPrintable(opened.message));
        QCOMPARE(opened.notes.size(), 2);
        QVERIFY2(opened.notes.at(0).contains(u"Photo 2 of 3"_s), qPrintable(opened.notes.at(0)));
        QVERIFY2(opened.notes.at(1).contains(u"Photo 3 of 3"_s), qPrintable(opened.notes.at(1)));
        QVERIFY2(opened.notes.at(1).contains(u"more than"_s), qPrintable(opened.notes.at(1)));
        QCOMPARE(m_desk.photoStore().photos(opened.articleId).size(), 1);

        // The figures of the photos left out keep their places, and the notes say so and what to do.
        DeskFiledStory story;
        QVERIFY(m_deskClient->story(post, &story, {}).ok());
        QCOMPARE(story.photos.size(), 3);
        const Article article = *m_desk.articleStore().article(opened.articleId);
        for (int i = 1; i < 3; ++i) {
            QVERIFY2(
                opened.notes.at(i - 1).contains(u"keeps its place in the text"_s), qPrintable(opened.notes.at(i - 1)));
            QVERIFY(article.body.contains(u"data-photo=\"%1\""_s.arg(story.photos.at(i).photoId)));
        }
        // The preview shows the empty places; nothing else of the story goes.
        QString problem;
        const QString preview =
            ArticleRenderer(m_deskRunnerEnvironment.publication, TemplatePack::builtIn())
                .render(article, m_desk.photoStore().photos(opened.articleId), Device::Desktop, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (int i = 1; i < 3; ++i)
            QVERIFY(preview.contains(u"Photo %1 is not among the article's photos."_s.arg(story.photos.at(i).photoId)));
        QVERIFY(preview.contains(u"문단 2: 주민들이 대피했다."_s));
        // Publishing it goes through: the lead as it is, the empty places named in what the job says.
        const qint64 attachments = attachmentCount();
        const PublishJob published = publishOnDesk(opened.articleId);
        QVERIFY2(published.state == PublishState::Done, qPrintable(published.message));
        QCOMPARE(attachmentCount(), attachments);
        QCOMPARE(featuredMedia(post), story.photos.at(0).media);
        QVERIFY2(published.message.contains(u"left out"_s), qPrintable(published.message));
    }

    // The site has the reporter's web copy with the crop applied: the desk's copy comes in whole, not cropped again.
    void photosComeInUncropped()
    {
        Article story = makeStory(m_reporter, m_dir.path(), 1, u"cropped-story"_s, u"속초 산불 진화"_s);
        QVERIFY(story.id);
        QList<Photo> photos = m_reporter.photoStore().photos(story.id);
        QCOMPARE(photos.size(), 1);
        photos[0].crop.rect = QRectF(0.25, 0.25, 0.5, 0.5); // of the 1800 × 1200 original: 900 × 600
        photos[0].crop.aspect = u"free"_s;
        QVERIFY(m_reporter.photoStore().writeArticlePhotos(story.id, photos));
        Outbox outbox(m_reporter);
        const std::optional<PublishJob> job =
            outbox.enqueue(story.id, WordPressServer::Reporter.toString(), PublishAction::Submit);
        QVERIFY(job);
        const PublishJob filed = runToEnd(*m_reporterRunner, outbox, job->id);
        QVERIFY2(filed.state == PublishState::Done, qPrintable(filed.message));
        const QString onSite = php(
            u"<?php $m = wp_get_attachment_metadata(get_post_thumbnail_id(%1)); echo $m['width'], 'x', $m['height'];"_s
                .arg(filed.remoteId));
        QCOMPARE(onSite, u"900x600"_s);

        const DeskOpener::Result opened = DeskOpener(m_desk, *m_deskClient, desk()).open(filed.remoteId, {});
        QVERIFY2(opened.kind == DeskOpener::Result::Opened, qPrintable(opened.message));
        const QList<Photo> deskPhotos = m_desk.photoStore().photos(opened.articleId);
        QCOMPARE(deskPhotos.size(), 1);
        QVERIFY(deskPhotos.at(0).crop.isNull());
        QCOMPARE(QImageReader(m_desk.photoStore().photoFilePath(deskPhotos.at(0))).size(), QSize(900, 600));
        QVERIFY(m_deskClient->release(filed.remoteId, {}).ok());
    }

    // The desk publishes a story it opened: the photos the site has are used as they are, none uploaded again.
    void publishingAnOpenedStoryUploadsNoPhotoAgain()
    {
        const qint64 post = fileStory(3);
        QVERIFY(post);
        DeskFiledStory story;
        QVERIFY(m_deskClient->story(post, &story, {}).ok());
        QCOMPARE(story.photos.size(), 3);
        const qint64 attachments = attachmentCount();

        const DeskOpener::Result opened = openOnDesk(post);
        QVERIFY2(opened.kind == DeskOpener::Result::Opened, qPrintable(opened.message));
        // The desk touches a caption: it reaches the same attachment.
        QList<Photo> photos = m_desk.photoStore().photos(opened.articleId);
        QCOMPARE(photos.size(), 3);
        photos[1].caption = u"데스크가 고친 사진 설명"_s;
        QVERIFY(m_desk.photoStore().writeArticlePhotos(opened.articleId, photos));

        const PublishJob published = publishOnDesk(opened.articleId);
        QVERIFY2(published.state == PublishState::Done, qPrintable(published.message));
        QCOMPARE(published.remoteId, post);
        QCOMPARE(attachmentCount(), attachments);
        QCOMPARE(featuredMedia(post), story.photos.at(0).media);
        const QString content = php(u"<?php echo get_post_field('post_content', %1, 'raw');"_s.arg(post));
        for (int i = 1; i < 3; ++i)
            QVERIFY2(content.contains(u"wp-image-%1\""_s.arg(story.photos.at(i).media)), qPrintable(content));
        QVERIFY(php(u"<?php echo wp_get_attachment_caption(%1);"_s.arg(story.photos.at(1).media))
                .contains(u"데스크가 고친 사진 설명"_s));
    }

    // Stories the test site seeds are Byline stories: they open.
    void seededStoryOpens()
    {
        WordPressServer::Seed seed;
        seed.title = u"시드 기사"_s;
        const QList<qint64> seeded = m_server.seedStories(2, seed);
        QCOMPARE(seeded.size(), 2);
        const DeskOpener::Result opened = openOnDesk(seeded.at(1));
        QVERIFY2(opened.kind == DeskOpener::Result::Opened, qPrintable(opened.message));
        const std::optional<Article> article = m_desk.articleStore().article(opened.articleId);
        QVERIFY(article);
        QCOMPARE(article->headline, u"시드 기사 2"_s);
        QCOMPARE(article->uuid.toString(QUuid::WithoutBraces),
            php(u"<?php echo get_post_meta(%1, 'byline_uuid', true);"_s.arg(seeded.at(1))));
        QVERIFY(article->body.contains(u"시드 기사 2 본문."_s));
        QCOMPARE(article->status, ArticleStatus::Submitted);
        QVERIFY(m_deskClient->release(seeded.at(1), {}).ok());
    }

    void deletedPostKeepsTheLocalCopy()
    {
        const qint64 post = fileStory(0);
        QVERIFY(post);
        DeskOpener opener(m_desk, *m_deskClient, desk());
        const DeskOpener::Result opened = opener.open(post, {});
        QVERIFY2(opened.kind == DeskOpener::Result::Opened, qPrintable(opened.message));
        Article typed = *m_desk.articleStore().article(opened.articleId);
        typed.body += u"<p>지워지면 안 되는 문단.</p>"_s;
        QVERIFY(m_desk.articleStore().updateArticle(typed));
        QCOMPARE(php(u"<?php echo wp_trash_post(%1) ? 'ok' : 'no';"_s.arg(post)), u"ok"_s);

        const DeskOpener::Result gone = opener.open(post, {});
        QCOMPARE(gone.kind, DeskOpener::Result::Failed);
        QVERIFY(gone.postGone);
        QCOMPARE(gone.articleId, opened.articleId);
        QVERIFY2(gone.message.contains(u"no longer on the site"_s), qPrintable(gone.message));
        QVERIFY(m_desk.articleStore().article(opened.articleId)->body.contains(u"지워지면 안 되는 문단."_s));
    }

    // Cancelled while the photos come down: nothing is written and the lock is let go.
    void cancelWritesNothing()
    {
        const qint64 post = fileStory(3);
        QVERIFY(post);
        const int articles = m_desk.articleStore().articleCount();
        // What a killed opening left behind an hour ago goes; a fresh one (another opening's) stays.
        const QString stale = m_desk.directory() + u"/incoming-Stale1"_s;
        const QString fresh = m_desk.directory() + u"/incoming-Fresh1"_s;
        QVERIFY(QDir().mkpath(stale) && QDir().mkpath(fresh));
        const time_t twoHoursAgo = time(nullptr) - 7200;
        const struct timeval times[2] = {{twoHoursAgo, 0}, {twoHoursAgo, 0}};
        QVERIFY(utimes(QFile::encodeName(stale).constData(), times) == 0);
        std::atomic_bool cancel {false};
        TargetProgress progress;
        progress.cancelled = &cancel;
        progress.bytes = [&](qint64 done, qint64) {
            if (done > 0)
                cancel = true;
        };
        DeskOpener opener(m_desk, *m_deskClient, desk());
        const DeskOpener::Result result = opener.open(post, {}, progress);
        QCOMPARE(result.kind, DeskOpener::Result::Cancelled);
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(fresh));
        QVERIFY(QDir(fresh).removeRecursively());
        // The cancelled opening's own folder is gone too.
        QCOMPARE(QDir(m_desk.directory()).entryList({u"incoming-*"_s}, QDir::Dirs).size(), 0);
        QCOMPARE(m_desk.articleStore().articleCount(), articles);
        QCOMPARE(lockHolder(post), 0);
    }
};

QTEST_GUILESS_MAIN(tst_DeskOpen)
#include "tst_deskopen.moc"
