#include "mainwindow.h"

#include "aboutdialog.h"
#include "appsettings.h"
#include "article/articledocument.h"
#include "article/samplearticle.h"
#include "common/logging.h"
#include "common/settings.h"
#include "desk/desknotespanel.h"
#include "desk/deskstore.h"
#include "desk/lockkeeper.h"
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
#include <QUndoGroup>
#include <QVBoxLayout>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {
const Setting<QByteArray> geometrySetting {"mainwindow/geometry", {}};
const Setting<QByteArray> stateSetting {"mainwindow/state", {}};
const Setting<qint64> lastArticleSetting {"mainwindow/lastArticle", 0};
constexpr int layoutVersion = 1;

} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("Byline"));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    // The preview keeps the whole height on the right (the phone is tall);
    // docks at the bottom (Publishing) sit under the articles and the editor.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setAcceptDrops(true); // .byline packages, article JSON and web pages

    m_undoGroup = new QUndoGroup(this);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_notice = new NoticeBar(centre);
    m_deskBar = new NoticeBar(centre);
    m_deskBar->setObjectName(u"deskBar"_s);
    m_deskBar->setClosable(false); // the story's state, not a message to dismiss
    m_deskNotes = new DeskNotesPanel(centre);
    m_editor = new ArticleEditor(centre);
    centreLayout->addWidget(m_notice);
    centreLayout->addWidget(m_deskBar);
    centreLayout->addWidget(m_deskNotes);
    centreLayout->addWidget(m_editor, 1);
    setCentralWidget(centre);
    m_articleModel = new ArticleListModel(&m_library, this);

    createDocks();
    createActions();

    m_libraryLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_saveLabel = new QLabel(this);
    m_saveLabel->setObjectName(u"saveState"_s);
    m_statsLabel = new QLabel(this);
    m_statsLabel->setObjectName(u"stats"_s);
    m_lengthBar = new QProgressBar(this);
    m_lengthBar->setObjectName(u"lengthTarget"_s);
    m_lengthBar->setMaximumWidth(160);
    m_lengthBar->setTextVisible(true);
    statusBar()->addWidget(m_saveLabel);
    statusBar()->addWidget(m_statsLabel, 1);
    statusBar()->addPermanentWidget(m_lengthBar);
    statusBar()->addPermanentWidget(m_countLabel);
    m_libraryLabel->hide(); // shown in About; the status bar is for the story

    connect(m_editor, &ArticleEditor::statsChanged, this, &MainWindow::showStats);
    // The open article's photos, as its document has them (a photo an Undo
    // brought back has no library row until the next autosave).
    m_editor->bodyEditor()->setPhotoResolver([this](const QString &photoId) {
        const std::optional<Photo> photo = m_document ? m_document->photo(photoId) : std::nullopt;
        return photo ? PhotoImport::thumbnail(m_library.directory(), *photo) : QImage();
    });
    connect(m_editor->bodyEditor(), &BodyEditor::pasteRefused, this,
        [this](const QString &message) { m_notice->showNotice(message, NoticeBar::Warning); });
    connect(&m_autosaver, &Autosaver::saved, this, &MainWindow::showSaveState);
    connect(&m_autosaver, &Autosaver::failed, this, &MainWindow::autosaveFailed);
    connect(&m_autosaver, &Autosaver::recovered, this,
        [this] { m_notice->showNotice(tr("Saving works again. Everything you wrote is in the library.")); });

    restoreLayout();
}

MainWindow::~MainWindow()
{
    stopPublishing();
    // The lock keeper writes to the library as it lets go: before the library goes.
    delete m_lockKeeper;
    m_lockKeeper = nullptr;
    // The editor and the autosaver let go of the article before it goes.
    m_autosaver.setDocument(nullptr);
    m_editor->setDocument(nullptr);
    m_preview->setSource(nullptr, nullptr);
}

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
    auto *articlesBox = new QWidget;
    auto *articlesLayout = new QVBoxLayout(articlesBox);
    articlesLayout->setContentsMargins(0, 0, 0, 0);
    articlesLayout->setSpacing(2);
    auto *filterRow = new QHBoxLayout;
    m_searchEdit = new QLineEdit(articlesBox);
    m_searchEdit->setObjectName(u"articleSearch"_s);
    m_searchEdit->setPlaceholderText(tr("Search headlines and text"));
    m_searchEdit->setClearButtonEnabled(true);
    m_statusFilter = new QComboBox(articlesBox);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->addItem(tr("All"), -1);
    for (ArticleStatus status :
        {ArticleStatus::Draft, ArticleStatus::Submitted, ArticleStatus::Approved, ArticleStatus::Published})
        m_statusFilter->addItem(articleStatusDisplayName(status), int(status));
    filterRow->addWidget(m_searchEdit, 1);
    filterRow->addWidget(m_statusFilter);
    articlesLayout->addLayout(filterRow);
    articlesLayout->addWidget(m_articleList, 1);
    // Search as the person types, once typing pauses.
    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(150);
    connect(m_searchEdit, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, &MainWindow::applyListFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyListFilter);
    m_articlesDock = addDock(u"articlesDock"_s, tr("Articles"), articlesBox, Qt::LeftDockWidgetArea);

    m_photos = new PhotoPanel(&m_library, this);
    connect(m_photos, &PhotoPanel::insertRequested, this, &MainWindow::insertPhoto);
    connect(m_photos, &PhotoPanel::message, this, [this](const QString &text, bool error) {
        if (error)
            m_notice->showNotice(text, NoticeBar::Warning);
        else
            statusBar()->showMessage(text, 4000);
    });
    m_photosDock = addDock(u"photosDock"_s, tr("Photos"), m_photos, Qt::LeftDockWidgetArea);
    splitDockWidget(m_articlesDock, m_photosDock, Qt::Vertical);

    m_preview = new PreviewPane(this);
    m_previewDock = addDock(u"previewDock"_s, tr("Preview"), m_preview, Qt::RightDockWidgetArea);
    // Publishing: the outbox's jobs, as the queue reports them.
    m_publishModel = new PublishJobModel(&m_library, this);
    m_publishService = new PublishService(m_library, this);
    createDesk(); // before the publication arrives: the desk shows its times in its zone

    // The publication's own look, at start and whenever Settings saves a new
    // one; a pack that cannot be used falls back to the built-in one, and the
    // notice says why.
    connect(m_preview, &PreviewPane::publicationChanged, this,
        [this, shown = QString()](
            const Publication &publication, const TemplatePack &, const QString &problem) mutable {
            m_publication = publication;
            const QTimeZone zone(publication.timeZone.toUtf8());
            m_publishModel->setTimeZone(zone);
            m_editor->setTimeZone(zone);
            setDeskTimeZone(zone);
            if (!problem.isEmpty())
                m_notice->showNotice(problem, NoticeBar::Warning);
            else if (!shown.isEmpty() && m_notice->text() == shown)
                m_notice->hide(); // the pack it warned about is gone
            shown = problem;
        });
    m_preview->followSavedPublication();
    m_publishDock = new PublishDock(m_publishService, m_publishModel, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_publishDock);
    connect(m_publishDock, &PublishDock::message, this, [this](const QString &text, bool error) {
        if (error)
            m_notice->showNotice(text, NoticeBar::Warning);
        else
            statusBar()->showMessage(text, 6000);
    });
    connect(m_publishModel, &PublishJobModel::held, this, [this](const PublishJob &job) {
        statusBar()->showMessage(tr("“%1” needs you: %2").arg(job.headline, job.message), 15000);
        showPublishDock();
    });
    // Hidden until there is something to show; the first job brings it up.
    connect(m_publishModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_publishModel->rowCount() == 1)
            showPublishDock();
    });
}

bool MainWindow::openLibrary()
{
    const QString directory =
        m_options.libraryDirectory.isEmpty() ? Library::defaultDirectory() : m_options.libraryDirectory;
    if (!m_library.open(directory)) {
        m_libraryError = m_library.errorString();
        return false;
    }
    // One window per library: two editors autosaving one article would
    // overwrite each other's keystrokes.
    m_lock = std::make_unique<LibraryLock>(m_library.directory());
    if (!m_lock->tryLock()) {
        m_libraryError = m_lock->errorString();
        m_library.close();
        return false;
    }
    m_libraryLabel->setText(tr("Library: %1").arg(QDir::toNativeSeparators(m_library.directory())));
    // A library file set aside at open: where it is and how many stories came back.
    if (const QString notice = m_library.recoveryNotice(); !notice.isEmpty())
        m_notice->showNotice(notice, NoticeBar::Error);
    m_session = std::make_unique<EditingSession>(m_library.directory());
    m_session->begin();
    QString autosaveError;
    if (!m_autosaver.start(m_library.directory(), &autosaveError))
        m_notice->showNotice(autosaveError, NoticeBar::Error);

    if (m_library.articleStore().articleCount() == 0 && m_options.sampleOnFirstStart) {
        // First start: a real Korean story instead of an empty window.
        Article sample = sampleArticle();
        if (m_library.articleStore().insertArticle(sample)) {
            qCInfo(lcApp) << "added the sample article to an empty library";
            lastArticleSetting.setValue(sample.id);
        }
    }
    m_countLabel->setText(tr("%n article(s)", nullptr, m_library.articleStore().articleCount()));

    qint64 id = lastArticleSetting.value();
    if (m_session->previousEndedUncleanly()) {
        if (m_library.articleStore().article(m_session->previousArticleId()))
            id = m_session->previousArticleId();
        m_notice->showNotice(tr("Byline did not close properly last time. Your article was recovered from the "
                                "autosave; at most the last second of typing may be missing."),
            NoticeBar::Warning);
        qCInfo(lcApp) << "recovered after an unclean exit; article" << id;
    }
    if (!m_library.articleStore().article(id)) {
        const QList<ArticleSummary> articles = m_library.articleStore().articles();
        id = articles.isEmpty() ? 0 : articles.constFirst().id;
    }
    if (id)
        openArticle(id);
    if (m_options.showSource)
        m_editor->showSource();

    m_publishModel->reload();
    if (m_publishModel->rowCount() == 0)
        m_publishDock->hide();
    // Jobs held since the last session wait for a person: say so at once.
    if (const int held = m_publishModel->countInState(PublishState::Held); held > 0) {
        showPublishDock();
        // Once the window is up: a message shown before would leave the
        // status bar's own labels drawn under it.
        QTimer::singleShot(0, this,
            [this, held] { statusBar()->showMessage(tr("Publishing: %n job(s) need you.", nullptr, held), 15000); });
    }
    startPublishing();
    startDesk();
    return true;
}

void MainWindow::openArticle(qint64 id)
{
    if (id == m_currentArticleId)
        return;
    m_autosaver.flush();
    // The lock of the story left behind goes back to the desk.
    if (m_lockKeeper && m_lockKeeper->isKeeping() && m_lockKeeper->articleId() != id)
        m_lockKeeper->release();
    const std::optional<Article> article = m_library.articleStore().article(id);
    if (!article)
        return;
    m_currentArticleId = id;
    auto document = std::make_unique<ArticleDocument>(*article, m_library.photoStore().photos(id));
    m_undoGroup->addStack(document->undoStack());
    m_undoGroup->setActiveStack(document->undoStack());
    m_editor->setDocument(document.get());
    m_autosaver.setDocument(document.get());
    m_photos->setDocument(document.get());
    connect(document.get(), &ArticleDocument::changed, this, [this](ArticleDocument::Field field) {
        using F = ArticleDocument::Field;
        if (field == F::Headline || field == F::Status || field == F::Section || field == F::Reporters) {
            Article shown = m_document->metadata();
            shown.modified = QDateTime::currentDateTimeUtc();
            m_articleModel->refreshArticle(shown);
            if (field == F::Headline)
                setWindowTitle(shown.headline.isEmpty() ? tr("Byline") : shown.headline);
        }
    });
    m_document = std::move(document); // the old one goes after nothing refers to it
    m_preview->setSource(m_document.get(), &m_library);
    if (m_session)
        m_session->setArticle(id);
    showSaveState();
    // A new story starts at its headline; a story in progress where it ends.
    if (article->headline.isEmpty()) {
        m_editor->headlineEdit()->setFocus();
    } else {
        QTextCursor end = m_editor->bodyEditor()->textCursor();
        end.movePosition(QTextCursor::End);
        m_editor->bodyEditor()->setTextCursor(end);
        m_editor->bodyEditor()->setFocus();
    }
    setWindowTitle(article->headline.isEmpty() ? tr("Byline") : article->headline);
    const QModelIndex index = m_articleModel->indexOfArticle(id);
    if (index.isValid())
        m_articleList->setCurrentIndex(index);
    if (m_options.screenshotFile.isEmpty())
        lastArticleSetting.setValue(id);
    // A story opened from the desk that someone else holds stays read-only.
    const std::optional<DeskLink> link = m_library.deskStore().link(id);
    showHeldBy(link ? link->heldBy : std::nullopt);
    showDeskStateOfOpenStory();
}

void MainWindow::newArticle()
{
    Article article = Article::create();
    if (!m_library.articleStore().insertArticle(article)) {
        QMessageBox::warning(this, tr("New Article"), m_library.errorString());
        return;
    }
    m_countLabel->setText(tr("%n article(s)", nullptr, m_library.articleStore().articleCount()));
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
    // The left column fits two columns of photo thumbnails.
    resizeDocks(
        {m_articlesDock, m_previewDock}, {std::max(width() * 23 / 100, 340), width() * 44 / 100}, Qt::Horizontal);
    resizeDocks({m_articlesDock, m_photosDock}, {height() * 22 / 100, height() * 58 / 100}, Qt::Vertical);
    resizeDocks({m_publishDock}, {height() / 5}, Qt::Vertical);
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
    const bool saved = m_autosaver.flush();
    if (!saved && m_shuttingDown) {
        qCWarning(lcApp) << "shutting down with unsaved changes:" << m_autosaver.lastError();
        saveLayout();
        event->accept();
        return; // the session marker stays: the next start says so
    }
    if (!saved && m_options.screenshotFile.isEmpty()) {
        // Never lose words silently: the person decides.
        const auto answer = QMessageBox::warning(this, tr("Unsaved Changes"),
            tr("Your latest changes could not be saved:\n%1\n\nIf you quit now they are lost. Keep Byline open "
               "and try again when the problem is fixed?")
                .arg(m_autosaver.lastError()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    saveLayout();
    stopPublishing();
    if (m_lockKeeper)
        m_lockKeeper->release(); // the story goes back to the desk
    if (m_session)
        m_session->end();
    m_autosaver.setDocument(nullptr);
    if (m_lock)
        m_lock->unlock();
    event->accept();
}

void MainWindow::insertPhoto(const Photo &photo)
{
    if (!m_document)
        return;
    // A figure at the cursor, captioned as the panel has it; one undo step.
    QTextCursor cursor = m_editor->bodyEditor()->textCursor();
    if (!m_document->insertFigure(cursor, photo.id))
        return;
    m_editor->bodyEditor()->setTextCursor(cursor);
    m_editor->bodyEditor()->setFocus();
}

void MainWindow::applyListFilter()
{
    ArticleQuery query;
    query.search = m_searchEdit->text().trimmed();
    if (const int status = m_statusFilter->currentData().toInt(); status >= 0)
        query.status = ArticleStatus(status);
    m_articleModel->setQuery(query);
    const QModelIndex current = m_articleModel->indexOfArticle(m_currentArticleId);
    if (current.isValid())
        m_articleList->setCurrentIndex(current);
}

void MainWindow::closeForShutdown()
{
    m_shuttingDown = true;
    close();
}

bool MainWindow::saveRevision(const QString &name)
{
    if (!m_document)
        return false;
    if (!m_autosaver.flush()) {
        QMessageBox::warning(this, tr("Save Revision"), m_autosaver.lastError());
        return false;
    }
    const QString revisionName =
        name.isEmpty() ? QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat) : name;
    const int revision = m_library.revisionStore().addRevision(m_document->articleId(), revisionName);
    if (revision < 0) {
        QMessageBox::warning(this, tr("Save Revision"), m_library.errorString());
        return false;
    }
    m_document->markRevisionSaved(revision);
    statusBar()->showMessage(tr("Revision %1 saved.").arg(revision), 4000);
    return true;
}

void MainWindow::showStats(const TextStats &stats)
{
    const QLocale locale;
    m_statsLabel->setText(tr("%1 characters · %2 without spaces · %3 words · %4 manuscript sheets · %5 min read")
            .arg(locale.toString(stats.charactersWithSpaces), locale.toString(stats.charactersWithoutSpaces),
                locale.toString(stats.words), locale.toString(stats.manuscriptSheets, 'f', 1),
                locale.toString(std::max(1, (stats.readingSeconds + 30) / 60))));
    const int target = std::max(1, lengthTargetSetting.value());
    m_lengthBar->setRange(0, target);
    m_lengthBar->setValue(std::min(stats.charactersWithSpaces, target));
    m_lengthBar->setFormat(tr("%1 / %2").arg(locale.toString(stats.charactersWithSpaces), locale.toString(target)));
    m_lengthBar->setToolTip(tr("Length target of the publication: %n characters with spaces", nullptr, target));
}

void MainWindow::showSaveState()
{
    if (m_autosaver.isFailing())
        return;
    const QDateTime saved = m_autosaver.lastSaved();
    m_saveLabel->setStyleSheet(QString());
    m_saveLabel->setText(saved.isValid()
            ? tr("Saved %1").arg(QLocale().toString(saved.toLocalTime().time(), QLocale::ShortFormat))
            : tr("Saved"));
}

void MainWindow::autosaveFailed(const QString &message)
{
    m_saveLabel->setStyleSheet(u"color: #c0392b; font-weight: bold"_s);
    m_saveLabel->setText(tr("Not saved"));
    m_notice->showNotice(
        message + u' ' + tr("Your text is safe in the editor. Byline keeps trying and saves it as soon as it can."),
        NoticeBar::Error);
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
    closeForShutdown(); // a clean exit: saved, unlocked, no crash notice next time
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace Byline
