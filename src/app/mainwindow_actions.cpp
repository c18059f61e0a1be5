#include "mainwindow.h"

// The window's menus, actions and shortcuts, and the dialogs they open.

#include "aboutdialog.h"
#include "appsettings.h"
#include "article/articledocument.h"
#include "article/samplearticle.h"
#include "common/logging.h"
#include "common/settings.h"
#include "desk/deskdock.h"
#include "editor/articleeditor.h"
#include "editor/bodyeditor.h"
#include "editor/finddialog.h"
#include "library/articlelistmodel.h"
#include "library/editingsession.h"
#include "library/librarylock.h"
#include "media/photoimport.h"
#include "noticebar.h"
#include "package/articlefiles.h"
#include "photos/photopanel.h"
#include "photos/thumbnailcache.h"
#include "preview/previewpane.h"
#include "publish/publishdialog.h"
#include "publish/publishdock.h"
#include "publish/publishjobmodel.h"
#include "publish/publishservice.h"
#include "render/publication.h"
#include "render/templatepack.h"
#include "settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QStatusBar>
#include <QTableView>
#include <QTextCursor>
#include <QTimeZone>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QVBoxLayout>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace Byline {

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
    saveAction->setToolTip(tr("Your text is saved as you type; this keeps a named revision to go back to."));
    connect(saveAction, &QAction::triggered, this, [this] { saveRevision(); });
    fileMenu->addAction(saveAction);
    QAction *saveAsAction = action("file.saveAs", tr("Save Revision &As…"), QKeySequence::SaveAs);
    connect(saveAsAction, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Save Revision"), tr("Name of this revision:"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            saveRevision(name);
    });
    fileMenu->addAction(saveAsAction);
    fileMenu->addSeparator();
    QAction *importAction = action("file.import", tr("&Import…"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(importAction, &QAction::triggered, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Import Articles"), QString(), tr("Articles (*.byline *.json *.html *.htm);;All files (*)"));
        importFiles(paths);
    });
    fileMenu->addAction(importAction);
    QAction *exportAction = action("file.export", tr("&Export…"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportCurrent);
    fileMenu->addAction(exportAction);
    fileMenu->addSeparator();
    QAction *quitAction = action("file.quit", tr("&Quit"), QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    fileMenu->addAction(quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    // One undo history for the whole article: fields and body alike.
    QAction *undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(u"edit.undo"_s);
    undoAction->setShortcuts(QKeySequence::Undo);
    editMenu->addAction(undoAction);
    QAction *redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(u"edit.redo"_s);
    redoAction->setShortcuts(QKeySequence::Redo);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    // These act on the focused field.
    const struct
    {
        const char *id;
        QString text;
        QKeySequence::StandardKey key;
        const char *slot;
    } editActions[] = {
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
    }
    editMenu->addSeparator();
    QAction *findAction = action("edit.find", tr("&Find and Replace…"), QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, &MainWindow::showFind);
    editMenu->addAction(findAction);
    editMenu->addSeparator();
    QAction *settingsAction = action("edit.preferences", tr("&Settings…"), QKeySequence::Preferences);
    if (settingsAction->shortcuts().isEmpty())
        settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    editMenu->addAction(settingsAction);

    QMenu *articleMenu = menuBar()->addMenu(tr("&Article"));
    QAction *publishAction = action("article.publish", tr("&Publish…"));
    publishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    publishAction->setToolTip(tr("Send this story to the site: as a draft, for review, now or at a set time"));
    connect(publishAction, &QAction::triggered, this, &MainWindow::publishCurrent);
    articleMenu->addAction(publishAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setObjectName(u"view."_s + dock->objectName());
        m_viewMenu->addAction(toggle);
    }
    QAction *deskAction = action("view.desk", tr("Go to the &Desk"));
    deskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(deskAction, &QAction::triggered, this, [this] {
        m_deskDock->show();
        m_deskDock->raise();
        m_deskDock->view()->setFocus();
    });
    m_viewMenu->addAction(deskAction);
    m_viewMenu->addSeparator();
    QAction *sourceAction = action("view.source", tr("HTML &Source"));
    sourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(sourceAction, &QAction::triggered, this, [this] {
        if (m_editor->isShowingSource())
            m_editor->showEditor();
        else
            m_editor->showSource();
    });
    m_viewMenu->addAction(sourceAction);
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

void MainWindow::showAbout()
{
    AboutDialog dialog(this, m_library.directory());
    dialog.exec();
}

void MainWindow::showFind()
{
    if (!m_findDialog)
        m_findDialog = new FindDialog(m_editor, this);
    // Start from what is selected, as word processors do.
    const QString selected = m_editor->bodyEditor()->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_findDialog->setNeedle(selected);
    m_findDialog->show();
    m_findDialog->raise();
    m_findDialog->activateWindow();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_editor->refreshStats(); // a new length target shows at once
}

} // namespace Byline
