#pragma once

#include "library/library.h"

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QLabel;
class QTableView;
class QTreeView;

namespace Byline {

class ArticleListModel;
class ArticleView;
class PreviewPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        QString libraryDirectory; // empty: the user's default library
        QString screenshotFile; // set: save a PNG of the window once shown, then quit
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the library; on first start with an empty library, adds the
    // sample article. Returns false with libraryError() set.
    bool openLibrary();
    QString libraryError() const { return m_library.errorString(); }

    Library *library() { return &m_library; }
    qint64 currentArticleId() const { return m_currentArticleId; }
    void openArticle(qint64 id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createDocks();
    QDockWidget *addDock(const QString &objectName, const QString &title, QWidget *widget, Qt::DockWidgetArea area);
    void restoreLayout();
    void saveLayout();
    void newArticle();
    void showAbout();
    void showSettings();
    void takeScreenshot();

    Options m_options;
    Library m_library;
    ArticleListModel *m_articleModel = nullptr;
    ArticleView *m_articleView = nullptr;
    PreviewPane *m_preview = nullptr;
    QTableView *m_articleList = nullptr;
    QTreeView *m_queueView = nullptr;
    QLabel *m_libraryLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QMenu *m_viewMenu = nullptr;
    QDockWidget *m_articlesDock = nullptr;
    QDockWidget *m_previewDock = nullptr;
    QDockWidget *m_queueDock = nullptr;
    qint64 m_currentArticleId = 0;
    bool m_screenshotTaken = false;
};

} // namespace Byline
