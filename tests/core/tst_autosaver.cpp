#include "article/articledocument.h"
#include "library/autosaver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Byline;

// The autosaver against a real SQLite library, and against a real full or
// read-only filesystem: a small tmpfs in this test's own mount namespace.
class tst_Autosaver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    bool m_ownMounts = false;

    static qint64 addArticle(Library &library)
    {
        Article article = Article::create();
        article.headline = u"자동 저장"_s;
        article.body = u"<p>시작</p>\n"_s;
        if (!library.articleStore().insertArticle(article))
            return 0;
        return article.id;
    }

    static QString storedBody(const QString &directory, qint64 id)
    {
        Library reader;
        if (!reader.open(directory))
            return {};
        const std::optional<Article> article = reader.articleStore().article(id);
        return article ? article->body : QString();
    }

    static void type(ArticleDocument &document, const QString &text)
    {
        QTextCursor cursor(document.body());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(text);
    }

    // A library with one article, open for editing, with an autosaver on it.
    struct Session
    {
        QTemporaryDir dir;
        Library library;
        qint64 id = 0;
        std::unique_ptr<ArticleDocument> document;
        Autosaver autosaver;
        bool ready = false;

        Session()
        {
            if (!library.open(dir.path()) || !(id = addArticle(library)))
                return;
            document = std::make_unique<ArticleDocument>(*library.articleStore().article(id));
            ready = autosaver.start(dir.path());
            autosaver.setDocument(document.get());
        }
        ~Session() { autosaver.setDocument(nullptr); }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A private mount namespace lets this test fill or freeze a small
        // filesystem without touching the machine's own.
        m_ownMounts = geteuid() == 0 && unshare(CLONE_NEWNS) == 0
            && mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
    }

    void everyEditReachesTheLibraryWithinASecond()
    {
        Session session;
        QVERIFY(session.ready);
        QTemporaryDir &dir = session.dir;
        const qint64 id = session.id;
        ArticleDocument &document = *session.document;
        Autosaver &autosaver = session.autosaver;

        QElapsedTimer sinceKeystroke;
        type(document, u"수달"_s);
        sinceKeystroke.start();
        QTRY_VERIFY_WITH_TIMEOUT(storedBody(dir.path(), id).contains(u"시작수달"_s), 1000);
        QVERIFY2(sinceKeystroke.elapsed() <= 1000, qPrintable(QString::number(sinceKeystroke.elapsed())));
        QTRY_VERIFY(!autosaver.hasUnsavedChanges()); // the worker's answer arrives just after the write
    }

    void continuousTypingStillSavesEverySecond()
    {
        Session session;
        QVERIFY(session.ready);
        QTemporaryDir &dir = session.dir;
        const qint64 id = session.id;
        ArticleDocument &document = *session.document;
        Autosaver &autosaver = session.autosaver;
        QSignalSpy saved(&autosaver, &Autosaver::saved);

        // A fast typist never pauses 300 ms; the 800 ms ceiling must still save.
        QElapsedTimer timer;
        timer.start();
        int typed = 0;
        while (timer.elapsed() < 2500) {
            type(document, u"가"_s);
            ++typed;
            QTest::qWait(50);
        }
        QVERIFY2(saved.count() >= 2, qPrintable(QString::number(saved.count())));
        QVERIFY(autosaver.flush());
        QCOMPARE(storedBody(dir.path(), id).count(u'가'), typed);
    }

    void flushStoresEverythingAtOnce()
    {
        Session session;
        QVERIFY(session.ready);
        QTemporaryDir &dir = session.dir;
        const qint64 id = session.id;
        ArticleDocument &document = *session.document;
        Autosaver &autosaver = session.autosaver;
        document.setField(ArticleDocument::Field::Headline, u"마감 직전 제목"_s);
        type(document, u"끝"_s);
        QVERIFY(autosaver.flush());
        Library reader;
        QVERIFY(reader.open(dir.path()));
        QCOMPARE(reader.articleStore().article(id)->headline, u"마감 직전 제목"_s);
        QVERIFY(reader.articleStore().article(id)->body.contains(u"시작끝"_s));
    }

    void diskFullKeepsTheTextAndSavesWhenSpaceReturns()
    {
        if (!m_ownMounts)
            QSKIP("needs root to mount a small tmpfs in a private mount namespace (tools/test runs as root)");
        const QString mountPoint = m_dir.filePath(u"small"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        QCOMPARE(mount("tmpfs", mountPoint.toLocal8Bit().constData(), "tmpfs", 0, "size=4m"), 0);
        const QString libraryDir = mountPoint + u"/library"_s;

        Library library;
        QVERIFY(library.open(libraryDir));
        const qint64 id = addArticle(library);
        ArticleDocument document(*library.articleStore().article(id));
        Autosaver autosaver;
        QVERIFY(autosaver.start(libraryDir));
        autosaver.setDocument(&document);

        // Fill the disk to the last byte.
        QFile filler(mountPoint + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
        const QByteArray small(512, 'x');
        while (filler.write(small) == small.size() && filler.flush()) { }
        filler.close();

        QSignalSpy failed(&autosaver, &Autosaver::failed);
        QSignalSpy recovered(&autosaver, &Autosaver::recovered);
        // A long paragraph needs new pages that the full disk cannot give.
        type(document, QString(20000, u'가'));
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 5000);
        QCOMPARE(failed.first().at(1).value<LibraryError>(), LibraryError::DiskFull);
        QVERIFY2(failed.first().at(0).toString().contains(u"disk"_s, Qt::CaseInsensitive),
            qPrintable(failed.first().at(0).toString()));
        QVERIFY(autosaver.hasUnsavedChanges());
        QVERIFY(document.article().body.contains(QString(20000, u'가'))); // still in the editor

        QVERIFY(QFile::remove(mountPoint + u"/filler"_s));
        QTRY_VERIFY_WITH_TIMEOUT(recovered.count() == 1, Autosaver::RetryDelay * 3);
        QVERIFY(!autosaver.hasUnsavedChanges());
        QVERIFY(storedBody(libraryDir, id).contains(QString(20000, u'가')));
        autosaver.setDocument(nullptr);
        library.close();
        QCOMPARE(umount2(mountPoint.toLocal8Bit().constData(), MNT_DETACH), 0);
    }

    void readOnlyLibraryKeepsTheTextAndSavesWhenWritable()
    {
        if (!m_ownMounts)
            QSKIP("needs root to remount a tmpfs read-only in a private mount namespace");
        const QString mountPoint = m_dir.filePath(u"frozen"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        const QByteArray path = mountPoint.toLocal8Bit();
        QCOMPARE(mount("tmpfs", path.constData(), "tmpfs", 0, "size=16m"), 0);
        const QString libraryDir = mountPoint + u"/library"_s;

        std::optional<Article> article;
        {
            Library library;
            QVERIFY(library.open(libraryDir));
            article = library.articleStore().article(addArticle(library));
        }
        // Read-only for root too (chmod would not stop root; a read-only
        // mount does). SQLite holds no file open now, so the remount is allowed.
        QCOMPARE(mount(nullptr, path.constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr), 0);

        ArticleDocument document(*article);
        Autosaver autosaver;
        QString error;
        QVERIFY(!autosaver.start(libraryDir, &error));
        QVERIFY(!error.isEmpty());
        autosaver.setDocument(&document);
        QSignalSpy failed(&autosaver, &Autosaver::failed);
        QSignalSpy recovered(&autosaver, &Autosaver::recovered);
        type(document, u"읽기 전용"_s);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 5000);
        QVERIFY(!failed.first().at(0).toString().isEmpty());
        QVERIFY(autosaver.hasUnsavedChanges());
        QVERIFY(document.article().body.contains(u"읽기 전용"_s));

        QCOMPARE(mount(nullptr, path.constData(), nullptr, MS_REMOUNT, nullptr), 0);
        QTRY_VERIFY_WITH_TIMEOUT(recovered.count() == 1, Autosaver::RetryDelay * 3);
        QVERIFY(storedBody(libraryDir, article->id).contains(u"읽기 전용"_s));
        autosaver.setDocument(nullptr);
        umount2(path.constData(), MNT_DETACH);
    }
};

QTEST_MAIN(tst_Autosaver)
#include "tst_autosaver.moc"
