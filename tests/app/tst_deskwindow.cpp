#include "common/settings.h"
#include "common/translations.h"
#include "desk/deskclient.h"
#include "desk/deskdock.h"
#include "desk/deskinboxmodel.h"
#include "desk/desknotespanel.h"
#include "desk/deskstore.h"
#include "editor/articleeditor.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "publish/targetaccount.h"
#include "wordpressserver.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Byline;
using Byline::Test::WordPressServer;

// The desk's window on the real WordPress: the dock lists what reporters
// filed, Enter opens a story through the desk opener (lock taken, editable),
// a story a wp-admin editor holds opens read-only with who and since when,
// and Take over (after a confirmation) makes it this desk's.
class tst_DeskWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_library;
    WordPressServer m_server;
    QList<qint64> m_posts;

    QString php(const QString &code)
    {
        QString output;
        if (!m_server.runPhp(WordPressServer::Admin, code, &output))
            return u"PHP FAILED: "_s + m_server.errorString();
        return output;
    }
    qint64 lockHolder(qint64 post) { return php(u"<?php echo (int) wp_check_post_lock(%1);"_s.arg(post)).toLongLong(); }

    static bool selectPost(DeskDock *dock, qint64 post)
    {
        const QModelIndex index = dock->model()->indexOfPost(post);
        if (!index.isValid())
            return false;
        dock->view()->setCurrentIndex(index);
        dock->view()->setFocus();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        // Two stories a reporter filed in wp-admin; the second one a wp-admin editor has open.
        const qint64 reporter = m_server.credentials(WordPressServer::Reporter).id;
        for (int i = 1; i <= 2; ++i) {
            const QString id = php(u"<?php echo wp_insert_post(['post_title' => '춘천 공지천 수달 %1', "
                                   "'post_content' => '<p>수달 가족이 다시 보였다.</p>', 'post_status' => 'pending', "
                                   "'post_author' => %2]);"_s.arg(i)
                                       .arg(reporter));
            QVERIFY2(id.toLongLong() > 0, qPrintable(id));
            m_posts.append(id.toLongLong());
        }
        const QString locked = php(u"<?php echo wp_set_post_lock(%1) ? 1 : 0;"_s.arg(m_posts.at(1)));
        QCOMPARE(locked, u"1"_s);
        // Two notes by the wp-admin editor on the first story, through the connector.
        TargetAccount admin;
        admin.name = u"admin"_s;
        admin.kind = TargetAccount::wordPressKind();
        admin.url = m_server.url();
        admin.user = m_server.credentials(WordPressServer::Admin).user;
        QString clientError;
        const std::unique_ptr<DeskClient> client =
            DeskClient::create(admin, m_server.credentials(WordPressServer::Admin).password, &clientError);
        QVERIFY2(client, qPrintable(clientError));
        for (const QString &text : {u"첫 메모: 리드가 깁니다."_s, u"둘째 메모: 사진 캡션 확인"_s}) {
            DeskActionResult done;
            const TargetOutcome outcome =
                client->act({QUuid::createUuid(), m_posts.at(0), DeskAction::Kind::Note, text, {}}, &done, {});
            QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        }
        TargetAccount account;
        account.name = u"newsroom"_s;
        account.kind = TargetAccount::wordPressKind();
        account.url = m_server.url();
        account.user = m_server.credentials(WordPressServer::Desk).user;
        QString error;
        QVERIFY2(TargetAccounts::save(account, &error), qPrintable(error));
        // The desk's password for this run, as `byline` takes it without a keychain.
        qputenv("BYLINE_PASSWORD", m_server.credentials(WordPressServer::Desk).password.toUtf8());
    }

    void openTakeOverOnTheRealSite()
    {
        MainWindow window({m_library.path(), QString()});
        QVERIFY(window.openLibrary());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        DeskDock *dock = window.deskDock();
        QVERIFY(dock->isVisible()); // a WordPress target: the desk is there
        QTRY_VERIFY2_WITH_TIMEOUT(
            dock->model()->storyByPost(m_posts.at(1)).has_value(), qPrintable(window.deskWatcher()->problem()), 20000);
        QCOMPARE(dock->model()->count(DeskState::Filed), 1);
        QCOMPARE(dock->model()->count(DeskState::Editing), 1);
        QCOMPARE(dock->tabs()->tabText(DeskDock::FiledTab), u"Filed 1"_s);

        // Enter on the filed story: it comes into the library, locked by this desk, editable.
        QVERIFY(selectPost(dock, m_posts.at(0)));
        QTest::keyClick(dock->view(), Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(window.library()->deskStore().linkForPost(u"newsroom"_s, m_posts.at(0)),
            qPrintable(window.noticeBar()->text()), 20000);
        const qint64 first = window.library()->deskStore().linkForPost(u"newsroom"_s, m_posts.at(0))->articleId;
        QTRY_COMPARE_WITH_TIMEOUT(window.currentArticleId(), first, 10000);
        QVERIFY(!window.isReadOnly());
        QVERIFY(window.editor()->headlineEdit()->text().startsWith(u"춘천 공지천 수달"_s));
        QCOMPARE(lockHolder(m_posts.at(0)), m_server.credentials(WordPressServer::Desk).id);
        // The story's notes, all of them, above the editor.
        QTRY_COMPARE_WITH_TIMEOUT(window.deskNotes()->list()->count(), 2, 20000);
        QVERIFY(window.deskNotes()->list()->item(0)->text().contains(u"둘째 메모"_s)); // newest on top

        // The story the wp-admin editor holds opens read-only, saying who.
        dock->setCurrentTab(DeskDock::EditingTab);
        QVERIFY(selectPost(dock, m_posts.at(1)));
        QTest::keyClick(dock->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.isReadOnly(), 20000);
        const QString adminName = m_server.credentials(WordPressServer::Admin).name;
        QVERIFY2(window.deskBar()->text().startsWith(adminName + u" is editing since "_s),
            qPrintable(window.deskBar()->text()));
        // Opening the first story let its lock go.
        QTRY_COMPARE_WITH_TIMEOUT(lockHolder(m_posts.at(0)), 0, 10000);

        // Take over, after saying yes.
        QToolButton *takeOver = nullptr;
        for (QToolButton *button : window.deskBar()->findChildren<QToolButton *>()) {
            if (button->defaultAction() == window.takeOverAction())
                takeOver = button;
        }
        QVERIFY(takeOver);
        QTimer::singleShot(0, this, [] {
            QWidget *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = QApplication::activeModalWidget()) != nullptr, 5000);
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        });
        QTest::mouseClick(takeOver, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isReadOnly(), 20000);
        QCOMPARE(lockHolder(m_posts.at(1)), m_server.credentials(WordPressServer::Desk).id);
        QVERIFY(window.deskBar()->text().isEmpty());
        window.close();
    }
};

QTEST_MAIN(tst_DeskWindow)
#include "tst_deskwindow.moc"
