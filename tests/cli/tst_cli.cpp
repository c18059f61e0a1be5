#include "clirun.h"
#include "commands.h"
#include "dispatcher.h"
#include "library/library.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

class tst_Cli : public QObject
{
    Q_OBJECT

    using Run = CliTest::Run;

    static Run run(const QStringList &arguments) { return CliTest::run(arguments); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("library");
        QTest::addColumn<bool>("gui");
        QTest::newRow("nominal: no arguments opens the window") << QStringList {} << QString() << QString() << true;
        QTest::newRow("nominal: library before command")
            << QStringList {u"--library"_s, u"/tmp/x"_s, u"list"_s, u"--json"_s} << u"list"_s << u"/tmp/x"_s << false;
        QTest::newRow("nominal: library after command")
            << QStringList {u"list"_s, u"--library=/tmp/y"_s} << u"list"_s << u"/tmp/y"_s << false;
        QTest::newRow("nominal: GUI option with a value")
            << QStringList {u"--screenshot"_s, u"shot.png"_s} << QString() << QString() << true;
        QTest::newRow("nominal: a file to open starts the window")
            << QStringList {QCoreApplication::applicationFilePath()} << QString() << QString() << true;
        QTest::newRow("robustness: a file that is not there is an unknown command")
            << QStringList {u"/nonexistent/story.byline"_s} << QString() << QString() << false;
        QTest::newRow("robustness: library value named like a command")
            << QStringList {u"--library"_s, u"list"_s} << QString() << u"list"_s << true;
    }

    void parse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, command);
        QFETCH(QString, library);
        QFETCH(bool, gui);
        Cli::Dispatcher dispatcher;
        Cli::addCoreCommands(dispatcher);
        const Cli::Invocation invocation = dispatcher.parse(QStringList {u"byline"_s} + arguments);
        QCOMPARE(invocation.command ? invocation.command->name : QString(), command);
        QCOMPARE(invocation.libraryDirectory, library);
        QCOMPARE(invocation.startsGui(), gui);
    }

    void helpListsCommands()
    {
        const Run result = run({u"--help"_s});
        QCOMPARE(result.code, int(Cli::Success));
        QVERIFY(result.out.contains(u"list"_s));
        QVERIFY(result.out.contains(u"--library"_s));
    }

    void unknownCommandIsAUsageError()
    {
        const Run result = run({u"frobnicate"_s});
        QCOMPARE(result.code, int(Cli::UsageError));
        QVERIFY(result.err.contains(u"frobnicate"_s));
        QVERIFY(result.out.isEmpty());
    }

    void unknownOptionIsAUsageError()
    {
        QTemporaryDir dir;
        const Run result = run({u"--library"_s, dir.path(), u"list"_s, u"--bogus"_s});
        QCOMPARE(result.code, int(Cli::UsageError));
        QVERIFY(result.err.contains(u"bogus"_s));
    }

    void listJsonOfEmptyLibrary()
    {
        QTemporaryDir dir;
        const Run result = run({u"--library"_s, dir.filePath(u"new"_s), u"list"_s, u"--json"_s});
        QCOMPARE(result.code, int(Cli::Success));
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(json.isArray());
        QCOMPARE(json.array().size(), 0);
    }

    void listJsonDescribesArticles()
    {
        QTemporaryDir dir;
        Article article = Article::create();
        article.headline = u"춘천 공지천에 수달 돌아왔다"_s;
        article.section = u"사회"_s;
        article.status = ArticleStatus::Submitted;
        {
            Library library;
            QVERIFY(library.open(dir.path()));
            QVERIFY(library.articleStore().insertArticle(article));
        }
        const Run result = run({u"list"_s, u"--json"_s, u"--library"_s, dir.path()});
        QCOMPARE(result.code, int(Cli::Success));
        const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject first = array.first().toObject();
        QCOMPARE(first.value(u"id"_s).toInteger(), article.id);
        QCOMPARE(first.value(u"headline"_s).toString(), article.headline);
        QCOMPARE(first.value(u"section"_s).toString(), u"사회"_s);
        QCOMPARE(first.value(u"status"_s).toString(), u"submitted"_s);
        QCOMPARE(first.value(u"uuid"_s).toString(), article.uuid.toString(QUuid::WithoutBraces));

        const Run table = run({u"list"_s, u"--library"_s, dir.path()});
        QCOMPARE(table.code, int(Cli::Success));
        QVERIFY(table.out.contains(article.headline));
    }

    void unopenableLibraryFails()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Run result = run({u"--library"_s, dir.filePath(u"file/lib"_s), u"list"_s});
        QCOMPARE(result.code, int(Cli::Failure));
        QVERIFY(!result.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
