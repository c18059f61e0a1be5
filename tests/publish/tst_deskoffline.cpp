#include "publishtesting.h"

#include "faultproxy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::PublishTesting;
using Byline::Test::FaultProxy;
using Byline::Test::WordPressServer;

// A return the desk makes while the site is unreachable: the job waits in the queue with the note as typed,
// nothing reaches the site, and once the network is back the next run takes it there exactly once.
class tst_DeskOffline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    WordPressServer m_server;
    Library m_reporter;
    Library m_desk;

    QJsonObject post(qint64 id) { return restGet(m_server, u"/wp/v2/posts/%1"_s.arg(id), u"context=edit"_s).object(); }
    QJsonArray notes(qint64 id)
    {
        return restGet(m_server, u"/byline/v1/posts/%1/notes"_s.arg(id)).object().value(u"notes"_s).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_reporter.open(m_dir.filePath(u"reporter"_s)));
        QVERIFY(m_desk.open(m_dir.filePath(u"desk"_s)));
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void aReturnMadeOfflineReachesTheSiteOnceWhenBack()
    {
        // The reporter files straight to the site.
        const Article story = makeStory(m_reporter, m_dir.path(), 1, u"offline-return"_s);
        QVERIFY(story.id);
        PublishRunner reporterRunner(m_reporter, environment(m_server));
        Outbox reporterOutbox(m_reporter);
        const std::optional<PublishJob> submit =
            reporterOutbox.enqueue(story.id, WordPressServer::Reporter.toString(), PublishAction::Submit);
        QVERIFY2(submit, qPrintable(reporterOutbox.errorString()));
        const PublishJob filed = runToEnd(reporterRunner, reporterOutbox, submit->id);
        QVERIFY2(filed.state == PublishState::Done, qPrintable(filed.message));
        const qint64 postId = filed.remoteId;
        QCOMPARE(post(postId).value(u"status"_s).toString(), u"pending"_s);

        // The desk's copy, linked to the post as opening it from the desk leaves it.
        Article copy = story;
        copy.id = 0;
        QVERIFY(m_desk.articleStore().insertArticle(copy));
        Outbox outbox(m_desk);
        QVERIFY(outbox.setRemotePost(WordPressServer::Desk.toString(), copy.uuid,
            {postId, QUrl(), QDateTime::currentDateTimeUtc(), u"pending"_s}));

        // The desk's Byline reaches the site only through the proxy, which now drops every connection unread.
        FaultProxy proxy(m_server.url());
        QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
        FaultProxy::Fault offline;
        offline.kind = FaultProxy::Fault::DropBeforeForward;
        offline.times = -1;
        proxy.addFault(offline);
        PublishRunner deskRunner(m_desk, environment(m_server, proxy.url()));

        const QString note = u"제목에 숫자가 틀렸습니다. 예산은 1,200억 원입니다 — 고쳐서 다시 송고해 주세요."_s;
        const std::optional<PublishJob> queued =
            outbox.enqueue(copy.id, WordPressServer::Desk.toString(), PublishAction::Return, {}, note);
        QVERIFY2(queued, qPrintable(outbox.errorString()));

        // Two runs while offline: each waits to try again, and nothing reached the site.
        for (int run = 0; run < 2; ++run) {
            const std::optional<PublishJob> waiting = deskRunner.run(queued->id);
            QVERIFY(waiting);
            QVERIFY2(waiting->state == PublishState::Waiting, qPrintable(waiting->message));
            QCOMPARE(outbox.job(queued->id)->note, note);
        }
        QVERIFY2(proxy.faultsFired() >= 2, qPrintable(proxy.log().join(u'\n')));
        QCOMPARE(proxy.forwardedCount(), 0);
        QCOMPARE(post(postId).value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(notes(postId).size(), 0);

        // The network is back: the queue drains, and the site has the one return with the note as typed.
        proxy.clearFaults();
        proxy.resetCounters();
        const PublishJob done = runToEnd(deskRunner, outbox, queued->id);
        QVERIFY2(done.state == PublishState::Done, qPrintable(done.message + u'\n' + proxy.log().join(u'\n')));
        QCOMPARE(done.deskAction, queued->deskAction);
        int actionPosts = 0;
        for (const QString &line : proxy.log())
            actionPosts += line.startsWith(u"POST"_s) && line.contains(u"/actions"_s);
        QCOMPARE(actionPosts, 1);
        const QJsonArray onSite = notes(postId);
        QCOMPARE(onSite.size(), 1);
        QCOMPARE(onSite.at(0)[u"kind"_s].toString(), u"return"_s);
        QCOMPARE(onSite.at(0)[u"text"_s].toString(), note);
        QCOMPARE(post(postId).value(u"status"_s).toString(), u"draft"_s);
        QCOMPARE(outbox.remotePost(WordPressServer::Desk.toString(), copy.uuid)->status, u"draft"_s);

        // Running the finished job again sends nothing more.
        deskRunner.run(queued->id);
        QCOMPARE(notes(postId).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_DeskOffline)
#include "tst_deskoffline.moc"
