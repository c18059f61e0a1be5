#include "publishtesting.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::PublishTesting;
using Byline::Test::WordPressServer;

// A WordPress without the Byline connector: everything still works, and
// whenever an answer came back nothing is created twice.
class tst_PublishNoConnector : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    WordPressServer m_server {WordPressServer::Options {.connector = false}};
    Library m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_library.open(m_dir.filePath(u"library"_s)));
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void signInSaysWhatIsMissing()
    {
        const std::unique_ptr<PublishTarget> target =
            PublishTarget::create(wordPressAccount(m_server, WordPressServer::Reporter),
                m_server.credentials(WordPressServer::Reporter).password, nullptr);
        TargetCapabilities capabilities;
        const TargetOutcome outcome = target->signIn(&capabilities, {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(!capabilities.exactlyOnce);
        QVERIFY(capabilities.editPosts);
        QVERIFY(capabilities.uploadFiles);
        QVERIFY(!capabilities.publishPosts);
        QCOMPARE(capabilities.siteName, u"강원일보 테스트"_s);
    }

    void publishingTwiceMakesOnePost()
    {
        Outbox outbox(m_library);
        PublishRunner runner(m_library, environment(m_server));
        const Article story = makeStory(m_library, m_dir.path(), 2, u"no-connector"_s, u"커넥터 없이 게시"_s);
        const int mediaBefore = mediaCount(m_server);
        const PublishJob first =
            runToEnd(runner, outbox, outbox.enqueue(story.id, u"desk"_s, PublishAction::Publish)->id);
        QCOMPARE(PublishNames::stateKey(first.state), u"done"_s);
        const PublishJob second =
            runToEnd(runner, outbox, outbox.enqueue(story.id, u"desk"_s, PublishAction::Publish)->id);
        QCOMPARE(PublishNames::stateKey(second.state), u"done"_s);
        QCOMPARE(second.remoteId, first.remoteId);
        QCOMPARE(postsTitled(m_server, story.headline).size(), 1);
        QCOMPARE(mediaCount(m_server), mediaBefore + 2);
    }
};

QTEST_GUILESS_MAIN(tst_PublishNoConnector)
#include "tst_publishnoconnector.moc"
