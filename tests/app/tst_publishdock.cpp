#include "../cli/clirun.h"
#include "common/settings.h"
#include "editor/articleeditor.h"
#include "library/library.h"
#include "mainwindow.h"
#include "publish/conflictdialog.h"
#include "publish/credentialstore.h"
#include "publish/outbox.h"
#include "publish/publishdialog.h"
#include "publish/publishdock.h"
#include "publish/publishjobmodel.h"
#include "publish/publishqueue.h"
#include "publish/publishservice.h"
#include "publish/targetaccountdialog.h"
#include "publish/targetspage.h"
#include "settingsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLockFile>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

// Runs `handle` on the next modal dialog of type T once it is up (the code
// under test is inside its exec()).
template<typename T> void whenModal(std::function<void(T *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        }
    });
    timer->start();
}

TargetAccount folderAccount(const QString &name, const QString &path)
{
    TargetAccount account;
    account.name = name;
    account.kind = TargetAccount::folderKind();
    account.path = path;
    return account;
}

PublishState stateOf(PublishDock *dock, qint64 jobId)
{
    const std::optional<PublishJob> job = dock->model()->jobById(jobId);
    return job ? job->state : PublishState::Cancelled;
}

} // namespace

class tst_PublishDock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_sites;

    std::unique_ptr<MainWindow> openWindow(const QTemporaryDir &library)
    {
        auto window = std::make_unique<MainWindow>(MainWindow::Options {library.path(), QString()});
        if (!window->openLibrary())
            return nullptr;
        window->resize(1400, 900);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

    // Article > Publish… as a person does it: the action, then the dialog.
    qint64 publishThroughDialog(MainWindow &window, const QString &target, PublishAction action)
    {
        whenModal<PublishDialog>([target, action](PublishDialog *dialog) {
            dialog->setTarget(target);
            dialog->setAction(action);
            dialog->accept();
        });
        auto *publish = window.findChild<QAction *>(u"article.publish"_s);
        if (!publish)
            return 0;
        publish->trigger();
        const std::optional<PublishJob> job = window.publishDock()->currentJob();
        return job ? job->id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qunsetenv("BYLINE_PASSWORD");
    }

    void init()
    {
        QSettings().clear();
        // Stories go to a folder of this test, never to ~/Documents.
        QString error;
        QVERIFY2(
            TargetAccounts::save(folderAccount(u"site"_s, m_sites.filePath(u"site"_s)), &error), qPrintable(error));
        TargetAccounts::setDefaultTarget(u"site"_s);
    }

    void dockWaitsForTheFirstJob()
    {
        QTemporaryDir library;
        std::unique_ptr<MainWindow> window = openWindow(library);
        QVERIFY(window);
        PublishDock *dock = window->publishDock();
        QVERIFY(!dock->isVisible());
        QCOMPARE(dock->model()->rowCount(), 0);
        auto *empty = dock->findChild<QLabel *>(u"publishEmpty"_s);
        QVERIFY(empty);
        QVERIFY(empty->isVisibleTo(dock));
        QVERIFY(!dock->view()->isVisibleTo(dock));
        auto *toggle = window->findChild<QAction *>(u"view.publishDock"_s);
        QVERIFY(toggle);
        QVERIFY(!toggle->isChecked());
        QCOMPARE(window->findChild<QAction *>(u"article.publish"_s)->shortcut(),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    }

    void publishedStoryOpensInTheBrowser()
    {
        QTemporaryDir library;
        std::unique_ptr<MainWindow> window = openWindow(library);
        QVERIFY(window);
        // The last keystrokes are still waiting for the autosave when Publish is chosen.
        QLineEdit *headline = window->editor()->headlineEdit();
        headline->setFocus();
        headline->end(false);
        QTest::keyClicks(headline, u" update"_s);
        const QString typed = headline->text();

        const qint64 jobId = publishThroughDialog(*window, u"site"_s, PublishAction::Publish);
        QVERIFY(jobId > 0);
        PublishDock *dock = window->publishDock();
        QVERIFY(dock->isVisible());
        QVERIFY(dock->view()->isVisibleTo(dock));
        QCOMPARE(Outbox(*window->library()).job(jobId)->headline, typed);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(dock, jobId), PublishState::Done, 60000);

        QCOMPARE(dock->currentJob()->id, jobId);
        QVERIFY(dock->openAction()->isEnabled());
        QVERIFY(!dock->cancelAction()->isEnabled());
        QVERIFY(!dock->retryAction()->isEnabled());
        QVERIFY(!dock->compareAction()->isEnabled());
        QUrl opened;
        dock->setUrlOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        dock->openAction()->trigger();
        QVERIFY(opened.isLocalFile());
        QCOMPARE(QFileInfo(opened.toLocalFile()).fileName(), u"index.html"_s);
        QVERIFY(QFileInfo::exists(opened.toLocalFile()));
        QVERIFY(opened.toLocalFile().startsWith(m_sites.filePath(u"site"_s)));
        const QModelIndex row = dock->model()->indexOfJob(jobId, PublishJobModel::StateColumn);
        QCOMPARE(row.data().toString(), PublishNames::stateDisplayName(PublishState::Done));
    }

    void heldJobIsShownAndRetried()
    {
        // A "folder" that is a file: the target holds the job for a person.
        const QString blocker = m_sites.filePath(u"blocked"_s);
        {
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QString error;
        QVERIFY(TargetAccounts::save(folderAccount(u"blocked"_s, blocker), &error));
        QTemporaryDir library;
        std::unique_ptr<MainWindow> window = openWindow(library);
        QVERIFY(window);
        PublishDock *dock = window->publishDock();

        const qint64 jobId = publishThroughDialog(*window, u"blocked"_s, PublishAction::Draft);
        QVERIFY(jobId > 0);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(dock, jobId), PublishState::Held, 30000);
        const QString message = dock->model()->indexOfJob(jobId, PublishJobModel::MessageColumn).data().toString();
        QVERIFY2(message.contains(u"file"_s), qPrintable(message));
        QVERIFY2(window->statusBar()->currentMessage().contains(u"needs you"_s),
            qPrintable(window->statusBar()->currentMessage()));
        QVERIFY(dock->retryAction()->isEnabled());
        QVERIFY(dock->cancelAction()->isEnabled());
        QVERIFY(!dock->openAction()->isEnabled());
        QVERIFY(!dock->compareAction()->isEnabled()); // held, but no conflict

        // The log says what each attempt did.
        dock->logAction()->trigger();
        auto *log = dock->findChild<QPlainTextEdit *>(u"publishLog"_s);
        QVERIFY(log);
        QVERIFY2(log->toPlainText().contains(u"Attempt 1"_s), qPrintable(log->toPlainText()));
        QVERIFY2(log->toPlainText().contains(u"file"_s), qPrintable(log->toPlainText()));
        log->window()->close();

        // The person fixes the cause and retries: the job goes through.
        QVERIFY(QFile::remove(blocker));
        dock->retryAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(dock, jobId), PublishState::Done, 60000);
        QVERIFY(QFileInfo::exists(dock->currentJob()->remoteUrl.toLocalFile()));
    }

    void cancelStopsAQueuedJob()
    {
        QTemporaryDir library;
        std::unique_ptr<MainWindow> window = openWindow(library);
        QVERIFY(window);
        // Nothing runs, so the job is still queued when the person cancels it.
        window->publishService()->stop();
        PublishDock *dock = window->publishDock();
        const qint64 jobId = publishThroughDialog(*window, u"site"_s, PublishAction::Submit);
        QVERIFY(jobId > 0);
        QCOMPARE(stateOf(dock, jobId), PublishState::Queued);
        QVERIFY(dock->cancelAction()->isEnabled());
        // The dock's own key for Cancel, with the focus in its list.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        dock->view()->setFocus();
        QTest::keyClick(dock->view(), Qt::Key_Delete);
        QCOMPARE(stateOf(dock, jobId), PublishState::Cancelled);
        QCOMPARE(Outbox(*window->library()).job(jobId)->state, PublishState::Cancelled);
        QVERIFY(!dock->cancelAction()->isEnabled());
        QVERIFY(dock->retryAction()->isEnabled());
    }

    void followsAQueueRunElsewhere()
    {
        // The command line's "byline queue run" holds this library's queue.
        QTemporaryDir library;
        QLockFile elsewhere(QDir(library.path()).filePath(PublishQueue::lockFileName()));
        QVERIFY(elsewhere.tryLock(0));
        std::unique_ptr<MainWindow> window = openWindow(library);
        QVERIFY(window);
        PublishDock *dock = window->publishDock();
        auto *note = dock->findChild<QLabel *>(u"publishElsewhere"_s);
        QVERIFY(note);
        QTRY_VERIFY_WITH_TIMEOUT(window->publishService()->isLockedElsewhere(), 10000);
        QTRY_VERIFY(note->isVisibleTo(dock));

        // What that process does reaches the dock without a word from it.
        Library other;
        QVERIFY(other.open(library.path()));
        Outbox outbox(other);
        std::optional<PublishJob> job = outbox.enqueue(window->currentArticleId(), u"site"_s, PublishAction::Draft);
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(dock->model()->indexOfJob(job->id).isValid(), 10000);
        job->state = PublishState::Done;
        job->message = u"Saved as a draft."_s;
        QVERIFY(outbox.update(*job));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(dock, job->id), PublishState::Done, 10000);
        QCOMPARE(Outbox(*window->library()).job(job->id)->state, PublishState::Done);
    }

    void compareChoosesAVersion_data()
    {
        QTest::addColumn<bool>("replace");
        QTest::newRow("nominal: keep the site's version cancels the job") << false;
        QTest::newRow("nominal: replace the site's version queues it to overwrite") << true;
    }

    void compareChoosesAVersion()
    {
        QFETCH(bool, replace);
        QTemporaryDir library;
        std::unique_ptr<MainWindow> window = openWindow(library);
        QVERIFY(window);
        window->publishService()->stop();
        PublishDock *dock = window->publishDock();
        Outbox outbox(*window->library());
        std::optional<PublishJob> job = outbox.enqueue(window->currentArticleId(), u"site"_s, PublishAction::Publish);
        QVERIFY(job);
        // What the runner records when the site's copy changed since Byline sent it.
        job->state = PublishState::Held;
        job->message = u"Someone changed this story on the site."_s;
        job->conflict.seenModified = QDateTime(QDate(2025, 3, 1), QTime(0, 0), QTimeZone::UTC);
        job->conflict.remoteModified = QDateTime(QDate(2025, 3, 1), QTime(1, 0), QTimeZone::UTC);
        job->conflict.remoteTitle = u"수달 가족, 공지천에 돌아왔다 (데스크 수정)"_s;
        job->conflict.remoteContent = u"<p>데스크가 고친 첫 문단.</p><p>둘째 문단.</p>"_s;
        job->conflict.localTitle = u"수달 가족 공지천에 돌아왔다"_s;
        job->conflict.localContent = u"<p>기자가 쓴 첫 문단.</p>"_s;
        QVERIFY(outbox.update(*job));
        dock->model()->reload();
        dock->selectJob(job->id);
        QVERIFY(dock->compareAction()->isEnabled());

        QString siteTitle, siteText, bylineTitle, bylineText;
        whenModal<ConflictDialog>([&](ConflictDialog *dialog) {
            siteTitle = dialog->findChild<QLineEdit *>(u"siteVersionTitle"_s)->text();
            siteText = dialog->findChild<QPlainTextEdit *>(u"siteVersionContent"_s)->toPlainText();
            bylineTitle = dialog->findChild<QLineEdit *>(u"bylineVersionTitle"_s)->text();
            bylineText = dialog->findChild<QPlainTextEdit *>(u"bylineVersionContent"_s)->toPlainText();
            QVERIFY(dialog->findChild<QLineEdit *>(u"siteVersionTitle"_s)->isReadOnly());
            QVERIFY(dialog->findChild<QPlainTextEdit *>(u"bylineVersionContent"_s)->isReadOnly());
            dialog->findChild<QAbstractButton *>(replace ? u"replaceButton"_s : u"keepButton"_s)->click();
        });
        dock->compareAction()->trigger();
        QCOMPARE(siteTitle, job->conflict.remoteTitle);
        QCOMPARE(siteText, u"데스크가 고친 첫 문단.\n둘째 문단."_s); // plain text, no tags
        QCOMPARE(bylineTitle, job->conflict.localTitle);
        QCOMPARE(bylineText, u"기자가 쓴 첫 문단."_s);

        const std::optional<PublishJob> after = outbox.job(job->id);
        QVERIFY(after);
        QCOMPARE(after->state, replace ? PublishState::Queued : PublishState::Cancelled);
        QCOMPARE(after->overwrite, replace);
        QCOMPARE(stateOf(dock, job->id), after->state);
    }

    void dialogWarnsAndSchedulesInThePublicationsZone()
    {
        Article article = Article::create();
        article.headline = u"수달 돌아왔다"_s;
        article.body = u"<p>본문</p><figure data-photo=\"p1\"><figcaption>수달</figcaption></figure>"_s;
        Photo used;
        used.id = u"p1"_s;
        used.fileName = u"otter.jpg"_s;
        Photo unused; // not in the story: not sent, not warned about
        unused.id = u"p2"_s;
        unused.fileName = u"spare.jpg"_s;
        PublishDialog dialog(article, {used, unused}, QTimeZone("Asia/Seoul"));
        const QString warnings = dialog.warnings().join(u'\n');
        QVERIFY2(warnings.contains(u"otter.jpg"_s), qPrintable(warnings));
        QVERIFY2(!warnings.contains(u"spare.jpg"_s), qPrintable(warnings));
        QVERIFY(warnings.contains(u"alt text"_s));
        QVERIFY(warnings.contains(u"credit"_s));
        QCOMPARE(dialog.target(), u"site"_s); // the default target, preselected

        dialog.setAction(PublishAction::Schedule);
        auto *when = dialog.findChild<QDateTimeEdit *>(u"scheduleTime"_s);
        QVERIFY(when && when->isEnabled());
        // 09:30 in Seoul is 00:30 UTC.
        dialog.setScheduledAt(QDateTime(QDate(2030, 3, 1), QTime(0, 30), QTimeZone::UTC));
        QCOMPARE(when->time(), QTime(9, 30));
        QCOMPARE(dialog.scheduledAtUtc(), QDateTime(QDate(2030, 3, 1), QTime(0, 30), QTimeZone::UTC));
        auto *send = dialog.findChild<QAbstractButton *>(u"publishSend"_s);
        QVERIFY(send->isEnabled());
        // A time gone by is refused before anything is queued.
        dialog.setScheduledAt(QDateTime::currentDateTimeUtc().addSecs(-3600));
        QVERIFY(!send->isEnabled());
        dialog.setAction(PublishAction::Draft);
        QVERIFY(send->isEnabled());
        QVERIFY(dialog.scheduledAtUtc().isNull());
    }

    // An embargoed story is scheduled for its embargo by default, and an earlier time or Publish now is refused
    // with the core's words (Embargo::refusal) before anything is queued.
    void dialogSchedulesAnEmbargoedStoryForItsEmbargo()
    {
        Article article = Article::create();
        article.headline = u"기준금리 발표"_s;
        article.embargo = QDateTime(QDate::currentDate().addDays(2), QTime(0, 0), QTimeZone::UTC);
        PublishDialog dialog(article, {}, QTimeZone("Asia/Seoul"));
        dialog.setAction(PublishAction::Publish);
        auto *send = dialog.findChild<QAbstractButton *>(u"publishSend"_s);
        QVERIFY(!send->isEnabled());
        dialog.setAction(PublishAction::Schedule);
        QCOMPARE(dialog.scheduledAtUtc(), article.embargo);
        QVERIFY(send->isEnabled());
        dialog.setScheduledAt(article.embargo.addSecs(-600));
        QVERIFY(!send->isEnabled());
        auto *problem = dialog.findChild<QLabel *>(u"publishProblem"_s);
        QVERIFY(problem);
        QVERIFY2(problem->text().contains(u"09:00 KST"_s), qPrintable(problem->text()));
        dialog.setAction(PublishAction::Submit); // filing is not going live
        QVERIFY(send->isEnabled());
    }

    void settingsKeepAFolderTarget()
    {
        SettingsDialog settings;
        settings.showPage(SettingsDialog::TargetsPageIndex);
        TargetsPage *page = settings.targetsPage();
        QVERIFY(page);
        const QString folder = m_sites.filePath(u"archive"_s);
        whenModal<TargetAccountDialog>([folder](TargetAccountDialog *dialog) {
            dialog->findChild<QLineEdit *>(u"targetName"_s)->setText(u"archive"_s);
            auto *kind = dialog->findChild<QComboBox *>(u"targetKind"_s);
            kind->setCurrentIndex(kind->findData(TargetAccount::folderKind()));
            dialog->findChild<QLineEdit *>(u"targetPath"_s)->setText(folder);
            dialog->accept();
        });
        page->addTarget();
        const std::optional<TargetAccount> saved = TargetAccounts::find(u"archive"_s);
        QVERIFY(saved);
        QCOMPARE(saved->kind, TargetAccount::folderKind());
        QCOMPARE(saved->path, folder);
        QCOMPARE(page->currentAccount()->name, u"archive"_s);

        // Test signs in on a worker thread and says what the account may do.
        QSignalSpy finished(page, &TargetsPage::testFinished);
        page->testTarget();
        QVERIFY(page->isTesting());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY2(page->testResult().contains(u"Publish and schedule: yes"_s), qPrintable(page->testResult()));
        // `byline targets test` says the same, word for word: one test, one wording.
        const CliTest::Run cli = CliTest::run({u"targets"_s, u"test"_s, u"archive"_s});
        QCOMPARE(cli.code, 0);
        QCOMPARE(cli.out.trimmed(), page->testResult());

        page->makeDefault();
        QCOMPARE(TargetAccounts::defaultTarget(), u"archive"_s);

        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        page->removeTarget();
        QVERIFY(!TargetAccounts::find(u"archive"_s));
        QCOMPARE(TargetAccounts::defaultTarget(), TargetAccount::builtInName());
    }

    void settingsRefuseAnUnusableTarget()
    {
        // A "folder" that is a file: Test says why before any story is sent there.
        const QString file = m_sites.filePath(u"not-a-folder"_s);
        {
            QFile blocker(file);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        SettingsDialog settings;
        TargetsPage *page = settings.targetsPage();
        QString error;
        QVERIFY(TargetAccounts::save(folderAccount(u"broken"_s, file), &error));
        page->reload();
        page->selectAccount(u"broken"_s);
        QSignalSpy finished(page, &TargetsPage::testFinished);
        page->testTarget();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(page->testResult().contains(u"file"_s), qPrintable(page->testResult()));
        // The same failure in the same words from `byline targets test`.
        const CliTest::Run cli = CliTest::run({u"targets"_s, u"test"_s, u"broken"_s});
        QCOMPARE(cli.code, 1);
        QCOMPARE(cli.err.trimmed(), page->testResult());

        // A name the queue could not use is refused in the dialog, which stays open.
        bool stayedOpen = false;
        whenModal<TargetAccountDialog>([&stayedOpen](TargetAccountDialog *dialog) {
            dialog->findChild<QLineEdit *>(u"targetName"_s)->setText(u"no spaces please"_s);
            dialog->findChild<QLineEdit *>(u"targetPath"_s)->setText(u"/tmp"_s);
            dialog->accept();
            auto *message = dialog->findChild<QLabel *>(u"targetError"_s);
            stayedOpen = dialog->isVisible() && message->isVisibleTo(dialog) && !message->text().isEmpty();
            dialog->reject();
        });
        page->addTarget();
        QVERIFY(stayedOpen);
        QVERIFY(!TargetAccounts::find(u"no spaces please"_s));
    }

    void wordPressPasswordGoesOnlyToTheKeychain()
    {
        {
            QString probe;
            if (!CredentialStore::store(u"probe"_s, u"probe"_s, u"x"_s, &probe))
                QSKIP("no Secret Service here; ctest runs this test under tests/support/with-secret-service");
            CredentialStore::remove(u"probe"_s, u"probe"_s, &probe);
        }
        const QString password = u"abcd EFGH 1234 ijkl MNOP 5678"_s;
        SettingsDialog settings;
        TargetsPage *page = settings.targetsPage();
        whenModal<TargetAccountDialog>([&](TargetAccountDialog *dialog) {
            dialog->findChild<QLineEdit *>(u"targetName"_s)->setText(u"desk"_s);
            auto *kind = dialog->findChild<QComboBox *>(u"targetKind"_s);
            kind->setCurrentIndex(kind->findData(TargetAccount::wordPressKind()));
            dialog->findChild<QLineEdit *>(u"targetUrl"_s)->setText(u"http://127.0.0.1:9"_s);
            dialog->findChild<QLineEdit *>(u"targetUser"_s)->setText(u"desk"_s);
            dialog->findChild<QLineEdit *>(u"targetPassword"_s)->setText(password);
            dialog->accept(); // stores the password on a worker thread, then closes
        });
        page->addTarget();
        const std::optional<TargetAccount> saved = TargetAccounts::find(u"desk"_s);
        QVERIFY(saved);
        QCOMPARE(saved->url, QUrl(u"http://127.0.0.1:9"_s));
        QCOMPARE(saved->user, u"desk"_s);
        QString error;
        QCOMPARE(CredentialStore::password(u"desk"_s, u"desk"_s, &error).value_or(QString()), password);

        // Edited with the password left empty: the stored one stays.
        page->selectAccount(u"desk"_s);
        whenModal<TargetAccountDialog>([](TargetAccountDialog *dialog) {
            QVERIFY(dialog->findChild<QLineEdit *>(u"targetPassword"_s)->text().isEmpty());
            dialog->findChild<QLineEdit *>(u"targetUrl"_s)->setText(u"http://127.0.0.1:10"_s);
            dialog->accept();
        });
        page->editTarget();
        QCOMPARE(TargetAccounts::find(u"desk"_s)->url, QUrl(u"http://127.0.0.1:10"_s));
        QCOMPARE(CredentialStore::password(u"desk"_s, u"desk"_s, &error).value_or(QString()), password);

        // Nothing of it in the settings file.
        QSettings().sync();
        QFile file(QSettings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("127.0.0.1:10"));
        QVERIFY(!stored.contains(password.toUtf8()));
        QVERIFY(!stored.contains("abcd"));
        CredentialStore::remove(u"desk"_s, u"desk"_s, &error);
    }

    // A picture of the dock with a story done, one held and one on its way;
    // written when BYLINE_SCREENSHOT_DIR names a folder (docs/images).
    void dockShowsDoneHeldAndProgress()
    {
        const QString blocker = m_sites.filePath(u"blocked-site"_s);
        {
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QString error;
        QVERIFY(TargetAccounts::save(folderAccount(u"desk-site"_s, blocker), &error));
        QTemporaryDir library;
        std::unique_ptr<MainWindow> window = openWindow(library);
        QVERIFY(window);
        PublishDock *dock = window->publishDock();
        const qint64 done = publishThroughDialog(*window, u"site"_s, PublishAction::Publish);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(dock, done), PublishState::Done, 60000);
        const qint64 held = publishThroughDialog(*window, u"desk-site"_s, PublishAction::Submit);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(dock, held), PublishState::Held, 30000);

        // A second story on its way with its photos, as the queue reports it.
        window->publishService()->stop();
        Article second = Article::create();
        second.headline = u"산업협력위원회 첫 회의, 지역 대학 12곳 참여"_s;
        QVERIFY(window->library()->articleStore().insertArticle(second));
        std::optional<PublishJob> sending =
            Outbox(*window->library()).enqueue(second.id, u"site"_s, PublishAction::Publish);
        QVERIFY(sending);
        dock->model()->reload();
        sending->state = PublishState::UploadingPhotos;
        sending->message = u"Uploading 3 photos…"_s;
        sending->bytesDone = 1258291;
        sending->bytesTotal = 5033164;
        dock->model()->applyChange(*sending);
        const QModelIndex progress = dock->model()->indexOfJob(sending->id, PublishJobModel::ProgressColumn);
        QCOMPARE(progress.data().toString(), u"1.2 MB of 4.8 MB"_s);
        QCOMPARE(progress.data(PublishJobModel::ProgressRole).toInt(), 25);
        dock->selectJob(held);
        QVERIFY(dock->retryAction()->isEnabled());
        // The picture shows the held row in its own colour, not the selection's.
        dock->selectJob(done);
        QVERIFY(dock->openAction()->isEnabled());

        const QString directory = qEnvironmentVariable("BYLINE_SCREENSHOT_DIR");
        if (directory.isEmpty())
            return;
        QTest::qWait(300); // the preview settles
        QVERIFY(QDir().mkpath(directory));
        const QString path = QDir(directory).filePath(u"publish-dock.png"_s);
        QVERIFY(window->grab().save(path, "PNG"));
    }
};

QTEST_MAIN(tst_PublishDock)
#include "tst_publishdock.moc"
