#include "common/settings.h"
#include "library/library.h"
#include "publish/publishservice.h"
#include "render/publication.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

// A publication or template pack saved in Settings reaches the publish queue
// at once: the next job renders with it, with no restart and no call from
// the window. The environment comes from the settings as in the window and
// the command line; the target is a folder saved in the settings.
class tst_PublishSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    Library m_library;

    static QString read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    static QString examplePack()
    {
        return qEnvironmentVariable("BYLINE_SOURCE_DIR") + u"/docs/examples/template-pack"_s;
    }

    qint64 story(const QString &slug)
    {
        Article article = Article::create();
        article.headline = u"공지천 수달 가족 %1"_s.arg(slug);
        article.byline = {u"강원일보"_s, {{u"김민지"_s, u"minji@kwnews.example"_s}}};
        article.slug = slug;
        article.body = u"<p>공지천에 수달 가족이 돌아왔다.</p>"_s;
        return m_library.articleStore().insertArticle(article) ? article.id : 0;
    }

    QString page(const QString &slug) const { return read(m_dir.filePath(u"site/"_s + slug + u"/index.html"_s)); }

    static void saveNewLook()
    {
        Publication publication = Publication::fromSettings();
        publication.name = u"한빛일보 디지털"_s;
        publication.templatePack = examplePack();
        publication.saveToSettings();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<PublishJob>();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QVERIFY2(QFile::exists(examplePack() + u"/pack.json"_s), "BYLINE_SOURCE_DIR is set by tests/CMakeLists.txt");
        QVERIFY(m_library.open(m_dir.filePath(u"library"_s)));
    }

    void init()
    {
        QSettings().clear();
        TargetAccount site;
        site.name = u"site"_s;
        site.kind = TargetAccount::folderKind();
        site.path = m_dir.filePath(u"site"_s);
        QString error;
        QVERIFY2(TargetAccounts::save(site, &error), qPrintable(error));
    }

    // `byline queue run`'s way: drained on the calling thread.
    void drainUsesTheNewlySavedPublication()
    {
        PublishService service(m_library);
        const qint64 before = story(u"drain-before"_s);
        QVERIFY(service.enqueue(before, u"site"_s, PublishAction::Publish));
        QCOMPARE(service.drain(), PublishService::DrainEnd::Drained);
        QVERIFY2(page(u"drain-before"_s).contains(u"masthead-name"_s), qPrintable(page(u"drain-before"_s).left(300)));

        saveNewLook();
        const qint64 after = story(u"drain-after"_s);
        QVERIFY(service.enqueue(after, u"site"_s, PublishAction::Publish));
        QCOMPARE(service.drain(), PublishService::DrainEnd::Drained);
        const QString html = page(u"drain-after"_s);
        QVERIFY2(html.contains(u"class=\"brand\""_s), qPrintable(html.left(300)));
        QVERIFY(html.contains(u"한빛일보 디지털"_s));
        QVERIFY(service.environmentProblem().isEmpty());
    }

    // The window's way: the queue runs on its own thread the whole time.
    void runningQueueUsesTheNewlySavedPublication()
    {
        PublishService service(m_library);
        service.start();
        auto publishAndWait = [&](const QString &slug) {
            const std::optional<PublishJob> job = service.enqueue(story(slug), u"site"_s, PublishAction::Publish);
            if (!job)
                return false;
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 20000) {
                const std::optional<PublishJob> now = service.job(job->id);
                if (now && now->state == PublishState::Done)
                    return true;
                QTest::qWait(20);
            }
            return false;
        };
        QVERIFY(publishAndWait(u"queue-before"_s));
        QVERIFY(page(u"queue-before"_s).contains(u"masthead-name"_s));

        saveNewLook();
        QVERIFY(publishAndWait(u"queue-after"_s));
        const QString html = page(u"queue-after"_s);
        QVERIFY2(html.contains(u"class=\"brand\""_s), qPrintable(html.left(300)));
        QVERIFY(html.contains(u"한빛일보 디지털"_s));
        service.stop();
    }

    // A pack that cannot be used: the job still publishes, with the built-in
    // pack, and the service says why.
    void unusablePackPublishesWithTheBuiltInOne()
    {
        PublishService service(m_library);
        service.environment(); // built before the change, as in a running window
        Publication publication;
        publication.templatePack = m_dir.filePath(u"no-such-pack"_s);
        publication.saveToSettings();
        QVERIFY2(service.environmentProblem().contains(u"no-such-pack"_s), qPrintable(service.environmentProblem()));
        QVERIFY(service.enqueue(story(u"bad-pack"_s), u"site"_s, PublishAction::Publish));
        QCOMPARE(service.drain(), PublishService::DrainEnd::Drained);
        QVERIFY(page(u"bad-pack"_s).contains(u"masthead-name"_s));
    }
};

QTEST_GUILESS_MAIN(tst_PublishSettings)
#include "tst_publishsettings.moc"
