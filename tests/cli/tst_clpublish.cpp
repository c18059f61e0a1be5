#include "../publish/scriptedsite.h"
#include "clirun.h"
#include "library/library.h"
#include "publish/credentialstore.h"
#include "publish/outbox.h"
#include "publish/publishqueue.h"
#include "wordpressserver.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace Byline;
using Byline::Test::WordPressServer;

Q_LOGGING_CATEGORY(lcTest, "byline.test.clpublish", QtInfoMsg)

#ifdef Q_OS_UNIX
// A site that takes connections and never answers: once a command waits on
// one, the process gets a SIGINT, as from Ctrl+C.
class SilentSite : public QThread
{
public:
    explicit SilentSite(int connections)
        : m_connections(connections)
    { }

    std::atomic<quint16> port {0};
    std::atomic_int interrupts {0};

protected:
    void run() override
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost))
            return;
        port = server.serverPort();
        for (int i = 0; i < m_connections && server.waitForNewConnection(20000); ++i) {
            std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
            QThread::msleep(200);
            ::kill(::getpid(), SIGINT);
            ++interrupts;
            socket->waitForDisconnected(20000);
        }
    }

private:
    int m_connections;
};
#endif

// `byline targets`, `publish` and `queue`, run in-process through the
// dispatcher against a folder and a real WordPress on loopback (one for the
// whole class), with a real keychain (tests/support/with-secret-service).
class tst_ClPublish : public QObject
{
    Q_OBJECT

    using Run = CliTest::Run;

    QTemporaryDir m_dir;
    WordPressServer m_wordpress;
    QNetworkAccessManager m_network;
    QStringList m_printed; // everything the commands printed, to look for passwords in
    QElapsedTimer m_time;
    int m_articles = 0;

    QString library() const { return m_dir.filePath(u"library"_s); }

    Run run(const QStringList &arguments, std::optional<QString> input = std::nullopt)
    {
        Run result = CliTest::run(arguments, library(), std::move(input));
        m_printed << result.out << result.err;
        return result;
    }

    QString describe(const Run &result) const
    {
        return u"exit %1\nout: %2\nerr: %3"_s.arg(result.code).arg(result.out, result.err);
    }

    // A new article with a headline made unique by a counter; its id.
    QString newArticle(const QString &headline)
    {
        const Run result = run({u"new"_s, u"--headline"_s, headline, u"--deck"_s, u"수달 가족이 돌아왔다"_s});
        return result.code == Cli::Success ? result.out.trimmed() : QString();
    }

    QString uniqueHeadline()
    {
        // Curly quotes, an ellipsis and a middle dot: text a title filter
        // could be tempted to change.
        return u"“수달” 가족, 한강에 20년 만에 돌아와… ‘서울의 봄’ · 제%1보"_s.arg(++m_articles);
    }

    Run addWordPressTarget(const QString &name, QStringView role, const QString &password)
    {
        return run({u"targets"_s, u"add"_s, name, u"--kind"_s, u"wordpress"_s, u"--url"_s, m_wordpress.url().toString(),
                       u"--user"_s, m_wordpress.credentials(role).user},
            password + u'\n');
    }

    QNetworkReply *get(const QString &route, const QString &query)
    {
        QNetworkRequest request(m_wordpress.restUrl(route, query));
        request.setRawHeader("Authorization", m_wordpress.authorization(WordPressServer::Desk));
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        return reply;
    }

    // The post as the desk sees it in WordPress's editor (raw fields).
    QJsonObject remotePost(qint64 id)
    {
        std::unique_ptr<QNetworkReply> reply(get(u"/wp/v2/posts/%1"_s.arg(id), u"context=edit"_s));
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    int remotePostCount()
    {
        std::unique_ptr<QNetworkReply> reply(get(u"/wp/v2/posts"_s, u"status=any&per_page=1&context=edit"_s));
        return reply->error() == QNetworkReply::NoError ? reply->rawHeader("X-WP-Total").toInt() : -1;
    }

    QJsonArray queueJson()
    {
        const Run result = run({u"queue"_s, u"list"_s, u"--json"_s});
        return QJsonDocument::fromJson(result.out.toUtf8()).array();
    }

    // No Application Password in the settings, the library or anything printed.
    void verifyNoPasswordLeaked()
    {
        QStringList files {QSettings().fileName()};
        QDirIterator libraryFiles(library(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (libraryFiles.hasNext())
            files << libraryFiles.next();
        for (QStringView role : {WordPressServer::Reporter, WordPressServer::Desk}) {
            const QString password = m_wordpress.credentials(role).password;
            QVERIFY(!password.isEmpty());
            const QString compact = QString(password).remove(u' ');
            for (const QString &path : std::as_const(files)) {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray data = file.readAll();
                QVERIFY2(!data.contains(password.toUtf8()) && !data.contains(compact.toUtf8()), qPrintable(path));
            }
            for (const QString &printed : std::as_const(m_printed))
                QVERIFY2(!printed.contains(password) && !printed.contains(compact), qPrintable(printed));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_time.start();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BylineTests"_s);
        QCoreApplication::setApplicationName(u"tst_clpublish"_s);
        qunsetenv("BYLINE_PASSWORD");
        // Short retry waits, should the site stumble.
        qputenv("BYLINE_RETRY_BASE_MS", "50");
        qputenv("BYLINE_RETRY_CAP_MS", "200");
        QVERIFY(m_dir.isValid());
        m_network.setProxy(QNetworkProxy::NoProxy);
        QVERIFY2(m_wordpress.start(), qPrintable(m_wordpress.errorString()));
        qCInfo(lcTest) << "WordPress started in" << m_wordpress.startDuration().count() << "ms";
    }

    void init() { QSettings().clear(); }

    void cleanupTestCase()
    {
        QSettings().clear();
        qCInfo(lcTest) << "tst_clpublish took" << m_time.elapsed() << "ms";
    }

    void folderTargetPublishesPages()
    {
        const QString site = m_dir.filePath(u"site"_s);
        const Run added =
            run({u"targets"_s, u"add"_s, u"site"_s, u"--kind"_s, u"folder"_s, u"--path"_s, site, u"--default"_s});
        QVERIFY2(added.code == Cli::Success, qPrintable(describe(added)));

        const Run listed = run({u"targets"_s, u"list"_s});
        QCOMPARE(listed.code, int(Cli::Success));
        QVERIFY2(QRegularExpression(u"^site +folder → .*\\(default\\)$"_s, QRegularExpression::MultilineOption)
                     .match(listed.out)
                     .hasMatch(),
            qPrintable(listed.out));
        const Run json = run({u"targets"_s, u"list"_s, u"--json"_s});
        const QJsonArray targets = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(targets.size(), 2); // the built-in folder and ours
        QCOMPARE(targets.at(0)[u"name"_s].toString(), u"folder"_s);
        QVERIFY(targets.at(0)[u"builtIn"_s].toBool());
        QCOMPARE(targets.at(1)[u"name"_s].toString(), u"site"_s);
        QCOMPARE(targets.at(1)[u"path"_s].toString(), QDir(site).absolutePath());
        QVERIFY(targets.at(1)[u"default"_s].toBool());

        const Run tested = run({u"targets"_s, u"test"_s});
        QVERIFY2(tested.code == Cli::Success && tested.out.contains(QDir::toNativeSeparators(site)),
            qPrintable(describe(tested)));
        // A folder target that is a file cannot be published to.
        const QString notAFolder = m_dir.filePath(u"a-file"_s);
        QVERIFY(QFile(notAFolder).open(QIODevice::WriteOnly));
        QCOMPARE(run({u"targets"_s, u"add"_s, u"file"_s, u"--kind"_s, u"folder"_s, u"--path"_s, notAFolder}).code,
            int(Cli::Success));
        const Run testedFile = run({u"targets"_s, u"test"_s, u"file"_s});
        QVERIFY2(testedFile.code == Cli::Failure && testedFile.err.contains(u"not a folder"_s),
            qPrintable(describe(testedFile)));
        QCOMPARE(run({u"targets"_s, u"remove"_s, u"file"_s}).code, int(Cli::Success));

        const QString headline = uniqueHeadline();
        const QString article = newArticle(headline);
        QVERIFY(!article.isEmpty());
        // No --target: the default.
        const Run published = run({u"publish"_s, article, u"--status"_s, u"publish"_s});
        QVERIFY2(published.code == Cli::Success, qPrintable(describe(published)));
        const QUrl page(published.out.trimmed());
        QVERIFY2(page.isLocalFile(), qPrintable(published.out));
        const QDir folder = QFileInfo(page.toLocalFile()).absoluteDir();
        QVERIFY2(folder.absolutePath().startsWith(QDir(site).absolutePath()), qPrintable(folder.absolutePath()));
        for (const QString &name : {u"index.html"_s, u"mobile.html"_s}) {
            QFile file(folder.filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QVERIFY2(QString::fromUtf8(file.readAll()).contains(headline), qPrintable(name));
        }

        const QJsonArray jobs = queueJson();
        QVERIFY(!jobs.isEmpty());
        QCOMPARE(jobs.at(0)[u"state"_s].toString(), u"done"_s);
        QCOMPARE(jobs.at(0)[u"target"_s].toString(), u"site"_s);
        QCOMPARE(jobs.at(0)[u"headline"_s].toString(), headline);
    }

    void wordPressTargets_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("password"); // empty: the role's own
        QTest::addColumn<bool>("signsIn");
        QTest::addColumn<bool>("mayPublish");

        QTest::newRow("nominal: the reporter may submit, not publish") << u"reporter"_s << QString() << true << false;
        QTest::newRow("nominal: the desk may publish") << u"desk"_s << QString() << true << true;
        // Spaced like an Application Password: the spaces are kept.
        QTest::newRow("robustness: a wrong password is refused with the 401")
            << u"desk"_s << u"abcd efgh ijkl mnop qrst uvwx"_s << false << false;
    }

    void wordPressTargets()
    {
        QFETCH(QString, role);
        QFETCH(QString, password);
        QFETCH(bool, signsIn);
        QFETCH(bool, mayPublish);
        const WordPressServer::Credentials credentials = m_wordpress.credentials(role);
        if (password.isEmpty())
            password = credentials.password;
        const QString name = u"wp-"_s + role;

        const Run added = addWordPressTarget(name, role, password);
        QVERIFY2(added.code == Cli::Success, qPrintable(describe(added)));
        QString error;
        QCOMPARE(CredentialStore::password(name, credentials.user, &error), password);

        const Run tested = run({u"targets"_s, u"test"_s, name});
        if (!signsIn) {
            QCOMPARE(tested.code, int(Cli::Failure));
            QVERIFY2(tested.err.contains(u"HTTP 401"_s), qPrintable(describe(tested)));
        } else {
            QVERIFY2(tested.code == Cli::Success, qPrintable(describe(tested)));
            QVERIFY2(tested.out.contains(u"Signed in to "_s) && tested.out.contains(m_wordpress.url().toString())
                    && tested.out.contains(credentials.user),
                qPrintable(tested.out));
            auto right = [&](const QString &label) {
                const QRegularExpressionMatch match =
                    QRegularExpression(u"^  "_s + QRegularExpression::escape(label) + u" +(yes|no)$"_s,
                        QRegularExpression::MultilineOption)
                        .match(tested.out);
                return match.captured(1);
            };
            QCOMPARE(right(u"Upload photos:"_s), u"yes"_s);
            QCOMPARE(right(u"Submit for review:"_s), u"yes"_s);
            QCOMPARE(right(u"Publish and schedule:"_s), mayPublish ? u"yes"_s : u"no"_s);
            QVERIFY2(tested.out.contains(u"The Byline connector is installed"_s), qPrintable(tested.out));
        }

        // Removing the target removes its password.
        const Run removed = run({u"targets"_s, u"remove"_s, name});
        QVERIFY2(removed.code == Cli::Success, qPrintable(describe(removed)));
        QVERIFY(!CredentialStore::password(name, credentials.user, &error));
        verifyNoPasswordLeaked();
    }

    // BYLINE_PASSWORD: nothing is read from standard input or stored.
    void environmentPasswordIsNotStored()
    {
        const WordPressServer::Credentials desk = m_wordpress.credentials(WordPressServer::Desk);
        qputenv("BYLINE_PASSWORD", desk.password.toUtf8());
        const Run added = addWordPressTarget(u"wp-env"_s, WordPressServer::Desk, u"not read"_s);
        const Run tested = run({u"targets"_s, u"test"_s, u"wp-env"_s});
        qunsetenv("BYLINE_PASSWORD");
        QVERIFY2(added.code == Cli::Success, qPrintable(describe(added)));
        QVERIFY2(added.err.contains(u"BYLINE_PASSWORD"_s), qPrintable(added.err));
        QVERIFY2(tested.code == Cli::Success, qPrintable(describe(tested)));
        QString error;
        QVERIFY(!CredentialStore::password(u"wp-env"_s, desk.user, &error));
        QVERIFY(TargetAccounts::find(u"wp-env"_s));
    }

    void publishToWordPress_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("at");
        QTest::addColumn<bool>("sent");
        QTest::addColumn<QString>("dateGmt"); // expected, for a scheduled story

        const QDate tomorrow = QDateTime::currentDateTime(QTimeZone("Asia/Seoul")).date().addDays(1);
        QTest::newRow("nominal: the reporter submits for review")
            << u"reporter"_s << u"pending"_s << QString() << true << QString();
        QTest::newRow("refused: the reporter may not publish")
            << u"reporter"_s << u"publish"_s << QString() << false << QString();
        QTest::newRow("nominal: the desk publishes") << u"desk"_s << u"publish"_s << QString() << true << QString();
        // 09:00 in Seoul, the publication's time zone, is midnight UTC.
        QTest::newRow("nominal: the desk schedules for tomorrow 09:00 in Seoul")
            << u"desk"_s << u"future"_s << tomorrow.toString(Qt::ISODate) + u"T09:00"_s << true
            << tomorrow.toString(Qt::ISODate) + u"T00:00:00"_s;
    }

    void publishToWordPress()
    {
        QFETCH(QString, role);
        QFETCH(QString, status);
        QFETCH(QString, at);
        QFETCH(bool, sent);
        QFETCH(QString, dateGmt);
        const QString target = u"wp-"_s + role;
        const Run added = addWordPressTarget(target, role, m_wordpress.credentials(role).password);
        QVERIFY2(added.code == Cli::Success, qPrintable(describe(added)));
        const QString headline = uniqueHeadline();
        const QString article = newArticle(headline);
        QVERIFY(!article.isEmpty());
        const int postsBefore = remotePostCount();
        QVERIFY(postsBefore >= 0);

        QStringList arguments {u"publish"_s, article, u"--target"_s, target, u"--status"_s, status};
        if (!at.isEmpty())
            arguments << u"--at"_s << at;
        const Run published = run(arguments);
        if (!sent) {
            QCOMPARE(published.code, int(Cli::Failure));
            QVERIFY2(published.err.contains(u"may not publish"_s), qPrintable(describe(published)));
            QCOMPARE(remotePostCount(), postsBefore);
            const QJsonArray jobs = queueJson();
            QCOMPARE(jobs.at(0)[u"state"_s].toString(), u"held"_s);
            QCOMPARE(jobs.at(0)[u"headline"_s].toString(), headline);
            verifyNoPasswordLeaked();
            return;
        }
        QVERIFY2(published.code == Cli::Success, qPrintable(describe(published)));
        const QRegularExpressionMatch printed =
            QRegularExpression(u"^(\\d+) (https?://\\S+)\\n$"_s).match(published.out);
        QVERIFY2(printed.hasMatch(), qPrintable(published.out));
        QVERIFY2(QUrl(printed.captured(2)).host() == m_wordpress.url().host(), qPrintable(published.out));
        QVERIFY2(published.err.contains(u"job "_s), qPrintable(published.err)); // progress on stderr

        const QJsonObject post = remotePost(printed.captured(1).toLongLong());
        QCOMPARE(post[u"status"_s].toString(), status);
        QCOMPARE(post[u"title"_s][u"raw"_s].toString().toUtf8(), headline.toUtf8());
        if (!dateGmt.isEmpty())
            QCOMPARE(post[u"date_gmt"_s].toString(), dateGmt);
        QCOMPARE(remotePostCount(), postsBefore + 1);
        verifyNoPasswordLeaked();
    }

    void queueCommands()
    {
        const Run added = addWordPressTarget(
            u"wp-reporter"_s, WordPressServer::Reporter, m_wordpress.credentials(u"reporter").password);
        QVERIFY2(added.code == Cli::Success, qPrintable(describe(added)));
        const QString article = newArticle(uniqueHeadline());
        const Run refused = run({u"publish"_s, article, u"--target"_s, u"wp-reporter"_s, u"--status"_s, u"publish"_s});
        QCOMPARE(refused.code, int(Cli::Failure));
        const QJsonArray jobs = queueJson();
        QVERIFY(!jobs.isEmpty());
        const QJsonObject held = jobs.at(0).toObject();
        QCOMPARE(held[u"state"_s].toString(), u"held"_s);
        const QString jobId = QString::number(held[u"id"_s].toInteger());

        const Run listed = run({u"queue"_s, u"list"_s});
        QCOMPARE(listed.code, int(Cli::Success));
        QVERIFY2(QRegularExpression(u"^ *"_s + jobId + u" +held +wp-reporter +publish +1 attempt"_s,
                     QRegularExpression::MultilineOption)
                     .match(listed.out)
                     .hasMatch(),
            qPrintable(listed.out));
        QVERIFY2(listed.out.contains(u"may not publish"_s), qPrintable(listed.out));

        // Cancel, retry and run it again: held again, so `queue run` exits 1.
        Run result = run({u"queue"_s, u"cancel"_s, jobId});
        QVERIFY2(result.code == Cli::Success, qPrintable(describe(result)));
        QCOMPARE(queueJson().at(0)[u"state"_s].toString(), u"cancelled"_s);
        result = run({u"queue"_s, u"retry"_s, jobId});
        QVERIFY2(result.code == Cli::Success, qPrintable(describe(result)));
        QCOMPARE(queueJson().at(0)[u"state"_s].toString(), u"queued"_s);
        result = run({u"queue"_s, u"run"_s});
        QCOMPARE(result.code, int(Cli::Failure));
        QVERIFY2(result.out.startsWith(jobId + u" held "_s), qPrintable(describe(result)));
        QCOMPARE(result.out.count(u'\n'), 1);

        // With nothing open, `queue run` has nothing to say.
        QCOMPARE(run({u"queue"_s, u"cancel"_s, jobId}).code, int(Cli::Success));
        result = run({u"queue"_s, u"run"_s});
        QVERIFY2(result.code == Cli::Success && result.out.isEmpty(), qPrintable(describe(result)));

        // A submission queued by someone else (the window) runs through `queue run` and ends done.
        qint64 submitted = 0;
        {
            Library opened;
            QVERIFY2(opened.open(library()), qPrintable(opened.errorString()));
            Outbox outbox(opened);
            const std::optional<PublishJob> job =
                outbox.enqueue(article.toLongLong(), u"wp-reporter"_s, PublishAction::Submit);
            QVERIFY2(job, qPrintable(outbox.errorString()));
            submitted = job->id;
        }
        result = run({u"queue"_s, u"run"_s});
        QVERIFY2(result.code == Cli::Success, qPrintable(describe(result)));
        QVERIFY2(QRegularExpression(u"^%1 done https?://\\S+\\n$"_s.arg(submitted)).match(result.out).hasMatch(),
            qPrintable(describe(result)));

        // A done job can be neither retried nor cancelled.
        const QJsonArray all = queueJson();
        const auto done = std::find_if(
            all.begin(), all.end(), [](const QJsonValue &job) { return job[u"state"_s].toString() == u"done"_s; });
        QVERIFY(done != all.end());
        const QString doneId = QString::number((*done)[u"id"_s].toInteger());
        result = run({u"queue"_s, u"retry"_s, doneId});
        QCOMPARE(result.code, int(Cli::Failure));
        QVERIFY2(result.err.contains(u"done"_s), qPrintable(describe(result)));
        result = run({u"queue"_s, u"cancel"_s, doneId});
        QCOMPARE(result.code, int(Cli::Failure));
        verifyNoPasswordLeaked();
    }

    // While another process runs the queue, `publish` follows the job, and
    // takes over when that process lets go.
    void publishFollowsAnotherQueueRunner()
    {
        const QString site = m_dir.filePath(u"site2"_s);
        QCOMPARE(run({u"targets"_s, u"add"_s, u"site2"_s, u"--kind"_s, u"folder"_s, u"--path"_s, site}).code,
            int(Cli::Success));
        const QString article = newArticle(uniqueHeadline());
        QVERIFY(!article.isEmpty());
        QLockFile lock(QDir(library()).filePath(PublishQueue::lockFileName()));
        QVERIFY(lock.tryLock(0));
        std::unique_ptr<QThread> release(QThread::create([&lock] {
            QThread::msleep(1200);
            lock.unlock();
        }));
        release->start();
        QElapsedTimer timer;
        timer.start();
        const Run published = run({u"publish"_s, article, u"--target"_s, u"site2"_s, u"--status"_s, u"draft"_s});
        release->wait();
        QVERIFY2(published.code == Cli::Success, qPrintable(describe(published)));
        QVERIFY2(published.err.contains(u"Another Byline"_s), qPrintable(published.err));
        QVERIFY(timer.elapsed() >= 1000);
        QVERIFY2(QUrl(published.out.trimmed()).isLocalFile(), qPrintable(published.out));
    }

#ifdef Q_OS_UNIX
    // Ctrl+C while a site does not answer: `publish` cancels its job;
    // `queue run` stops and leaves the job in the queue.
    void interruptStopsCleanly()
    {
        SilentSite site(2);
        site.start();
        while (!site.port)
            QThread::msleep(5);
        const QString url = u"http://127.0.0.1:%1"_s.arg(site.port.load());
        QCOMPARE(run({u"targets"_s, u"add"_s, u"silent"_s, u"--kind"_s, u"wordpress"_s, u"--url"_s, url, u"--user"_s,
                         u"desk"_s},
                     u"abcd efgh\n"_s)
                     .code,
            int(Cli::Success));
        const QString article = newArticle(uniqueHeadline());
        struct sigaction before = {};
        sigaction(SIGINT, nullptr, &before);

        const Run published = run({u"publish"_s, article, u"--target"_s, u"silent"_s, u"--status"_s, u"draft"_s});
        QCOMPARE(published.code, int(Cli::Failure));
        QVERIFY2(published.err.contains(u"Cancelled"_s), qPrintable(describe(published)));
        const QJsonObject job = queueJson().at(0).toObject();
        QCOMPARE(job[u"state"_s].toString(), u"cancelled"_s);
        const QString jobId = QString::number(job[u"id"_s].toInteger());

        QCOMPARE(run({u"queue"_s, u"retry"_s, jobId}).code, int(Cli::Success));
        const Run ran = run({u"queue"_s, u"run"_s});
        QVERIFY(site.wait(30000));
        QCOMPARE(site.interrupts.load(), 2);
        QCOMPARE(ran.code, int(Cli::Failure));
        QVERIFY2(ran.err.contains(u"Stopped"_s) && ran.out.isEmpty(), qPrintable(describe(ran)));
        QCOMPARE(queueJson().at(0)[u"state"_s].toString(), u"queued"_s);
        QCOMPARE(run({u"queue"_s, u"cancel"_s, jobId}).code, int(Cli::Success));

        // The commands put back the handler they found.
        struct sigaction after = {};
        sigaction(SIGINT, nullptr, &after);
        QVERIFY(before.sa_handler == after.sa_handler);
    }
#endif

    // A site that is down: every failed try and the wait before the next
    // are printed as they happen (what failed, the next try in N s), the
    // words the Publishing dock shows; then the job is held.
    void aDownSiteIsReportedWhileWaiting()
    {
        quint16 port = 0;
        {
            QTcpServer closed; // a port nothing listens on once it closes
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            port = closed.serverPort();
        }
        const QString url = u"http://127.0.0.1:%1"_s.arg(port);
        QCOMPARE(run({u"targets"_s, u"add"_s, u"down"_s, u"--kind"_s, u"wordpress"_s, u"--url"_s, url, u"--user"_s,
                         u"desk"_s},
                     u"abcd efgh\n"_s)
                     .code,
            int(Cli::Success));
        const QString article = newArticle(uniqueHeadline());
        qputenv("BYLINE_RETRY_ATTEMPTS", "3");
        const Run published = run({u"publish"_s, article, u"--target"_s, u"down"_s, u"--status"_s, u"draft"_s});
        qunsetenv("BYLINE_RETRY_ATTEMPTS");
        QCOMPARE(published.code, int(Cli::Failure));

        // Three attempts of four tries each (the sign-in is asked again in
        // place): twelve tries, eleven waits, each said.
        const QStringList lines = published.err.split(u'\n');
        const QRegularExpression wait(u"^job \\d+: Signing in: could not reach "_s + QRegularExpression::escape(url)
            + u" \\(.+\\)\\. Trying again in \\d+ s\\.$"_s);
        const QRegularExpression attempt(u"^job \\d+: Signing in to .*…$"_s);
        QCOMPARE(lines.filter(wait).size(), 11);
        QCOMPARE(lines.filter(attempt).size(), 12);
        QVERIFY2(published.err.contains(u"Gave up after 3 attempts in a row that got nothing onto the site."_s),
            qPrintable(describe(published)));
        QCOMPARE(run({u"targets"_s, u"remove"_s, u"down"_s}).code, int(Cli::Success));
    }

    // What a site says reaches the terminal without its escapes, bidi
    // controls or pages of text: publish, queue list and targets test.
    void siteWordsArePrintedSafely()
    {
        // JSON escapes: ESC, BEL, RLO and the C1 CSI reach the client as such.
        const QByteArray hostile = "{\"code\":\"rest_forbidden\",\"message\":\"\\u001b]0;pwned\\u0007\\u001b[2JNot "
                                   "\\u202eallowed\\u009b8m"
            + QByteArray(2000, 'x') + "\"}";
        Test::ScriptedSite site(
            [&](const QByteArray &, const QByteArray &) { return Test::ScriptedSite::answer(403, hostile); });
        const quint16 port = site.begin();
        QVERIFY(port);
        QCOMPARE(run({u"targets"_s, u"add"_s, u"hostile"_s, u"--kind"_s, u"wordpress"_s, u"--url"_s,
                         u"http://127.0.0.1:%1"_s.arg(port), u"--user"_s, u"desk"_s},
                     u"abcd efgh\n"_s)
                     .code,
            int(Cli::Success));
        const QString article = newArticle(uniqueHeadline());
        const Run published = run({u"publish"_s, article, u"--target"_s, u"hostile"_s, u"--status"_s, u"draft"_s});
        const Run listed = run({u"queue"_s, u"list"_s});
        const Run tested = run({u"targets"_s, u"test"_s, u"hostile"_s});
        QCOMPARE(published.code, int(Cli::Failure));
        QCOMPARE(tested.code, int(Cli::Failure));
        for (const Run &result : {published, listed, tested}) {
            const QString printed = result.out + result.err;
            QVERIFY2(printed.contains(u"Not allowed"_s), qPrintable(describe(result)));
            for (const QChar c : printed) {
                const char16_t u = c.unicode();
                const bool control = (u < 0x20 && u != u'\n') || (u >= 0x7F && u <= 0x9F) || u == 0x202E;
                QVERIFY2(!control, qPrintable(u"U+%1 in %2"_s.arg(int(u), 4, 16, QChar(u'0')).arg(describe(result))));
            }
            // Cut to 200 characters, not 2,000.
            QVERIFY2(!printed.contains(QString(300, u'x')), qPrintable(describe(result)));
            QVERIFY2(printed.contains(u"x…"_s), qPrintable(describe(result)));
        }
        QCOMPARE(run({u"queue"_s, u"cancel"_s, QString::number(queueJson().at(0)[u"id"_s].toInteger())}).code,
            int(Cli::Success));
        QCOMPARE(run({u"targets"_s, u"remove"_s, u"hostile"_s}).code, int(Cli::Success));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");

        const QString past = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
        const QString future = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
        const int usage = Cli::UsageError;
        const int failure = Cli::Failure;
        QTest::newRow("usage: publish without a status")
            << QStringList {u"publish"_s, u"1"_s} << QString() << usage << u"--status"_s;
        QTest::newRow("usage: publish with an unknown status")
            << QStringList {u"publish"_s, u"1"_s, u"--status"_s, u"live"_s} << QString() << usage << u"live"_s;
        QTest::newRow("usage: publish without an article id")
            << QStringList {u"publish"_s, u"--status"_s, u"draft"_s} << QString() << usage << u"article id"_s;
        QTest::newRow("usage: future without --at")
            << QStringList {u"publish"_s, u"1"_s, u"--status"_s, u"future"_s} << QString() << usage << u"--at"_s;
        QTest::newRow("usage: --at without future") << QStringList {u"publish"_s, u"1"_s, u"--status"_s, u"publish"_s,
            u"--at"_s, future} << QString() << usage << u"--at goes with"_s;
        QTest::newRow("usage: --at in the past")
            << QStringList {u"publish"_s, u"1"_s, u"--status"_s, u"future"_s, u"--at"_s, past} << QString() << usage
            << u"has passed"_s;
        QTest::newRow("usage: --at that is not a time")
            << QStringList {u"publish"_s, u"1"_s, u"--status"_s, u"future"_s, u"--at"_s, u"tomorrow"_s} << QString()
            << usage << u"ISO 8601"_s;
        QTest::newRow("failure: publish to an unknown target")
            << QStringList {u"publish"_s, u"1"_s, u"--status"_s, u"draft"_s, u"--target"_s, u"nowhere"_s} << QString()
            << failure << u"nowhere"_s;
        QTest::newRow("failure: publish an unknown article") << QStringList {u"publish"_s, u"99999"_s, u"--status"_s,
            u"draft"_s} << QString() << failure << u"no article 99999"_s;
        QTest::newRow("usage: targets add without a kind")
            << QStringList {u"targets"_s, u"add"_s, u"x"_s} << QString() << usage << u"--kind"_s;
        QTest::newRow("usage: a folder target without a folder") << QStringList {u"targets"_s, u"add"_s, u"x"_s,
            u"--kind"_s, u"folder"_s} << QString() << usage << u"--path"_s;
        QTest::newRow("usage: a folder target with a user") << QStringList {u"targets"_s, u"add"_s, u"x"_s, u"--kind"_s,
            u"folder"_s, u"--path"_s, u"/tmp"_s, u"--user"_s, u"desk"_s}
                                                            << QString() << usage << u"--kind wordpress"_s;
        QTest::newRow("usage: a target name with a slash")
            << QStringList {u"targets"_s, u"add"_s, u"../x"_s, u"--kind"_s, u"folder"_s, u"--path"_s, u"/tmp"_s}
            << QString() << usage << u"not usable"_s;
        QTest::newRow("usage: a WordPress target at an ftp address") << QStringList {u"targets"_s, u"add"_s, u"x"_s,
            u"--kind"_s, u"wordpress"_s, u"--url"_s, u"ftp://example.kr"_s, u"--user"_s, u"desk"_s}
                                                                     << u"secret\n"_s << usage << u"http or https"_s;
        QTest::newRow("usage: a WordPress target without a password on standard input") << QStringList {u"targets"_s,
            u"add"_s, u"x"_s, u"--kind"_s, u"wordpress"_s, u"--url"_s, u"http://127.0.0.1:9"_s, u"--user"_s,
            u"desk"_s} << QString() << usage << u"standard input"_s;
        QTest::newRow("usage: targets with an unknown action")
            << QStringList {u"targets"_s, u"rename"_s} << QString() << usage << u"choose"_s;
        QTest::newRow("failure: remove an unknown target")
            << QStringList {u"targets"_s, u"remove"_s, u"nowhere"_s} << QString() << failure << u"nowhere"_s;
        QTest::newRow("failure: remove the built-in folder")
            << QStringList {u"targets"_s, u"remove"_s, u"folder"_s} << QString() << failure << u"built in"_s;
        QTest::newRow("failure: test an unknown target")
            << QStringList {u"targets"_s, u"test"_s, u"nowhere"_s} << QString() << failure << u"nowhere"_s;
        QTest::newRow("usage: queue retry of a word")
            << QStringList {u"queue"_s, u"retry"_s, u"abc"_s} << QString() << usage << u"job id"_s;
        QTest::newRow("usage: queue cancel without a job")
            << QStringList {u"queue"_s, u"cancel"_s} << QString() << usage << u"job id"_s;
        QTest::newRow("usage: queue list with a job")
            << QStringList {u"queue"_s, u"list"_s, u"3"_s} << QString() << usage << u"no job id"_s;
        QTest::newRow("failure: queue retry of an unknown job")
            << QStringList {u"queue"_s, u"retry"_s, u"99999"_s} << QString() << failure << u"no job 99999"_s;
        QTest::newRow("failure: queue cancel of an unknown job")
            << QStringList {u"queue"_s, u"cancel"_s, u"99999"_s} << QString() << failure << u"no job 99999"_s;
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, input);
        QFETCH(int, code);
        QFETCH(QString, says);
        const Run result = run(arguments, input);
        QVERIFY2(result.code == code && result.err.contains(says), qPrintable(describe(result)));
        // Nothing was added half-way.
        QCOMPARE(TargetAccounts::all().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ClPublish)
#include "tst_clpublish.moc"
