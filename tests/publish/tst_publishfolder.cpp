#include "publishtesting.h"

#include "publish/publishqueue.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInformation>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::PublishTesting;

// The built-in folder target through the queue: no server, works offline,
// publishing again replaces the folder, unpublishing removes it.
class tst_PublishFolder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;
    Article m_article;

    PublishRunner::Environment environment(const QString &root)
    {
        PublishRunner::Environment environment;
        environment.account = [root](const QString &name) -> std::optional<TargetAccount> {
            TargetAccount account;
            account.name = name;
            account.kind = TargetAccount::folderKind();
            account.path = root;
            return account;
        };
        return environment;
    }

    static QString read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_library.open(m_dir.filePath(u"library"_s)));
        // The story the WordPress tests send, with a lead and a figure in the body.
        m_article = makeStory(m_library, m_dir.path(), 2, u"chuncheon-flood"_s);
        QVERIFY(m_article.id);
    }

    void publishesPagesThatOpen()
    {
        const QString root = m_dir.filePath(u"site"_s);
        Outbox outbox(m_library);
        PublishRunner runner(m_library, environment(root));
        const PublishJob job = *outbox.enqueue(m_article.id, u"folder"_s, PublishAction::Publish);
        runner.run(job.id);
        const PublishJob done = *outbox.job(job.id);
        QCOMPARE(done.state, PublishState::Done);
        const QString folder = root + u"/chuncheon-flood"_s;
        QCOMPARE(done.remoteUrl, QUrl::fromLocalFile(folder + u"/index.html"_s));

        // Each page names only files that are there, and no remote or
        // absolute path: the folder opens anywhere, offline.
        for (const QString &page : {u"index.html"_s, u"mobile.html"_s}) {
            const QString html = read(folder + u'/' + page);
            QVERIFY(html.contains(m_article.headline.toHtmlEscaped()));
            static const QRegularExpression reference(u"(?:src|href)=\"([^\"#]+)\""_s);
            int local = 0;
            for (const QRegularExpressionMatch &match : reference.globalMatch(html)) {
                const QString target = match.captured(1);
                if (target.startsWith(u"http"_s) || target.startsWith(u"data:"_s) || target.startsWith(u"mailto:"_s))
                    continue;
                QVERIFY2(!target.startsWith(u'/') && !target.contains(u".."_s), qPrintable(target));
                QVERIFY2(QFile::exists(folder + u'/' + target), qPrintable(target));
                ++local;
            }
            QVERIFY(local >= 2); // the photos and the other page
        }
        const QJsonObject json = QJsonDocument::fromJson(read(folder + u"/article.json"_s).toUtf8()).object();
        QCOMPARE(json.value(u"headline"_s).toString(), m_article.headline);
        QCOMPARE(json.value(u"photos"_s).toArray().size(), 2);

        // Again, after an edit: the same folder, replaced.
        Article edited = *m_library.articleStore().article(m_article.id);
        edited.headline = u"춘천 도심 물에 잠겨…주민 400여 명 대피"_s;
        QVERIFY(m_library.articleStore().updateArticle(edited));
        const PublishJob again = *outbox.enqueue(m_article.id, u"folder"_s, PublishAction::Publish);
        runner.run(again.id);
        QCOMPARE(outbox.job(again.id)->state, PublishState::Done);
        QVERIFY(read(folder + u"/index.html"_s).contains(edited.headline.toHtmlEscaped()));
        QCOMPARE(
            QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden), QStringList {u"chuncheon-flood"_s});

        const PublishJob gone = *outbox.enqueue(m_article.id, u"folder"_s, PublishAction::Unpublish);
        runner.run(gone.id);
        QCOMPARE(outbox.job(gone.id)->state, PublishState::Done);
        QVERIFY(!QFile::exists(folder));
    }

    void aFileInTheWayHoldsTheJob()
    {
        const QString root = m_dir.filePath(u"not-a-folder"_s);
        QFile file(root);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Outbox outbox(m_library);
        PublishRunner runner(m_library, environment(root));
        const PublishJob job = *outbox.enqueue(m_article.id, u"folder"_s, PublishAction::Publish);
        runner.run(job.id);
        const PublishJob held = *outbox.job(job.id);
        QCOMPARE(held.state, PublishState::Held);
        QVERIFY2(held.message.contains(QDir::toNativeSeparators(root)), qPrintable(held.message));

        // Fixed by a person, then retried: done.
        QVERIFY(QFile::remove(root));
        QVERIFY(outbox.retry(job.id));
        runner.run(job.id);
        QCOMPARE(outbox.job(job.id)->state, PublishState::Done);
    }

    void anUnknownTargetHoldsTheJob()
    {
        Outbox outbox(m_library);
        PublishRunner::Environment none;
        none.account = [](const QString &) { return std::optional<TargetAccount>(); };
        PublishRunner runner(m_library, none);
        const PublishJob job = *outbox.enqueue(m_article.id, u"nowhere"_s, PublishAction::Publish);
        runner.run(job.id);
        const PublishJob held = *outbox.job(job.id);
        QCOMPARE(held.state, PublishState::Held);
        QVERIFY(held.message.contains(u"nowhere"_s));
    }

    // Offline, jobs wait without spending attempts; that needs the system's
    // network information, which the queue loads when it is made.
    void theQueueWatchesTheNetwork()
    {
        if (QNetworkInformation::availableBackends().isEmpty())
            QSKIP("this Qt has no network information backend");
        QVERIFY(!QNetworkInformation::instance());
        PublishQueue queue(m_library.directory(), environment(m_dir.filePath(u"site"_s)));
        QVERIFY(QNetworkInformation::instance());
        QVERIFY(QNetworkInformation::instance()->supports(QNetworkInformation::Feature::Reachability));
    }
};

QTEST_GUILESS_MAIN(tst_PublishFolder)
#include "tst_publishfolder.moc"
