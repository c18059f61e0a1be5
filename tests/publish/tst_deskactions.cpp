#include "publishtesting.h"

#include "../cli/clirun.h"
#include "desk/deskclient.h"
#include "faultproxy.h"
#include "media/photoimport.h"
#include "publish/embargo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::PublishTesting;
using Byline::Test::FaultProxy;
using Byline::Test::WordPressServer;

// The desk's actions as queue jobs against the real WordPress and connector 2.0: the reporter (a Contributor who
// may upload) files, the desk (an Editor) returns with a note, the reporter edits with `byline edit` and files
// again, the desk approves now or at a time. The embargo holds in Byline before anything is sent and on the site
// for what reaches it anyway; a return whose answer is lost reaches the site once; an account without the right is
// refused before anything is sent.
class tst_DeskActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    WordPressServer m_server;
    // Each person's own Byline: a library and the queue's runner.
    Library m_reporter;
    Library m_desk;
    std::unique_ptr<PublishRunner> m_reporterRunner;
    std::unique_ptr<PublishRunner> m_deskRunner;
    int m_stories = 0;

    // Queues and runs one job in that library to its end; the job as recorded.
    PublishJob act(Library &library, PublishRunner &runner, qint64 articleId, QStringView target, PublishAction action,
        const QDateTime &at = {}, const QString &note = {})
    {
        Outbox outbox(library);
        const std::optional<PublishJob> job = outbox.enqueue(articleId, target.toString(), action, at, note);
        if (!job) {
            qWarning().noquote() << outbox.errorString();
            return {};
        }
        return runToEnd(runner, outbox, job->id);
    }

    // The reporter's story with photos: the lead, one in the body and one attached but placed nowhere.
    Article reporterStory(const QDateTime &embargo = {})
    {
        const QString slug = u"desk-story-%1"_s.arg(++m_stories);
        Article story = makeStory(m_reporter, m_dir.path(), 2, slug, u"원주 혁신도시 2단계 착공 %1"_s.arg(m_stories));
        const QString extra = m_dir.filePath(slug + u"-extra.jpg"_s);
        TestImages::writeJpeg(extra, TestImages::photoLike({1600, 1000}, 90 + m_stories));
        if (PhotoImport::importFile(m_reporter, story.id, extra).outcome != PhotoImport::Outcome::Imported)
            return {};
        story = *m_reporter.articleStore().article(story.id);
        story.embargo = embargo;
        m_reporter.articleStore().updateArticle(story);
        return *m_reporter.articleStore().article(story.id);
    }

    // The story in the desk's library, linked to the post as opening it from the desk leaves it.
    qint64 openOnDesk(const Article &story, qint64 post)
    {
        Article copy = story;
        copy.id = 0;
        if (!m_desk.articleStore().insertArticle(copy))
            return 0;
        Outbox(m_desk).setRemotePost(
            WordPressServer::Desk.toString(), copy.uuid, {post, QUrl(), QDateTime::currentDateTimeUtc(), u"pending"_s});
        return copy.id;
    }

    QJsonObject post(qint64 id) { return restGet(m_server, u"/wp/v2/posts/%1"_s.arg(id), u"context=edit"_s).object(); }
    QJsonArray notes(qint64 id)
    {
        return restGet(m_server, u"/byline/v1/posts/%1/notes"_s.arg(id)).object().value(u"notes"_s).toArray();
    }

    // `byline ...` in-process as `role`, on that person's library; the account's password from BYLINE_PASSWORD.
    CliTest::Run cli(QStringView role, const QString &library, const QStringList &arguments)
    {
        qputenv("BYLINE_PASSWORD", m_server.credentials(role).password.toUtf8());
        return CliTest::run(arguments, library);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("BYLINE_RETRY_BASE_MS", "50");
        qputenv("BYLINE_RETRY_CAP_MS", "200");
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_reporter.open(m_dir.filePath(u"reporter"_s)));
        QVERIFY(m_desk.open(m_dir.filePath(u"desk"_s)));
        m_reporterRunner = std::make_unique<PublishRunner>(m_reporter, environment(m_server));
        m_deskRunner = std::make_unique<PublishRunner>(m_desk, environment(m_server));
        // The accounts as `byline targets add` keeps them, for the command-line steps.
        for (QStringView role : {WordPressServer::Reporter, WordPressServer::Desk}) {
            const CliTest::Run added = cli(role, m_dir.filePath(u"cli"_s),
                {u"targets"_s, u"add"_s, role.toString(), u"--kind"_s, u"wordpress"_s, u"--url"_s,
                    m_server.url().toString(), u"--user"_s, m_server.credentials(role).user});
            QVERIFY2(added.code == Cli::Success, qPrintable(added.err));
        }
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    // 송고 → 반려 → 수정 → 재송고 → 출고, and the reporter reads the desk's note.
    void returnEditResubmitApprove()
    {
        const Article story = reporterStory();
        QVERIFY(story.id);
        QCOMPARE(m_reporter.photoStore().photos(story.id).size(), 3);
        const PublishJob filed =
            act(m_reporter, *m_reporterRunner, story.id, WordPressServer::Reporter, PublishAction::Submit);
        QVERIFY2(filed.state == PublishState::Done, qPrintable(filed.message));
        const qint64 postId = filed.remoteId;
        QCOMPARE(post(postId).value(u"status"_s).toString(), u"pending"_s);

        // The desk gets every attached photo, the one placed nowhere too.
        QString error;
        const std::unique_ptr<DeskClient> desk = DeskClient::create(wordPressAccount(m_server, WordPressServer::Desk),
            m_server.credentials(WordPressServer::Desk).password, &error);
        QVERIFY2(desk, qPrintable(error));
        DeskFiledStory filedStory;
        const TargetOutcome read = desk->story(postId, &filedStory, {});
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(filedStory.photos.size(), 3);

        const qint64 deskId = openOnDesk(story, postId);
        QVERIFY(deskId);
        // A second after filing, so the return moves the post's modified_gmt (it counts seconds) past the time
        // the reporter's Byline last saw: filing again must still go through, nobody touched the text.
        QTest::qSleep(1000);
        const QString note = u"리드가 약합니다. 착공 일정과 예산을 첫 문단에 넣어 주세요."_s;
        const PublishJob returned =
            act(m_desk, *m_deskRunner, deskId, WordPressServer::Desk, PublishAction::Return, {}, note);
        QVERIFY2(returned.state == PublishState::Done, qPrintable(returned.message));
        QCOMPARE(post(postId).value(u"status"_s).toString(), u"draft"_s);
        QCOMPARE(Outbox(m_desk).remotePost(u"desk"_s, story.uuid)->status, u"draft"_s);
        const QJsonArray afterReturn = notes(postId);
        QCOMPARE(afterReturn.size(), 1);
        QCOMPARE(afterReturn.at(0)[u"kind"_s].toString(), u"return"_s);
        QCOMPARE(afterReturn.at(0)[u"text"_s].toString(), note);

        // The reporter reads the note from the command line, as the reporter.
        const CliTest::Run notesRun = cli(WordPressServer::Reporter, m_reporter.directory(),
            {u"desk"_s, u"notes"_s, QString::number(story.id), u"--json"_s});
        QVERIFY2(notesRun.code == Cli::Success, qPrintable(notesRun.err));
        const QJsonArray seen = QJsonDocument::fromJson(notesRun.out.toUtf8()).array();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.at(0)[u"kind"_s].toString(), u"return"_s);
        QCOMPARE(seen.at(0)[u"text"_s].toString(), note);
        QCOMPARE(seen.at(0)[u"author"_s][u"name"_s].toString(), m_server.credentials(WordPressServer::Desk).name);

        // Edits with `byline edit` and files again: the same post, pending with the new headline.
        const QString headline = u"원주 혁신도시 2단계 내년 3월 착공…예산 1,200억"_s;
        const CliTest::Run edited = cli(WordPressServer::Reporter, m_reporter.directory(),
            {u"edit"_s, QString::number(story.id), u"--headline"_s, headline});
        QVERIFY2(edited.code == Cli::Success, qPrintable(edited.err));
        const PublishJob refiled =
            act(m_reporter, *m_reporterRunner, story.id, WordPressServer::Reporter, PublishAction::Submit);
        QVERIFY2(refiled.state == PublishState::Done, qPrintable(refiled.message));
        QCOMPARE(refiled.remoteId, postId);
        QCOMPARE(post(postId).value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(post(postId).value(u"title"_s)[u"raw"_s].toString(), headline);

        // The desk approves: published, and the result recorded.
        const PublishJob approved = act(m_desk, *m_deskRunner, deskId, WordPressServer::Desk, PublishAction::Approve);
        QVERIFY2(approved.state == PublishState::Done, qPrintable(approved.message));
        QCOMPARE(post(postId).value(u"status"_s).toString(), u"publish"_s);
        QCOMPARE(Outbox(m_desk).remotePost(u"desk"_s, story.uuid)->status, u"publish"_s);
    }

    // Approving for a time: the post is scheduled then, read in the publication's zone on the command line.
    void approveAtATime()
    {
        const Article story = reporterStory();
        const PublishJob filed =
            act(m_reporter, *m_reporterRunner, story.id, WordPressServer::Reporter, PublishAction::Submit);
        QVERIFY2(filed.state == PublishState::Done, qPrintable(filed.message));
        const qint64 deskId = openOnDesk(story, filed.remoteId);
        const QDateTime at = QDateTime(QDate::currentDate().addDays(3), QTime(9, 0), QTimeZone("Asia/Seoul"));
        const CliTest::Run approved = cli(WordPressServer::Desk, m_desk.directory(),
            {u"desk"_s, u"approve"_s, QString::number(deskId), u"--at"_s, at.toString(u"yyyy-MM-ddTHH:mm"_s)});
        QVERIFY2(approved.code == Cli::Success, qPrintable(approved.err));
        QCOMPARE(approved.out.trimmed(), u"%1 future"_s.arg(filed.remoteId));
        const QJsonObject remote = post(filed.remoteId);
        QCOMPARE(remote.value(u"status"_s).toString(), u"future"_s);
        QCOMPARE(QDateTime::fromString(remote.value(u"date_gmt"_s).toString() + u'Z', Qt::ISODate), at.toUTC());
    }

    void embargoRefusedInBylineAndOnTheSite()
    {
        const QDateTime embargo = QDateTime::currentDateTimeUtc().addDays(2);
        const Article story = reporterStory(embargo);
        // Filing is not going live.
        const PublishJob filed =
            act(m_reporter, *m_reporterRunner, story.id, WordPressServer::Reporter, PublishAction::Submit);
        QVERIFY2(filed.state == PublishState::Done, qPrintable(filed.message));
        const qint64 postId = filed.remoteId;
        const qint64 deskId = openOnDesk(story, postId);

        // In Byline: refused by the core before anything is queued or sent, the time in Seoul's zone.
        Outbox desk(m_desk);
        QVERIFY(!desk.enqueue(deskId, u"desk"_s, PublishAction::Approve));
        QVERIFY2(desk.errorString().contains(Embargo::timeText(embargo, QTimeZone("Asia/Seoul"))),
            qPrintable(desk.errorString()));
        const CliTest::Run cliApprove =
            cli(WordPressServer::Desk, m_desk.directory(), {u"desk"_s, u"approve"_s, QString::number(deskId)});
        QCOMPARE(cliApprove.code, int(Cli::Failure));
        QVERIFY2(cliApprove.err.contains(u"embargo"_s), qPrintable(cliApprove.err));
        QCOMPARE(post(postId).value(u"status"_s).toString(), u"pending"_s);

        // On the site: a request that reaches it anyway (a raw REST call) gets 409 byline_embargo.
        const QJsonObject raw = restSend(m_server, "POST", u"/byline/v1/posts/%1/actions"_s.arg(postId),
            {{u"action"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}, {u"kind"_s, u"approve"_s}},
            WordPressServer::Desk)
                                    .object();
        QCOMPARE(raw.value(u"code"_s).toString(), u"byline_embargo"_s);
        QCOMPARE(raw.value(u"data"_s)[u"status"_s].toInt(), 409);

        // A desk copy that never had the embargo: the job reaches the site, which refuses it; held with why.
        Article unaware = *m_desk.articleStore().article(deskId);
        unaware.embargo = {};
        QVERIFY(m_desk.articleStore().updateArticle(unaware));
        const PublishJob held = act(m_desk, *m_deskRunner, deskId, WordPressServer::Desk, PublishAction::Approve);
        QCOMPARE(held.state, PublishState::Held);
        QCOMPARE(held.httpStatus, 409);
        QVERIFY2(held.message.contains(u"embargo"_s), qPrintable(held.message));
        QCOMPARE(post(postId).value(u"status"_s).toString(), u"pending"_s);

        // Scheduled for the embargo itself: accepted in Byline and on the site.
        const PublishJob scheduled =
            act(m_desk, *m_deskRunner, deskId, WordPressServer::Desk, PublishAction::Approve, embargo);
        QVERIFY2(scheduled.state == PublishState::Done, qPrintable(scheduled.message));
        QCOMPARE(post(postId).value(u"status"_s).toString(), u"future"_s);
    }

    // A return whose answer is lost on the way back: the retry sends the same action id, the site answers
    // `repeated`, and the story has one return note.
    void aReturnWhoseAnswerIsLostReachesTheSiteOnce()
    {
        const Article story = reporterStory();
        const PublishJob filed =
            act(m_reporter, *m_reporterRunner, story.id, WordPressServer::Reporter, PublishAction::Submit);
        QVERIFY2(filed.state == PublishState::Done, qPrintable(filed.message));
        const qint64 deskId = openOnDesk(story, filed.remoteId);

        FaultProxy proxy(m_server.url());
        QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
        FaultProxy::Fault lost;
        lost.kind = FaultProxy::Fault::DropAfterForward;
        lost.method = u"POST"_s;
        lost.path = QRegularExpression(u"byline/v1/posts/\\d+/actions"_s);
        proxy.addFault(lost);
        PublishRunner throughProxy(m_desk, environment(m_server, proxy.url()));
        Outbox outbox(m_desk);
        const std::optional<PublishJob> queued =
            outbox.enqueue(deskId, u"desk"_s, PublishAction::Return, {}, u"사진 설명의 날짜를 확인하세요."_s);
        QVERIFY(queued);

        const std::optional<PublishJob> first = throughProxy.run(queued->id);
        QVERIFY(first);
        QCOMPARE(first->state, PublishState::Waiting);
        QCOMPARE(proxy.faultsFired(), 1);
        const PublishJob done = runToEnd(throughProxy, outbox, queued->id);
        QVERIFY2(done.state == PublishState::Done, qPrintable(done.message + u'\n' + proxy.log().join(u'\n')));
        QCOMPARE(done.deskAction, queued->deskAction);
        QVERIFY2(done.message.contains(u"once"_s), qPrintable(done.message));
        int posts = 0;
        for (const QString &line : proxy.log())
            posts += line.startsWith(u"POST"_s) && line.contains(u"/actions"_s);
        QCOMPARE(posts, 2);
        const QJsonArray onSite = notes(filed.remoteId);
        QCOMPARE(onSite.size(), 1);
        QCOMPARE(onSite.at(0)[u"kind"_s].toString(), u"return"_s);
        QCOMPARE(post(filed.remoteId).value(u"status"_s).toString(), u"draft"_s);
    }

    // A site without the connector: the story is filed, and a desk action is held saying what to install.
    void aSiteWithoutTheConnectorSaysWhatIsMissing()
    {
        WordPressServer bare(WordPressServer::Options {false});
        QVERIFY2(bare.start(), qPrintable(bare.errorString()));
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        const Article story = makeStory(library, dir.path(), 1, u"bare-site"_s);
        PublishRunner runner(library, environment(bare));
        const PublishJob filed = act(library, runner, story.id, WordPressServer::Desk, PublishAction::Draft);
        QVERIFY2(filed.state == PublishState::Done, qPrintable(filed.message));
        const PublishJob held =
            act(library, runner, story.id, WordPressServer::Desk, PublishAction::Return, {}, u"다시 써 주세요"_s);
        QCOMPARE(held.state, PublishState::Held);
        QVERIFY2(held.message.contains(u"connector"_s), qPrintable(held.message));
        QCOMPARE(restGet(bare, u"/wp/v2/posts/%1"_s.arg(filed.remoteId), u"context=edit"_s)
                     .object()
                     .value(u"status"_s)
                     .toString(),
            u"draft"_s);
        QVERIFY(bare.stop());
    }

    // An account that may not take the action is held with the reason, and nothing goes to the actions route.
    void anAccountWithoutTheRightIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<PublishAction>("action");
        QTest::addColumn<QString>("says");
        QTest::newRow("robustness: a reporter returns") << u"reporter"_s << PublishAction::Return << u"return"_s;
        QTest::newRow("robustness: a reporter approves") << u"reporter"_s << PublishAction::Approve << u"publish"_s;
        QTest::newRow("robustness: an author approves another's story")
            << u"author"_s << PublishAction::Approve << u"other people's"_s;
    }

    void anAccountWithoutTheRightIsRefusedBeforeSending()
    {
        QFETCH(QString, role);
        QFETCH(PublishAction, action);
        QFETCH(QString, says);
        const Article story = reporterStory();
        const PublishJob filed =
            act(m_reporter, *m_reporterRunner, story.id, WordPressServer::Reporter, PublishAction::Submit);
        QVERIFY2(filed.state == PublishState::Done, qPrintable(filed.message));

        FaultProxy proxy(m_server.url());
        QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        Article copy = story;
        copy.id = 0;
        QVERIFY(library.articleStore().insertArticle(copy));
        Outbox outbox(library);
        QVERIFY(outbox.setRemotePost(role, copy.uuid, {filed.remoteId, QUrl(), {}, u"pending"_s}));
        PublishRunner runner(library, environment(m_server, proxy.url()));
        const std::optional<PublishJob> queued =
            outbox.enqueue(copy.id, role, action, {}, action == PublishAction::Return ? u"다시 쓰세요"_s : QString());
        QVERIFY2(queued, qPrintable(outbox.errorString()));
        const PublishJob held = runToEnd(runner, outbox, queued->id);
        QCOMPARE(held.state, PublishState::Held);
        QVERIFY2(held.message.contains(says), qPrintable(held.message));
        for (const QString &line : proxy.log())
            QVERIFY2(!line.startsWith(u"POST"_s), qPrintable(line));
        QCOMPARE(post(filed.remoteId).value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(notes(filed.remoteId).size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_DeskActions)
#include "tst_deskactions.moc"
