#include "library/library.h"
#include "publish/embargo.h"
#include "publish/outbox.h"
#include "publish/publishrunner.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

// The embargo in the core: a story does not go live before it, whatever
// asks (the dialog, the command line, a job queued before the embargo was
// set). The connector refuses it on the site too (tst_deskactions).
class tst_Embargo : public QObject
{
    Q_OBJECT

    static QDateTime utc(int y, int m, int d, int h, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::UTC);
    }

    // A story in a fresh library, with the embargo given.
    static qint64 storeStory(Library &library, const QDateTime &embargo)
    {
        Article article = Article::create();
        article.headline = u"한은 기준금리 동결"_s;
        article.slug = u"rates"_s;
        article.body = u"<p>본문</p>\n"_s;
        article.embargo = embargo;
        return library.articleStore().insertArticle(article) ? article.id : 0;
    }

    static PublishRunner::Environment folderEnvironment(const QString &root)
    {
        PublishRunner::Environment environment;
        environment.account = [root](const QString &name) -> std::optional<TargetAccount> {
            TargetAccount account;
            account.name = name;
            account.kind = TargetAccount::folderKind();
            account.path = root;
            return account;
        };
        return environment;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rule_data()
    {
        QTest::addColumn<QDateTime>("embargo");
        QTest::addColumn<PublishAction>("action");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("refused");
        const QDateTime embargo = utc(2026, 12, 1, 0); // 09:00 in Seoul
        QTest::newRow("nominal: no embargo") << QDateTime() << PublishAction::Publish << QDateTime() << false;
        QTest::newRow("nominal: publish now, before") << embargo << PublishAction::Publish << QDateTime() << true;
        QTest::newRow("nominal: schedule before") << embargo << PublishAction::Schedule << embargo.addSecs(-60) << true;
        QTest::newRow("nominal: schedule at the embargo") << embargo << PublishAction::Schedule << embargo << false;
        QTest::newRow("nominal: schedule after") << embargo << PublishAction::Schedule << embargo.addDays(1) << false;
        QTest::newRow("nominal: approve now, before") << embargo << PublishAction::Approve << QDateTime() << true;
        QTest::newRow("nominal: approve at a time before")
            << embargo << PublishAction::Approve << embargo.addSecs(-1) << true;
        QTest::newRow("nominal: approve at the embargo") << embargo << PublishAction::Approve << embargo << false;
        QTest::newRow("nominal: a draft is not going live") << embargo << PublishAction::Draft << QDateTime() << false;
        QTest::newRow("nominal: submitting is not going live")
            << embargo << PublishAction::Submit << QDateTime() << false;
        QTest::newRow("nominal: a return is not going live")
            << embargo << PublishAction::Return << QDateTime() << false;
        QTest::newRow("nominal: after the embargo, now")
            << utc(2026, 11, 1, 0) << PublishAction::Publish << QDateTime() << false;
    }

    void rule()
    {
        QFETCH(QDateTime, embargo);
        QFETCH(PublishAction, action);
        QFETCH(QDateTime, at);
        QFETCH(bool, refused);
        const QString refusal =
            Embargo::refusal(embargo, action, at, utc(2026, 11, 30, 12), Embargo::zone(u"Asia/Seoul"_s));
        QCOMPARE(!refusal.isEmpty(), refused);
        if (refused)
            QVERIFY2(refusal.contains(u"2026-12-01 09:00 KST"_s), qPrintable(refusal));
    }

    void outboxRefusesGoingLiveBeforeTheEmbargo()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        const QDateTime embargo = QDateTime::currentDateTimeUtc().addDays(2);
        const qint64 id = storeStory(library, embargo);
        QVERIFY(id);
        Outbox outbox(library);
        outbox.setTimeZone(Embargo::zone(u"Asia/Seoul"_s));
        const QString seoul = Embargo::timeText(embargo, Embargo::zone(u"Asia/Seoul"_s));
        QVERIFY(seoul.endsWith(u"KST"_s));

        QVERIFY(!outbox.enqueue(id, u"site"_s, PublishAction::Publish));
        QVERIFY2(outbox.errorString().contains(seoul), qPrintable(outbox.errorString()));
        QVERIFY(!outbox.enqueue(id, u"site"_s, PublishAction::Schedule, embargo.addSecs(-60)));
        QVERIFY2(outbox.errorString().contains(seoul), qPrintable(outbox.errorString()));
        // Nothing was queued and no revision was named after a refused job.
        QCOMPARE(outbox.jobs().size(), 0);
        QCOMPARE(library.revisionStore().revisions(id).size(), 0);

        // Scheduled for the embargo itself, or a draft: queued.
        const std::optional<PublishJob> scheduled = outbox.enqueue(id, u"site"_s, PublishAction::Schedule, embargo);
        QVERIFY2(scheduled, qPrintable(outbox.errorString()));
        QCOMPARE(scheduled->scheduledAt, embargo);
        QVERIFY2(outbox.enqueue(id, u"other"_s, PublishAction::Draft), qPrintable(outbox.errorString()));

        // The time is said in the publication's zone.
        outbox.setTimeZone(Embargo::zone(u"UTC"_s));
        QVERIFY(!outbox.enqueue(id, u"site"_s, PublishAction::Publish));
        QVERIFY2(outbox.errorString().contains(Embargo::timeText(embargo, QTimeZone::UTC)),
            qPrintable(outbox.errorString()));
    }

    // A job queued before the story got its embargo (offline, say) is held at
    // send time, before anything reaches the target.
    void runnerRefusesAJobQueuedBeforeTheEmbargo()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.filePath(u"library"_s)));
        const qint64 id = storeStory(library, {});
        Outbox outbox(library);
        const std::optional<PublishJob> job = outbox.enqueue(id, u"folder"_s, PublishAction::Publish);
        QVERIFY2(job, qPrintable(outbox.errorString()));

        Article article = *library.articleStore().article(id);
        article.embargo = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(library.articleStore().updateArticle(article));

        const QString root = dir.filePath(u"site"_s);
        PublishRunner runner(library, folderEnvironment(root));
        const std::optional<PublishJob> after = runner.run(job->id);
        QVERIFY(after);
        QCOMPARE(after->state, PublishState::Held);
        QVERIFY2(after->message.contains(u"embargo"_s), qPrintable(after->message));
        QVERIFY2(!QDir(root).exists() || QDir(root).isEmpty(), "nothing reached the target");

        // The embargo lifted, a person's retry sends it.
        article = *library.articleStore().article(id);
        article.embargo = {};
        QVERIFY(library.articleStore().updateArticle(article));
        QVERIFY(outbox.retry(job->id));
        QCOMPARE(runner.run(job->id)->state, PublishState::Done);
        QVERIFY(QFile::exists(root + u"/rates/index.html"_s));
    }
};

QTEST_GUILESS_MAIN(tst_Embargo)
#include "tst_embargo.moc"
