#pragma once

#include "media/photo.h"

#include <QWidget>

class QLabel;
class QMimeData;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QToolBar;

namespace Byline {

class ArticleDocument;
class Library;
class PhotoListModel;
class ThumbnailCache;

// The article's photos: a grid of thumbnails in story order (drag to
// reorder), and the selected photo's caption, credit and alt text. Photos
// come in by the Add button, by dropping files (from the file manager or a
// browser) and by pasting.
class PhotoPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PhotoPanel(Library *library, QWidget *parent = nullptr);
    ~PhotoPanel() override;

    void setDocument(ArticleDocument *document);
    // Imports files into the article; a bad file is reported, the rest come in.
    QStringList importFiles(const QStringList &paths);
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

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList importMime(const QMimeData *mime);
    void showCurrent();
    void saveField(const std::function<void(Photo &)> &apply);

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
    bool m_showing = false;
    QString m_shownId; // the photo whose fields are shown
    QString m_restoreId;
};

} // namespace Byline
