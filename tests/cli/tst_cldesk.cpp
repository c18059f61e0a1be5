#include "clirun.h"
#include "desk/deskstore.h"
#include "library/library.h"
#include "wordpressserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;
using Byline::Test::WordPressServer;

// `byline desk list|open|release` against the real WordPress: the list with its JSON rows and filters, the last
// list shown offline with its time, opening a story with its lock (who holds it when another does; take over),
// letting go of the lock.
class tst_ClDesk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    WordPressServer m_server;
    QList<qint64> m_filed; // every second one locked by the administrator

    QString library() const { return m_dir.filePath(u"library"_s); }

    CliTest::Run cli(const QStringList &arguments)
    {
        qputenv("BYLINE_PASSWORD", m_server.credentials(WordPressServer::Desk).password.toUtf8());
        return CliTest::run(arguments, library());
    }

    CliTest::Run addTarget(const QString &url)
    {
        return cli({u"targets"_s, u"add"_s, u"desk"_s, u"--kind"_s, u"wordpress"_s, u"--url"_s, url, u"--user"_s,
            m_server.credentials(WordPressServer::Desk).user});
    }

    QString php(const QString &code)
    {
        QString output;
        if (!m_server.runPhp(WordPressServer::Admin, code, &output))
            return u"PHP FAILED: "_s + m_server.errorString();
        return output;
    }

    // The rows of the seeded stories (the site also has WordPress's own first post, published today).
    QJsonArray listJson(const QStringList &more = {})
    {
        const CliTest::Run run = cli(QStringList {u"desk"_s, u"list"_s, u"--target"_s, u"desk"_s, u"--json"_s} + more);
        if (run.code != Cli::Success)
            qWarning().noquote() << run.err;
        QJsonArray seeded;
        for (const QJsonValue &row : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
            if (row.toObject().value(u"headline"_s).toString().startsWith(u"데스크 목록 기사"_s))
                seeded.append(row);
        }
        return seeded;
    }

    // A story the reporter filed in wp-admin; locked by the administrator there, or not.
    qint64 filedPost(bool locked)
    {
        const qint64 post =
            php(u"<?php echo wp_insert_post(['post_title' => '열어 볼 기사', 'post_status' => 'pending',"
                u" 'post_author' => %1, 'post_content' => '<p>본문.</p>'], true);"_s.arg(
                    m_server.credentials(WordPressServer::Reporter).id))
                .toLongLong();
        if (locked && php(u"<?php echo is_array(wp_set_post_lock(%1)) ? 'ok' : 'no';"_s.arg(post)) != u"ok"_s)
            return 0;
        return post;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        WordPressServer::Seed seed;
        seed.title = u"데스크 목록 기사"_s;
        seed.lockedEvery = 2;
        seed.lockedBy = WordPressServer::Admin.toString();
        m_filed = m_server.seedStories(4, seed);
        QCOMPARE(m_filed.size(), 4);
        const CliTest::Run added = addTarget(m_server.url().toString());
        QVERIFY2(added.code == Cli::Success, qPrintable(added.err));
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void listAsJson()
    {
        const QJsonArray all = listJson();
        QCOMPARE(all.size(), 4);
        for (const QJsonValue &value : all) {
            const QJsonObject row = value.toObject();
            for (const QString &key : {u"post"_s, u"uuid"_s, u"headline"_s, u"status"_s, u"author"_s, u"modified"_s,
                     u"lockedBy"_s, u"notes"_s})
                QVERIFY2(row.contains(key), qPrintable(key));
            QVERIFY(m_filed.contains(row.value(u"post"_s).toInteger()));
            QCOMPARE(row.value(u"status"_s).toString(), u"pending"_s);
            QVERIFY(row.value(u"headline"_s).toString().startsWith(u"데스크 목록 기사"_s));
            QVERIFY(!row.value(u"modified"_s).toString().isEmpty());
        }
        const QJsonArray editing = listJson({u"--status"_s, u"editing"_s});
        const QJsonArray filed = listJson({u"--status"_s, u"filed"_s});
        QCOMPARE(editing.size() + filed.size(), 4);
        QVERIFY(!editing.isEmpty() && !filed.isEmpty());
        for (const QJsonValue &row : editing)
            QCOMPARE(row.toObject().value(u"lockedBy"_s).toString(), u"관리자"_s);
        for (const QJsonValue &row : filed)
            QVERIFY(row.toObject().value(u"lockedBy"_s).isNull());
        QCOMPARE(listJson({u"--status"_s, u"scheduled"_s}).size(), 0);

        const CliTest::Run text = cli({u"desk"_s, u"list"_s, u"--target"_s, u"desk"_s});
        QCOMPARE(text.code, int(Cli::Success));
        QCOMPARE(text.out.count(u"데스크 목록 기사"_s), 4);
        QVERIFY(text.out.contains(u"관리자"_s));
    }

    void badArguments()
    {
        QCOMPARE(
            cli({u"desk"_s, u"list"_s, u"--target"_s, u"desk"_s, u"--status"_s, u"lost"_s}).code, int(Cli::UsageError));
        QCOMPARE(cli({u"desk"_s, u"list"_s}).code, int(Cli::UsageError));
        QCOMPARE(cli({u"desk"_s, u"open"_s, u"x"_s, u"--target"_s, u"desk"_s}).code, int(Cli::UsageError));
        const CliTest::Run noTarget = cli({u"desk"_s, u"open"_s, u"12"_s, u"--target"_s, u"nowhere"_s});
        QCOMPARE(noTarget.code, int(Cli::Failure));
        QVERIFY(noTarget.err.contains(u"nowhere"_s));
        const CliTest::Run notFromDesk = cli({u"desk"_s, u"release"_s, u"999"_s});
        QCOMPARE(notFromDesk.code, int(Cli::Failure));
    }

    void openTakesTheLockAndReleaseLetsGo()
    {
        const qint64 post = filedPost(false);
        const CliTest::Run opened = cli({u"desk"_s, u"open"_s, QString::number(post), u"--target"_s, u"desk"_s});
        QVERIFY2(opened.code == Cli::Success, qPrintable(opened.err));
        const qint64 articleId = opened.out.trimmed().toLongLong();
        QVERIFY(articleId > 0);
        {
            Library check;
            QVERIFY(check.open(library()));
            QVERIFY(check.articleStore().article(articleId)->headline == u"열어 볼 기사"_s);
            QVERIFY(check.deskStore().link(articleId)->lockHeld);
        }
        QCOMPARE(php(u"<?php echo (int) wp_check_post_lock(%1);"_s.arg(post)).toLongLong(),
            m_server.credentials(WordPressServer::Desk).id);
        // The list names the local article now.
        const CliTest::Run listed = cli({u"desk"_s, u"list"_s, u"--target"_s, u"desk"_s, u"--json"_s});
        bool named = false;
        for (const QJsonValue &row : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            named = named
                || (row.toObject().value(u"post"_s).toInteger() == post
                    && row.toObject().value(u"article"_s).toInteger() == articleId);
        QVERIFY(named);

        const CliTest::Run released = cli({u"desk"_s, u"release"_s, QString::number(articleId)});
        QVERIFY2(released.code == Cli::Success, qPrintable(released.err));
        QCOMPARE(php(u"<?php echo (int) wp_check_post_lock(%1);"_s.arg(post)).toLongLong(), 0);
    }

    void openSaysWhoHoldsItThenTakesOver()
    {
        const qint64 post = filedPost(true);
        const CliTest::Run held = cli({u"desk"_s, u"open"_s, QString::number(post), u"--target"_s, u"desk"_s});
        QCOMPARE(held.code, int(Cli::Failure));
        QVERIFY2(held.err.contains(u"관리자"_s), qPrintable(held.err));
        QVERIFY2(held.err.contains(u"--take-over"_s), qPrintable(held.err));
        QVERIFY(held.out.trimmed().toLongLong() > 0);

        const CliTest::Run taken =
            cli({u"desk"_s, u"open"_s, QString::number(post), u"--target"_s, u"desk"_s, u"--take-over"_s});
        QVERIFY2(taken.code == Cli::Success, qPrintable(taken.err));
        QCOMPARE(taken.out.trimmed(), held.out.trimmed());
        QCOMPARE(php(u"<?php echo (int) wp_check_post_lock(%1);"_s.arg(post)).toLongLong(),
            m_server.credentials(WordPressServer::Desk).id);
    }

    // Runs last: the target then points at a site that is not there.
    void offlineShowsTheLastList()
    {
        const CliTest::Run online = cli({u"desk"_s, u"list"_s, u"--target"_s, u"desk"_s, u"--json"_s});
        QCOMPARE(online.code, int(Cli::Success));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString deadUrl = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
        closed.close();
        QVERIFY(addTarget(deadUrl).code == Cli::Success);
        const CliTest::Run offline = cli({u"desk"_s, u"list"_s, u"--target"_s, u"desk"_s, u"--json"_s});
        QVERIFY2(offline.code == Cli::Success, qPrintable(offline.err));
        QVERIFY2(offline.err.contains(u"The list as it was at"_s), qPrintable(offline.err));
        QCOMPARE(QJsonDocument::fromJson(offline.out.toUtf8()).array(),
            QJsonDocument::fromJson(online.out.toUtf8()).array());
        QCOMPARE(listJson().size(), 4);
    }
};

QTEST_GUILESS_MAIN(tst_ClDesk)
#include "tst_cldesk.moc"
