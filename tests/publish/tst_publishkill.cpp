#include "faultproxy.h"
#include "publishtesting.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <signal.h>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::PublishTesting;
using Byline::Test::FaultProxy;
using Byline::Test::WordPressServer;
using Fault = FaultProxy::Fault;

// A real byline process is killed with SIGKILL in the middle of a photo
// upload (WordPress has the photo, the process never hears so), then started
// again: the site ends with one post and every photo once.
class tst_PublishKill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    WordPressServer m_server;
    std::unique_ptr<FaultProxy> m_proxy;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        // Used for the run, nothing stored: no keychain needed here.
        env.insert(u"BYLINE_PASSWORD"_s, m_server.credentials(WordPressServer::Desk).password);
        env.insert(u"BYLINE_RETRY_BASE_MS"_s, u"100"_s);
        env.insert(u"BYLINE_RETRY_CAP_MS"_s, u"500"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        return env;
    }

    int byline(const QStringList &arguments, QString *output = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(qEnvironmentVariable("BYLINE_EXECUTABLE"), arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        if (output)
            *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QFileInfo(qEnvironmentVariable("BYLINE_EXECUTABLE")).isExecutable());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_proxy = std::make_unique<FaultProxy>(m_server.url());
        QVERIFY(m_proxy->start());
    }

    void cleanupTestCase()
    {
        m_proxy->stop();
        QVERIFY(m_server.stop());
    }

    void killedDuringAPhotoUpload()
    {
        const QString libraryDirectory = m_dir.filePath(u"library"_s);
        Article story;
        {
            Library library;
            QVERIFY(library.open(libraryDirectory));
            story = makeStory(library, m_dir.path(), 3, u"sigkill"_s, u"정전에도 한 번만 게시"_s);
            QCOMPARE(library.photoStore().photos(story.id).size(), 3);
        }
        QString output;
        QCOMPARE(byline({u"--library"_s, libraryDirectory, u"targets"_s, u"add"_s, u"desk"_s, u"--kind"_s,
                            u"wordpress"_s, u"--url"_s, m_proxy->url().toString(), u"--user"_s, u"desk"_s},
                     &output),
            0);

        // The second photo's upload reaches WordPress, but its answer is
        // held back in the proxy: the process dies before it hears it.
        m_proxy->addFault({.kind = Fault::DelayAnswer,
            .method = u"POST"_s,
            .path = QRegularExpression(u"^/wp-json/wp/v2/media\\?"_s),
            .skip = 1,
            .delayMs = 8000});
        const int mediaBefore = mediaCount(m_server);

        QProcess publish;
        publish.setProcessEnvironment(environment());
        publish.start(qEnvironmentVariable("BYLINE_EXECUTABLE"),
            {u"--library"_s, libraryDirectory, u"publish"_s, QString::number(story.id), u"--target"_s, u"desk"_s,
                u"--status"_s, u"publish"_s});
        QVERIFY(publish.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_proxy->faultsFired() == 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(mediaCount(m_server), mediaBefore + 2, 20000);
        ::kill(pid_t(publish.processId()), SIGKILL);
        QVERIFY(publish.waitForFinished());
        QCOMPARE(publish.exitStatus(), QProcess::CrashExit);

        {
            // The outbox says where it stopped: the second photo sent, unheard.
            Library library;
            QVERIFY(library.open(libraryDirectory));
            const QList<PublishJob> jobs = Outbox(library).jobs();
            QCOMPARE(jobs.size(), 1);
            QCOMPARE(jobs.first().state, PublishState::UploadingPhotos);
        }
        QCOMPARE(postsTitled(m_server, story.headline).size(), 0);

        // Started again, it resumes where it stopped.
        QCOMPARE(byline({u"--library"_s, libraryDirectory, u"queue"_s, u"run"_s}, &output), 0);
        QVERIFY2(output.contains(u"done"_s), qPrintable(output));
        QCOMPARE(postsTitled(m_server, story.headline).size(), 1);
        QCOMPARE(mediaCount(m_server), mediaBefore + 3);
        Library library;
        QVERIFY(library.open(libraryDirectory));
        for (const Photo &photo : library.photoStore().photos(story.id)) {
            QCOMPARE(restGet(m_server, u"/wp/v2/media"_s,
                         u"context=edit&byline_uuid="_s + PublishRunner::mediaKey(story, photo, Publication()))
                         .array()
                         .size(),
                1);
        }
        const PublishJob job = Outbox(library).jobs().first();
        QCOMPARE(job.state, PublishState::Done);
        const QJsonObject remote =
            restGet(m_server, u"/wp/v2/posts/%1"_s.arg(job.remoteId), u"context=edit"_s).object();
        QCOMPARE(remote.value(u"status"_s).toString(), u"publish"_s);
    }
};

QTEST_GUILESS_MAIN(tst_PublishKill)
#include "tst_publishkill.moc"
