#include "aboutdialog.h"
#include "common/settings.h"
#include "common/translations.h"
#include "mainwindow.h"
#include "noticebar.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

using namespace Qt::StringLiterals;
using namespace Byline;

class tst_MainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    MainWindow::Options optionsFor(const QTemporaryDir &dir) { return {dir.path(), QString()}; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init() { QSettings().clear(); }

    void firstStartOpensTheSampleArticle()
    {
        QTemporaryDir library;
        MainWindow window(optionsFor(library));
        QVERIFY(window.openLibrary());
        QCOMPARE(window.library()->articleStore().articleCount(), 1);
        QVERIFY(window.currentArticleId() > 0);
        const std::optional<Article> article = window.library()->articleStore().article(window.currentArticleId());
        QVERIFY(article.has_value());
        QVERIFY(article->headline.contains(u"수달"_s));
        auto *headline = window.findChild<QLineEdit *>(u"headline"_s);
        QVERIFY(headline);
        QCOMPARE(headline->text(), article->headline);
        QCOMPARE(window.windowTitle(), article->headline);
    }

    void sampleIsAddedOnlyToAnEmptyLibrary()
    {
        QTemporaryDir library;
        {
            MainWindow first(optionsFor(library));
            QVERIFY(first.openLibrary());
        }
        MainWindow second(optionsFor(library));
        QVERIFY(second.openLibrary());
        QCOMPARE(second.library()->articleStore().articleCount(), 1);
        // The list shows what the library already held.
        auto *list = second.findChild<QAbstractItemView *>(u"articleList"_s);
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->currentIndex().row(), 0);
    }

    void noSampleWhenStartedToOpenAFile()
    {
        QTemporaryDir library;
        MainWindow::Options options = optionsFor(library);
        options.sampleOnFirstStart = false;
        MainWindow window(options);
        QVERIFY(window.openLibrary());
        QCOMPARE(window.library()->articleStore().articleCount(), 0);
    }

    void unusableLibraryIsReported()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        MainWindow window({dir.filePath(u"file/lib"_s), QString()});
        QVERIFY(!window.openLibrary());
        QVERIFY(!window.libraryError().isEmpty());
    }

    void layoutIsRestoredOnTheNextStart()
    {
        QTemporaryDir library;
        QSize size;
        {
            MainWindow window(optionsFor(library));
            QVERIFY(window.openLibrary());
            window.resize(1100, 760);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *photos = window.findChild<QDockWidget *>(u"photosDock"_s);
            QVERIFY(photos);
            photos->hide();
            size = window.size();
            window.close();
        }
        MainWindow window(optionsFor(library));
        QVERIFY(window.openLibrary());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), size);
        QVERIFY(!window.findChild<QDockWidget *>(u"photosDock"_s)->isVisible());
        QVERIFY(window.findChild<QDockWidget *>(u"previewDock"_s)->isVisible());
        // Publishing stays out of the way until the library has a job.
        QVERIFY(!window.findChild<QDockWidget *>(u"publishDock"_s)->isVisible());
        QVERIFY(window.findChild<QDockWidget *>(u"articlesDock"_s)->isVisible());
    }

    void windowShrinksAfterGrowing()
    {
        // The preview sizes its phone from its height; that must not become
        // the window's minimum (a laptop screen after a big monitor).
        QTemporaryDir library;
        MainWindow window(optionsFor(library));
        QVERIFY(window.openLibrary());
        window.resize(1400, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(200);
        window.resize(1000, 640);
        QTRY_COMPARE(window.height(), 640);
        QVERIFY(window.minimumSizeHint().height() <= 640);
    }

    void actionsUseStandardShortcuts_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QKeySequence::StandardKey>("key");
        QTest::newRow("new") << u"file.new"_s << QKeySequence::New;
        QTest::newRow("save") << u"file.save"_s << QKeySequence::Save;
        QTest::newRow("quit") << u"file.quit"_s << QKeySequence::Quit;
        QTest::newRow("undo") << u"edit.undo"_s << QKeySequence::Undo;
        QTest::newRow("redo") << u"edit.redo"_s << QKeySequence::Redo;
        QTest::newRow("find") << u"edit.find"_s << QKeySequence::Find;
    }

    void actionsUseStandardShortcuts()
    {
        QFETCH(QString, id);
        QFETCH(QKeySequence::StandardKey, key);
        QTemporaryDir library;
        MainWindow window(optionsFor(library));
        auto *action = window.findChild<QAction *>(id);
        QVERIFY2(action, qPrintable(id));
        QCOMPARE(action->shortcuts(), QKeySequence::keyBindings(key));
    }

    void newArticleIsStoredAndOpened()
    {
        QTemporaryDir library;
        MainWindow window(optionsFor(library));
        QVERIFY(window.openLibrary());
        const qint64 sample = window.currentArticleId();
        window.findChild<QAction *>(u"file.new"_s)->trigger();
        QCOMPARE(window.library()->articleStore().articleCount(), 2);
        QVERIFY(window.currentArticleId() != sample);
    }

    void aboutShowsVersions()
    {
        AboutDialog dialog(nullptr, u"/tmp/lib"_s);
        const QString chromium = QString::fromLatin1(qWebEngineChromiumVersion());
        QVERIFY(chromium.count(u'.') == 3);
        bool sawChromium = false;
        bool sawQt = false;
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        for (QLabel *label : labels) {
            sawChromium = sawChromium || label->text() == chromium;
            sawQt = sawQt || label->text().startsWith(QString::fromLatin1(qVersion()));
        }
        QVERIFY(sawChromium);
        QVERIFY(sawQt);
    }

    void importKeepsGoingPastABadFile()
    {
        QTemporaryDir library;
        MainWindow window(optionsFor(library));
        QVERIFY(window.openLibrary());
        QTemporaryDir files;
        Article article = Article::create();
        article.headline = u"가져온 기사"_s;
        QFile good(files.filePath(u"good.json"_s));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(QJsonDocument(article.toJson()).toJson());
        good.close();
        QFile bad(files.filePath(u"bad.byline"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("this is not a package");
        bad.close();

        window.importFiles(
            {files.filePath(u"bad.byline"_s), files.filePath(u"good.json"_s), files.filePath(u"missing.html"_s)});
        QCOMPARE(window.library()->articleStore().articleCount(), 2); // the sample and the good one
        QCOMPARE(window.library()->articleStore().article(window.currentArticleId())->headline, u"가져온 기사"_s);
        const QString notice = window.noticeBar()->text();
        QVERIFY2(notice.contains(u"bad.byline"_s) && notice.contains(u"missing.html"_s), qPrintable(notice));
    }

    void listSearchAndStatusFilter()
    {
        QTemporaryDir library;
        MainWindow window(optionsFor(library));
        QVERIFY(window.openLibrary());
        Article other = Article::create();
        other.headline = u"산업협력위원회 첫 회의"_s;
        other.status = ArticleStatus::Submitted;
        QVERIFY(window.library()->articleStore().insertArticle(other));
        auto *list = window.findChild<QAbstractItemView *>(u"articleList"_s);
        QTRY_COMPARE(list->model()->rowCount(), 2);

        auto *search = window.findChild<QLineEdit *>(u"articleSearch"_s);
        search->setText(u"산업협력"_s);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), other.headline);
        search->clear();
        QTRY_COMPARE(list->model()->rowCount(), 2);

        auto *status = window.findChild<QComboBox *>(u"statusFilter"_s);
        status->setCurrentIndex(status->findData(int(ArticleStatus::Draft)));
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(list->model()->index(0, 0).data().toString().contains(u"수달"_s));
    }

    // Last: installing translators changes the whole process.
    void koreanMenus()
    {
        I18n::install(qApp, u"ko"_s);
        QTemporaryDir library;
        MainWindow window(optionsFor(library));
        QStringList titles;
        const QList<QAction *> menus = window.menuBar()->actions();
        for (QAction *menu : menus)
            titles << menu->text();
        QCOMPARE(titles.first(), u"파일(&F)"_s);
        QVERIFY(titles.contains(u"도움말(&H)"_s));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
