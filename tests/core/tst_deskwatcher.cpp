#include "desk/deskanswers.h"
#include "desk/deskwatcher.h"
#include "deskinboxes.h"
#include "scripteddeskclient.h"

#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::Test;

namespace {

bool refreshAndWait(DeskWatcher &watcher)
{
    QSignalSpy done(&watcher, &DeskWatcher::refreshed);
    watcher.refresh();
    return done.wait(5000);
}

QList<DeskNews::Kind> kinds(const QList<DeskNews> &news)
{
    QList<DeskNews::Kind> result;
    for (const DeskNews &item : news)
        result.append(item.kind);
    return result;
}

} // namespace

Q_DECLARE_METATYPE(Byline::DeskInbox)

class tst_DeskWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRefreshChecksTheSiteThenAsksOnce()
    {
        auto script = std::make_shared<Script>();
        script->answers.push_back(listAnswer(morningInbox(), u"t1"_s));
        DeskWatcher watcher;
        QSignalSpy news(&watcher, &DeskWatcher::news);
        QSignalSpy changed(&watcher, &DeskWatcher::inboxChanged);
        watcher.setAccount(u"site"_s, factoryFor(script));
        QVERIFY(refreshAndWait(watcher));
        QCOMPARE(watcher.status(), DeskWatcher::Status::Current);
        QCOMPARE(watcher.inbox().stories.size(), morningInbox().stories.size());
        QVERIFY(watcher.listTime().isValid());
        QCOMPARE(script->supportCalls, 1);
        QCOMPARE(script->inboxCalls, 1);
        QCOMPARE(script->sinceTokens, QStringList {QString()});
        QVERIFY(changed.size() >= 1);
        // Everything is "new" on a first list: nothing is announced.
        QCOMPARE(news.size(), 0);
    }

    void quietPollKeepsTheListAndSendsTheToken()
    {
        auto script = std::make_shared<Script>();
        script->answers.push_back(listAnswer(morningInbox(), u"t1"_s));
        script->answers.push_back({TargetOutcome::success(), false, {}});
        DeskWatcher watcher;
        watcher.setAccount(u"site"_s, factoryFor(script));
        QVERIFY(refreshAndWait(watcher));
        const QDateTime first = watcher.listTime();
        QSignalSpy changed(&watcher, &DeskWatcher::inboxChanged);
        QTest::qWait(20);
        QVERIFY(refreshAndWait(watcher));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(script->sinceTokens.last(), u"t1"_s);
        QCOMPARE(script->supportCalls, 1); // once per account
        QCOMPARE(watcher.inbox().stories.size(), morningInbox().stories.size());
        QVERIFY(watcher.listTime() > first);
        QCOMPARE(watcher.requestCount(), 3);
    }

    void offlineKeepsTheLastListWithItsTime()
    {
        auto script = std::make_shared<Script>();
        script->answers.push_back(listAnswer(morningInbox(), u"t1"_s));
        script->answers.push_back({TargetOutcome::make(TargetOutcome::Offline, u"offline"_s), true, {}});
        DeskWatcher watcher;
        watcher.setAccount(u"site"_s, factoryFor(script));
        QVERIFY(refreshAndWait(watcher));
        const QDateTime listTime = watcher.listTime();
        QVERIFY(refreshAndWait(watcher));
        QVERIFY(watcher.isOffline());
        QCOMPARE(watcher.listTime(), listTime);
        QCOMPARE(watcher.inbox().stories.size(), morningInbox().stories.size());
        QCOMPARE(watcher.problem(), u"offline"_s);
        // Back online: current again.
        script->answers.push_back({TargetOutcome::success(), false, {}});
        QVERIFY(refreshAndWait(watcher));
        QCOMPARE(watcher.status(), DeskWatcher::Status::Current);
    }

    void cachedListIsShownBeforeTheSiteAnswers()
    {
        auto script = std::make_shared<Script>(); // no answers: offline
        DeskInbox cached = morningInbox();
        cached.fetched = QDateTime::currentDateTimeUtc().addSecs(-3600);
        cached.token = u"old"_s;
        QList<DeskInbox> saved;
        DeskWatcher::Cache cache {[cached] { return std::optional<DeskInbox>(cached); },
            [&saved](const DeskInbox &inbox) { saved.append(inbox); }};
        DeskWatcher watcher;
        watcher.setAccount(u"site"_s, factoryFor(script), cache);
        QCOMPARE(watcher.inbox().stories.size(), cached.stories.size());
        QCOMPARE(watcher.listTime(), cached.fetched);
        QVERIFY(refreshAndWait(watcher));
        QVERIFY(watcher.isOffline());
        QCOMPARE(watcher.listTime(), cached.fetched);
        QCOMPARE(script->sinceTokens, QStringList {u"old"_s});
        QVERIFY(saved.isEmpty());
        // A new list from the site is kept for next time.
        script->answers.push_back(listAnswer(morningInbox(), u"t2"_s));
        QVERIFY(refreshAndWait(watcher));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.constFirst().token, u"t2"_s);
        QVERIFY(saved.constFirst().fetched > cached.fetched);
    }

    void siteWithoutConnectorTwoSaysWhatIsMissing()
    {
        auto script = std::make_shared<Script>();
        script->support = DeskSupport {};
        script->support.connectorVersion = u"1.2.0"_s;
        DeskWatcher watcher;
        watcher.setAccount(u"site"_s, factoryFor(script));
        QVERIFY(refreshAndWait(watcher));
        QCOMPARE(watcher.status(), DeskWatcher::Status::Unsupported);
        QCOMPARE(watcher.problem(), script->support.missing());
        QVERIFY(!watcher.problem().isEmpty());
        QCOMPARE(script->inboxCalls, 0);
    }

    void refusedAccountIsAFailureNotOffline()
    {
        auto script = std::make_shared<Script>();
        script->answers.push_back({TargetOutcome::make(TargetOutcome::Hold, u"sign-in refused"_s, 401), true, {}});
        DeskWatcher watcher;
        watcher.setAccount(u"site"_s, factoryFor(script));
        QVERIFY(refreshAndWait(watcher));
        QCOMPARE(watcher.status(), DeskWatcher::Status::Failed);
        QCOMPARE(watcher.problem(), u"sign-in refused"_s);
    }

    void oneRequestAtATime()
    {
        auto script = std::make_shared<Script>();
        QSemaphore gate;
        script->gate = &gate;
        script->answers.push_back(listAnswer(morningInbox(), u"t1"_s));
        DeskWatcher watcher;
        watcher.setAccount(u"site"_s, factoryFor(script));
        QSignalSpy done(&watcher, &DeskWatcher::refreshed);
        watcher.refresh();
        QVERIFY(watcher.isRefreshing());
        watcher.refresh(); // focus came back meanwhile
        watcher.refresh();
        gate.release(3);
        QVERIFY(done.wait(5000));
        QTest::qWait(100);
        QCOMPARE(done.size(), 1);
        QCOMPARE(script->inboxCalls, 1);
    }

    void timerRefreshesEveryInterval()
    {
        auto script = std::make_shared<Script>();
        for (int i = 0; i < 10; ++i)
            script->answers.push_back({TargetOutcome::success(), false, {}});
        DeskWatcher watcher;
        watcher.setInterval(std::chrono::milliseconds(50));
        watcher.setAccount(u"site"_s, factoryFor(script));
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(script->inboxCalls >= 3, 5000);
        watcher.stop();
    }

    void announcesWhatIsNewSinceTheLastRefresh()
    {
        auto script = std::make_shared<Script>();
        DeskInbox before = morningInbox();
        script->answers.push_back(listAnswer(before, u"t1"_s));
        DeskInbox after = before;
        after.stories.append(deskStory(120, u"새로 송고된 기사"_s, u"pending"_s, reporterPark));
        after.stories[0] = returnedStory(after.stories[0], u"제목을 줄여 주세요."_s, 200); // Kim's 101
        script->answers.push_back(listAnswer(after, u"t2"_s));
        script->support.user = reporterKim; // the site says who signed in
        DeskWatcher watcher;
        QSignalSpy me(&watcher, &DeskWatcher::meChanged);
        QSignalSpy news(&watcher, &DeskWatcher::news);
        watcher.setAccount(u"site"_s, factoryFor(script));
        QVERIFY(refreshAndWait(watcher));
        QCOMPARE(watcher.me(), reporterKim);
        QCOMPARE(me.size(), 1);
        QVERIFY(refreshAndWait(watcher));
        QCOMPARE(news.size(), 1);
        const auto announced = news.constFirst().constFirst().value<QList<DeskNews>>();
        QCOMPARE(kinds(announced), (QList<DeskNews::Kind> {DeskNews::Kind::Returned, DeskNews::Kind::Filed}));
        QCOMPARE(announced.at(0).story.post, 101);
        QVERIFY(announced.at(0).text().contains(u"제목을 줄여 주세요."_s));
        QCOMPARE(announced.at(1).story.post, 120);
    }

    void newsBetweenTwoLists_data()
    {
        QTest::addColumn<DeskInbox>("before");
        QTest::addColumn<DeskInbox>("after");
        QTest::addColumn<QList<qint64>>("posts");
        QTest::addColumn<QList<DeskNews::Kind>>("expected");
        using K = DeskNews::Kind;
        const DeskInbox base = morningInbox();
        DeskInbox after = base;
        QTest::newRow("nominal: nothing changed") << base << after << QList<qint64> {} << QList<K> {};

        after = base;
        after.stories.prepend(deskStory(130, u"새 기사"_s, u"pending"_s, reporterPark));
        QTest::newRow("nominal: another reporter filed") << base << after << QList<qint64> {130} << QList<K> {K::Filed};

        after = base;
        after.stories.prepend(deskStory(131, u"내 기사"_s, u"pending"_s, reporterKim));
        QTest::newRow("nominal: my own filing is not news to me") << base << after << QList<qint64> {} << QList<K> {};

        after = base;
        after.stories[6].status = u"pending"_s; // Kim's draft 107 filed... by Kim: not news
        after.stories[3].status = u"pending"_s; // Kim's returned 104 resubmitted
        after.stories[3].returned = false;
        QTest::newRow("nominal: resubmissions by me are quiet") << base << after << QList<qint64> {} << QList<K> {};

        after = base;
        after.stories[2].lock.reset(); // 103 let go by the desk: still pending, not filed again
        QTest::newRow("robustness: a lock let go is not a filing") << base << after << QList<qint64> {} << QList<K> {};

        after = base;
        after.stories[0].status = u"publish"_s; // Kim's 101 approved now
        QTest::newRow("nominal: my story published") << base << after << QList<qint64> {101} << QList<K> {K::Published};

        after = base;
        after.stories[0].status = u"future"_s;
        after.stories[0].scheduled = QDateTime::currentDateTimeUtc().addSecs(7200);
        QTest::newRow("nominal: my story scheduled") << base << after << QList<qint64> {101} << QList<K> {K::Scheduled};

        after = base;
        after.stories[1].status = u"publish"_s; // Park's story: not mine
        QTest::newRow("nominal: someone else's story published is not mine")
            << base << after << QList<qint64> {} << QList<K> {};

        after = base;
        after.stories.prepend(deskStory(132, u"예전 기사 수정"_s, u"publish"_s, reporterKim));
        QTest::newRow("robustness: an old post edited within the day is not news")
            << base << after << QList<qint64> {} << QList<K> {};

        after = base;
        after.stories[3] = returnedStory(after.stories[3], u"한 번 더 봐 주세요."_s, 300);
        QTest::newRow("nominal: returned again with a new note")
            << base << after << QList<qint64> {104} << QList<K> {K::Returned};

        after = base;
        after.stories[3].lastNote->kind = DeskNoteKind::Comment;
        after.stories[3].lastNote->id = 301;
        QTest::newRow("robustness: a comment on a returned story is not a return")
            << base << after << QList<qint64> {} << QList<K> {};
    }

    void newsBetweenTwoLists()
    {
        QFETCH(DeskInbox, before);
        QFETCH(DeskInbox, after);
        QFETCH(QList<qint64>, posts);
        QFETCH(QList<DeskNews::Kind>, expected);
        const QList<DeskNews> news = DeskNews::between(before, after, reporterKim);
        QCOMPARE(kinds(news), expected);
        QList<qint64> announced;
        for (const DeskNews &item : news) {
            announced.append(item.story.post);
            QVERIFY(!item.title().isEmpty());
            QVERIFY(!item.text().isEmpty());
        }
        QCOMPARE(announced, posts);
    }

    void siteSaysWhoIsSignedIn()
    {
        // GET /byline/v1/info names the account: its stories are "My stories".
        const QJsonObject info {{u"version"_s, u"2.0.0"_s},
            {u"user"_s, QJsonObject {{u"id"_s, 7}, {u"name"_s, u"김민지\u202e"_s}, {u"slug"_s, u"kim"_s}}}};
        const DeskSupport support = DeskAnswers::support(info);
        QCOMPARE(support.user.id, 7);
        QCOMPARE(support.user.name, u"김민지"_s); // made safe: no bidi control
        QCOMPARE(DeskAnswers::support({{u"version"_s, u"1.0.0"_s}}).user, DeskUser {});
    }

    void unknownAccountHearsOnlyFilings()
    {
        DeskInbox before = morningInbox();
        DeskInbox after = before;
        after.stories[0].status = u"publish"_s;
        after.stories.prepend(deskStory(140, u"새 기사"_s, u"pending"_s, reporterKim));
        QCOMPARE(kinds(DeskNews::between(before, after, {})), QList<DeskNews::Kind> {DeskNews::Kind::Filed});
    }
};

QTEST_GUILESS_MAIN(tst_DeskWatcher)
#include "tst_deskwatcher.moc"
