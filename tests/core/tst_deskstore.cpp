#include "desk/deskstore.h"
#include "library/library.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

// The desk's local state: the last inbox of each target, read back offline,
// and the link of a local article to its post with the lock as last known.
class tst_DeskStore : public QObject
{
    Q_OBJECT

    static qint64 storeArticle(Library &library, const QString &headline)
    {
        Article article = Article::create();
        article.headline = headline;
        if (!library.articleStore().insertArticle(article))
            return 0;
        return article.id;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nominal_inboxComesBackAfterReopening()
    {
        QTemporaryDir dir;
        DeskInbox inbox;
        inbox.token = u"t-42"_s;
        inbox.fetched = QDateTime(QDate(2026, 12, 1), QTime(9, 30), QTimeZone::UTC);
        DeskStory filed;
        filed.post = 12;
        filed.uuid = QUuid::createUuid();
        filed.headline = u"도청 예산안 송고"_s;
        filed.status = u"pending"_s;
        filed.author = {3, u"김기자"_s};
        filed.modified = QDateTime(QDate(2026, 12, 1), QTime(9, 1), QTimeZone::UTC);
        filed.section = u"정치"_s;
        filed.lock = DeskLock {{7, u"김데스크"_s}, QDateTime(QDate(2026, 12, 1), QTime(9, 2), QTimeZone::UTC),
            QDateTime(QDate(2026, 12, 1), QTime(9, 4, 30), QTimeZone::UTC)};
        filed.embargo = QDateTime(QDate(2026, 12, 2), QTime(0, 0), QTimeZone::UTC);
        filed.notes = 2;
        filed.lastNote = DeskNote {99, {7, u"김데스크"_s}, QDateTime(QDate(2026, 12, 1), QTime(9, 3), QTimeZone::UTC),
            DeskNoteKind::Return, u"리드를 다시 써 주세요."_s};
        filed.returned = true;
        DeskStory scheduled;
        scheduled.post = 13;
        scheduled.headline = u"wp-admin에서 쓴 기사"_s;
        scheduled.status = u"future"_s;
        scheduled.scheduled = QDateTime(QDate(2026, 12, 3), QTime(1, 0), QTimeZone::UTC);
        inbox.stories = {filed, scheduled};
        {
            Library library;
            QVERIFY(library.open(dir.path()));
            QVERIFY(!library.deskStore().loadInbox(u"site"_s));
            QVERIFY2(library.deskStore().saveInbox(u"site"_s, inbox), qPrintable(library.errorString()));
        }
        Library library;
        QVERIFY(library.open(dir.path()));
        const std::optional<DeskInbox> loaded = library.deskStore().loadInbox(u"site"_s);
        QVERIFY(loaded);
        QCOMPARE(loaded->token, inbox.token);
        QCOMPARE(loaded->fetched, inbox.fetched);
        QCOMPARE(loaded->stories.size(), 2);
        QCOMPARE(loaded->stories.at(0), filed);
        QCOMPARE(loaded->stories.at(1), scheduled);
        QVERIFY(!library.deskStore().loadInbox(u"other"_s));

        // A newer list replaces the old one.
        inbox.stories = {scheduled};
        inbox.token = u"t-43"_s;
        QVERIFY(library.deskStore().saveInbox(u"site"_s, inbox));
        QCOMPARE(library.deskStore().loadInbox(u"site"_s)->stories.size(), 1);
        QCOMPARE(library.deskStore().loadInbox(u"site"_s)->token, u"t-43"_s);
    }

    void nominal_linkAndLock()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        const qint64 first = storeArticle(library, u"첫 기사"_s);
        const qint64 second = storeArticle(library, u"둘째 기사"_s);
        QVERIFY(first && second);
        DeskLink link;
        link.articleId = first;
        link.target = u"site"_s;
        link.post = 12;
        link.lockHeld = true;
        link.lockSince = QDateTime(QDate(2026, 12, 1), QTime(9, 2), QTimeZone::UTC);
        link.opened = QDateTime(QDate(2026, 12, 1), QTime(9, 2, 1), QTimeZone::UTC);
        QVERIFY2(library.deskStore().setLink(link), qPrintable(library.errorString()));
        QCOMPARE(library.deskStore().link(first), link);
        QCOMPARE(library.deskStore().linkForPost(u"site"_s, 12), link);
        QVERIFY(!library.deskStore().linkForPost(u"site"_s, 13));
        QVERIFY(!library.deskStore().linkForPost(u"other"_s, 12));

        // Someone took it over: read-only here, with who and since when.
        const DeskLock theirs {{7, u"김데스크"_s}, QDateTime(QDate(2026, 12, 1), QTime(9, 10), QTimeZone::UTC), {}};
        QVERIFY(library.deskStore().setLock(first, false, {}, theirs));
        std::optional<DeskLink> stored = library.deskStore().link(first);
        QVERIFY(stored);
        QVERIFY(!stored->lockHeld);
        QVERIFY(!stored->lockSince.isValid());
        QCOMPARE(stored->heldBy, theirs);
        QVERIFY(library.deskStore().setLock(first, true, link.lockSince));
        QVERIFY(!library.deskStore().link(first)->heldBy);

        // One post, one local article: linking another article to the same
        // post moves the link.
        DeskLink moved = link;
        moved.articleId = second;
        QVERIFY(library.deskStore().setLink(moved));
        QVERIFY(!library.deskStore().link(first));
        QCOMPARE(library.deskStore().linkForPost(u"site"_s, 12)->articleId, second);
        QCOMPARE(library.deskStore().links().size(), 1);
        QCOMPARE(library.deskStore().links(u"site"_s).size(), 1);
        QCOMPARE(library.deskStore().links(u"other"_s).size(), 0);
    }

    void bad_lockOfAnArticleNotFromTheDesk()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        const qint64 id = storeArticle(library, u"로컬 기사"_s);
        QVERIFY(!library.deskStore().setLock(id, true, QDateTime::currentDateTimeUtc()));
        QVERIFY(!library.errorString().isEmpty());
    }

    // Deleting the article takes its link with it.
    void edge_linkGoesWithTheArticle()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        const qint64 id = storeArticle(library, u"지울 기사"_s);
        DeskLink link;
        link.articleId = id;
        link.target = u"site"_s;
        link.post = 5;
        QVERIFY(library.deskStore().setLink(link));
        QVERIFY(library.articleStore().removeArticle(id));
        QVERIFY(!library.deskStore().linkForPost(u"site"_s, 5));
    }

    void bad_damagedCacheIsNotAList()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        QVERIFY(library.deskStore().saveInbox(u"site"_s, DeskInbox {}));
        QSqlQuery query(library.database());
        QVERIFY(query.exec(u"UPDATE desk_inbox SET stories = '{\"not\": \"a list\"}'"_s));
        QVERIFY(!library.deskStore().loadInbox(u"site"_s));
    }
};

QTEST_GUILESS_MAIN(tst_DeskStore)
#include "tst_deskstore.moc"
