#include "library/library.h"
#include "publish/outbox.h"
#include "publish/publishtarget.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

// The desk's actions as jobs of the durable queue (return, approve, note):
// what is refused before anything is queued, and what a job keeps for its
// retries (the note, the action's id the site knows it by).
class tst_DeskJobs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static qint64 storeStory(Library &library, const QString &headline, const QDateTime &embargo = {})
    {
        Article article = Article::create();
        article.headline = headline;
        article.body = u"<p>본문</p>\n"_s;
        article.embargo = embargo;
        return library.articleStore().insertArticle(article) ? article.id : 0;
    }

    // The story as filed on the site: post 42.
    static void onSite(Library &library, qint64 id, const QString &target)
    {
        Outbox outbox(library);
        QVERIFY(outbox.setRemotePost(target, library.articleStore().article(id)->uuid,
            {42, QUrl(u"https://news.example/?p=42"_s), QDateTime::currentDateTimeUtc(), u"pending"_s}));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void refusedBeforeQueuing_data()
    {
        QTest::addColumn<PublishAction>("action");
        QTest::addColumn<QString>("note");
        QTest::addColumn<bool>("filed");
        QTest::addColumn<QString>("says");
        QTest::newRow("robustness: a return without a note") << PublishAction::Return << QString() << true << u"note"_s;
        QTest::newRow("robustness: a return with only spaces")
            << PublishAction::Return << u" \n\t "_s << true << u"note"_s;
        QTest::newRow("robustness: an empty note") << PublishAction::Note << QString() << true << u"empty"_s;
        QTest::newRow("robustness: a note longer than the site keeps")
            << PublishAction::Note << QString(Outbox::MaxNoteLength + 1, u'가') << true << u"10000"_s;
        QTest::newRow("robustness: a story not on the site")
            << PublishAction::Approve << QString() << false << u"not on"_s;
    }

    void refusedBeforeQueuing()
    {
        QFETCH(PublishAction, action);
        QFETCH(QString, note);
        QFETCH(bool, filed);
        QFETCH(QString, says);
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        const qint64 id = storeStory(library, u"원주 혁신도시 2단계"_s);
        if (filed)
            onSite(library, id, u"desk"_s);
        Outbox outbox(library);
        QVERIFY(!outbox.enqueue(id, u"desk"_s, action, {}, note));
        QVERIFY2(outbox.errorString().contains(says), qPrintable(outbox.errorString()));
        QCOMPARE(outbox.jobs().size(), 0);
        QCOMPARE(library.revisionStore().revisions(id).size(), 0);
    }

    void approvingBeforeTheEmbargoIsRefused()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        const QDateTime embargo = QDateTime::currentDateTimeUtc().addDays(1);
        const qint64 id = storeStory(library, u"수능 출제 경향"_s, embargo);
        onSite(library, id, u"desk"_s);
        Outbox outbox(library);
        QVERIFY(!outbox.enqueue(id, u"desk"_s, PublishAction::Approve));
        QVERIFY2(outbox.errorString().contains(u"embargo"_s), qPrintable(outbox.errorString()));
        QVERIFY(!outbox.enqueue(id, u"desk"_s, PublishAction::Approve, embargo.addSecs(-3600)));
        const std::optional<PublishJob> job = outbox.enqueue(id, u"desk"_s, PublishAction::Approve, embargo);
        QVERIFY2(job, qPrintable(outbox.errorString()));
        QCOMPARE(job->scheduledAt, embargo);
    }

    // The note and the action's id are on disk: a retry after a restart
    // sends the same id, so the site acts once.
    void aReturnKeepsItsNoteAndIdAcrossRestarts()
    {
        const QString path = m_dir.filePath(u"restart"_s);
        qint64 jobId = 0;
        QUuid actionId;
        {
            Library library;
            QVERIFY(library.open(path));
            const qint64 id = storeStory(library, u"춘천 레고랜드 개장 1년"_s);
            onSite(library, id, u"desk"_s);
            Outbox outbox(library);
            const std::optional<PublishJob> job =
                outbox.enqueue(id, u"desk"_s, PublishAction::Return, {}, u"  리드 다시 써 주세요.  "_s);
            QVERIFY2(job, qPrintable(outbox.errorString()));
            QCOMPARE(job->note, u"리드 다시 써 주세요."_s);
            QVERIFY(!job->deskAction.isNull());
            QCOMPARE(job->action, PublishAction::Return);
            jobId = job->id;
            actionId = job->deskAction;
        }
        Library library;
        QVERIFY(library.open(path));
        Outbox outbox(library);
        const std::optional<PublishJob> again = outbox.job(jobId);
        QVERIFY(again);
        QCOMPARE(again->note, u"리드 다시 써 주세요."_s);
        QCOMPARE(again->deskAction, actionId);
        QCOMPARE(PublishNames::actionKey(again->action), u"desk-return"_s);
        QCOMPARE(again->toJson().value(u"note"_s).toString(), again->note);
    }

    // A desk action is an action on the story, not a newer revision of it:
    // it neither cancels an open publishing job nor is cancelled by one.
    void deskActionsAndRevisionsDoNotReplaceEachOther()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        const qint64 id = storeStory(library, u"강릉 커피축제"_s);
        Outbox outbox(library);
        // Submitted offline: the story is on its way, not on the site yet.
        const std::optional<PublishJob> submit = outbox.enqueue(id, u"desk"_s, PublishAction::Submit);
        QVERIFY(submit);
        const std::optional<PublishJob> note =
            outbox.enqueue(id, u"desk"_s, PublishAction::Note, {}, u"사진 설명 확인 부탁"_s);
        QVERIFY2(note, qPrintable(outbox.errorString()));
        QCOMPARE(outbox.job(submit->id)->state, PublishState::Queued);
        const std::optional<PublishJob> update = outbox.enqueue(id, u"desk"_s, PublishAction::Draft);
        QVERIFY(update);
        QCOMPARE(outbox.job(submit->id)->state, PublishState::Cancelled); // replaced by the newer revision
        QCOMPARE(outbox.job(note->id)->state, PublishState::Queued);
        // The note waits for the job that puts the story on the site, though
        // it was queued first.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(outbox.nextDue(now)->id, update->id);
        PublishJob sent = *update;
        sent.state = PublishState::Waiting;
        sent.nextAttempt = now.addSecs(60);
        QVERIFY(outbox.update(sent));
        QVERIFY2(!outbox.nextDue(now), "the note waits while its story waits");
        sent.state = PublishState::Done;
        sent.nextAttempt = {};
        QVERIFY(outbox.update(sent));
        QCOMPARE(outbox.nextDue(now)->id, note->id);
    }

    void rights_data()
    {
        QTest::addColumn<bool>("publish");
        QTest::addColumn<bool>("editOthers");
        QTest::addColumn<PublishAction>("action");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("nominal: the desk returns") << true << true << PublishAction::Return << true;
        QTest::newRow("nominal: the desk approves") << true << true << PublishAction::Approve << true;
        QTest::newRow("nominal: a reporter writes a note") << false << false << PublishAction::Note << true;
        QTest::newRow("robustness: a reporter cannot return") << false << false << PublishAction::Return << false;
        QTest::newRow("robustness: a reporter cannot approve") << false << false << PublishAction::Approve << false;
        QTest::newRow("robustness: an author who publishes her own cannot approve others'")
            << true << false << PublishAction::Approve << false;
    }

    void rights()
    {
        QFETCH(bool, publish);
        QFETCH(bool, editOthers);
        QFETCH(PublishAction, action);
        QFETCH(bool, allowed);
        TargetCapabilities can;
        can.userName = u"reporter"_s;
        can.editPosts = can.uploadFiles = true;
        can.publishPosts = publish;
        can.editOthersPosts = editOthers;
        QString reason;
        QCOMPARE(can.allowsDeskAction(action, &reason), allowed);
        QCOMPARE(reason.isEmpty(), allowed);
        if (!allowed)
            QVERIFY2(reason.contains(u"\"reporter\""_s) && reason.contains(u"desk"_s), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(tst_DeskJobs)
#include "tst_deskjobs.moc"
