#include "publishtesting.h"
#include "scriptedsite.h"

#include "publish/publishqueue.h"
#include "publish/publishservice.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::PublishTesting;
using Byline::Test::ScriptedSite;

// PublishService, what the window, the dock and the command line publish
// through: it queues, drains the queue on the calling thread or runs it on
// a thread of its own, and says what changed through its signals. Against
// folder targets and a scripted site on loopback; the real WordPress is
// tst_publishwordpress's.
class tst_PublishService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;

    // Folder targets under this test's folder: "site", and "blocked", a file
    // where the folder should be.
    PublishEnvironment folders() const
    {
        PublishEnvironment environment;
        const QString root = m_dir.path();
        environment.account = [root](const QString &name) -> std::optional<TargetAccount> {
            TargetAccount account;
            account.name = name;
            account.kind = TargetAccount::folderKind();
            account.path = root + u'/' + name;
            return account;
        };
        return environment;
    }

    static QString read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    Article story(const QString &slug)
    {
        Article article = Article::create();
        article.headline = u"공지천 수달 가족 %1"_s.arg(slug);
        article.byline = {u"강원일보"_s, {{u"김민지"_s, u"minji@kwnews.example"_s}}};
        article.slug = slug;
        article.body = u"<p>공지천에 수달 가족이 돌아왔다.</p>"_s;
        return m_library.articleStore().insertArticle(article) ? article : Article();
    }

    static QList<qint64> ids(const QSignalSpy &spy)
    {
        QList<qint64> result;
        for (const QList<QVariant> &arguments : spy)
            result << arguments.at(0).value<PublishJob>().id;
        return result;
    }

    static PublishJob last(const QSignalSpy &spy, qint64 jobId)
    {
        PublishJob found;
        for (const QList<QVariant> &arguments : spy) {
            const PublishJob job = arguments.at(0).value<PublishJob>();
            if (job.id == jobId)
                found = job;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<PublishJob>();
        QSettings().clear();
        QVERIFY(m_library.open(m_dir.filePath(u"library"_s)));
        QFile blocker(m_dir.filePath(u"blocked"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }

    void cleanupTestCase() { QSettings().clear(); }

    // `byline queue run`: every open job, on the calling thread, until none
    // is open; each job's progress and its end said through the signals.
    void drainsTheQueueAndSignals()
    {
        PublishService service(m_library);
        service.setEnvironmentSource([this](QString *) { return folders(); });
        QSignalSpy listChanged(&service, &PublishService::jobsChanged);
        QSignalSpy changed(&service, &PublishService::jobChanged);
        QSignalSpy settled(&service, &PublishService::jobSettled);
        QSignalSpy drained(&service, &PublishService::drained);

        QList<qint64> queued;
        for (const QString &slug : {u"otter-1"_s, u"otter-2"_s, u"otter-3"_s}) {
            const std::optional<PublishJob> job = service.enqueue(story(slug).id, u"site"_s, PublishAction::Publish);
            QVERIFY2(job, qPrintable(service.errorString()));
            queued << job->id;
        }
        const std::optional<PublishJob> blocked =
            service.enqueue(story(u"otter-4"_s).id, u"blocked"_s, PublishAction::Draft);
        QVERIFY(blocked);
        QCOMPARE(listChanged.size(), 4);
        QCOMPARE(service.jobs(false).size(), 4);

        QCOMPARE(service.drain(), PublishService::DrainEnd::Drained);
        QCOMPARE(drained.size(), 1);
        QCOMPARE(service.jobs(false).size(), 1); // the held one waits for a person

        // Each job ended once, in the order they were queued, and said so.
        QCOMPARE(ids(settled), queued + QList<qint64> {blocked->id});
        for (const qint64 id : std::as_const(queued)) {
            const PublishJob done = last(settled, id);
            QCOMPARE(done.state, PublishState::Done);
            QVERIFY(QFile::exists(done.remoteUrl.toLocalFile()));
            // On the way: signing in, the story sent.
            QCOMPARE(last(changed, id).state, PublishState::Done);
        }
        QCOMPARE(last(settled, blocked->id).state, PublishState::Held);
        QVERIFY2(last(settled, blocked->id).message.contains(QDir::toNativeSeparators(m_dir.filePath(u"blocked"_s))),
            qPrintable(last(settled, blocked->id).message));
        QList<PublishState> states;
        for (const QList<QVariant> &arguments : std::as_const(changed)) {
            const PublishJob job = arguments.at(0).value<PublishJob>();
            if (job.id == queued.constFirst())
                states << job.state;
        }
        QVERIFY(states.contains(PublishState::SendingArticle));
        QCOMPARE(states.constLast(), PublishState::Done);

        // Nothing open: a drain says so at once and runs nothing.
        QVERIFY(service.cancel(blocked->id));
        settled.clear();
        QCOMPARE(service.drain(), PublishService::DrainEnd::Drained);
        QVERIFY(settled.isEmpty());
        QCOMPARE(drained.size(), 2);
    }

    // `byline publish`: one job to its end; the others wait their turn.
    void drainsOneJob()
    {
        PublishService service(m_library);
        service.setEnvironmentSource([this](QString *) { return folders(); });
        QSignalSpy settled(&service, &PublishService::jobSettled);
        const std::optional<PublishJob> other =
            service.enqueue(story(u"otter-5"_s).id, u"site"_s, PublishAction::Publish);
        const std::optional<PublishJob> mine =
            service.enqueue(story(u"otter-6"_s).id, u"site"_s, PublishAction::Publish);
        QVERIFY(other && mine);
        QCOMPARE(service.drain(mine->id), PublishService::DrainEnd::Drained);
        QCOMPARE(ids(settled), QList<qint64> {mine->id});
        QCOMPARE(service.job(mine->id)->state, PublishState::Done);
        QCOMPARE(service.job(other->id)->state, PublishState::Queued);
        QVERIFY(service.cancel(other->id));
        QCOMPARE(service.job(other->id)->state, PublishState::Cancelled);
    }

    // Ctrl+C (interrupt(), from another thread or a signal handler) while a
    // site keeps the sign-in waiting: the request is aborted at once, the
    // job goes back to the queue for the next run, nothing is cancelled.
    void interruptLeavesTheJobQueued()
    {
        ScriptedSite site([](const QByteArray &, const QByteArray &) {
            QThread::msleep(3000);
            return ScriptedSite::signedIn();
        });
        const quint16 port = site.begin();
        QVERIFY(port);
        PublishService service(m_library);
        service.setEnvironmentSource([port](QString *) {
            PublishEnvironment environment;
            environment.account = [port](const QString &name) -> std::optional<TargetAccount> {
                TargetAccount account;
                account.name = name;
                account.kind = TargetAccount::wordPressKind();
                account.url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
                account.user = u"desk"_s;
                return account;
            };
            environment.password = [](const TargetAccount &, QString *) -> std::optional<QString> {
                return u"abcd efgh ijkl mnop"_s;
            };
            return environment;
        });
        QSignalSpy drained(&service, &PublishService::drained);
        const std::optional<PublishJob> job =
            service.enqueue(story(u"otter-7"_s).id, u"slow"_s, PublishAction::Publish);
        QVERIFY(job);
        std::unique_ptr<QThread> stopper(QThread::create([&service] {
            QThread::msleep(400);
            service.interrupt();
        }));
        stopper->start();
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(service.drain(), PublishService::DrainEnd::Interrupted);
        stopper->wait();
        QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(drained.isEmpty());
        const PublishJob stopped = *service.job(job->id);
        QCOMPARE(stopped.state, PublishState::Queued);
        QVERIFY2(stopped.message.contains(u"continues when the queue runs again"_s), qPrintable(stopped.message));
        QVERIFY(service.cancel(job->id));
    }

    // While another process runs the queue, a drain sends nothing and
    // follows the outbox until that process is done.
    void drainFollowsAnotherProcess()
    {
        PublishService service(m_library);
        service.setEnvironmentSource([this](QString *) { return folders(); });
        const std::optional<PublishJob> job =
            service.enqueue(story(u"otter-8"_s).id, u"site"_s, PublishAction::Publish);
        QVERIFY(job);
        QLockFile elsewhere(QDir(m_library.directory()).filePath(PublishQueue::lockFileName()));
        QVERIFY(elsewhere.tryLock(0));
        QSignalSpy locked(&service, &PublishService::lockedElsewhereChanged);
        QSignalSpy settled(&service, &PublishService::jobSettled);
        // The other process sends it, then lets go.
        std::unique_ptr<QThread> other(QThread::create([this, id = job->id] {
            QThread::msleep(800);
            Library library;
            if (!library.open(m_library.directory()))
                return;
            Outbox outbox(library);
            std::optional<PublishJob> sent = outbox.job(id);
            sent->state = PublishState::Done;
            sent->message = u"Sent by the other process."_s;
            outbox.update(*sent);
        }));
        other->start();
        QCOMPARE(service.drain(), PublishService::DrainEnd::Drained);
        other->wait();
        QVERIFY(service.isLockedElsewhere());
        QCOMPARE(locked.size(), 1);
        QCOMPARE(locked.at(0).at(0).toBool(), true);
        QCOMPARE(ids(settled), QList<qint64> {job->id});
        QCOMPARE(last(settled, job->id).message, u"Sent by the other process."_s);
    }

    // The window: the queue on its own thread, woken by an enqueue; a
    // changed publication reaches the next job without a restart.
    void theQueueTakesNewSettings()
    {
        Publication first;
        first.name = u"한빛일보"_s;
        first.saveToSettings();
        PublishService service(m_library);
        service.setEnvironmentSource([this](QString *) {
            PublishEnvironment environment = folders();
            environment.publication = Publication::fromSettings();
            return environment;
        });
        QSignalSpy changed(&service, &PublishService::jobChanged);
        QSignalSpy drained(&service, &PublishService::drained);
        service.start();
        QVERIFY(service.isRunning());

        auto publishAndRead = [&](const QString &slug) -> QString {
            const std::optional<PublishJob> job = service.enqueue(story(slug).id, u"site"_s, PublishAction::Publish);
            if (!job)
                return {};
            QDeadlineTimer deadline(30000);
            while (last(changed, job->id).state != PublishState::Done && !deadline.hasExpired())
                QTest::qWait(20);
            return read(last(changed, job->id).remoteUrl.toLocalFile());
        };
        const QString before = publishAndRead(u"otter-9"_s);
        QVERIFY2(before.contains(u"한빛일보"_s), qPrintable(before.left(2000)));
        QTRY_VERIFY_WITH_TIMEOUT(!drained.isEmpty(), 10000);

        Publication second = first;
        second.name = u"새벽신문"_s;
        second.saveToSettings();
        service.reloadSettings();
        const QString after = publishAndRead(u"otter-10"_s);
        QVERIFY2(after.contains(u"새벽신문"_s), qPrintable(after.left(2000)));
        QVERIFY(!after.contains(u"한빛일보"_s));
        service.stop();
        QVERIFY(!service.isRunning());
    }
};

QTEST_GUILESS_MAIN(tst_PublishService)
#include "tst_publishservice.moc"
