#include "library/articlelistmodel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

class tst_ArticleListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheLibrary()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        ArticleListModel model(&library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        Article article = Article::create();
        article.headline = u"수달 돌아왔다"_s;
        QVERIFY(library.articleStore().insertArticle(article));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ArticleListModel::HeadlineColumn).data().toString(), article.headline);
        QCOMPARE(model.index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong(), article.id);
        QCOMPARE(model.indexOfArticle(article.id).row(), 0);
        QVERIFY(!model.indexOfArticle(article.id + 100).isValid());

        // An edit shows in its row at once, without a reload.
        article.headline = u"수달 두 마리 돌아왔다"_s;
        article.status = ArticleStatus::Submitted;
        model.refreshArticle(article);
        QCOMPARE(
            model.index(model.indexOfArticle(article.id).row(), ArticleListModel::HeadlineColumn).data().toString(),
            article.headline);

        Article untitled = Article::create();
        QVERIFY(library.articleStore().insertArticle(untitled));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.index(model.indexOfArticle(untitled.id).row(), 0).data().toString().isEmpty());
    }

    void queryFiltersTheList()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        Article otter = Article::create();
        otter.headline = u"수달 돌아왔다"_s;
        Article committee = Article::create();
        committee.headline = u"산업협력위원회 첫 회의"_s;
        committee.status = ArticleStatus::Submitted;
        QVERIFY(library.articleStore().insertArticle(otter));
        QVERIFY(library.articleStore().insertArticle(committee));
        ArticleListModel model(&library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);

        ArticleQuery query;
        query.search = u"산업협력"_s;
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong(), committee.id);

        query.search.clear();
        query.status = ArticleStatus::Draft;
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong(), otter.id);

        // The filter stays when the library changes.
        Article another = Article::create();
        another.status = ArticleStatus::Submitted;
        QVERIFY(library.articleStore().insertArticle(another));
        QCOMPARE(model.rowCount(), 1);
        model.setQuery({});
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_ArticleListModel)
#include "tst_articlelistmodel.moc"
