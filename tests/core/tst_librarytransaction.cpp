#include "library/library.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

Article story(const QString &headline)
{
    Article article = Article::create();
    article.headline = headline;
    return article;
}

} // namespace

// Library::transaction: the stores' writes, and writes across stores, are
// kept whole or not at all.
class tst_LibraryTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void failedWorkLeavesNothing()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        Article first = story(u"첫 기사"_s);
        const bool ok =
            library.transaction([&] { return library.articleStore().insertArticle(first) && library.fail(u"stop"_s); });
        QVERIFY(!ok);
        QCOMPARE(library.errorString(), u"stop"_s);
        QCOMPARE(library.articleStore().articleCount(), 0);
        QVERIFY(!library.inTransaction());
    }

    // Inside a transaction a store's own transaction is a savepoint: its
    // failure takes back only its writes, and the outer work goes on.
    void nestedFailureTakesBackOnlyItsOwnWrites()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        Article kept = story(u"남는 기사"_s);
        Article dropped = story(u"빠지는 기사"_s);
        bool inside = false;
        const bool ok = library.transaction([&] {
            if (!library.articleStore().insertArticle(kept))
                return false;
            inside = library.inTransaction();
            const bool inner = library.transaction(
                [&] { return library.articleStore().insertArticle(dropped) && library.fail(u"inner"_s); });
            return !inner;
        });
        QVERIFY(ok);
        QVERIFY(inside);
        QCOMPARE(library.articleStore().articleCount(), 1);
        QCOMPARE(library.articleStore().articles().first().headline, u"남는 기사"_s);
    }

    // Views hear of a change once it is committed, and not of one taken back.
    void signalsWaitForTheCommit()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        Article article = story(u"신호"_s);
        QVERIFY(library.articleStore().insertArticle(article));
        QSignalSpy articlesChanged(&library, &Library::articlesChanged);
        bool heardInside = true;
        QVERIFY(library.transaction([&] {
            article.headline = u"신호 둘"_s;
            const bool saved = library.articleStore().saveArticle(article);
            heardInside = articlesChanged.size() > 0;
            return saved;
        }));
        QVERIFY(!heardInside);
        QCOMPARE(articlesChanged.size(), 1);
        QVERIFY(!library.transaction([&] { return library.articleStore().saveArticle(article) && false; }));
        QCOMPARE(articlesChanged.size(), 1);
    }

    void closedLibraryRefusesWork()
    {
        Library library;
        bool ran = false;
        QVERIFY(!library.transaction([&] { return ran = true; }));
        QVERIFY(!ran);
        QVERIFY(!library.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_LibraryTransaction)
#include "tst_librarytransaction.moc"
