#include "article/articledocument.h"
#include "common/settings.h"
#include "common/translations.h"
#include "desk/deskdialogs.h"
#include "desk/deskdock.h"
#include "desk/deskinboxmodel.h"
#include "desk/desknotespanel.h"
#include "desk/desknotifier.h"
#include "deskinboxes.h"
#include "editor/articleeditor.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "publish/outbox.h"
#include "publish/publishservice.h"
#include "publish/targetaccount.h"
#include "scripteddeskclient.h"

#include <KNotification>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::Test;

namespace {

// Runs `check` on the modal dialog the next call opens, then lets it go on.
void onNextDialog(std::function<void(QWidget *)> check)
{
    QTimer::singleShot(0, qApp, [check = std::move(check)] {
        QWidget *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = QApplication::activeModalWidget()) != nullptr, 5000);
        check(dialog);
    });
}

QList<qint64> shownPosts(DeskDock *dock)
{
    QList<qint64> posts;
    for (int row = 0; row < dock->model()->rowCount(); ++row)
        posts.append(dock->model()->index(row, 0).data(DeskInboxModel::PostRole).toLongLong());
    return posts;
}

} // namespace

class tst_DeskDock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_library;
    std::unique_ptr<MainWindow> m_window;
    std::shared_ptr<Script> m_script;

    // A window whose desk is fed by a scripted site with the morning's list.
    bool openWindowWithDesk(const DeskInbox &inbox = morningInbox())
    {
        m_library = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>(MainWindow::Options {m_library->path(), QString()});
        if (!m_window->openLibrary())
            return false;
        m_window->show();
        // Activation is asked for once the window is on screen (Xvfb has no
        // window manager to remember an earlier request).
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return false;
        m_script = std::make_shared<Script>();
        m_script->support.user = reporterKim;
        m_script->answers.push_back(listAnswer(inbox, u"t1"_s));
        m_window->deskDock()->setTargets({u"site"_s}, u"site"_s);
        m_window->deskWatcher()->setAccount(u"site"_s, factoryFor(m_script));
        QSignalSpy refreshed(m_window->deskWatcher(), &DeskWatcher::refreshed);
        m_window->deskWatcher()->refresh();
        if (!refreshed.wait(5000))
            return false;
        m_window->deskDock()->show();
        return true;
    }

    DeskDock *dock() { return m_window->deskDock(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        qputenv("BYLINE_PASSWORD", "not-used");
    }

    void init()
    {
        QSettings().clear();
        // A WordPress target the desk acts on; nothing listens there, and
        // the queue's password comes from the environment, not a keychain.
        TargetAccount site {u"site"_s, TargetAccount::wordPressKind(), {}, QUrl(u"http://127.0.0.1:9"_s), u"desk"_s};
        QString error;
        QVERIFY2(TargetAccounts::save(site, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_window.reset();
        m_library.reset();
    }

    void dockShowsTabsWithCounts()
    {
        QVERIFY(openWindowWithDesk());
        QTabBar *tabs = dock()->tabs();
        QCOMPARE(tabs->count(), int(DeskDock::TabCount));
        QCOMPARE(tabs->tabText(DeskDock::FiledTab), u"Filed 2"_s);
        QCOMPARE(tabs->tabText(DeskDock::EditingTab), u"In editing 1"_s);
        QCOMPARE(tabs->tabText(DeskDock::ReturnedTab), u"Returned 1"_s);
        QCOMPARE(tabs->tabText(DeskDock::ScheduledTab), u"Scheduled 1"_s);
        QCOMPARE(tabs->tabText(DeskDock::PublishedTab), u"Published 1"_s);
        // The site said who signed in: Kim's four stories, the draft too.
        QCOMPARE(tabs->tabText(DeskDock::MineTab), u"My stories 4"_s);
        QCOMPARE(shownPosts(dock()), (QList<qint64> {101, 102}));
        QVERIFY(dock()->statusLabel()->text().startsWith(u"Updated "_s));
        QVERIFY(!dock()->isShowingMessage());
    }

    void viewMenuShowsTheDock()
    {
        QVERIFY(openWindowWithDesk());
        dock()->hide();
        QAction *show = m_window->findChild<QAction *>(u"view.desk"_s);
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(dock()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dock()->view()));
    }

    void filtersBySectionAndReporter()
    {
        QVERIFY(openWindowWithDesk());
        QComboBox *section = dock()->sectionFilter();
        QCOMPARE(section->itemText(0), u"All sections"_s);
        const int politics = section->findData(u"정치"_s);
        QVERIFY(politics > 0);
        section->setFocus();
        while (section->currentIndex() != politics)
            QTest::keyClick(section, Qt::Key_Down);
        QCOMPARE(shownPosts(dock()), QList<qint64> {102});
        QCOMPARE(dock()->tabs()->tabText(DeskDock::FiledTab), u"Filed 1"_s);
        QCOMPARE(dock()->tabs()->tabText(DeskDock::EditingTab), u"In editing 0"_s);
        while (section->currentIndex() != 0)
            QTest::keyClick(section, Qt::Key_Up);
        QComboBox *reporter = dock()->reporterFilter();
        const int kim = reporter->findData(reporterKim.id);
        QVERIFY(kim > 0);
        reporter->setFocus();
        while (reporter->currentIndex() != kim)
            QTest::keyClick(reporter, Qt::Key_Down);
        QCOMPARE(shownPosts(dock()), QList<qint64> {101});
        QCOMPARE(dock()->tabs()->tabText(DeskDock::PublishedTab), u"Published 1"_s);
        QCOMPARE(dock()->tabs()->tabText(DeskDock::ScheduledTab), u"Scheduled 0"_s);
    }

    void keyboardTriage()
    {
        // Kim's story 101 is in this library: Enter opens it.
        DeskInbox inbox = morningInbox();
        QVERIFY(openWindowWithDesk(inbox));
        Article local = Article::create();
        local.uuid = inbox.stories[0].uuid;
        local.headline = inbox.stories[0].headline;
        QVERIFY(m_window->library()->articleStore().insertArticle(local));
        // The site has it as post 101 (as opening it from the desk records).
        QVERIFY(Outbox(*m_window->library())
                .setRemotePost(u"site"_s, local.uuid,
                    RemotePost {
                        101, QUrl(u"http://127.0.0.1:9/?p=101"_s), QDateTime::currentDateTimeUtc(), u"pending"_s}));

        QTreeView *list = dock()->view();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(dock()->currentTab(), DeskDock::EditingTab);
        QCOMPARE(shownPosts(dock()), QList<qint64> {103});
        QTest::keyClick(list, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(dock()->currentTab(), DeskDock::PublishedTab);
        QTest::keyClick(list, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(dock()->currentTab(), DeskDock::FiledTab);
        QCOMPARE(dock()->currentStory()->post, 101);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(dock()->currentStory()->post, 102);
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(dock()->currentStory()->post, 101);

        // Enter asks the site through the desk opener (tst_deskwindow opens on
        // the real WordPress); nothing listens here, and the window says so.
        QSignalSpy open(dock(), &DeskDock::openRequested);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().at(0).value<DeskStory>().post, 101);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->noticeBar()->text().isEmpty(), 20000);

        // R: return with a note; A: approve. The failed open's notice may
        // have moved the focus: R and A act only in the focused list.
        m_window->activateWindow();
        list->setFocus();
        QTRY_VERIFY(QApplication::focusWidget() == list);
        QTRY_VERIFY(dock()->findChild<QAction *>(u"desk.return"_s)->isEnabled());
        QSignalSpy returned(dock(), &DeskDock::returnRequested);
        onNextDialog([](QWidget *dialog) {
            auto *note = dialog->findChild<QPlainTextEdit *>(u"note"_s);
            note->insertPlainText(u"리드를 줄여 주세요"_s);
            static_cast<QDialog *>(dialog)->accept();
        });
        QTest::keyClick(list, Qt::Key_R);
        QCOMPARE(returned.size(), 1);
        QCOMPARE(returned.constFirst().at(1).toString(), u"리드를 줄여 주세요"_s);
        // It goes out through the durable queue, with its note.
        auto deskJobs = [this, &local](PublishAction action) {
            QList<PublishJob> found;
            for (const PublishJob &job : m_window->publishService()->jobs())
                if (job.action == action && job.articleId == local.id)
                    found.append(job);
            return found;
        };
        QCOMPARE(deskJobs(PublishAction::Return).size(), 1);
        QCOMPARE(deskJobs(PublishAction::Return).constFirst().note, u"리드를 줄여 주세요"_s);

        QSignalSpy approved(dock(), &DeskDock::approveRequested);
        onNextDialog([](QWidget *dialog) {
            QVERIFY(dialog->findChild<QRadioButton *>(u"now"_s)->isChecked());
            static_cast<QDialog *>(dialog)->accept();
        });
        QTest::keyClick(list, Qt::Key_A);
        QCOMPARE(approved.size(), 1);
        QVERIFY(approved.constFirst().at(1).toDateTime().isNull()); // now
        QCOMPARE(deskJobs(PublishAction::Approve).size(), 1);
    }

    void targetChooserWithSeveralSites()
    {
        TargetAccount second {
            u"sports"_s, TargetAccount::wordPressKind(), {}, QUrl(u"http://127.0.0.1:9"_s), u"desk"_s};
        QString error;
        QVERIFY2(TargetAccounts::save(second, &error), qPrintable(error));
        m_library = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>(MainWindow::Options {m_library->path(), QString()});
        QVERIFY(m_window->openLibrary());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QComboBox *chooser = dock()->targetChooser();
        QVERIFY(chooser->isVisible());
        QCOMPARE(chooser->count(), 2);
        const QString first = m_window->deskWatcher()->target();
        QVERIFY(!first.isEmpty());
        chooser->setFocus();
        QTest::keyClick(chooser, chooser->currentIndex() == 0 ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(m_window->deskWatcher()->target() != first);
        QCOMPARE(m_window->deskWatcher()->target(), dock()->currentTarget());
        // The next start shows the site chosen last.
        const QString chosen = dock()->currentTarget();
        m_window.reset();
        m_window = std::make_unique<MainWindow>(MainWindow::Options {m_library->path(), QString()});
        QVERIFY(m_window->openLibrary());
        QCOMPARE(m_window->deskWatcher()->target(), chosen);
    }

    void returnRefusesAnEmptyNote()
    {
        ReturnDialog dialog(u"시내버스 노선 개편"_s);
        dialog.show();
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.noteEdit(), u"   "_s);
        QVERIFY(!ok->isEnabled());
        dialog.accept(); // as Enter or a script would
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel *>(u"problem"_s)->isVisible());
        dialog.noteEdit()->insertPlainText(u"출처를 밝혀 주세요"_s);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.note(), u"출처를 밝혀 주세요"_s);
    }

    void approveDefaultsToTheEmbargoAndRefusesEarlier()
    {
        const QTimeZone seoul("Asia/Seoul");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime embargo =
            QDateTime::fromSecsSinceEpoch((now.toSecsSinceEpoch() / 60 + 180) * 60, QTimeZone::UTC);
        ApproveDialog dialog(u"강원 첫눈 예보"_s, embargo, seoul, nullptr, now);
        dialog.show();
        QVERIFY(!dialog.nowButton()->isEnabled());
        QVERIFY(dialog.scheduleButton()->isChecked());
        QCOMPARE(dialog.scheduledAtUtc(), embargo);
        QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.timeEdit()->setDateTime(embargo.addSecs(-600).toTimeZone(seoul));
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(dialog.problem().contains(u"embargo"_s));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        dialog.timeEdit()->setDateTime(embargo.addSecs(600).toTimeZone(seoul));
        QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.scheduledAtUtc(), embargo.addSecs(600));
    }

    void heldByAnotherOpensReadOnlyWithTakeOver()
    {
        QVERIFY(openWindowWithDesk());
        ArticleEditor *editor = m_window->editor();
        const QDateTime since = QDateTime(QDate(2026, 12, 8), QTime(1, 2), QTimeZone::UTC); // 10:02 in Seoul
        m_window->showHeldBy(DeskLock {deskLee, since, since.addSecs(150)});
        QVERIFY(m_window->isReadOnly());
        QVERIFY(editor->headlineEdit()->isReadOnly());
        const QString text = m_window->deskBar()->text();
        QVERIFY2(text.startsWith(u"김데스크 is editing since "_s), qPrintable(text));
        // Typing changes nothing.
        const QString headline = editor->headlineEdit()->text();
        editor->headlineEdit()->setFocus();
        QTest::keyClicks(editor->headlineEdit(), u"more"_s);
        QCOMPARE(editor->headlineEdit()->text(), headline);

        QToolButton *takeOver = nullptr;
        for (QToolButton *button : m_window->deskBar()->findChildren<QToolButton *>()) {
            if (button->defaultAction() == m_window->takeOverAction())
                takeOver = button;
        }
        QVERIFY(takeOver && takeOver->isVisible());
        QSignalSpy taken(m_window.get(), &MainWindow::takeOverRequested);
        // Asked first: Cancel leaves everything as it was.
        onNextDialog([](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), u"takeOverConfirmation"_s);
            static_cast<QMessageBox *>(dialog)->button(QMessageBox::Cancel)->click();
        });
        QTest::mouseClick(takeOver, Qt::LeftButton);
        QCOMPARE(taken.size(), 0);
        onNextDialog([](QWidget *dialog) {
            auto *box = static_cast<QMessageBox *>(dialog);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        });
        QTest::mouseClick(takeOver, Qt::LeftButton);
        QCOMPARE(taken.size(), 1);
        QCOMPARE(taken.constFirst().at(0).toLongLong(), m_window->currentArticleId());
        m_window->showHeldBy(std::nullopt);
        QVERIFY(!m_window->isReadOnly());
        QVERIFY(m_window->deskBar()->text().isEmpty());
    }

    void offlineShowsTheLastListWithItsTime()
    {
        QVERIFY(openWindowWithDesk());
        // In the publication's time zone (Seoul unless set otherwise).
        const QString time = QLocale().toString(
            m_window->deskWatcher()->listTime().toTimeZone(QTimeZone("Asia/Seoul")).time(), QLocale::ShortFormat);
        m_script->answers.push_back({TargetOutcome::make(TargetOutcome::Offline, u"offline"_s), true, {}});
        QSignalSpy refreshed(m_window->deskWatcher(), &DeskWatcher::refreshed);
        QAction *refresh = dock()->refreshAction();
        QVERIFY(refresh->isEnabled());
        refresh->trigger();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(dock()->statusLabel()->text(), u"Offline · list of %1"_s.arg(time));
        QCOMPARE(shownPosts(dock()), (QList<qint64> {101, 102}));
    }

    void siteWithoutTheConnectorSaysWhatIsMissing()
    {
        m_library = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>(MainWindow::Options {m_library->path(), QString()});
        QVERIFY(m_window->openLibrary());
        m_window->show();
        m_script = std::make_shared<Script>();
        m_script->support = DeskSupport {};
        m_window->deskDock()->setTargets({u"site"_s}, u"site"_s);
        m_window->deskWatcher()->setAccount(u"site"_s, factoryFor(m_script));
        QSignalSpy refreshed(m_window->deskWatcher(), &DeskWatcher::refreshed);
        m_window->deskWatcher()->refresh();
        QVERIFY(refreshed.wait(5000));
        QVERIFY(dock()->isShowingMessage());
        QVERIFY(dock()->messageLabel()->text().contains(DeskSupport {}.missing()));
        QVERIFY(dock()->messageLabel()->text().contains(u"Publishing to this site still works"_s));
        QVERIFY(!dock()->tabs()->isEnabled());
    }

    void noWordPressTargetSaysHowToAddOne()
    {
        QVERIFY(TargetAccounts::remove(u"site"_s));
        m_library = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>(MainWindow::Options {m_library->path(), QString()});
        QVERIFY(m_window->openLibrary());
        QVERIFY(!dock()->isVisible());
        QVERIFY(dock()->isShowingMessage());
        QVERIFY(dock()->messageLabel()->text().contains(u"Publishing Targets"_s));
    }

    void returnedStoryShowsTheDesksNote()
    {
        DeskInbox inbox = morningInbox();
        QVERIFY(openWindowWithDesk(inbox));
        const DeskStory &returned = inbox.stories[3];
        Article local = Article::create();
        local.uuid = returned.uuid;
        local.headline = returned.headline;
        QVERIFY(m_window->library()->articleStore().insertArticle(local));
        m_window->openArticle(local.id);
        QVERIFY2(m_window->noticeBar()->text().contains(u"2문단 인용 출처를 밝혀 주세요."_s),
            qPrintable(m_window->noticeBar()->text()));
        QVERIFY(m_window->noticeBar()->text().contains(deskLee.name));
        DeskNotesPanel *notes = m_window->deskNotes();
        QVERIFY(notes->isVisible());
        QCOMPARE(notes->list()->count(), 1);
        QVERIFY(notes->list()->item(0)->text().contains(u"2문단 인용 출처를 밝혀 주세요."_s));
        // Another story has no notes to show.
        m_window->findChild<QAction *>(u"file.new"_s)->trigger();
        QVERIFY(!notes->isVisible());
    }

    void embargoFieldIsAnUndoStepWithTheTimeLeft()
    {
        m_library = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>(MainWindow::Options {m_library->path(), QString()});
        QVERIFY(m_window->openLibrary());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        ArticleEditor *editor = m_window->editor();
        ArticleDocument *document = m_window->document();
        QVERIFY(!document->metadata().embargo.isValid());
        QVERIFY(!editor->embargoEdit()->isEnabled());
        QTest::mouseClick(editor->embargoCheck(), Qt::LeftButton);
        const QDateTime set = document->metadata().embargo;
        QVERIFY(set.isValid());
        QVERIFY(set > QDateTime::currentDateTimeUtc());
        QVERIFY(editor->embargoEdit()->isEnabled());
        QVERIFY2(editor->embargoLeftLabel()->text().endsWith(u"until the embargo"_s),
            qPrintable(editor->embargoLeftLabel()->text()));
        // A new time is one more step; Undo takes it back, then the embargo.
        const QDateTime later = set.addSecs(2 * 3600 + 10 * 60);
        editor->embargoEdit()->setDateTime(later);
        QCOMPARE(document->metadata().embargo, later);
        QVERIFY(editor->embargoLeftLabel()->text().contains(u" h "_s));
        QTest::keyClick(editor->embargoEdit(), Qt::Key_Tab);
        QAction *undo = m_window->findChild<QAction *>(u"edit.undo"_s);
        undo->trigger();
        QCOMPARE(document->metadata().embargo, set);
        undo->trigger();
        QVERIFY(!document->metadata().embargo.isValid());
        QVERIFY(!editor->embargoCheck()->isChecked());
        QVERIFY(editor->embargoLeftLabel()->text().isEmpty());
        m_window->findChild<QAction *>(u"edit.redo"_s)->trigger();
        QCOMPARE(document->metadata().embargo, set);
        // Unticking lifts it.
        QTest::mouseClick(editor->embargoCheck(), Qt::LeftButton);
        QVERIFY(!document->metadata().embargo.isValid());
    }

    void timeLeftIsSaidAsTheDeskSaysIt_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: hours and minutes") << (2 * 3600 + 10 * 60) << u"2 h 10 min"_s;
        QTest::newRow("nominal: minutes") << 25 * 60 << u"25 min"_s;
        QTest::newRow("nominal: the last seconds count as a minute") << 5 << u"1 min"_s;
        QTest::newRow("nominal: days") << (2 * 86400 + 3 * 3600) << u"2 d 3 h"_s;
        QTest::newRow("robustness: passed") << -60 << QString();
    }

    void timeLeftIsSaidAsTheDeskSaysIt()
    {
        QFETCH(int, seconds);
        QFETCH(QString, expected);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(ArticleEditor::timeLeft(now.addSecs(seconds), now), expected);
    }

    void newsBecomeNotificationsThatOpenTheStory()
    {
        QVERIFY(openWindowWithDesk());
        DeskInbox after = morningInbox();
        after.stories[0].status = u"publish"_s; // Kim's 101 went out
        after.stories.prepend(deskStory(150, u"새 송고"_s, u"pending"_s, reporterPark));
        m_script->answers.push_back(listAnswer(after, u"t2"_s));
        QSignalSpy sent(m_window->deskNotifier(), &DeskNotifier::sent);
        QSignalSpy refreshed(m_window->deskWatcher(), &DeskWatcher::refreshed);
        m_window->deskWatcher()->refresh();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).at(0).toString(), u"storyFiled"_s);
        QCOMPARE(sent.at(1).at(0).toString(), u"storyPublished"_s);
        QVERIFY(sent.at(1).at(2).toString().contains(after.stories[1].headline));
    }
    void gainingFocusRefreshesTheDesk()
    {
        QVERIFY(openWindowWithDesk());
        QCOMPARE(m_script->inboxCalls, 1);
        // Xvfb has no window manager to switch windows: the window gets the
        // event Qt sends it when it becomes the active one again.
        QVERIFY(m_window->isActiveWindow());
        QSignalSpy refreshed(m_window->deskWatcher(), &DeskWatcher::refreshed);
        QEvent activation(QEvent::ActivationChange);
        QCoreApplication::sendEvent(m_window.get(), &activation);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(m_script->inboxCalls, 2);

        // Focus coming and going while the site is still answering asks once.
        QSemaphore gate;
        m_script->gate = &gate;
        QCoreApplication::sendEvent(m_window.get(), &activation);
        QVERIFY(m_window->deskWatcher()->isRefreshing());
        QCoreApplication::sendEvent(m_window.get(), &activation);
        QCoreApplication::sendEvent(m_window.get(), &activation);
        gate.release(1);
        QVERIFY(refreshed.wait(5000));
        // No second request was queued behind the first.
        gate.release(2);
        QVERIFY(!refreshed.wait(300));
        m_script->gate = nullptr;
        QCOMPARE(m_script->inboxCalls, 3);
        QVERIFY(!m_window->deskWatcher()->isRefreshing());
    }

    void clickingANotificationOpensItsStory()
    {
        QVERIFY(openWindowWithDesk());
        DeskInbox after = morningInbox();
        after.stories.prepend(deskStory(150, u"새 송고"_s, u"pending"_s, reporterPark));
        m_script->answers.push_back(listAnswer(after, u"t2"_s));
        QPointer<KNotificationAction> open;
        connect(m_window->deskNotifier(), &DeskNotifier::shown, this, [&open](KNotification *notification) {
            if (notification->eventId() == u"storyFiled"_s)
                open = notification->defaultAction();
        });
        QSignalSpy refreshed(m_window->deskWatcher(), &DeskWatcher::refreshed);
        m_window->deskWatcher()->refresh();
        QVERIFY(refreshed.wait(5000));
        QVERIFY(open);
        QCOMPARE(open->label(), u"Open the story"_s);
        // The click: the window asks the site for post 150 (nothing listens
        // on this target, so the open then fails with a notice).
        Q_EMIT open->activated();
        QCOMPARE(m_window->statusBar()->currentMessage(), u"Opening “새 송고” from the desk…"_s);
        auto *progress = m_window->findChild<QProgressBar *>(u"deskOpenProgress"_s);
        QVERIFY(progress && progress->isVisible());
        QVERIFY(progress->format().startsWith(u"Opening “새 송고”"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), 15000);
    }
};

QTEST_MAIN(tst_DeskDock)
#include "tst_deskdock.moc"
