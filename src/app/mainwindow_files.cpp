#include "mainwindow.h"

// Files coming into and going out of the window: import, export, drag and drop.

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

void MainWindow::importFiles(const QStringList &paths)
{
    // Each file on its own: one bad file never stops the rest.
    QStringList problems;
    qint64 last = 0;
    int imported = 0;
    for (const QString &path : paths) {
        QString error;
        std::optional<ArticleFiles::Loaded> loaded = ArticleFiles::load(path, &error);
        QString note;
        if (loaded && ArticleFiles::addToLibrary(m_library, *loaded, &note, &error)) {
            ++imported;
            last = loaded->article.id;
            if (!note.isEmpty())
                problems << note;
        } else {
            problems << error;
        }
    }
    if (last)
        openArticle(last);
    m_countLabel->setText(tr("%n article(s)", nullptr, m_library.articleStore().articleCount()));
    if (!problems.isEmpty())
        m_notice->showNotice(tr("%n article(s) imported.", nullptr, imported) + u"\n"_s + problems.join(u'\n'),
            imported ? NoticeBar::Warning : NoticeBar::Error);
    else if (imported)
        statusBar()->showMessage(tr("%n article(s) imported.", nullptr, imported), 4000);
}

void MainWindow::exportCurrent()
{
    if (!m_document || !m_autosaver.flush())
        return;
    const Article article = m_document->article();
    QString suggested = article.slug.isEmpty() ? tr("article") : article.slug;
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Article"), suggested + u".byline"_s,
        tr("Byline package (*.byline);;Article JSON (*.json);;Web page (*.html)"), &selectedFilter);
    if (path.isEmpty())
        return;
    const std::optional<ArticleFiles::Format> format = ArticleFiles::formatForName(QFileInfo(path).suffix());
    QString error;
    if (!ArticleFiles::write(path, m_library, article, format.value_or(ArticleFiles::Format::Package), &error)) {
        QMessageBox::warning(this, tr("Export Article"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Article files open as articles; pictures go to the current article's
    // photos, wherever on the window they land.
    QStringList articles;
    QStringList photos;
    QList<QUrl> webPhotos;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile()) {
            if (url.scheme() == u"http"_s || url.scheme() == u"https"_s)
                webPhotos << url;
            continue;
        }
        const QString path = url.toLocalFile();
        if (ArticleFiles::formatForName(QFileInfo(path).suffix()))
            articles << path;
        else
            photos << path;
    }
    if (articles.isEmpty() && photos.isEmpty() && webPhotos.isEmpty())
        return;
    event->acceptProposedAction();
    if (!articles.isEmpty())
        importFiles(articles);
    if (photos.isEmpty() && webPhotos.isEmpty())
        return;
    if (m_document)
        m_photos->importFiles(photos, webPhotos);
    else
        m_notice->showNotice(tr("Open or create an article first; photos belong to an article."), NoticeBar::Warning);
}

} // namespace Byline
