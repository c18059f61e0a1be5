#include "faultproxy.h"
#include "publishtesting.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::PublishTesting;
using Byline::Test::FaultProxy;
using Byline::Test::WordPressServer;
using Fault = FaultProxy::Fault;

// The runner's steps in their order, seen from outside, with a fault in the
// middle: the requests the site gets (a loopback proxy in front of the real
// WordPress keeps them), the states the job goes through, and what the
// outbox records before each step acts. Sign in, photos one by one, each
// recorded; the body rendered with the site's copies; the story marked as
// being sent before it goes; after a fault, the next attempt skips what is
// recorded and looks up what may have arrived.
class tst_PublishSteps : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    WordPressServer m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    Library m_library;

    struct Seen
    {
        QStringList states; // each state once, in the order reached ("uploading", ...)
        QStringList requests; // "POST /wp-json/wp/v2/media -> 201"
    };

    Seen attempt(PublishRunner &runner, qint64 jobId)
    {
        Seen seen;
        m_proxy->resetCounters();
        runner.run(jobId, nullptr, [&seen](const PublishJob &job) {
            const QString state = PublishNames::stateKey(job.state);
            if (seen.states.isEmpty() || seen.states.constLast() != state)
                seen.states << state;
        });
        seen.requests = m_proxy->log();
        return seen;
    }

    // What the site was asked, by kind and status ("media 201"), sorted: the
    // proxy logs a request when its connection ends, which is not always in
    // the order they were sent. The order is the job's states' and the
    // outbox log's. Term look-ups count once, however many the story has.
    static QStringList kinds(const QStringList &requests)
    {
        QStringList result;
        for (const QString &line : requests) {
            QString status = line.section(u" -> "_s, 1).section(u' ', 0, 0);
            QString kind;
            if (line.contains(u"/byline/v1/info"_s) || line.contains(u"/wp/v2/users/me"_s))
                kind = u"sign-in"_s;
            else if (line.startsWith(u"POST /wp-json/wp/v2/media"_s))
                kind = u"media"_s;
            else if (line.startsWith(u"GET /wp-json/wp/v2/media"_s))
                kind = u"find-media"_s;
            else if (line.contains(u"/wp/v2/categories"_s) || line.contains(u"/wp/v2/tags"_s))
                kind = u"terms"_s;
            else if (line.startsWith(u"GET /wp-json/wp/v2/posts"_s))
                kind = u"find-post"_s;
            else if (line.startsWith(u"POST /wp-json/wp/v2/posts"_s))
                kind = u"post"_s;
            else
                kind = line;
            if (kind == u"terms"_s)
                status = u"200"_s;
            if (kind == u"terms"_s && result.contains(u"terms 200"_s))
                continue;
            result << kind + u' ' + status;
        }
        result.sort();
        return result;
    }

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

    static QStringList logOf(const Outbox &outbox, qint64 jobId)
    {
        QStringList lines;
        for (const PublishLogEntry &entry : outbox.log(jobId))
            lines << entry.text;
        return lines;
    }

    static QStringList states(std::initializer_list<PublishState> list)
    {
        QStringList keys;
        for (const PublishState state : list)
            keys << PublishNames::stateKey(state);
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
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

    // The story's create fails (503): everything before it is recorded, and
    // the next attempt sends only the story, after looking for it.
    void aFailedStoryKeepsTheStepsBeforeIt()
    {
        const Article story = makeStory(m_library, m_dir.path(), 2, u"steps-story"_s, u"단계 순서 1"_s);
        m_proxy->addFault({.kind = Fault::Status,
            .method = u"POST"_s,
            .path = QRegularExpression(u"^/wp-json/wp/v2/posts(\\?|$)"_s),
            .status = 503});
        Outbox outbox(m_library);
        PublishRunner runner(m_library, environment(m_server, m_proxy->url()));
        const qint64 id = outbox.enqueue(story.id, u"desk"_s, PublishAction::Publish)->id;

        const Seen first = attempt(runner, id);
        QCOMPARE(first.states,
            states({PublishState::Queued, PublishState::UploadingPhotos, PublishState::SendingArticle,
                PublishState::Waiting}));
        QVERIFY2(kinds(first.requests)
                == sorted(
                    QStringList {u"sign-in 200"_s, u"media 201"_s, u"media 201"_s, u"terms 200"_s, u"post 503"_s}),
            qPrintable(first.requests.join(u'\n')));
        // Recorded before the story went: the photos the site has, and that
        // the story is being sent (an answer lost now is looked up).
        const QList<Photo> photos = PublishRunner::photosToSend(story, m_library.photoStore().photos(story.id));
        QCOMPARE(photos.size(), 2);
        QList<qint64> mediaIds;
        for (const Photo &photo : photos) {
            const std::optional<Outbox::MediaRecord> record =
                outbox.remoteMedia(u"desk"_s, PublishRunner::mediaKey(story, photo, Publication()));
            QVERIFY(record && record->media.id > 0);
            mediaIds << record->media.id;
        }
        QVERIFY(outbox.postMaybeSent(u"desk"_s, story.uuid));
        // The outbox's log, in the order written: signed in, each photo on the
        // site, then the story's failure.
        const QStringList log = logOf(outbox, id);
        QCOMPARE(log.size(), 4);
        QVERIFY2(log.at(0).startsWith(u"Attempt 1: "_s), qPrintable(log.join(u'\n')));
        QVERIFY2(log.at(1).startsWith(u"Photo "_s) && log.at(2).startsWith(u"Photo "_s), qPrintable(log.join(u'\n')));
        QVERIFY2(log.at(3).contains(u"Trying again"_s), qPrintable(log.join(u'\n')));

        QTest::qWait(int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(outbox.job(id)->nextAttempt))));
        const Seen second = attempt(runner, id);
        QCOMPARE(
            second.states, states({PublishState::UploadingPhotos, PublishState::SendingArticle, PublishState::Done}));
        QVERIFY2(kinds(second.requests) == sorted(QStringList {u"find-post 200"_s, u"post 201"_s}),
            qPrintable(second.requests.join(u'\n')));

        // The body was rendered after the photos went up, pointing at the
        // site's copies.
        const PublishJob done = *outbox.job(id);
        QCOMPARE(done.state, PublishState::Done);
        const QJsonObject remote =
            restGet(m_server, u"/wp/v2/posts/%1"_s.arg(done.remoteId), u"context=edit"_s).object();
        const QString content = remote.value(u"content"_s).toObject().value(u"raw"_s).toString();
        QVERIFY2(content.contains(u"wp-image-%1"_s.arg(mediaIds.at(1))), qPrintable(content));
        QCOMPARE(remote.value(u"featured_media"_s).toInteger(), mediaIds.at(0));
        QCOMPARE(postsTitled(m_server, story.headline).size(), 1);
        const QStringList after = logOf(outbox, id).mid(4);
        QCOMPARE(after.size(), 2);
        QVERIFY2(after.at(0).startsWith(u"Attempt 2: "_s), qPrintable(after.join(u'\n')));
        QVERIFY2(after.at(1).startsWith(u"Done: post "_s), qPrintable(after.join(u'\n')));
    }

    // The second photo's upload fails: the story is not sent at all, and the
    // next attempt goes on from that photo.
    void aFailedPhotoStopsBeforeTheStory()
    {
        const Article story = makeStory(m_library, m_dir.path(), 3, u"steps-photo"_s, u"단계 순서 2"_s);
        m_proxy->addFault({.kind = Fault::Status,
            .method = u"POST"_s,
            .path = QRegularExpression(u"^/wp-json/wp/v2/media(\\?|$)"_s),
            .skip = 1,
            .status = 503});
        Outbox outbox(m_library);
        PublishRunner runner(m_library, environment(m_server, m_proxy->url()));
        const qint64 id = outbox.enqueue(story.id, u"desk"_s, PublishAction::Publish)->id;
        const int mediaBefore = mediaCount(m_server);

        const Seen first = attempt(runner, id);
        QCOMPARE(first.states, states({PublishState::Queued, PublishState::UploadingPhotos, PublishState::Waiting}));
        QVERIFY2(kinds(first.requests) == sorted(QStringList {u"sign-in 200"_s, u"media 201"_s, u"media 503"_s}),
            qPrintable(first.requests.join(u'\n')));
        const QList<Photo> photos = PublishRunner::photosToSend(story, m_library.photoStore().photos(story.id));
        auto record = [&](int i) {
            return outbox.remoteMedia(u"desk"_s, PublishRunner::mediaKey(story, photos.at(i), Publication()));
        };
        QVERIFY(record(0) && record(0)->media.id > 0);
        QVERIFY(record(1) && record(1)->media.id == 0); // marked as being sent, no answer
        QVERIFY(!record(2));
        QVERIFY(!outbox.postMaybeSent(u"desk"_s, story.uuid));
        const QStringList log = logOf(outbox, id);
        QCOMPARE(log.size(), 3);
        QVERIFY2(log.at(0).startsWith(u"Attempt 1: "_s), qPrintable(log.join(u'\n')));
        QVERIFY2(log.at(1).startsWith(u"Photo "_s), qPrintable(log.join(u'\n')));
        QVERIFY2(log.at(2).contains(u"Trying again"_s), qPrintable(log.join(u'\n')));

        QTest::qWait(int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(outbox.job(id)->nextAttempt))));
        const Seen second = attempt(runner, id);
        QCOMPARE(
            second.states, states({PublishState::UploadingPhotos, PublishState::SendingArticle, PublishState::Done}));
        // The photo that may have arrived is looked for first.
        QVERIFY2(kinds(second.requests)
                == sorted(
                    QStringList {u"find-media 200"_s, u"media 201"_s, u"media 201"_s, u"terms 200"_s, u"post 201"_s}),
            qPrintable(second.requests.join(u'\n')));
        QCOMPARE(mediaCount(m_server), mediaBefore + 3);
        QCOMPARE(postsTitled(m_server, story.headline).size(), 1);
        const QStringList after = logOf(outbox, id).mid(3);
        QCOMPARE(after.size(), 4);
        QVERIFY2(after.at(0).startsWith(u"Attempt 2: "_s), qPrintable(after.join(u'\n')));
        QVERIFY2(
            after.at(1).startsWith(u"Photo "_s) && after.at(2).startsWith(u"Photo "_s), qPrintable(after.join(u'\n')));
        QVERIFY2(after.at(3).startsWith(u"Done: post "_s), qPrintable(after.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(tst_PublishSteps)
#include "tst_publishsteps.moc"
