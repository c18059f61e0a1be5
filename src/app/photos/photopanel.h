#pragma once

#include "article/articledocument.h"
#include "media/photoimport.h"

#include <QUrl>
#include <QWidget>

#include <memory>

class QLabel;
class QMimeData;
class QProgressBar;
class QTimer;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QToolBar;

namespace Byline {

class Library;
class PhotoImportJob;
class PhotoListModel;
class ThumbnailCache;

// The article's photos: a grid of thumbnails in story order (drag to
// reorder), and the selected photo's caption, credit and alt text. Photos
// come in by the Add button, by dropping files (from the file manager or a
// browser) and by pasting. Every edit goes to the open ArticleDocument as an
// undo step; the library gets it with the autosave.
class PhotoPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PhotoPanel(Library *library, QWidget *parent = nullptr);
    ~PhotoPanel() override;

    void setDocument(ArticleDocument *document);
    // Imports files (and pictures from web addresses) into the article on a
    // worker thread, with progress below the grid; a bad file is reported,
    // the rest come in. A batch asked for during an import follows it.
    void importFiles(const QStringList &paths, const QList<QUrl> &webAddresses = {});
    bool isImporting() const { return m_job != nullptr; }
    void cancelImport();
    std::optional<Photo> currentPhoto() const;
    void selectPhoto(const QString &id);
    QListView *view() const { return m_view; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }

    // Removes the current photo; asks first when the body uses it.
    void removeCurrent();
    void cropCurrent();
    void makeCurrentLead();

Q_SIGNALS:
    void insertRequested(const Byline::Photo &photo);
    void message(const QString &text, bool error);
    // The problems of the batch just finished, one translated line per file.
    void importFinished(const QStringList &problems);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void importMime(const QMimeData *mime);
    void startNextImport();
    void importDone(const QList<PhotoImport::Result> &results, bool cancelled);
    void adoptArrived();
    void showCurrent();
    void saveField(ArticleDocument::PhotoText field, const QString &text);

    Library *m_library;
    ArticleDocument *m_document = nullptr;
    PhotoListModel *m_model;
    ThumbnailCache *m_thumbnails;
    QToolBar *m_toolBar;
    QListView *m_view;
    QPlainTextEdit *m_caption;
    QLineEdit *m_credit;
    QLineEdit *m_altText;
    QLabel *m_warning;
    QWidget *m_importRow;
    QProgressBar *m_importProgress;
    std::unique_ptr<PhotoImportJob> m_job;
    QList<std::pair<QStringList, QList<QUrl>>> m_waitingImports;
    QList<Photo> m_arrived; // stored by the running import, not yet in the document
    int m_importRun = 0;
    QTimer *m_reloadTimer;
    bool m_showing = false;
    QString m_shownId; // the photo whose fields are shown
    QString m_restoreId;
};

} // namespace Byline
