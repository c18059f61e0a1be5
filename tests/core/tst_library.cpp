#include "library/library.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Byline;

Q_DECLARE_METATYPE(Byline::LibraryError)

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

Article makeArticle(const QString &headline, const QString &body = {})
{
    Article article = Article::create();
    article.headline = headline;
    article.body = body;
    return article;
}

QStringList headlines(const QList<ArticleSummary> &articles)
{
    QStringList result;
    for (const ArticleSummary &article : articles)
        result << article.headline;
    result.sort();
    return result;
}

// The library's own connection in this thread (tests reach under it to
// simulate a full disk).
QSqlDatabase libraryConnection()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(u"byline-library-"_s))
            return QSqlDatabase::database(name, false);
    }
    return {};
}

void writeGarbage(const QString &path, qint64 offset, qint64 size)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QByteArray garbage(size, Qt::Uninitialized);
    for (char &byte : garbage)
        byte = char(QRandomGenerator::global()->bounded(256));
    QCOMPARE(file.write(garbage), size);
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
            QVERIFY(library.articleStore().insertArticle(article));
            QVERIFY(article.id > 0);
        }
        Library reopened;
        QVERIFY(reopened.open(dir.path()));
        QCOMPARE(reopened.articleStore().articleCount(), 1);
        const std::optional<Article> back = reopened.articleStore().article(article.id);
        QVERIFY(back.has_value());
        QCOMPARE(*back, article);
        const QList<ArticleSummary> list = reopened.articleStore().articles();
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
        QVERIFY(library.articleStore().insertArticle(newer));
        QVERIFY(library.articleStore().insertArticle(older));
        QCOMPARE(library.articleStore().articles().first().headline, u"newer"_s);

        older.modified = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY(library.articleStore().updateArticle(older));
        QCOMPARE(library.articleStore().articles().first().headline, u"older"_s);
    }

    void changesAreAnnounced()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        int changes = 0;
        connect(&library, &Library::articlesChanged, this, [&changes] { ++changes; });
        Article article = Article::create();
        QVERIFY(library.articleStore().insertArticle(article));
        QVERIFY(library.articleStore().updateArticle(article));
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
        QVERIFY(!library.articleStore().insertArticle(article));
    }

    void namedRevisionsKeepSnapshots()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        Article article = makeArticle(u"수달 돌아왔다"_s, u"<p>첫 원고</p>"_s);
        QVERIFY(library.articleStore().insertArticle(article));
        QCOMPARE(library.revisionStore().addRevision(article.id, u"첫 판"_s), 1);

        article.body = u"<p>고친 원고</p>"_s;
        QVERIFY(library.articleStore().saveArticle(article)); // carries revision 0: must not lower the count
        QCOMPARE(library.articleStore().article(article.id)->revision, 1);
        QCOMPARE(library.revisionStore().addRevision(article.id, u"데스크 전"_s), 2);

        const QList<RevisionInfo> revisions = library.revisionStore().revisions(article.id);
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.at(0).number, 1);
        QCOMPARE(revisions.at(0).name, u"첫 판"_s);
        QCOMPARE(revisions.at(1).name, u"데스크 전"_s);
        QVERIFY(revisions.at(1).created.isValid());
        QCOMPARE(library.revisionStore().revision(article.id, 1)->body, u"<p>첫 원고</p>"_s);
        QCOMPARE(library.revisionStore().revision(article.id, 2)->body, u"<p>고친 원고</p>"_s);
        QCOMPARE(library.revisionStore().revision(article.id, 2)->id, article.id);
        QCOMPARE(library.articleStore().article(article.id)->revision, 2);
        QVERIFY(!library.revisionStore().revision(article.id, 3));

        QCOMPARE(library.revisionStore().addRevision(article.id + 100, u"없음"_s), -1);
        QVERIFY(!library.errorString().isEmpty());
    }

    void search_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nominal: word inside a compound") << u"산업협력"_s << QStringList {u"산업협력위원회 첫 회의"_s};
        QTest::newRow("nominal: two-syllable word in the body")
            << u"수달"_s << QStringList {u"공지천 생태 조사"_s, u"수달 돌아왔다"_s};
        QTest::newRow("nominal: one syllable") << u"춘"_s << QStringList {u"공지천 생태 조사"_s};
        QTest::newRow("nominal: Latin in either case") << u"OLYMPIC"_s << QStringList {u"Olympic venue reopens"_s};
        QTest::newRow("nominal: two Latin letters in either case")
            << u"GA"_s << QStringList {u"Olympic venue reopens"_s};
        QTest::newRow("nominal: digit and syllable") << u"3%"_s << QStringList {u"물가 3% 올라"_s};
        QTest::newRow("nominal: deck") << u"다시 문을"_s << QStringList {u"Olympic venue reopens"_s};
        QTest::newRow("nominal: summary") << u"요약문장"_s << QStringList {u"산업협력위원회 첫 회의"_s};
        QTest::newRow("nominal: tag") << u"환경부"_s << QStringList {u"공지천 생태 조사"_s};
        QTest::newRow("nominal: every word must be found") << u"수달 공지천"_s << QStringList {u"공지천 생태 조사"_s};
        QTest::newRow("nominal: markup is not text") << u"strong"_s << QStringList {};
        QTest::newRow("robustness: percent is literal") << u"%"_s << QStringList {u"물가 3% 올라"_s};
        QTest::newRow("robustness: underscore is literal") << u"_"_s << QStringList {};
        QTest::newRow("robustness: quotes") << u"\"산업협력\""_s << QStringList {};
        QTest::newRow("robustness: search syntax is text") << u"NEAR( AND"_s << QStringList {};
        QTest::newRow("robustness: not found") << u"없는말입니다"_s << QStringList {};
    }

    void search()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        Article compound = makeArticle(u"산업협력위원회 첫 회의"_s, u"<p>위원회가 열렸다.</p>"_s);
        compound.summary = u"요약문장입니다"_s;
        Article otter = makeArticle(u"수달 돌아왔다"_s, u"<p>공원에 <strong>새</strong> 소식</p>"_s);
        Article stream = makeArticle(u"공지천 생태 조사"_s, u"<p>춘천 공지천에서 수달이 발견됐다.</p>"_s);
        stream.tags = {u"환경부"_s, u"생태"_s};
        Article venue = makeArticle(u"Olympic venue reopens"_s, u"<p>Gangneung</p>"_s);
        venue.deck = u"경기장이 다시 문을 연다"_s;
        Article prices = makeArticle(u"물가 3% 올라"_s);
        QList<Article> all {compound, otter, stream, venue, prices};
        QVERIFY(library.articleStore().insertArticles(all));

        ArticleQuery query;
        query.search = search;
        QCOMPARE(headlines(library.articleStore().articles(query)), expected);
    }

    void searchFollowsSavesAndRemovals()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        Article article = makeArticle(u"산업협력위원회 첫 회의"_s);
        QVERIFY(library.articleStore().insertArticle(article));
        ArticleQuery query;
        query.search = u"산업협력"_s;
        QCOMPARE(library.articleStore().articles(query).size(), 1);

        article.headline = u"상생위원회 첫 회의"_s;
        QVERIFY(library.articleStore().saveArticle(article));
        QCOMPARE(library.articleStore().articles(query).size(), 0);
        query.search = u"상생"_s;
        QCOMPARE(library.articleStore().articles(query).size(), 1);

        QVERIFY(library.articleStore().removeArticle(article.id));
        QCOMPARE(library.articleStore().articles(query).size(), 0);
        QCOMPARE(library.articleStore().articleCount(), 0);
        QVERIFY(!library.articleStore().article(article.id));
        QVERIFY(!library.articleStore().removeArticle(article.id));
        QVERIFY(!library.errorString().isEmpty());
    }

    void removingAnArticleRemovesItsRevisions()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        Article article = makeArticle(u"수달"_s);
        QVERIFY(library.articleStore().insertArticle(article));
        QCOMPARE(library.revisionStore().addRevision(article.id, u"1"_s), 1);
        QVERIFY(library.articleStore().removeArticle(article.id));
        QVERIFY(library.revisionStore().revisions(article.id).isEmpty());
    }

    void queryFiltersSortsAndLimits()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Article> all;
        const QStringList names {u"다람쥐"_s, u"가재"_s, u"나비"_s};
        for (int i = 0; i < names.size(); ++i) {
            Article article = makeArticle(names.at(i));
            article.created = now.addSecs(-100 * (i + 1)); // 다람쥐 newest
            article.modified = now.addSecs(-10 * (3 - i)); // 나비 most recently edited
            article.status = i == 1 ? ArticleStatus::Submitted : ArticleStatus::Draft;
            all << article;
        }
        QVERIFY(library.articleStore().insertArticles(all));

        auto list = [&library](const ArticleQuery &query) {
            QStringList result;
            for (const ArticleSummary &article : library.articleStore().articles(query))
                result << article.headline;
            return result;
        };
        QCOMPARE(list({}), (QStringList {u"나비"_s, u"가재"_s, u"다람쥐"_s}));
        QCOMPARE(list({{}, {}, ArticleQuery::Created, true, -1}), (QStringList {u"다람쥐"_s, u"가재"_s, u"나비"_s}));
        QCOMPARE(list({{}, {}, ArticleQuery::Headline, false, -1}), (QStringList {u"가재"_s, u"나비"_s, u"다람쥐"_s}));
        QCOMPARE(
            list({{}, ArticleStatus::Draft, ArticleQuery::Headline, true, -1}), (QStringList {u"다람쥐"_s, u"나비"_s}));
        QCOMPARE(list({{}, {}, ArticleQuery::LastEdited, true, 1}), (QStringList {u"나비"_s}));
        QCOMPARE(library.articleStore().articles().size(), 3);
    }

    void fullDiskIsReportedAndSaveCanBeRetried()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        Article article = makeArticle(u"긴 기사"_s, u"<p>짧은 본문</p>"_s);
        QVERIFY(library.articleStore().insertArticle(article));

        // SQLite answers SQLITE_FULL once the file would pass max_page_count,
        // exactly as when the disk has no room left.
        QSqlDatabase db = libraryConnection();
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
        const int pages = query.value(0).toInt();
        query.finish();
        QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
        query.finish();

        Article longer = article;
        longer.body = u"<p>"_s + QString(u"수달이 돌아왔다. "_s).repeated(20000) + u"</p>"_s;
        QVERIFY(!library.articleStore().saveArticle(longer));
        QCOMPARE(library.errorKind(), LibraryError::DiskFull);
        QVERIFY2(library.errorString().contains(u"disk is full"_s), qPrintable(library.errorString()));
        QCOMPARE(library.articleStore().article(article.id)->body, article.body); // nothing half-written

        QVERIFY(query.exec(u"PRAGMA max_page_count = 1000000"_s));
        query.finish();
        QVERIFY2(library.articleStore().saveArticle(longer), qPrintable(library.errorString()));
        QCOMPARE(library.errorKind(), LibraryError::None);
        QCOMPARE(library.articleStore().article(article.id)->body, longer.body);
    }

    void databaseErrorsAreNotShownRaw()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.path()));
        Article article = makeArticle(u"수달이 돌아왔다"_s);
        QVERIFY(library.articleStore().insertArticle(article));
        // A search table gone under the library: SQLite's and Qt's own words
        // ("no such table", "Parameter count mismatch") stay in the log.
        QSqlQuery query(libraryConnection());
        QVERIFY(query.exec(u"DROP TABLE article_search"_s));
        query.finish();
        auto raw = [](const QString &message) {
            for (const QString &words :
                {u"no such"_s, u"article_search"_s, u"Parameter"_s, u"Unable to"_s, u"SQL logic"_s}) {
                if (message.contains(words, Qt::CaseInsensitive))
                    return true;
            }
            return false;
        };

        Article another = makeArticle(u"나비"_s);
        QVERIFY(!library.articleStore().insertArticle(another));
        QCOMPARE(library.errorKind(), LibraryError::Other);
        QVERIFY2(
            library.errorString().startsWith(u"The article could not be saved: "_s), qPrintable(library.errorString()));
        QVERIFY2(!raw(library.errorString()), qPrintable(library.errorString()));

        // A listing that fails says so instead of listing nothing.
        ArticleQuery search;
        search.search = u"돌아왔"_s;
        QVERIFY(!library.articleStore().listArticles(search));
        QVERIFY2(library.errorString().startsWith(u"The articles could not be listed: "_s),
            qPrintable(library.errorString()));
        QVERIFY2(!raw(library.errorString()), qPrintable(library.errorString()));
        QCOMPARE(library.articleStore().listArticles({})->size(), 1);
    }

    void errorKinds_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<LibraryError>("kind");
        QTest::newRow("nominal: full") << u"13"_s << LibraryError::DiskFull;
        QTest::newRow("nominal: read-only") << u"8"_s << LibraryError::ReadOnly;
        QTest::newRow("nominal: busy") << u"5"_s << LibraryError::Busy;
        QTest::newRow("nominal: locked") << u"6"_s << LibraryError::Busy;
        QTest::newRow("nominal: corrupt") << u"11"_s << LibraryError::Corrupt;
        QTest::newRow("nominal: not a database") << u"26"_s << LibraryError::Corrupt;
        QTest::newRow("nominal: extended busy snapshot") << u"517"_s << LibraryError::Busy;
        QTest::newRow("nominal: extended read-only database moved") << u"1032"_s << LibraryError::ReadOnly;
        QTest::newRow("nominal: I/O error") << u"266"_s << LibraryError::Other;
        QTest::newRow("robustness: no code") << QString() << LibraryError::Other;
    }

    void errorKinds()
    {
        QFETCH(QString, code);
        QFETCH(LibraryError, kind);
        QCOMPARE(Library::errorKindOf(QSqlError(u"driver"_s, u"database"_s, QSqlError::StatementError, code)), kind);
        QCOMPARE(Library::errorKindOf(QSqlError()), LibraryError::None);
    }

    void twoInstancesWriteAlternately()
    {
        QTemporaryDir dir;
        Library editor;
        Library autosaver;
        QVERIFY(editor.open(dir.path()));
        QVERIFY(autosaver.open(dir.path()));
        Article article = makeArticle(u"0"_s);
        QVERIFY(editor.articleStore().insertArticle(article));
        for (int i = 1; i <= 20; ++i) {
            article.headline = QString::number(i);
            Library &writer = i % 2 ? autosaver : editor;
            QVERIFY2(writer.articleStore().saveArticle(article), qPrintable(writer.errorString()));
            Library &reader = i % 2 ? editor : autosaver;
            QCOMPARE(reader.articleStore().article(article.id)->headline, article.headline);
            if (i % 5 == 0)
                QVERIFY(reader.revisionStore().addRevision(article.id, QString::number(i)) > 0);
        }
        QCOMPARE(editor.revisionStore().revisions(article.id).size(), 4);
    }

    void twoThreadsWriteAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.path();
        constexpr int perThread = 40;
        auto writer = [path](QString *error) {
            Library library;
            if (!library.open(path)) {
                *error = library.errorString();
                return;
            }
            for (int i = 0; i < perThread; ++i) {
                Article article = makeArticle(u"기사 %1"_s.arg(i), u"<p>본문</p>"_s);
                if (!library.articleStore().insertArticle(article) || !library.articleStore().saveArticle(article)
                    || library.revisionStore().addRevision(article.id, u"판"_s) < 0) {
                    *error = library.errorString();
                    return;
                }
            }
        };
        QString firstError;
        QString secondError;
        std::unique_ptr<QThread> first(QThread::create(writer, &firstError));
        std::unique_ptr<QThread> second(QThread::create(writer, &secondError));
        first->start();
        second->start();
        QVERIFY(first->wait(60000));
        QVERIFY(second->wait(60000));
        QVERIFY2(firstError.isEmpty(), qPrintable(firstError));
        QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
        Library library;
        QVERIFY(library.open(path));
        QCOMPARE(library.articleStore().articleCount(), 2 * perThread);
    }

    void damagedFileIsMovedAside_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("robustness: garbage over the middle") << u"garbage"_s;
        QTest::newRow("robustness: plain text file") << u"text"_s;
        QTest::newRow("robustness: file cut short") << u"truncated"_s;
    }

    void damagedFileIsMovedAside()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(Library::databaseFileName());
        if (damage == u"text"_s) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Shopping list:\n- milk\n- 두부\n");
        } else {
            {
                Library library;
                QVERIFY(library.open(dir.path()));
                QList<Article> all;
                for (int i = 0; i < 40; ++i)
                    all << makeArticle(
                        u"기사 %1"_s.arg(i), u"<p>"_s + QString(u"수달 %1 "_s.arg(i)).repeated(300) + u"</p>"_s);
                QVERIFY(library.articleStore().insertArticles(all));
            } // closing checkpoints the WAL into the file
            QFile file(path);
            const qint64 size = file.size();
            QVERIFY(size > 64 * 1024);
            if (damage == u"garbage"_s)
                writeGarbage(path, size / 2 - 8192, 16384);
            else
                QVERIFY(file.resize(size / 2));
        }
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray damaged = original.readAll();
        original.close();

        Library library;
        QVERIFY2(library.open(dir.path()), qPrintable(library.errorString()));
        const QString copy = library.recoveredCorruptCopy();
        QVERIFY(!copy.isEmpty());
        QVERIFY2(QFileInfo(copy).fileName().startsWith(u"library.sqlite.corrupt-"_s), qPrintable(copy));
        QCOMPARE(QFileInfo(copy).absolutePath(), QFileInfo(path).absolutePath());
        QFile kept(copy);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), damaged);

        // The fresh library has what could still be read, and works.
        const int recovered = library.recovery().storiesRecovered;
        QCOMPARE(library.articleStore().articleCount(), recovered);
        if (damage == u"text"_s)
            QCOMPARE(recovered, 0);
        else
            QVERIFY2(recovered > 0 && recovered < 40, qPrintable(QString::number(recovered)));
        Article article = makeArticle(u"새 기사"_s);
        QVERIFY(library.articleStore().insertArticle(article));
        library.close();
        Library again;
        QVERIFY(again.open(dir.path()));
        QVERIFY(again.recoveredCorruptCopy().isEmpty());
        QCOMPARE(again.articleStore().articleCount(), recovered + 1);
    }

    void version1LibraryIsUpgradedAndIndexed()
    {
        QTemporaryDir dir;
        Article article = makeArticle(u"산업협력위원회 첫 회의"_s, u"<p>춘천에서 열렸다</p>"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(dir.filePath(Library::databaseFileName()));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE articles (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
                               " headline TEXT NOT NULL DEFAULT '', section TEXT NOT NULL DEFAULT '',"
                               " byline TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'draft',"
                               " created TEXT NOT NULL, modified TEXT NOT NULL, revision INTEGER NOT NULL DEFAULT 0,"
                               " data TEXT NOT NULL)"_s));
            query.prepare(
                u"INSERT INTO articles (id, uuid, headline, created, modified, data) VALUES (7, ?, ?, '', '', ?)"_s);
            query.addBindValue(article.uuid.toString(QUuid::WithoutBraces));
            query.addBindValue(article.headline);
            query.addBindValue(QString::fromUtf8(QJsonDocument(article.toJson()).toJson()));
            QVERIFY(query.exec());
            QVERIFY(query.exec(u"PRAGMA user_version = 1"_s));
        }
        QSqlDatabase::removeDatabase(u"v1"_s);

        Library library;
        QVERIFY2(library.open(dir.path()), qPrintable(library.errorString()));
        QCOMPARE(pragma(dir.filePath(Library::databaseFileName()), u"user_version"_s).toInt(), Library::SchemaVersion);
        ArticleQuery query;
        query.search = u"춘천에서"_s;
        const QList<ArticleSummary> found = library.articleStore().articles(query);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, 7);
        QCOMPARE(library.revisionStore().addRevision(7, u"첫 판"_s), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Library)
#include "tst_library.moc"
