#include "goldenfiles.h"
#include "library/library.h"
#include "library/schemastep.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::GoldenFiles;

namespace {

// Every table, index and trigger as SQLite keeps its text, with the version
// and application id: what an existing library on disk has.
QString schemaDump(const QString &path)
{
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            for (const QString &pragma : {u"user_version"_s, u"application_id"_s}) {
                if (query.exec(u"PRAGMA "_s + pragma) && query.next())
                    lines << u"-- %1 %2"_s.arg(pragma, query.value(0).toString());
            }
            if (query.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"_s)) {
                while (query.next())
                    lines << u"-- %1 %2 on %3\n%4;"_s.arg(query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return lines.join(u'\n') + u'\n';
}

} // namespace

class tst_LibrarySchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Libraries already on disk open unchanged, so the schema a version
    // makes never changes: a new schema step is a new version with its own
    // reference file (docs/architecture.md, "library/").
    void newLibraryHasTheSchemaOfItsVersion()
    {
        QTemporaryDir dir;
        {
            Library library;
            QVERIFY2(library.open(dir.path()), qPrintable(library.errorString()));
        }
        const QString actual = schemaDump(dir.filePath(Library::databaseFileName()));
        const QString expectedPath = qEnvironmentVariable("BYLINE_SOURCE_DIR")
            + u"/tests/data/library/schema-v%1.sql"_s.arg(Library::SchemaVersion);
        if (qEnvironmentVariableIntValue("BYLINE_REGENERATE_GOLDEN") == 1 && !QFile::exists(expectedPath)) {
            QVERIFY(writeFile(expectedPath, actual));
            return;
        }
        QVERIFY2(QFile::exists(expectedPath), qPrintable(expectedPath + u" is missing"_s));
        const QString expected = readFile(expectedPath);
        if (actual != expected)
            QFAIL(
                qPrintable(u"a new library differs from "_s + expectedPath + u":\n"_s + unifiedDiff(expected, actual)));
    }

    // A library left at any older version is brought to the same schema.
    void upgradeFromEachVersionGivesTheSameSchema_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < Library::SchemaVersion; ++version)
            QTest::addRow("nominal: from version %d", version) << version;
    }

    void upgradeFromEachVersionGivesTheSameSchema()
    {
        QFETCH(int, version);
        QTemporaryDir fresh;
        {
            Library library;
            QVERIFY(library.open(fresh.path()));
        }
        QTemporaryDir old;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(old.filePath(Library::databaseFileName()));
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const SchemaStep &step : SchemaRegistry::steps()) {
                for (const QString &statement : step.statements) {
                    if (step.version <= version)
                        QVERIFY2(query.exec(statement), qPrintable(statement));
                }
            }
            QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(version)));
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        {
            Library library;
            QVERIFY2(library.open(old.path()), qPrintable(library.errorString()));
            QVERIFY(library.recoveredCorruptCopy().isEmpty());
        }
        QCOMPARE(schemaDump(old.filePath(Library::databaseFileName())),
            schemaDump(fresh.filePath(Library::databaseFileName())));
    }

    // Each feature registers its steps; together they number every version
    // once, so no two features can take the same version.
    void registryNumbersEveryVersionOnce()
    {
        const QList<SchemaStep> &steps = SchemaRegistry::steps();
        QCOMPARE(steps.size(), Library::SchemaVersion);
        QCOMPARE(SchemaRegistry::problem(steps, Library::SchemaVersion), QString());
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps.at(i).version, int(i + 1));
            QVERIFY(!QByteArray(steps.at(i).feature).isEmpty());
        }
        QList<SchemaStep> twice = steps;
        twice << steps.last();
        QVERIFY(!SchemaRegistry::problem(twice, Library::SchemaVersion).isEmpty());
        QList<SchemaStep> missing = steps;
        missing.removeAt(2);
        QVERIFY(!SchemaRegistry::problem(missing, Library::SchemaVersion).isEmpty());
        QVERIFY(!SchemaRegistry::problem(steps, Library::SchemaVersion - 1).isEmpty());
    }

    // What LibraryFile's shape check expects each version to have.
    void tablesOfEachStep()
    {
        const QList<SchemaStep> &steps = SchemaRegistry::steps();
        QCOMPARE(steps.at(0).tablesCreated(), QStringList {u"articles"_s});
        QCOMPARE(steps.at(1).tablesCreated(), QStringList {u"revisions"_s});
        QCOMPARE(
            steps.at(2).tablesCreated(), (QStringList {u"article_text"_s, u"article_search"_s, u"article_pairs"_s}));
        QCOMPARE(steps.at(3).tablesCreated(), QStringList {u"photos"_s});
        QCOMPARE(steps.at(4).tablesCreated(),
            (QStringList {u"publish_jobs"_s, u"publish_log"_s, u"remote_posts"_s, u"remote_media"_s}));
        QCOMPARE(steps.at(5).tablesCreated(), QStringList {});
        QCOMPARE(steps.at(6).tablesCreated(), (QStringList {u"desk_inbox"_s, u"desk_links"_s}));
        QCOMPARE(steps.at(7).tablesCreated(), QStringList {});
    }
};

QTEST_GUILESS_MAIN(tst_LibrarySchema)
#include "tst_libraryschema.moc"
