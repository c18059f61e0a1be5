#include "library/library.h"
#include "librarypages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

Q_DECLARE_METATYPE(Byline::LibraryFile::SetAsideReason)

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs SQL on a library file through a connection of its own, as another
// program would.
bool execute(const QString &path, const QStringList &statements)
{
    const QString connection = u"other-"_s + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning().noquote() << statement << query.lastError().text();
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

qint64 pragma(const QString &path, const QString &name)
{
    const QString connection = u"inspect-"_s + QUuid::createUuid().toString(QUuid::Id128);
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA "_s + name) && query.next())
                value = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

// A closed library (its -wal written into the file) of `count` stories with
// bodies of about `bodyBytes`; returns the headlines by id.
QMap<qint64, QString> makeLibrary(const QString &directory, int count, int bodyBytes = 200)
{
    QMap<qint64, QString> headlines;
    Library library;
    if (!library.open(directory))
        return headlines;
    QList<Article> articles;
    for (int i = 0; i < count; ++i) {
        Article article = Article::create();
        article.headline = u"수달 기사 %1"_s.arg(i + 1);
        article.body =
            u"<p>"_s + QString(u"춘천 공지천에서 수달 %1 "_s.arg(i)).repeated(bodyBytes / 30 + 1) + u"</p>"_s;
        articles << article;
    }
    if (!library.articleStore().insertArticles(articles))
        return headlines;
    for (const Article &article : std::as_const(articles))
        headlines.insert(article.id, article.headline);
    return headlines;
}

QStringList headlinesIn(const Library &library)
{
    QStringList result;
    for (const ArticleSummary &summary : library.articleStore().articles())
        result << summary.headline;
    result.sort();
    return result;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

// A library file that cannot be used as it is (a damaged page, another
// database's journal, another program's file, an empty file) is set aside
// untouched and what SQLite can still read of it comes back in a new library.
class tst_LibraryRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void damagedIndexPageLosesNoStory()
    {
        // The hostile-input campaign's case: random bytes over one page of a
        // six-story library emptied it, though every story was readable.
        QTemporaryDir dir;
        const QMap<qint64, QString> stories = makeLibrary(dir.path(), 6);
        QCOMPARE(stories.size(), 6);
        const QString path = dir.filePath(Library::databaseFileName());
        const qint64 indexPage = LibraryPages::rootPage(path, u"articles_modified"_s);
        QVERIFY(indexPage > 1);
        LibraryPages::overwriteWithRandomBytes(path, indexPage);
        const QByteArray damaged = readAll(path);

        Library library;
        QVERIFY2(library.open(dir.path()), qPrintable(library.errorString()));
        QCOMPARE(library.recovery().reason, LibraryFile::SetAsideReason::Damaged);
        QCOMPARE(readAll(library.recoveredCorruptCopy()), damaged);
        QCOMPARE(library.recovery().storiesRecovered, 6);
        QCOMPARE(headlinesIn(library), sorted(stories.values()));
        for (auto it = stories.cbegin(); it != stories.cend(); ++it)
            QCOMPARE(library.articleStore().article(it.key())->headline, it.value()); // ids kept
        const QString notice = library.recoveryNotice();
        QVERIFY2(notice.contains(u"6 "_s), qPrintable(notice));
        QVERIFY2(notice.contains(QDir::toNativeSeparators(library.recoveredCorruptCopy())), qPrintable(notice));

        // The new library searches and takes new stories; the next open is clean.
        ArticleQuery query;
        query.search = u"공지천"_s;
        QCOMPARE(library.articleStore().articles(query).size(), 6);
        Article article = Article::create();
        QVERIFY(library.articleStore().insertArticle(article));
        library.close();
        QVERIFY(library.open(dir.path()));
        QVERIFY(library.recoveryNotice().isEmpty());
        QCOMPARE(library.articleStore().articleCount(), 7);
    }

    void damagedArticlePageKeepsTheRest_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("robustness: the first page of stories") << u"first"_s;
        QTest::newRow("robustness: a page in the middle") << u"middle"_s;
        QTest::newRow("robustness: the last page of stories") << u"last"_s;
    }

    void damagedArticlePageKeepsTheRest()
    {
        QFETCH(QString, which);
        QTemporaryDir dir;
        const QString path = dir.filePath(Library::databaseFileName());
        const QMap<qint64, QString> stories = makeLibrary(dir.path(), 60, 300);
        QCOMPARE(stories.size(), 60);
        const QList<qint64> leaves = LibraryPages::tableLeaves(path, LibraryPages::rootPage(path, u"articles"_s));
        QVERIFY2(leaves.size() >= 4, qPrintable(QString::number(leaves.size())));
        const qint64 leaf = which == u"first"_s ? leaves.first()
            : which == u"last"_s                ? leaves.last()
                                                : leaves.at(leaves.size() / 2);
        const QList<qint64> lost = LibraryPages::rowidsOnLeaf(LibraryPages::page(path, leaf));
        QVERIFY2(lost.size() >= 3, qPrintable(QString::number(lost.size())));
        const qint64 kept = lost.contains(stories.firstKey()) ? stories.lastKey() : stories.firstKey();
        QVERIFY(!lost.contains(kept));
        {
            // Two stories on that page have a named revision; one story
            // elsewhere has a photo, a revision and a post on a site.
            Library library;
            QVERIFY(library.open(dir.path()));
            QCOMPARE(library.revisionStore().addRevision(lost.at(0), u"초판"_s), 1);
            QCOMPARE(library.revisionStore().addRevision(lost.at(1), u"초판"_s), 1);
            QCOMPARE(library.revisionStore().addRevision(kept, u"초판"_s), 1);
            Photo photo;
            photo.articleId = kept;
            photo.sha256 = QString(64, u'a');
            photo.storedPath = PhotoStore::photoStoragePath(photo.sha256, u"jpg"_s);
            photo.fileName = u"otter.jpg"_s;
            photo.caption = u"공지천의 수달"_s;
            QVERIFY(library.photoStore().addPhoto(photo));
        }
        QVERIFY(execute(path,
            {u"INSERT INTO publish_jobs (id, article_id, article_uuid, revision, target, action, state, remote_id,"
             " snapshot, created, updated) SELECT 77, id, uuid, 1, 'desk', 'publish', 'done', 4242, '{}', '', ''"
             " FROM articles WHERE id = %1"_s.arg(kept),
                u"INSERT INTO remote_posts (target, article_uuid, remote_id, url) SELECT 'desk', uuid, 4242,"
                " 'https://news.example/4242' FROM articles WHERE id = %1"_s.arg(kept)}));
        // Leaves are as they were: revisions and photos live in other tables.
        QCOMPARE(LibraryPages::rowidsOnLeaf(LibraryPages::page(path, leaf)), lost);
        LibraryPages::overwriteWithRandomBytes(path, leaf);

        Library library;
        QVERIFY2(library.open(dir.path()), qPrintable(library.errorString()));
        QCOMPARE(library.recovery().reason, LibraryFile::SetAsideReason::Damaged);
        QStringList expected;
        for (auto it = stories.cbegin(); it != stories.cend(); ++it) {
            if (!lost.contains(it.key()) || it.key() == lost.at(0) || it.key() == lost.at(1))
                expected << it.value();
        }
        QCOMPARE(headlinesIn(library), sorted(expected));
        QCOMPARE(library.recovery().storiesRecovered, 60 - lost.size() + 2);
        QCOMPARE(library.recovery().storiesFromSnapshots, 2);
        QCOMPARE(library.recovery().storiesUnreadable, lost.size() - 2);
        const QString notice = library.recoveryNotice();
        QVERIFY2(notice.contains(QString::number(60 - lost.size() + 2)), qPrintable(notice));
        QVERIFY2(notice.contains(QString::number(lost.size() - 2)), qPrintable(notice));

        // What hangs off the stories comes back with them.
        QCOMPARE(library.revisionStore().revisions(lost.at(0)).size(), 1);
        QCOMPARE(library.revisionStore().revisions(kept).size(), 1);
        const QList<Photo> photos = library.photoStore().photos(kept);
        QCOMPARE(photos.size(), 1);
        QCOMPARE(photos.first().caption, u"공지천의 수달"_s);
        QVERIFY(photos.first().lead);
        // What the site already has, so publishing again updates post 4242.
        library.close();
        const QString connection = u"check-publish"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT j.article_id, j.remote_id, j.state, p.remote_id, p.url FROM publish_jobs j"
                               " JOIN remote_posts p ON p.article_uuid = j.article_uuid WHERE j.id = 77"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toLongLong(), kept);
            QCOMPARE(query.value(1).toInt(), 4242);
            QCOMPARE(query.value(2).toString(), u"done"_s);
            QCOMPARE(query.value(3).toInt(), 4242);
            QCOMPARE(query.value(4).toString(), u"https://news.example/4242"_s);
        }
        QSqlDatabase::removeDatabase(connection);
    }

    void unusableFileIsSetAsideUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Byline::LibraryFile::SetAsideReason>("reason");
        QTest::addColumn<int>("recovered");
        QTest::newRow("robustness: another database's -wal beside the library")
            << u"foreign-wal"_s << LibraryFile::SetAsideReason::ForeignJournal << 6;
        QTest::newRow("robustness: another database's -wal claiming a newer schema")
            << u"foreign-wal-newer"_s << LibraryFile::SetAsideReason::ForeignJournal << 6;
        QTest::newRow("robustness: another program's database")
            << u"other-database"_s << LibraryFile::SetAsideReason::NotALibrary << 0;
        QTest::newRow("robustness: Byline's tables at schema version 0")
            << u"version-zero"_s << LibraryFile::SetAsideReason::NotALibrary << 6;
        QTest::newRow("robustness: a library with a step missing")
            << u"step-missing"_s << LibraryFile::SetAsideReason::NotALibrary << 6;
        QTest::newRow("robustness: an empty file") << u"empty"_s << LibraryFile::SetAsideReason::Empty << 0;
    }

    void unusableFileIsSetAsideUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(Byline::LibraryFile::SetAsideReason, reason);
        QFETCH(int, recovered);
        QTemporaryDir dir;
        const QString path = dir.filePath(Library::databaseFileName());
        if (kind.startsWith(u"foreign-wal"_s)) {
            QCOMPARE(makeLibrary(dir.path(), 6).size(), 6);
            // Another database in WAL mode, its -wal copied while it is open
            // (nothing checkpointed), as a sync tool or a careless copy does.
            const QString other = dir.filePath(u"notes.sqlite"_s);
            const QString connection = u"notes"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
                db.setDatabaseName(other);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(u"PRAGMA journal_mode=WAL"_s));
                if (kind == u"foreign-wal-newer"_s) // only the lost application id tells
                    QVERIFY(query.exec(u"PRAGMA user_version = 99"_s));
                QVERIFY(query.exec(u"CREATE TABLE notes (text TEXT)"_s));
                QVERIFY(query.exec(u"INSERT INTO notes VALUES ('buy milk')"_s));
                QVERIFY(QFileInfo(other + u"-wal"_s).size() > 32);
                QVERIFY(QFile::copy(other + u"-wal"_s, path + u"-wal"_s));
            }
            QSqlDatabase::removeDatabase(connection);
        } else if (kind == u"other-database"_s) {
            QVERIFY(execute(path,
                {u"CREATE TABLE notes (text TEXT)"_s, u"INSERT INTO notes VALUES ('buy milk')"_s,
                    u"PRAGMA user_version = 3"_s}));
        } else if (kind == u"version-zero"_s) {
            QCOMPARE(makeLibrary(dir.path(), 6).size(), 6);
            QVERIFY(execute(path, {u"PRAGMA user_version = 0"_s}));
        } else if (kind == u"step-missing"_s) {
            QCOMPARE(makeLibrary(dir.path(), 6).size(), 6);
            QVERIFY(execute(path, {u"DROP TABLE photos"_s}));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const QByteArray before = readAll(path);
        const QByteArray walBefore = readAll(path + u"-wal"_s);

        Library library;
        QVERIFY2(library.open(dir.path()), qPrintable(library.errorString()));
        QCOMPARE(library.recovery().reason, reason);
        const QString copy = library.recoveredCorruptCopy();
        QCOMPARE(QFileInfo(copy).absolutePath(), QFileInfo(path).absolutePath());
        // Set aside as it was found, with its journal; never initialised over.
        QCOMPARE(readAll(copy), before);
        QCOMPARE(readAll(copy + u"-wal"_s), walBefore);
        QCOMPARE(library.articleStore().articleCount(), recovered);
        QCOMPARE(library.recovery().storiesRecovered, recovered);
        const QString notice = library.recoveryNotice();
        QVERIFY2(notice.contains(QDir::toNativeSeparators(copy)), qPrintable(notice));
        if (reason != LibraryFile::SetAsideReason::Empty)
            QVERIFY2(notice.contains(QString::number(recovered)), qPrintable(notice));
        QCOMPARE(pragma(path, u"application_id"_s), LibraryFile::ApplicationId);
        QCOMPARE(pragma(path, u"user_version"_s), Library::SchemaVersion);

        Article article = Article::create();
        QVERIFY(library.articleStore().insertArticle(article));
        library.close();
        QVERIFY(library.open(dir.path()));
        QVERIFY(library.recoveryNotice().isEmpty());
        QCOMPARE(library.articleStore().articleCount(), recovered + 1);
    }

    void libraryIsMarkedAsByline()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(Library::databaseFileName());
        QCOMPARE(makeLibrary(dir.path(), 1).size(), 1);
        QCOMPARE(pragma(path, u"application_id"_s), LibraryFile::ApplicationId);
        // Nothing half-made is left beside it.
        QCOMPARE(QDir(dir.path()).entryList({u"*.new-*"_s}, QDir::Files | QDir::Hidden), QStringList());

        // A library from before the mark gets it, and is not set aside.
        QVERIFY(execute(path, {u"PRAGMA application_id = 0"_s}));
        Library library;
        QVERIFY(library.open(dir.path()));
        QVERIFY(library.recoveryNotice().isEmpty());
        QCOMPARE(library.articleStore().articleCount(), 1);
        library.close();
        QCOMPARE(pragma(path, u"application_id"_s), LibraryFile::ApplicationId);
    }
};

QTEST_GUILESS_MAIN(tst_LibraryRecovery)
#include "tst_libraryrecovery.moc"
