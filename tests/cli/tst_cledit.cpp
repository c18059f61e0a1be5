#include "clirun.h"
#include "library/library.h"
#include "publish/outbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

// `byline edit`, `byline new --embargo` and the parsing of `byline desk
// return|approve|notes`, in-process on a library in a temporary folder. The
// desk commands against a real site are in tests/publish/tst_deskactions.
class tst_ClEdit : public QObject
{
    Q_OBJECT

    using Run = CliTest::Run;

    QTemporaryDir m_dir;

    QString library() const { return m_dir.filePath(u"library"_s); }
    Run run(const QStringList &arguments) { return CliTest::run(arguments, library()); }

    qint64 newArticle(const QStringList &arguments)
    {
        const Run result = run(QStringList {u"new"_s} + arguments);
        if (result.code != Cli::Success)
            qWarning().noquote() << result.err;
        return result.code == Cli::Success ? result.out.trimmed().toLongLong() : 0;
    }

    QJsonObject showJson(qint64 id)
    {
        return QJsonDocument::fromJson(run({u"show"_s, QString::number(id), u"--json"_s}).out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void editChangesOnlyTheFieldsGiven()
    {
        const qint64 id = newArticle({u"--headline"_s, u"원주 혁신도시"_s, u"--deck"_s, u"2단계 착공"_s, u"--byline"_s,
            u"한빛일보 김민지 기자"_s, u"--section"_s, u"사회"_s});
        QVERIFY(id);
        const QJsonObject before = showJson(id);
        const QString bodyPath = m_dir.filePath(u"body.txt"_s);
        QFile body(bodyPath);
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write("고친 리드.\n\n둘째 문단.\n");
        body.close();

        const Run edited = run({u"edit"_s, QString::number(id), u"--headline"_s, u"원주 혁신도시 2단계 착공"_s,
            u"--tags"_s, u"원주, 혁신도시,,원주"_s, u"--body"_s, bodyPath});
        QCOMPARE(edited.code, int(Cli::Success));
        const QJsonObject after = showJson(id);
        QCOMPARE(after.value(u"headline"_s).toString(), u"원주 혁신도시 2단계 착공"_s);
        QCOMPARE(after.value(u"tags"_s).toArray(), (QJsonArray {u"원주"_s, u"혁신도시"_s}));
        QCOMPARE(after.value(u"body"_s).toString(), u"<p>고친 리드.</p>\n<p>둘째 문단.</p>\n"_s);
        for (const QString &kept : {u"deck"_s, u"byline"_s, u"section"_s, u"uuid"_s, u"embargo"_s})
            QCOMPARE(after.value(kept), before.value(kept));
    }

    void embargoIsReadInThePublicationsZone_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("stored");
        QTest::newRow("nominal: no zone is the publication's (Asia/Seoul)")
            << u"2026-12-01T09:00"_s << u"2026-12-01T00:00:00Z"_s;
        QTest::newRow("nominal: a space for the T") << u"2026-12-01 09:00"_s << u"2026-12-01T00:00:00Z"_s;
        QTest::newRow("nominal: an offset as given") << u"2026-12-01T09:00+09:00"_s << u"2026-12-01T00:00:00Z"_s;
        QTest::newRow("nominal: UTC") << u"2026-12-01T00:00:00Z"_s << u"2026-12-01T00:00:00Z"_s;
    }

    void embargoIsReadInThePublicationsZone()
    {
        QFETCH(QString, given);
        QFETCH(QString, stored);
        const qint64 id = newArticle({u"--headline"_s, u"금리 발표"_s, u"--embargo"_s, given});
        QVERIFY(id);
        QCOMPARE(showJson(id).value(u"embargo"_s).toString(), stored);
        QCOMPARE(run({u"edit"_s, QString::number(id), u"--embargo"_s, u"none"_s}).code, int(Cli::Success));
        QCOMPARE(showJson(id).value(u"embargo"_s).toString(), QString());
        QCOMPARE(run({u"edit"_s, QString::number(id), u"--embargo"_s, given}).code, int(Cli::Success));
        QCOMPARE(showJson(id).value(u"embargo"_s).toString(), stored);
    }

    void editRefusesBadValuesAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("robustness: nothing to change") << QStringList {} << int(Cli::UsageError) << u"--headline"_s;
        QTest::newRow("robustness: an unreadable embargo, with a good headline") << QStringList {u"--headline"_s,
            u"새 제목"_s, u"--embargo"_s, u"내일 아침"_s} << int(Cli::UsageError) << u"내일 아침"_s;
        QTest::newRow("robustness: a date that does not exist")
            << QStringList {u"--embargo"_s, u"2026-02-30T09:00"_s} << int(Cli::UsageError) << u"2026-02-30"_s;
        QTest::newRow("robustness: an empty headline") << QStringList {u"--headline"_s, u"  "_s, u"--deck"_s,
            u"새 부제"_s} << int(Cli::UsageError) << u"headline"_s;
        QTest::newRow("robustness: a byline past its limits")
            << QStringList {u"--byline"_s, QString(2100, u'가')} << int(Cli::UsageError) << u"2000"_s;
        QTest::newRow("robustness: a body file that is not there")
            << QStringList {u"--deck"_s, u"새 부제"_s, u"--body"_s, u"/nonexistent/본문.txt"_s} << int(Cli::Failure)
            << u"본문.txt"_s;
    }

    void editRefusesBadValuesAndChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const qint64 id = newArticle({u"--headline"_s, u"그대로"_s, u"--deck"_s, u"부제"_s});
        QVERIFY(id);
        const QJsonObject before = showJson(id);
        const Run result = run(QStringList {u"edit"_s, QString::number(id)} + arguments);
        QCOMPARE(result.code, code);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        QCOMPARE(showJson(id), before);
    }

    void editNeedsAnArticleThatIsThere()
    {
        QCOMPARE(run({u"edit"_s, u"abc"_s, u"--deck"_s, u"x"_s}).code, int(Cli::UsageError));
        const Run missing = run({u"edit"_s, u"999999"_s, u"--deck"_s, u"x"_s});
        QCOMPARE(missing.code, int(Cli::Failure));
        QVERIFY2(missing.err.contains(u"999999"_s), qPrintable(missing.err));
    }

    void deskCommandsRefuseBadInputBeforeQueuing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("robustness: a return without a note")
            << QStringList {u"desk"_s, u"return"_s, u"ID"_s} << int(Cli::UsageError) << u"--note"_s;
        QTest::newRow("robustness: a return with a blank note") << QStringList {u"desk"_s, u"return"_s, u"ID"_s,
            u"--note"_s, u" "_s} << int(Cli::UsageError) << u"--note"_s;
        QTest::newRow("robustness: an unreadable time") << QStringList {u"desk"_s, u"approve"_s, u"ID"_s, u"--at"_s,
            u"soon"_s} << int(Cli::UsageError) << u"soon"_s;
        QTest::newRow("robustness: a time that has passed") << QStringList {u"desk"_s, u"approve"_s, u"ID"_s, u"--at"_s,
            u"2020-01-01T09:00"_s} << int(Cli::UsageError) << u"passed"_s;
        QTest::newRow("robustness: no id") << QStringList {u"desk"_s, u"notes"_s} << int(Cli::UsageError) << u"id"_s;
        QTest::newRow("robustness: a story on no site") << QStringList {u"desk"_s, u"return"_s, u"ID"_s, u"--note"_s,
            u"리드 보강"_s} << int(Cli::Failure) << u"not on"_s;
        QTest::newRow("robustness: notes of a story on no site")
            << QStringList {u"desk"_s, u"notes"_s, u"ID"_s} << int(Cli::Failure) << u"not on"_s;
        QTest::newRow("robustness: a desk action is not a publish status") << QStringList {u"publish"_s, u"ID"_s,
            u"--status"_s, u"desk-return"_s} << int(Cli::UsageError) << u"desk-return"_s;
    }

    void deskCommandsRefuseBadInputBeforeQueuing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const qint64 id = newArticle({u"--headline"_s, u"반려할 기사"_s});
        QVERIFY(id);
        arguments.replaceInStrings(u"ID"_s, QString::number(id));
        const Run result = run(arguments);
        QCOMPARE(result.code, code);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        Library opened;
        QVERIFY(opened.open(library()));
        QCOMPARE(Outbox(opened).jobs().size(), 0);
    }

    // A story on two sites: which one is the user's to say.
    void aStoryOnTwoSitesNeedsTheTarget()
    {
        const qint64 id = newArticle({u"--headline"_s, u"두 사이트"_s});
        {
            Library opened;
            QVERIFY(opened.open(library()));
            const QUuid uuid = opened.articleStore().article(id)->uuid;
            Outbox outbox(opened);
            for (const QString &target : {u"north"_s, u"south"_s})
                QVERIFY(outbox.setRemotePost(target, uuid, {7, QUrl(u"https://x.example/?p=7"_s), {}, u"pending"_s}));
        }
        const Run result = run({u"desk"_s, u"notes"_s, QString::number(id)});
        QCOMPARE(result.code, int(Cli::UsageError));
        QVERIFY2(result.err.contains(u"north, south"_s) && result.err.contains(u"--target"_s), qPrintable(result.err));
    }

    void helpListsTheNewCommands()
    {
        const Run help = CliTest::run({u"--help"_s});
        for (const QString &command : {u"edit"_s, u"desk return"_s, u"desk approve"_s, u"desk notes"_s})
            QVERIFY2(help.out.contains(command), qPrintable(command));
        const Run group = CliTest::run({u"desk"_s});
        QCOMPARE(group.code, int(Cli::UsageError));
        QVERIFY2(group.err.contains(u"return, approve, notes"_s), qPrintable(group.err));
        const Run edit = run({u"edit"_s, u"--help"_s});
        QVERIFY(edit.out.contains(u"--embargo"_s) && edit.out.contains(u"Asia/Seoul"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ClEdit)
#include "tst_cledit.moc"
