#include "mainwindow.h"

#include "aboutdialog.h"
#include "article/samplearticle.h"
#include "articleview.h"
#include "common/logging.h"
#include "common/settings.h"
#include "library/articlelistmodel.h"
#include "previewpane.h"
#include "settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {
const Setting<QByteArray> geometrySetting {"mainwindow/geometry", {}};
const Setting<QByteArray> stateSetting {"mainwindow/state", {}};
const Setting<qint64> lastArticleSetting {"mainwindow/lastArticle", 0};
constexpr int layoutVersion = 1;

QWidget *placeholder(const QString &text)
{
    auto *label = new QLabel(text);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setMargin(12);
    return label;
}
} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("Byline"));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);

    m_articleView = new ArticleView(this);
    setCentralWidget(m_articleView);
    m_articleModel = new ArticleListModel(&m_library, this);

    createDocks();
    createActions();

    m_libraryLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_libraryLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    restoreLayout();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addDock(
    const QString &objectName, const QString &title, QWidget *widget, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() keys docks by object name
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_articleList = new QTableView;
    m_articleList->setObjectName(u"articleList"_s);
    m_articleList->setModel(m_articleModel);
    m_articleList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_articleList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_articleList->verticalHeader()->hide();
    m_articleList->setShowGrid(false);
    m_articleList->setWordWrap(false);
    m_articleList->horizontalHeader()->setSectionResizeMode(ArticleListModel::HeadlineColumn, QHeaderView::Stretch);
    m_articleList->horizontalHeader()->setSectionResizeMode(
        ArticleListModel::StatusColumn, QHeaderView::ResizeToContents);
    m_articleList->horizontalHeader()->setSectionResizeMode(
        ArticleListModel::ModifiedColumn, QHeaderView::ResizeToContents);
    connect(m_articleList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                openArticle(current.data(ArticleListModel::ArticleIdRole).toLongLong());
        });
    m_articlesDock = addDock(u"articlesDock"_s, tr("Articles"), m_articleList, Qt::LeftDockWidgetArea);

    auto *photos = addDock(
        u"photosDock"_s, tr("Photos"), placeholder(tr("Photos of this article appear here.")), Qt::LeftDockWidgetArea);
    splitDockWidget(m_articlesDock, photos, Qt::Vertical);

    m_preview = new PreviewPane(this);
    m_previewDock = addDock(u"previewDock"_s, tr("Preview"), m_preview, Qt::RightDockWidgetArea);

    m_queueView = new QTreeView;
    m_queueView->setObjectName(u"queueView"_s);
    auto *queueModel = new QStandardItemModel(0, 5, m_queueView);
    queueModel->setHorizontalHeaderLabels({tr("Article"), tr("Target"), tr("Action"), tr("State"), tr("Progress")});
    m_queueView->setModel(queueModel);
    m_queueView->setRootIsDecorated(false);
    auto *queueBox = new QWidget;
    auto *queueLayout = new QVBoxLayout(queueBox);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addWidget(m_queueView);
    m_queueDock = addDock(u"queueDock"_s, tr("Publish Queue"), queueBox, Qt::BottomDockWidgetArea);
}

void MainWindow::createActions()
{
    // Every action has an id (its object name) so shortcuts can be customised later.
    auto action = [this](
                      const char *id, const QString &text, QKeySequence::StandardKey key = QKeySequence::UnknownKey) {
        auto *a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(id));
        if (key != QKeySequence::UnknownKey)
            a->setShortcuts(key);
        return a;
    };

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = action("file.new", tr("&New Article"), QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &MainWindow::newArticle);
    fileMenu->addAction(newAction);
    QAction *saveAction = action("file.save", tr("&Save Revision"), QKeySequence::Save);
    saveAction->setEnabled(false);
    fileMenu->addAction(saveAction);
    fileMenu->addSeparator();
    QAction *importAction = action("file.import", tr("&Import…"));
    importAction->setEnabled(false);
    fileMenu->addAction(importAction);
    QAction *exportAction = action("file.export", tr("&Export…"));
    exportAction->setEnabled(false);
    fileMenu->addAction(exportAction);
    fileMenu->addSeparator();
    QAction *quitAction = action("file.quit", tr("&Quit"), QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    fileMenu->addAction(quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    // Until the editor has its own undo stack these act on the focused field.
    const struct
    {
        const char *id;
        QString text;
        QKeySequence::StandardKey key;
        const char *slot;
    } editActions[] = {
        {"edit.undo", tr("&Undo"), QKeySequence::Undo, "undo"},
        {"edit.redo", tr("&Redo"), QKeySequence::Redo, "redo"},
        {"edit.cut", tr("Cu&t"), QKeySequence::Cut, "cut"},
        {"edit.copy", tr("&Copy"), QKeySequence::Copy, "copy"},
        {"edit.paste", tr("&Paste"), QKeySequence::Paste, "paste"},
        {"edit.selectAll", tr("Select &All"), QKeySequence::SelectAll, "selectAll"},
    };
    for (const auto &entry : editActions) {
        QAction *a = action(entry.id, entry.text, entry.key);
        const char *slot = entry.slot;
        connect(a, &QAction::triggered, this, [slot] {
            if (QWidget *focus = QApplication::focusWidget())
                QMetaObject::invokeMethod(focus, slot);
        });
        editMenu->addAction(a);
        if (qstrcmp(entry.id, "edit.redo") == 0)
            editMenu->addSeparator();
    }
    editMenu->addSeparator();
    QAction *findAction = action("edit.find", tr("&Find and Replace…"), QKeySequence::Find);
    findAction->setEnabled(false);
    editMenu->addAction(findAction);
    editMenu->addSeparator();
    QAction *settingsAction = action("edit.preferences", tr("&Settings…"), QKeySequence::Preferences);
    if (settingsAction->shortcuts().isEmpty())
        settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    editMenu->addAction(settingsAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setObjectName(u"view."_s + dock->objectName());
        m_viewMenu->addAction(toggle);
    }
    m_viewMenu->addSeparator();
    QAction *fullScreenAction = action("view.fullScreen", tr("&Full Screen"), QKeySequence::FullScreen);
    fullScreenAction->setCheckable(true);
    connect(fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    m_viewMenu->addAction(fullScreenAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = action("help.about", tr("&About Byline"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    helpMenu->addAction(aboutAction);
    QAction *aboutQtAction = action("help.aboutQt", tr("About &Qt"));
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    helpMenu->addAction(aboutQtAction);
}

bool MainWindow::openLibrary()
{
    const QString directory =
        m_options.libraryDirectory.isEmpty() ? Library::defaultDirectory() : m_options.libraryDirectory;
    if (!m_library.open(directory))
        return false;
    m_libraryLabel->setText(tr("Library: %1").arg(QDir::toNativeSeparators(m_library.directory())));

    if (m_library.articleCount() == 0) {
        // First start: a real Korean story instead of an empty window.
        Article sample = sampleArticle();
        if (m_library.insertArticle(sample)) {
            qCInfo(lcApp) << "added the sample article to an empty library";
            lastArticleSetting.setValue(sample.id);
        }
    }
    m_countLabel->setText(tr("%n article(s)", nullptr, m_library.articleCount()));

    qint64 id = lastArticleSetting.value();
    if (!m_library.article(id)) {
        const QList<ArticleSummary> articles = m_library.articles();
        id = articles.isEmpty() ? 0 : articles.constFirst().id;
    }
    if (id)
        openArticle(id);
    return true;
}

void MainWindow::openArticle(qint64 id)
{
    if (id == m_currentArticleId)
        return;
    const std::optional<Article> article = m_library.article(id);
    if (!article)
        return;
    m_currentArticleId = id;
    m_articleView->setArticle(*article);
    m_preview->setArticle(*article);
    setWindowTitle(article->headline.isEmpty() ? tr("Byline") : article->headline);
    const QModelIndex index = m_articleModel->indexOfArticle(id);
    if (index.isValid())
        m_articleList->setCurrentIndex(index);
    if (m_options.screenshotFile.isEmpty())
        lastArticleSetting.setValue(id);
}

void MainWindow::newArticle()
{
    Article article = Article::create();
    if (!m_library.insertArticle(article)) {
        QMessageBox::warning(this, tr("New Article"), m_library.errorString());
        return;
    }
    m_countLabel->setText(tr("%n article(s)", nullptr, m_library.articleCount()));
    openArticle(article.id);
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = geometrySetting.value();
    if (geometry.isEmpty() || !m_options.screenshotFile.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1440, 900);
        resize(QSize(1440, 900).boundedTo(available.size()));
    }
    // Proportions for a first start; a saved layout overrides them.
    resizeDocks({m_articlesDock, m_previewDock}, {width() * 22 / 100, width() * 42 / 100}, Qt::Horizontal);
    resizeDocks({m_queueDock}, {height() / 6}, Qt::Vertical);
    if (m_options.screenshotFile.isEmpty())
        restoreState(stateSetting.value(), layoutVersion);
}

void MainWindow::saveLayout()
{
    if (!m_options.screenshotFile.isEmpty())
        return; // a screenshot run must not change the user's layout
    geometrySetting.setValue(saveGeometry());
    stateSetting.setValue(saveState(layoutVersion));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_options.screenshotFile.isEmpty() || m_screenshotTaken)
        return;
    m_screenshotTaken = true;
    // Wait for both previews (or give up after a while) so the picture shows them.
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, &MainWindow::takeScreenshot);
    connect(m_preview, &PreviewPane::ready, deadline, [deadline] { deadline->start(400); });
    deadline->start(m_preview->isReady() ? 400 : 15000);
}

void MainWindow::takeScreenshot()
{
    QPixmap picture;
    if (QScreen *s = screen(); s && windowHandle())
        picture = s->grabWindow(windowHandle()->winId());
    if (picture.isNull() || picture.size().isEmpty())
        picture = grab();
    const bool saved = picture.save(m_options.screenshotFile, "PNG");
    if (saved)
        qCInfo(lcApp).noquote() << "screenshot saved to" << m_options.screenshotFile;
    else
        qCWarning(lcApp).noquote() << "could not save the screenshot to" << m_options.screenshotFile;
    QCoreApplication::exit(saved ? 0 : 1);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this, m_library.directory());
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

} // namespace Byline
