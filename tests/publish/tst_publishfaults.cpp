#include "faultproxy.h"
#include "publishtesting.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::PublishTesting;
using Byline::Test::FaultProxy;
using Byline::Test::WordPressServer;
using Fault = FaultProxy::Fault;

// The network between Byline and WordPress misbehaves on purpose (a loopback
// proxy): dropped connections, answers lost after WordPress acted, slow
// answers, 502, 503 and 429 with Retry-After. Whatever happens, the site
// ends with one post and one copy of each photo.
class tst_PublishFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    WordPressServer m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    Library m_library;

    static QRegularExpression route(const QString &pattern) { return QRegularExpression(pattern); }

    // Exactly one copy of each of the story's photos, found by its UUID.
    void verifyEachPhotoOnce(const Article &story)
    {
        for (const Photo &photo : PublishRunner::photosToSend(story, m_library.photos(story.id))) {
            const QJsonArray found = restGet(m_server, u"/wp/v2/media"_s,
                u"context=edit&byline_uuid="_s + PublishRunner::mediaKey(story, photo, Publication()))
                                         .array();
            QCOMPARE(found.size(), 1);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A stalled request is given up quickly, so a delayed answer counts as lost.
        qputenv("BYLINE_HTTP_TIMEOUT_MS", "2000");
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_proxy = std::make_unique<FaultProxy>(m_server.url());
        QVERIFY(m_proxy->start());
        QVERIFY(m_library.open(m_dir.filePath(u"library"_s)));
    }

    void cleanupTestCase()
    {
        m_proxy->stop();
        QVERIFY(m_server.stop());
    }

    void cleanup() { m_proxy->clearFaults(); }

    void oneStoryWhateverTheNetworkDoes_data()
    {
        QTest::addColumn<QList<Fault>>("faults");
        const auto media = route(u"^/wp-json/wp/v2/media(\\?|$)"_s);
        const auto posts = route(u"^/wp-json/wp/v2/posts(\\?|$)"_s);
        // Qt resends a request once or twice by itself when a connection
        // closes before any answer: drops fire three times to be seen.
        QTest::newRow("robustness: 502 and 503 on uploads")
            << QList<Fault> {{.kind = Fault::Status, .method = u"POST"_s, .path = media, .status = 502},
                   {.kind = Fault::Status, .method = u"POST"_s, .path = media, .skip = 1, .status = 503}};
        QTest::newRow("robustness: 429 with Retry-After on the story") << QList<Fault> {
            {.kind = Fault::Status, .method = u"POST"_s, .path = posts, .status = 429, .retryAfterSeconds = 1}};
        QTest::newRow("robustness: a photo's upload answer is lost")
            << QList<Fault> {{.kind = Fault::DropAfterForward, .method = u"POST"_s, .path = media, .times = 3}};
        QTest::newRow("robustness: the story's create answer is lost")
            << QList<Fault> {{.kind = Fault::DropAfterForward, .method = u"POST"_s, .path = posts, .times = 3}};
        QTest::newRow("robustness: connections dropped before WordPress sees them")
            << QList<Fault> {{.kind = Fault::DropBeforeForward, .method = u"POST"_s, .times = 4}};
        QTest::newRow("robustness: an upload times out, then arrives")
            << QList<Fault> {{.kind = Fault::Delay, .method = u"POST"_s, .path = media, .delayMs = 3500}};
        QTest::newRow("robustness: the story's create times out, then arrives")
            << QList<Fault> {{.kind = Fault::Delay, .method = u"POST"_s, .path = posts, .delayMs = 3500}};
        QTest::newRow("robustness: an upload cut in half")
            << QList<Fault> {{.kind = Fault::ResetMidUpload, .method = u"POST"_s, .path = media, .times = 3}};
        QTest::newRow("robustness: everything at once")
            << QList<Fault> {{.kind = Fault::Status, .path = route(u"^/wp-json/byline"_s), .status = 503},
                   {.kind = Fault::DropAfterForward, .method = u"POST"_s, .path = media, .times = 3, .skip = 1},
                   {.kind = Fault::Status, .method = u"POST"_s, .path = posts, .status = 429, .retryAfterSeconds = 0},
                   {.kind = Fault::DropAfterForward, .method = u"POST"_s, .path = posts, .times = 3}};
    }

    void oneStoryWhateverTheNetworkDoes()
    {
        QFETCH(QList<Fault>, faults);
        static int serial = 0;
        const QString slug = u"faults-%1"_s.arg(++serial);
        const Article story = makeStory(m_library, m_dir.path(), 3, slug, u"장애 속 게시 %1"_s.arg(serial));
        for (const Fault &fault : std::as_const(faults))
            m_proxy->addFault(fault);
        m_proxy->resetCounters();
        const int mediaBefore = mediaCount(m_server);

        Outbox outbox(m_library);
        PublishRunner runner(m_library, environment(m_server, m_proxy->url()));
        const PublishJob job =
            runToEnd(runner, outbox, outbox.enqueue(story.id, u"desk"_s, PublishAction::Publish)->id);
        QVERIFY2(job.state == PublishState::Done, qPrintable(job.message + u'\n' + m_proxy->log().join(u'\n')));
        QVERIFY2(m_proxy->faultsFired() > 0, qPrintable(m_proxy->log().join(u'\n')));

        QCOMPARE(postsTitled(m_server, story.headline).size(), 1);
        QCOMPARE(mediaCount(m_server), mediaBefore + 3);
        verifyEachPhotoOnce(story);
        const QJsonObject remote =
            restGet(m_server, u"/wp/v2/posts/%1"_s.arg(job.remoteId), u"context=edit"_s).object();
        QCOMPARE(remote.value(u"status"_s).toString(), u"publish"_s);
        QVERIFY(remote.value(u"featured_media"_s).toInteger() > 0);
    }

    void retryAfterIsHonoured()
    {
        const Article story = makeStory(m_library, m_dir.path(), 0, u"retry-after"_s, u"잠시 후 다시"_s);
        m_proxy->addFault({.kind = Fault::Status,
            .method = u"POST"_s,
            .path = route(u"^/wp-json/wp/v2/posts"_s),
            .status = 429,
            .retryAfterSeconds = 2});
        Outbox outbox(m_library);
        PublishRunner runner(m_library, environment(m_server, m_proxy->url()));
        const qint64 id = outbox.enqueue(story.id, u"desk"_s, PublishAction::Publish)->id;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        runner.run(id);
        const PublishJob waiting = *outbox.job(id);
        QCOMPARE(waiting.state, PublishState::Waiting);
        QCOMPARE(waiting.httpStatus, 429);
        QCOMPARE(waiting.attempts, 1);
        // Two seconds from the answer, not the 50-400 ms the test's backoff would give.
        QVERIFY(before.msecsTo(waiting.nextAttempt) >= 1900);
        QVERIFY(!outbox.log(id).isEmpty());
        const PublishJob done = runToEnd(runner, outbox, id);
        QCOMPARE(done.state, PublishState::Done);
    }

    void heldErrorsCarryTheServersWords()
    {
        const Article story = makeStory(m_library, m_dir.path(), 1, u"too-large"_s, u"너무 큰 사진"_s);
        m_proxy->addFault({.kind = Fault::Status,
            .method = u"POST"_s,
            .path = route(u"^/wp-json/wp/v2/media"_s),
            .times = -1,
            .status = 413});
        Outbox outbox(m_library);
        PublishRunner runner(m_library, environment(m_server, m_proxy->url()));
        const PublishJob held =
            runToEnd(runner, outbox, outbox.enqueue(story.id, u"desk"_s, PublishAction::Publish)->id);
        QCOMPARE(held.state, PublishState::Held);
        QCOMPARE(held.httpStatus, 413);
        QCOMPARE(held.attempts, 1); // not retried
        QVERIFY2(held.message.contains(u"larger than the site accepts"_s), qPrintable(held.message));
        QVERIFY(!held.serverText.isEmpty());
        QCOMPARE(postsTitled(m_server, story.headline).size(), 0);
    }

    void aDeadServerIsRetriedThenHeld()
    {
        const Article story = makeStory(m_library, m_dir.path(), 0, u"dead-server"_s, u"서버 없음"_s);
        PublishRunner::Environment dead = environment(m_server, QUrl(u"http://127.0.0.1:1"_s));
        dead.policy.maxAttempts = 3;
        Outbox outbox(m_library);
        PublishRunner runner(m_library, dead);
        const PublishJob held =
            runToEnd(runner, outbox, outbox.enqueue(story.id, u"desk"_s, PublishAction::Publish)->id);
        QCOMPARE(held.state, PublishState::Held);
        QCOMPARE(held.attempts, 3);
        QVERIFY2(held.message.contains(u"127.0.0.1:1"_s), qPrintable(held.message));
        QCOMPARE(outbox.log(held.id).size() >= 3, true);
    }
};

QTEST_GUILESS_MAIN(tst_PublishFaults)
#include "tst_publishfaults.moc"
