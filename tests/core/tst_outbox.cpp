#include "library/library.h"
#include "publish/outbox.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

// Runs SQL on the library file through a connection of its own, as another
// program would (to plant a fault where the library writes next).
void execOnFile(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"other"_s);
}

} // namespace

// The durable outbox: what a job sends is fixed when it is queued, and every
// state it reaches is on disk for the next start.
class tst_Outbox : public QObject
{
    Q_OBJECT

    static Article story(const QString &headline)
    {
        Article article = Article::create();
        article.headline = headline;
        article.body = u"<p>본문</p>"_s;
        return article;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void enqueueSnapshotsARevision()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        Article article = story(u"강릉 단오제 개막"_s);
        QVERIFY(library.articleStore().insertArticle(article));
        Outbox outbox(library);
        const std::optional<PublishJob> job = outbox.enqueue(article.id, u"desk"_s, PublishAction::Publish);
        QVERIFY2(job, qPrintable(outbox.errorString()));
        QCOMPARE(job->state, PublishState::Queued);
        QCOMPARE(job->headline, article.headline);
        QCOMPARE(job->articleUuid, article.uuid);
        QCOMPARE(job->revision, 1);
        QCOMPARE(library.revisionStore().revisions(article.id).size(), 1);

        // Later edits do not change what the job sends.
        article = *library.articleStore().article(article.id);
        article.headline = u"강릉 단오제 폐막"_s;
        QVERIFY(library.articleStore().updateArticle(article));
        const std::optional<Outbox::Snapshot> snapshot = outbox.snapshot(job->id);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->article.headline, u"강릉 단오제 개막"_s);
        QCOMPARE(snapshot->article.id, article.id);
    }

    void aNewerJobReplacesAnOpenOne()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        Article article = story(u"속초 산불"_s);
        QVERIFY(library.articleStore().insertArticle(article));
        Outbox outbox(library);
        const PublishJob first = *outbox.enqueue(article.id, u"desk"_s, PublishAction::Draft);
        const PublishJob other = *outbox.enqueue(article.id, u"folder"_s, PublishAction::Publish);
        const PublishJob second = *outbox.enqueue(article.id, u"desk"_s, PublishAction::Publish);
        QCOMPARE(outbox.job(first.id)->state, PublishState::Cancelled);
        QVERIFY(outbox.job(first.id)->message.contains(QString::number(second.id)));
        QCOMPARE(outbox.job(other.id)->state, PublishState::Queued); // another target is another job
        QCOMPARE(outbox.job(second.id)->state, PublishState::Queued);
        QCOMPARE(outbox.openJobCount(), 2);
    }

    void scheduleNeedsATime()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        Article article = story(u"예약 기사"_s);
        QVERIFY(library.articleStore().insertArticle(article));
        Outbox outbox(library);
        QVERIFY(!outbox.enqueue(article.id, u"desk"_s, PublishAction::Schedule));
        QVERIFY(!outbox.errorString().isEmpty());
        QVERIFY(!outbox.enqueue(article.id + 100, u"desk"_s, PublishAction::Publish)); // no such article
        QVERIFY(!outbox.errorString().isEmpty());
        const QDateTime at = QDateTime::currentDateTimeUtc().addDays(1);
        const std::optional<PublishJob> job = outbox.enqueue(article.id, u"desk"_s, PublishAction::Schedule, at);
        QVERIFY(job);
        QCOMPARE(job->scheduledAt.toSecsSinceEpoch(), at.toSecsSinceEpoch());
        QCOMPARE(job->scheduledAt.timeSpec(), Qt::UTC);
    }

    void dueOrderRetryAndCancel()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        Outbox outbox(library);
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            Article article = story(u"기사 %1"_s.arg(i));
            QVERIFY(library.articleStore().insertArticle(article));
            ids.append(outbox.enqueue(article.id, u"desk"_s, PublishAction::Publish)->id);
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(outbox.nextDue(now)->id, ids.at(0)); // oldest first

        PublishJob waiting = *outbox.job(ids.at(0));
        waiting.state = PublishState::Waiting;
        waiting.nextAttempt = now.addSecs(60);
        waiting.attempts = 1;
        QVERIFY(outbox.update(waiting));
        QCOMPARE(outbox.nextDue(now)->id, ids.at(1)); // not due yet
        QCOMPARE(outbox.nextDue(now.addSecs(61))->id, ids.at(0));
        QCOMPARE(outbox.nextWakeUp().toSecsSinceEpoch(), waiting.nextAttempt.toSecsSinceEpoch());

        // An interrupted job (the process died mid-upload) is due again at once.
        PublishJob interrupted = *outbox.job(ids.at(2));
        interrupted.state = PublishState::UploadingPhotos;
        QVERIFY(outbox.update(interrupted));
        QVERIFY(outbox.cancel(ids.at(1)));
        QCOMPARE(outbox.nextDue(now)->id, ids.at(2));

        QVERIFY(outbox.retry(ids.at(0)));
        QCOMPARE(outbox.job(ids.at(0))->state, PublishState::Queued);
        QCOMPARE(outbox.job(ids.at(0))->attempts, 1); // the count stays, for the log
        QVERIFY(!outbox.log(ids.at(0)).isEmpty());
        QVERIFY(outbox.retry(ids.at(1))); // a cancelled job may be queued again
        QVERIFY(!outbox.retry(999)); // no such job
        QVERIFY(!outbox.errorString().isEmpty());

        PublishJob done = *outbox.job(ids.at(2));
        done.state = PublishState::Done;
        QVERIFY(outbox.update(done));
        QVERIFY(!outbox.cancel(ids.at(2)));
        QVERIFY(!outbox.retry(ids.at(2)));
    }

    void survivesReopening()
    {
        QTemporaryDir dir;
        qint64 jobId = 0;
        QUuid uuid;
        {
            Library library;
            QVERIFY(library.open(dir.path()));
            Article article = story(u"재시작 후에도"_s);
            QVERIFY(library.articleStore().insertArticle(article));
            uuid = article.uuid;
            Outbox outbox(library);
            PublishJob job = *outbox.enqueue(article.id, u"desk"_s, PublishAction::Submit);
            jobId = job.id;
            job.state = PublishState::Held;
            job.message = u"사람이 봐야 함"_s;
            job.serverText = u"Sorry, you are not allowed (rest_cannot_publish)"_s;
            job.httpStatus = 403;
            job.conflict.remoteTitle = u"데스크 수정본"_s;
            job.conflict.remoteModified = QDateTime::currentDateTimeUtc();
            QVERIFY(outbox.update(job));
            QVERIFY(outbox.addLog(jobId, 1, u"첫 시도"_s));
            QVERIFY(outbox.markMediaSending(u"desk"_s, u"key-1"_s));
            QVERIFY(outbox.setRemoteMedia(u"desk"_s, u"key-2"_s, {42, QUrl(u"http://127.0.0.1/a.jpg"_s)}, u"f"_s));
            QVERIFY(outbox.markPostSending(u"desk"_s, uuid));
        }
        Library library;
        QVERIFY(library.open(dir.path()));
        Outbox outbox(library);
        const std::optional<PublishJob> job = outbox.job(jobId);
        QVERIFY(job);
        QCOMPARE(job->state, PublishState::Held);
        QCOMPARE(job->httpStatus, 403);
        QCOMPARE(job->serverText, u"Sorry, you are not allowed (rest_cannot_publish)"_s);
        QCOMPARE(job->conflict.remoteTitle, u"데스크 수정본"_s);
        QCOMPARE(outbox.log(jobId).size(), 1);
        QCOMPARE(outbox.log(jobId).first().text, u"첫 시도"_s);
        // Sent but unanswered is remembered as such: ask the target first.
        QCOMPARE(outbox.remoteMedia(u"desk"_s, u"key-1"_s)->media.id, 0);
        QCOMPARE(outbox.remoteMedia(u"desk"_s, u"key-2"_s)->media.id, 42);
        QVERIFY(outbox.postMaybeSent(u"desk"_s, uuid));
        QVERIFY(!outbox.remotePost(u"desk"_s, uuid));
        QVERIFY(outbox.setRemotePost(
            u"desk"_s, uuid, {7, QUrl(u"http://127.0.0.1/?p=7"_s), QDateTime::currentDateTimeUtc(), u"publish"_s}));
        QVERIFY(!outbox.postMaybeSent(u"desk"_s, uuid));
        QCOMPARE(outbox.remotePost(u"desk"_s, uuid)->id, 7);
    }

    // The attempts in a row that got nothing onto the site survive a
    // restart, a library from before they were counted gains the count, and
    // a person's retry starts it again.
    void stalledAttemptsAreKept()
    {
        QTemporaryDir dir;
        qint64 jobId = 0;
        {
            Library library;
            QVERIFY(library.open(dir.path()));
            Article article = story(u"진전 없는 시도"_s);
            QVERIFY(library.articleStore().insertArticle(article));
            jobId = Outbox(library).enqueue(article.id, u"desk"_s, PublishAction::Publish)->id;
        }
        {
            // As the library was before schema step 6.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"before-step-6"_s);
            db.setDatabaseName(dir.filePath(Library::databaseFileName()));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"ALTER TABLE publish_jobs DROP COLUMN stalled_attempts"_s));
            QVERIFY(query.exec(u"PRAGMA user_version = 5"_s));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"before-step-6"_s);
        {
            Library library;
            QVERIFY2(library.open(dir.path()), qPrintable(library.errorString()));
            Outbox outbox(library);
            PublishJob job = *outbox.job(jobId);
            QCOMPARE(job.stalledAttempts, 0);
            job.state = PublishState::Held;
            job.attempts = 14;
            job.stalledAttempts = 12;
            QVERIFY(outbox.update(job));
        }
        Library library;
        QVERIFY(library.open(dir.path()));
        Outbox outbox(library);
        QCOMPARE(outbox.job(jobId)->attempts, 14);
        QCOMPARE(outbox.job(jobId)->stalledAttempts, 12);
        QVERIFY(outbox.retry(jobId));
        QCOMPARE(outbox.job(jobId)->stalledAttempts, 0);
        QCOMPARE(outbox.job(jobId)->attempts, 14);
    }

    void deletingTheArticleKeepsItsJobs()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        Article article = story(u"삭제될 기사"_s);
        QVERIFY(library.articleStore().insertArticle(article));
        Outbox outbox(library);
        const PublishJob job = *outbox.enqueue(article.id, u"desk"_s, PublishAction::Publish);
        QVERIFY(library.articleStore().removeArticle(article.id));
        const std::optional<PublishJob> kept = outbox.job(job.id);
        QVERIFY(kept);
        QCOMPARE(kept->articleId, 0);
        QVERIFY(outbox.snapshot(job.id)); // still sendable: the snapshot is in the job
    }

    // Queuing writes the revision named after the job and the job together:
    // when either write fails, neither is there.
    void enqueueWritesTheRevisionAndTheJobTogether_data()
    {
        QTest::addColumn<QString>("refusedTable");
        QTest::newRow("robustness: the job cannot be written") << u"publish_jobs"_s;
        QTest::newRow("robustness: the revision cannot be written") << u"revisions"_s;
    }

    void enqueueWritesTheRevisionAndTheJobTogether()
    {
        QFETCH(QString, refusedTable);
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        Article article = story(u"태풍 북상"_s);
        QVERIFY(library.articleStore().insertArticle(article));
        const QString path = dir.filePath(Library::databaseFileName());
        execOnFile(path,
            u"CREATE TRIGGER refuse BEFORE INSERT ON %1 BEGIN SELECT RAISE(ABORT, 'injected'); END"_s.arg(
                refusedTable));
        Outbox outbox(library);
        QVERIFY(!outbox.enqueue(article.id, u"desk"_s, PublishAction::Publish));
        QVERIFY(!outbox.errorString().isEmpty());
        QCOMPARE(library.revisionStore().revisions(article.id).size(), 0);
        QCOMPARE(library.articleStore().article(article.id)->revision, 0);
        QCOMPARE(outbox.jobs().size(), 0);

        execOnFile(path, u"DROP TRIGGER refuse"_s);
        const std::optional<PublishJob> job = outbox.enqueue(article.id, u"desk"_s, PublishAction::Publish);
        QVERIFY2(job, qPrintable(outbox.errorString()));
        QCOMPARE(job->revision, 1);
        QCOMPARE(library.revisionStore().revisions(article.id).size(), 1);
        QCOMPARE(library.articleStore().article(article.id)->revision, 1);
        QCOMPARE(outbox.jobs().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
