#include "publishtesting.h"

#include "desk/deskclient.h"
#include "desk/deskopener.h"
#include "desk/deskstore.h"
#include "desk/lockkeeper.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::PublishTesting;
using Byline::Test::WordPressServer;

// The desk's locks are WordPress's own, both ways: Byline's lock is what wp-admin sees, a wp-admin editor's lock
// opens the story read-only here with the holder's name; take over; the lock keeper refreshes, lets go on close and
// notices a takeover (the text kept as a revision); a desk Byline killed with SIGKILL leaves its saved text in its
// library and its lock expires through WordPress's window, after which another account takes the story.
class tst_DeskLocks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    WordPressServer m_server;
    Library m_desk;
    std::unique_ptr<DeskClient> m_deskClient;
    int m_stories = 0;

    static QString desk() { return WordPressServer::Desk.toString(); }
    qint64 userId(QStringView role) const { return m_server.credentials(role).id; }

    std::unique_ptr<DeskClient> client(QStringView role) const
    {
        QString error;
        return DeskClient::create(wordPressAccount(m_server, role), m_server.credentials(role).password, &error);
    }

    LockKeeper::ClientFactory factory(QStringView role) const
    {
        const TargetAccount account = wordPressAccount(m_server, role);
        const QString password = m_server.credentials(role).password;
        return [account, password](QString *error) { return DeskClient::create(account, password, error); };
    }

    QString php(const QString &code)
    {
        QString output;
        if (!m_server.runPhp(WordPressServer::Admin, code, &output))
            return u"PHP FAILED: "_s + m_server.errorString();
        return output;
    }

    // What wp-admin's post editor asks for someone else opening the story: the holder's id, 0 for none.
    qint64 lockHolder(qint64 post) { return php(u"<?php echo (int) wp_check_post_lock(%1);"_s.arg(post)).toLongLong(); }

    // A story the reporter filed, written straight through WordPress.
    qint64 filedStory()
    {
        const QString created =
            php(u"<?php echo wp_insert_post(['post_title' => '잠금 시험 기사 %1', 'post_status' => 'pending',"
                u" 'post_author' => %2, 'post_content' => '<p>본문.</p>'], true);"_s.arg(++m_stories)
                    .arg(userId(WordPressServer::Reporter)));
        return created.toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_desk.open(m_dir.filePath(u"desk"_s)));
        m_deskClient = client(WordPressServer::Desk);
        QVERIFY(m_deskClient);
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void bylineLockIsWpAdminsLock()
    {
        const qint64 post = filedStory();
        QVERIFY(post > 0);
        const DeskOpener::Result opened = DeskOpener(m_desk, *m_deskClient, desk()).open(post, {});
        QVERIFY2(opened.kind == DeskOpener::Result::Opened, qPrintable(opened.message));
        QCOMPARE(lockHolder(post), userId(WordPressServer::Desk));
        QVERIFY(m_deskClient->release(post, {}).ok());
        QCOMPARE(lockHolder(post), 0);
    }

    void wpAdminLockOpensReadOnlyThenTakeOver()
    {
        const qint64 post = filedStory();
        QVERIFY(post > 0);
        QCOMPARE(php(u"<?php echo is_array(wp_set_post_lock(%1)) ? 'ok' : 'no';"_s.arg(post)), u"ok"_s);

        DeskOpener opener(m_desk, *m_deskClient, desk());
        const DeskOpener::Result readOnly = opener.open(post, {});
        QCOMPARE(readOnly.kind, DeskOpener::Result::ReadOnly);
        QVERIFY(readOnly.heldBy);
        QCOMPARE(readOnly.heldBy->user.name, u"관리자"_s);
        QVERIFY(readOnly.heldBy->since.isValid());
        QVERIFY2(readOnly.message.contains(u"관리자"_s), qPrintable(readOnly.message));
        QVERIFY(m_desk.articleStore().article(readOnly.articleId));
        const std::optional<DeskLink> link = m_desk.deskStore().link(readOnly.articleId);
        QVERIFY(link && !link->lockHeld && link->heldBy);
        QCOMPARE(link->heldBy->user.name, u"관리자"_s);
        // The holder keeps it.
        QCOMPARE(lockHolder(post), 0); // the admin asks about their own lock: theirs, so "nobody else"
        QCOMPARE(php(u"<?php wp_set_current_user(%1); echo (int) wp_check_post_lock(%2);"_s
                         .arg(userId(WordPressServer::Desk))
                         .arg(post))
                     .toLongLong(),
            userId(WordPressServer::Admin));

        // The person confirmed: take it over.
        const DeskOpener::Result taken = opener.open(post, {.takeover = true});
        QVERIFY2(taken.kind == DeskOpener::Result::Opened, qPrintable(taken.message));
        QCOMPARE(taken.articleId, readOnly.articleId);
        QCOMPARE(lockHolder(post), userId(WordPressServer::Desk));
        QVERIFY(m_desk.deskStore().link(taken.articleId)->lockHeld);
        QVERIFY(!m_desk.deskStore().link(taken.articleId)->heldBy);
        QVERIFY(m_deskClient->release(post, {}).ok());
    }

    void keeperRefreshesAndLetsGo()
    {
        const qint64 post = filedStory();
        const DeskOpener::Result opened = DeskOpener(m_desk, *m_deskClient, desk()).open(post, {});
        QVERIFY2(opened.kind == DeskOpener::Result::Opened, qPrintable(opened.message));
        LockKeeper keeper(m_desk, factory(WordPressServer::Desk));
        keeper.setInterval(std::chrono::milliseconds(200));
        QVERIFY(keeper.keep(opened.articleId));
        QSignalSpy refreshed(&keeper, &LockKeeper::refreshed);
        QVERIFY(refreshed.wait(10000));
        const DeskLock lock = refreshed.first().at(1).value<DeskLock>();
        QCOMPARE(lock.user.id, userId(WordPressServer::Desk));
        QVERIFY(lock.expires > opened.lock->expires || lock.expires == opened.lock->expires);
        QCOMPARE(lockHolder(post), userId(WordPressServer::Desk));

        QSignalSpy released(&keeper, &LockKeeper::released);
        keeper.release();
        QVERIFY(released.wait(10000));
        QCOMPARE(lockHolder(post), 0);
        QVERIFY(!m_desk.deskStore().link(opened.articleId)->lockHeld);
    }

    // Someone in wp-admin takes the story over mid-edit: at its next refresh the keeper keeps the typed text as a
    // revision and says the story is read-only, and who holds it.
    void keeperNoticesTakeover()
    {
        const qint64 post = filedStory();
        const DeskOpener::Result opened = DeskOpener(m_desk, *m_deskClient, desk()).open(post, {});
        QVERIFY2(opened.kind == DeskOpener::Result::Opened, qPrintable(opened.message));
        Article typed = *m_desk.articleStore().article(opened.articleId);
        typed.body += u"<p>뺏기기 전에 쓴 문단.</p>"_s;
        QVERIFY(m_desk.articleStore().saveArticle(typed));

        LockKeeper keeper(m_desk, factory(WordPressServer::Desk));
        keeper.setInterval(std::chrono::milliseconds(200));
        QVERIFY(keeper.keep(opened.articleId));
        QSignalSpy lost(&keeper, &LockKeeper::lost);
        QCOMPARE(php(u"<?php echo is_array(wp_set_post_lock(%1)) ? 'ok' : 'no';"_s.arg(post)), u"ok"_s);
        QVERIFY(lost.wait(10000));
        QCOMPARE(lost.first().at(0).toLongLong(), opened.articleId);
        const auto holder = lost.first().at(1).value<std::optional<DeskLock>>();
        QVERIFY(holder);
        QCOMPARE(holder->user.name, u"관리자"_s);
        QVERIFY2(lost.first().at(2).toString().contains(u"관리자"_s), qPrintable(lost.first().at(2).toString()));
        const int kept = lost.first().at(3).toInt();
        QVERIFY(kept > 0);
        QVERIFY(m_desk.revisionStore().revision(opened.articleId, kept)->body.contains(u"뺏기기 전에 쓴 문단."_s));
        QVERIFY(m_desk.revisionStore().revisions(opened.articleId).last().name.contains(u"관리자"_s));
        const std::optional<DeskLink> link = m_desk.deskStore().link(opened.articleId);
        QVERIFY(!link->lockHeld);
        QCOMPARE(link->heldBy->user.name, u"관리자"_s);
        QVERIFY(!keeper.isKeeping());
        // The admin still holds it: the keeper let go of nothing of theirs.
        QCOMPARE(php(u"<?php wp_set_current_user(%1); echo (int) wp_check_post_lock(%2);"_s
                         .arg(userId(WordPressServer::Desk))
                         .arg(post))
                     .toLongLong(),
            userId(WordPressServer::Admin));
    }

    void keeperNoticesDeletedPost()
    {
        const qint64 post = filedStory();
        const DeskOpener::Result opened = DeskOpener(m_desk, *m_deskClient, desk()).open(post, {});
        QVERIFY2(opened.kind == DeskOpener::Result::Opened, qPrintable(opened.message));
        LockKeeper keeper(m_desk, factory(WordPressServer::Desk));
        keeper.setInterval(std::chrono::milliseconds(200));
        QVERIFY(keeper.keep(opened.articleId));
        QSignalSpy lost(&keeper, &LockKeeper::lost);
        QCOMPARE(php(u"<?php echo wp_trash_post(%1) ? 'ok' : 'no';"_s.arg(post)), u"ok"_s);
        QVERIFY(lost.wait(10000));
        QVERIFY(!lost.first().at(1).value<std::optional<DeskLock>>());
        QVERIFY2(lost.first().at(2).toString().contains(u"no longer on the site"_s),
            qPrintable(lost.first().at(2).toString()));
        QVERIFY(m_desk.articleStore().article(opened.articleId));
    }

    // A desk Byline holding a story is killed: what it saved is in its library; its lock is not refreshed any
    // more and, after WordPress's window, another account takes the story without a takeover.
    void killedDeskLeavesTextAndItsLockExpires()
    {
        const qint64 post = filedStory();
        const QString library = m_dir.filePath(u"killed-desk"_s);
        QProcess holder;
        holder.setProcessChannelMode(QProcess::SeparateChannels);
        holder.start(QStringLiteral(BYLINE_DESKHOLDER),
            {library, m_server.url().toString(), m_server.credentials(WordPressServer::Desk).user,
                m_server.credentials(WordPressServer::Desk).password, QString::number(post)});
        QVERIFY(holder.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += holder.readAllStandardOutput()).contains("refreshed"), 20000);
        QCOMPARE(lockHolder(post), userId(WordPressServer::Desk));
        const qint64 articleId = output.mid(5, output.indexOf('\n') - 5).toLongLong();
        QVERIFY(articleId > 0);

        ::kill(pid_t(holder.processId()), SIGKILL);
        QVERIFY(holder.waitForFinished(5000));
        QCOMPARE(holder.exitStatus(), QProcess::CrashExit);

        // Nothing lost: the text it saved is in its library.
        {
            Library killed;
            QVERIFY2(killed.open(library), qPrintable(killed.errorString()));
            QVERIFY(killed.articleStore().article(articleId)->body.contains(u"데스크가 고친 문단, 저장됨."_s));
            QVERIFY(killed.deskStore().link(articleId)->lockHeld); // as it knew it when it died
        }

        // Still within the window: another desk sees the dead Byline's holder and opens read-only.
        std::unique_ptr<DeskClient> other = client(WordPressServer::Admin);
        Library otherLibrary;
        QVERIFY(otherLibrary.open(m_dir.filePath(u"admin"_s)));
        DeskOpener otherOpener(otherLibrary, *other, WordPressServer::Admin.toString());
        const DeskOpener::Result early = otherOpener.open(post, {});
        QCOMPARE(early.kind, DeskOpener::Result::ReadOnly);
        QCOMPARE(early.heldBy->user.id, userId(WordPressServer::Desk));

        // WordPress's window passes with no refresh (the last one moved 151 s back, as the clock would).
        QCOMPARE(php(u"<?php $l = explode(':', get_post_meta(%1, '_edit_lock', true));"
                     u" update_post_meta(%1, '_edit_lock', ($l[0] - 151) . ':' . $l[1]);"_s.arg(post)),
            QString());
        const DeskOpener::Result taken = otherOpener.open(post, {});
        QVERIFY2(taken.kind == DeskOpener::Result::Opened, qPrintable(taken.message));
        QCOMPARE(taken.articleId, early.articleId);
        QCOMPARE(php(u"<?php wp_set_current_user(%1); echo (int) wp_check_post_lock(%2);"_s
                         .arg(userId(WordPressServer::Desk))
                         .arg(post))
                     .toLongLong(),
            userId(WordPressServer::Admin));
    }
};

QTEST_GUILESS_MAIN(tst_DeskLocks)
#include "tst_desklocks.moc"
