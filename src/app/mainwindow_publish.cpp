#include "mainwindow.h"

// The window as a client of the core PublishService: queueing the open story, the dock.

#include "aboutdialog.h"
#include "appsettings.h"
#include "article/articledocument.h"
#include "article/samplearticle.h"
#include "common/logging.h"
#include "common/settings.h"
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

void MainWindow::startPublishing()
{
    stopPublishing();
    // A screenshot run looks and leaves; it never sends anything.
    if (!m_options.screenshotFile.isEmpty() || !m_library.isOpen())
        return;
    m_publishService->start();
}

void MainWindow::showPublishDock()
{
    if (m_publishDock->isVisible())
        return;
    m_publishDock->show();
    // Room for a few jobs, however small the dock was when it was hidden.
    resizeDocks({m_publishDock}, {std::max(height() / 4, 180)}, Qt::Vertical);
}

void MainWindow::stopPublishing()
{
    // A request in flight is aborted; its job resumes at the next start.
    m_publishService->stop();
}

void MainWindow::publishCurrent()
{
    if (!m_document) {
        m_notice->showNotice(tr("Open or create an article first."), NoticeBar::Warning);
        return;
    }
    // What is queued is what is stored: the last keystrokes go in first.
    if (!m_autosaver.flush()) {
        QMessageBox::warning(this, tr("Publish"), m_autosaver.lastError());
        return;
    }
    const qint64 articleId = m_document->articleId();
    const std::optional<Article> article = m_library.articleStore().article(articleId);
    if (!article) {
        QMessageBox::warning(this, tr("Publish"), m_library.errorString());
        return;
    }
    PublishDialog dialog(
        *article, m_library.photoStore().photos(articleId), QTimeZone(m_publication.timeZone.toUtf8()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_autosaver.flush()) {
        QMessageBox::warning(this, tr("Publish"), m_autosaver.lastError());
        return;
    }
    // The dock lists it (and any older job it replaced) from the service's signal.
    const std::optional<PublishJob> job =
        m_publishService->enqueue(articleId, dialog.target(), dialog.action(), dialog.scheduledAtUtc());
    if (!job) {
        QMessageBox::warning(this, tr("Publish"), m_publishService->errorString());
        return;
    }
    if (m_document && m_document->articleId() == articleId)
        m_document->markRevisionSaved(job->revision);
    showPublishDock();
    m_publishDock->raise();
    m_publishDock->selectJob(job->id);
    statusBar()->showMessage(
        tr("“%1” is queued for %2: %3.").arg(job->headline, job->target, PublishNames::actionDisplayName(job->action)),
        6000);
}

} // namespace Byline
