#include "library/library.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {
QString pragma(const QString &path, const QString &name)
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        if (query.exec(u"PRAGMA "_s + name) && query.next())
            value = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return value;
}
} // namespace

class tst_Library : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void openCreatesDirectoryAndWalDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"nested/library"_s);
        Library library;
        QVERIFY2(library.open(path), qPrintable(library.errorString()));
        QVERIFY(library.isOpen());
        QVERIFY(QFile::exists(path + u"/library.sqlite"_s));
        QCOMPARE(pragma(path + u"/library.sqlite"_s, u"journal_mode"_s), u"wal"_s);
        QCOMPARE(pragma(path + u"/library.sqlite"_s, u"user_version"_s).toInt(), Library::SchemaVersion);
    }

    void insertedArticleReadsBackAndPersists()
    {
        QTemporaryDir dir;
        Article article = Article::create();
        article.headline = u"산업협력위원회 첫 회의"_s;
        article.byline.reporters = {{u"김민지"_s, {}}};
        article.body = u"<p>본문</p>"_s;
        {
            Library library;
            QVERIFY(library.open(dir.path()));
            QVERIFY(library.insertArticle(article));
            QVERIFY(article.id > 0);
        }
        Library reopened;
        QVERIFY(reopened.open(dir.path()));
        QCOMPARE(reopened.articleCount(), 1);
        const std::optional<Article> back = reopened.article(article.id);
        QVERIFY(back.has_value());
        QCOMPARE(*back, article);
        const QList<ArticleSummary> list = reopened.articles();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().headline, article.headline);
        QCOMPARE(list.first().bylineNames, u"김민지"_s);
    }

    void listIsMostRecentlyEditedFirst()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        Article older = Article::create();
        older.headline = u"older"_s;
        older.modified = QDateTime::currentDateTimeUtc().addSecs(-3600);
        Article newer = Article::create();
        newer.headline = u"newer"_s;
        QVERIFY(library.insertArticle(newer));
        QVERIFY(library.insertArticle(older));
        QCOMPARE(library.articles().first().headline, u"newer"_s);

        older.modified = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY(library.updateArticle(older));
        QCOMPARE(library.articles().first().headline, u"older"_s);
    }

    void changesAreAnnounced()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        int changes = 0;
        connect(&library, &Library::articlesChanged, this, [&changes] { ++changes; });
        Article article = Article::create();
        QVERIFY(library.insertArticle(article));
        QVERIFY(library.updateArticle(article));
        QCOMPARE(changes, 2);
        library.close();
        QVERIFY(library.open(dir.path()));
        QCOMPARE(changes, 3);
    }

    void newerSchemaIsRefusedWithAMessage()
    {
        QTemporaryDir dir;
        {
            Library library;
            QVERIFY(library.open(dir.path()));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(dir.filePath(u"library.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
        }
        QSqlDatabase::removeDatabase(u"future"_s);

        Library library;
        QVERIFY(!library.open(dir.path()));
        QVERIFY(!library.isOpen());
        QVERIFY2(library.errorString().contains(u"newer version"_s), qPrintable(library.errorString()));
    }

    void unusableLocationIsReported()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Library library;
        QVERIFY(!library.open(dir.filePath(u"file/library"_s)));
        QVERIFY(!library.errorString().isEmpty());
        Article article = Article::create();
        QVERIFY(!library.insertArticle(article));
    }
};

QTEST_GUILESS_MAIN(tst_Library)
#include "tst_library.moc"
