#pragma once

#include "article/textstats.h"
#include "desk/deskopener.h"
#include "desk/deskstory.h"
#include "desk/deskwatcher.h"
#include "library/autosaver.h"
#include "library/library.h"
#include "render/publication.h"
#include "render/templatepack.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDockWidget;
class QLabel;
class QTableView;
class QComboBox;
class QLineEdit;
class QProgressBar;
class QUndoGroup;

namespace Byline {

class ArticleDocument;
class ArticleEditor;
class ArticleListModel;
class DeskDock;
class DeskInboxModel;
class DeskNotesPanel;
class DeskNotifier;
class DeskWatcher;
class LockKeeper;
class EditingSession;
class FindDialog;
class LibraryLock;
class NoticeBar;
class PhotoPanel;
struct Photo;
class PreviewPane;
class PublishDock;
class PublishJobModel;
class PublishService;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        QString libraryDirectory; // empty: the user's default library
        QString screenshotFile; // set: save a PNG of the window once shown, then quit
        bool showSource = false; // start in the HTML source view
        // A first start to open a file (a double-clicked package) shows that
        // file, not the sample article.
        bool sampleOnFirstStart = true;
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the library; on first start with an empty library, adds the
    // sample article (unless the options say not to). Returns false with libraryError() set.
    bool openLibrary();
    QString libraryError() const { return m_libraryError; }

    Library *library() { return &m_library; }
    qint64 currentArticleId() const { return m_currentArticleId; }
    void openArticle(qint64 id);
    ArticleEditor *editor() const { return m_editor; }
    ArticleDocument *document() const { return m_document.get(); }
    Autosaver *autosaver() { return &m_autosaver; }
    NoticeBar *noticeBar() const { return m_notice; }
    PhotoPanel *photoPanel() const { return m_photos; }
    // Puts the photo into the body at the cursor as a captioned figure.
    void insertPhoto(const Photo &photo);
    // Closes without asking anything (logout, SIGTERM): saves what it can;
    // if saving fails the session marker stays, so the next start warns.
    void closeForShutdown();
    // Ctrl+S: a named revision of what is in the editor now.
    bool saveRevision(const QString &name = {});
    // Adds each file (package, article JSON, web page) to the library; a bad
    // file is reported and the others still come in.
    void importFiles(const QStringList &paths);
    // Article > Publish…: saves what is in the editor, asks where and how,
    // and queues the story; the Publishing dock shows it at once.
    void publishCurrent();
    PublishDock *publishDock() const { return m_publishDock; }
    PublishService *publishService() const { return m_publishService; }

    // The desk (mainwindow_desk.cpp): the Desk dock over the chosen WordPress
    // target's inbox, the open story's lock and notes.
    DeskDock *deskDock() const { return m_deskDock; }
    DeskWatcher *deskWatcher() const { return m_deskWatcher; }
    DeskNotifier *deskNotifier() const { return m_deskNotifier; }
    NoticeBar *deskBar() const { return m_deskBar; }
    DeskNotesPanel *deskNotes() const { return m_deskNotes; }
    QAction *takeOverAction() const { return m_takeOver; }
    // Someone else holds the open story's lock: it is shown read-only with
    // who and since when, and Take over; nullopt makes it editable again.
    void showHeldBy(const std::optional<DeskLock> &heldBy);
    bool isReadOnly() const;
    // Asks first; true when the person chose to take the story over.
    bool confirmTakeOver();
    // Shows the desk's notes of the open story (a returned story's note also
    // in the notice bar).
    void showDeskNotes(const QList<DeskNote> &notes);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createDocks();
    QDockWidget *addDock(const QString &objectName, const QString &title, QWidget *widget, Qt::DockWidgetArea area);
    void restoreLayout();
    void saveLayout();
    void newArticle();
    void showAbout();
    void showFind();
    void applyListFilter();
    void exportCurrent();
    void showSettings();
    void takeScreenshot();
    void showStats(const TextStats &stats);
    void showSaveState();
    void autosaveFailed(const QString &message);
    // The outbox of the open library runs while the window is open.
    void startPublishing();
    void stopPublishing();
    // Shows the Publishing dock (hidden until the first job) at a useful height.
    void showPublishDock();
    void createDesk();
    void startDesk();
    void chooseDeskTarget(const QString &target);
    DeskWatcher::Cache deskCache(const QString &target);
    void openFromDesk(const DeskStory &story);
    void openFromDesk(const DeskStory &story, bool takeover);
    void showOpenedFromDesk(const QString &headline, const DeskOpener::Result &result);
    void fetchDeskNotes(qint64 articleId);
    void deskAction(const DeskStory &story, bool approve, const QString &note, const QDateTime &at);
    void showDeskStateOfOpenStory();
    void setDeskTimeZone(const QTimeZone &zone);

Q_SIGNALS:
    // The person confirmed taking over the open story (the lock keeper takes it).
    void takeOverRequested(qint64 articleId);

private:
    Options m_options;
    Library m_library;
    QString m_libraryError;
    std::unique_ptr<LibraryLock> m_lock;
    std::unique_ptr<EditingSession> m_session;
    std::unique_ptr<ArticleDocument> m_document;
    Autosaver m_autosaver;
    QUndoGroup *m_undoGroup = nullptr;
    ArticleListModel *m_articleModel = nullptr;
    ArticleEditor *m_editor = nullptr;
    NoticeBar *m_notice = nullptr;
    PhotoPanel *m_photos = nullptr;
    QPointer<FindDialog> m_findDialog;
    QLabel *m_statsLabel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_saveLabel = nullptr;
    QProgressBar *m_lengthBar = nullptr;
    PreviewPane *m_preview = nullptr;
    QTableView *m_articleList = nullptr;
    QLabel *m_libraryLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QMenu *m_viewMenu = nullptr;
    QDockWidget *m_articlesDock = nullptr;
    QDockWidget *m_photosDock = nullptr;
    QDockWidget *m_previewDock = nullptr;
    PublishDock *m_publishDock = nullptr;
    PublishJobModel *m_publishModel = nullptr;
    PublishService *m_publishService = nullptr;
    DeskDock *m_deskDock = nullptr;
    DeskInboxModel *m_deskModel = nullptr;
    DeskWatcher *m_deskWatcher = nullptr;
    DeskNotifier *m_deskNotifier = nullptr;
    NoticeBar *m_deskBar = nullptr;
    DeskNotesPanel *m_deskNotes = nullptr;
    QAction *m_takeOver = nullptr;
    LockKeeper *m_lockKeeper = nullptr;
    QProgressBar *m_deskProgress = nullptr;
    bool m_deskOpening = false;
    QString m_returnNoteText; // the return note the notice bar shows
    Publication m_publication;
    qint64 m_currentArticleId = 0;
    bool m_screenshotTaken = false;
    bool m_shuttingDown = false;
};

} // namespace Byline
