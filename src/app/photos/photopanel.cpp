#include "photopanel.h"

#include "cropdialog.h"
#include "library/library.h"
#include "media/photoimport.h"
#include "media/photoimportjob.h"
#include "media/photolistmodel.h"
#include "thumbnailcache.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// A thumbnail with the caption under it, a star on the lead photo and a
// warning mark where alt text or credit is missing.
class PhotoDelegate : public QStyledItemDelegate
{
public:
    PhotoDelegate(ThumbnailCache *cache, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_cache(cache)
    { }

    // Landscape cells: news photos are mostly 3:2 or 4:3, so a square would
    // waste a third of the panel. Caption and credit under the picture.
    static QSize imageSize() { return {ThumbnailCache::PanelSize, ThumbnailCache::PanelSize * 3 / 4}; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {imageSize().width() + 8, imageSize().height() + option.fontMetrics.height() * 2 + 14};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const Photo photo = index.data(PhotoListModel::PhotoRole).value<Photo>();
        painter->save();
        if (option.state & QStyle::State_Selected)
            painter->fillRect(option.rect, option.palette.highlight());
        const QRect imageArea(QPoint(option.rect.left() + 4, option.rect.top() + 4), imageSize());
        const QImage image = m_cache->thumbnail(photo);
        if (image.isNull()) {
            painter->fillRect(imageArea, option.palette.alternateBase());
        } else {
            QSize size = image.size();
            size.scale(imageArea.size(), Qt::KeepAspectRatio);
            const QRect target(imageArea.center() - QPoint(size.width() / 2, size.height() / 2), size);
            painter->drawImage(target, image);
        }
        if (photo.lead) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xf5, 0xb7, 0x01));
            painter->drawEllipse(QRect(imageArea.topLeft() + QPoint(4, 4), QSize(22, 22)));
            painter->setPen(Qt::black);
            painter->drawText(QRect(imageArea.topLeft() + QPoint(4, 4), QSize(22, 22)), Qt::AlignCenter, u"★"_s);
        }
        if (photo.needsAltText() || photo.needsCredit()) {
            const QRect badge(imageArea.topRight() + QPoint(-26, 4), QSize(22, 22));
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xd9, 0x48, 0x1c));
            painter->drawEllipse(badge);
            painter->setPen(Qt::white);
            painter->drawText(badge, Qt::AlignCenter, u"!"_s);
        }
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const int line = option.fontMetrics.height();
        QRect textArea(imageArea.left(), imageArea.bottom() + 4, imageArea.width(), line);
        const QString caption = photo.caption.simplified();
        painter->drawText(textArea, Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(
                caption.isEmpty() ? photo.fileName : caption, Qt::ElideRight, textArea.width()));
        textArea.translate(0, line);
        painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                                 : option.palette.color(QPalette::PlaceholderText));
        const QString credit = photo.needsCredit() ? PhotoPanel::tr("No credit") : photo.credit.simplified();
        painter->drawText(textArea, Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(credit, Qt::ElideRight, textArea.width()));
        painter->restore();
    }

private:
    ThumbnailCache *m_cache;
};

} // namespace

PhotoPanel::PhotoPanel(Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new PhotoListModel(this))
    , m_thumbnails(new ThumbnailCache(this))
    , m_toolBar(new QToolBar(this))
    , m_view(new QListView(this))
    , m_caption(new QPlainTextEdit(this))
    , m_credit(new QLineEdit(this))
    , m_altText(new QLineEdit(this))
    , m_warning(new QLabel(this))
    , m_importRow(new QWidget(this))
    , m_importProgress(new QProgressBar(m_importRow))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(u"photoPanel"_s);
    setAcceptDrops(true);
    m_view->setObjectName(u"photoGrid"_s);
    m_view->setModel(m_model);
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Snap);
    m_view->setUniformItemSizes(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setItemDelegate(new PhotoDelegate(m_thumbnails, m_view));
    m_view->installEventFilter(this);
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, m_view->viewport(), qOverload<>(&QWidget::update));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PhotoPanel::showCurrent);
    // An Undo may change the photo shown.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PhotoPanel::showCurrent);
    // A new article resets the list; keep the photo the person is working on
    // selected through any other reset.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (const std::optional<Photo> photo = currentPhoto())
            m_restoreId = photo->id;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_restoreId.isEmpty())
            selectPhoto(std::exchange(m_restoreId, QString()));
        showCurrent();
    });

    auto addAction = [this](const char *id, const QString &text, const QString &tip, auto slot) {
        QAction *action = m_toolBar->addAction(text);
        action->setObjectName(QString::fromLatin1(id));
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    addAction("photos.add", tr("Add…"), tr("Add photos to the article"), [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Add Photos"), QString(), tr("Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff);;All files (*)"));
        importFiles(paths);
    });
    addAction("photos.insert", tr("Insert"), tr("Insert the photo into the body at the cursor"), [this] {
        if (const std::optional<Photo> photo = currentPhoto())
            Q_EMIT insertRequested(*photo);
    });
    addAction("photos.lead", tr("Lead"), tr("Make this the lead photo"), &PhotoPanel::makeCurrentLead);
    addAction("photos.crop", tr("Crop…"), tr("Crop and rotate"), &PhotoPanel::cropCurrent);
    addAction("photos.remove", tr("Remove"), tr("Remove the photo from the article"), &PhotoPanel::removeCurrent);

    m_caption->setObjectName(u"photoCaption"_s);
    m_caption->setPlaceholderText(tr("Caption (shown after ▲)"));
    m_caption->setTabChangesFocus(true);
    m_caption->setFixedHeight(m_caption->fontMetrics().lineSpacing() * 3 + 10);
    m_credit->setObjectName(u"photoCredit"_s);
    m_credit->setPlaceholderText(tr("Photographer or agency"));
    m_altText->setObjectName(u"photoAltText"_s);
    m_altText->setPlaceholderText(tr("What the picture shows, for readers who cannot see it"));
    m_warning->setObjectName(u"photoWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"color: #b9410f"_s);

    // Progress of an import, with a way out of a long one.
    m_importRow->setObjectName(u"photoImportRow"_s);
    m_importProgress->setObjectName(u"photoImportProgress"_s);
    auto *cancel = new QPushButton(tr("Stop"), m_importRow);
    cancel->setObjectName(u"photoImportStop"_s);
    cancel->setToolTip(tr("Stop importing; the photos already added stay"));
    connect(cancel, &QPushButton::clicked, this, &PhotoPanel::cancelImport);
    auto *importLayout = new QHBoxLayout(m_importRow);
    importLayout->setContentsMargins(0, 0, 0, 0);
    importLayout->addWidget(m_importProgress, 1);
    importLayout->addWidget(cancel);
    m_importRow->hide();
    // The grid follows an import as photos arrive, taking them into the
    // article a batch at a time rather than one by one of a hundred.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(150);
    connect(m_reloadTimer, &QTimer::timeout, this, &PhotoPanel::adoptArrived);

    auto *form = new QFormLayout;
    form->addRow(tr("Ca&ption:"), m_caption);
    form->addRow(tr("C&redit:"), m_credit);
    form->addRow(tr("Alt te&xt:"), m_altText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_importRow);
    layout->addWidget(m_warning);
    layout->addLayout(form);

    connect(m_caption, &QPlainTextEdit::textChanged, this,
        [this] { saveField(ArticleDocument::PhotoText::Caption, m_caption->toPlainText()); });
    connect(m_credit, &QLineEdit::textEdited, this,
        [this](const QString &text) { saveField(ArticleDocument::PhotoText::Credit, text); });
    connect(m_altText, &QLineEdit::textEdited, this,
        [this](const QString &text) { saveField(ArticleDocument::PhotoText::AltText, text); });
    // Undo belongs to the article's stack, as in the editor; leaving a field
    // ends its typing run.
    for (QWidget *field :
        {static_cast<QWidget *>(m_caption), static_cast<QWidget *>(m_credit), static_cast<QWidget *>(m_altText)})
        field->installEventFilter(this);
    setDocument(nullptr);
}

PhotoPanel::~PhotoPanel()
{
    // The job reports to this panel; stop it before the panel goes.
    if (m_job)
        m_job->cancel();
    m_job.reset();
}

void PhotoPanel::setDocument(ArticleDocument *document)
{
    m_document = document;
    m_thumbnails->setLibraryDirectory(m_library->directory());
    m_shownId.clear();
    m_model->setDocument(document);
    setEnabled(document != nullptr);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showCurrent();
}

std::optional<Photo> PhotoPanel::currentPhoto() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return index.data(PhotoListModel::PhotoRole).value<Photo>();
}

void PhotoPanel::selectPhoto(const QString &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(PhotoListModel::PhotoIdRole).toString() == id) {
            m_view->setCurrentIndex(index);
            return;
        }
    }
}

void PhotoPanel::showCurrent()
{
    const std::optional<Photo> photo = currentPhoto();
    const QString id = photo ? photo->id : QString();
    // The same photo again (after an edit): only a field whose text changed
    // under it (Undo) is set again, with the caret kept where it was.
    m_shownId = id;
    m_showing = true;
    if (const QString caption = photo ? photo->caption : QString(); m_caption->toPlainText() != caption) {
        const int position = m_caption->textCursor().position();
        m_caption->setPlainText(caption);
        QTextCursor cursor = m_caption->textCursor();
        cursor.setPosition(std::min<int>(position, int(caption.size())));
        m_caption->setTextCursor(cursor);
    }
    for (auto [edit, text] : {std::pair {m_credit, photo ? photo->credit : QString()},
             std::pair {m_altText, photo ? photo->altText : QString()}}) {
        if (edit->text() == text)
            continue;
        const int position = edit->cursorPosition();
        edit->setText(text);
        edit->setCursorPosition(std::min<int>(position, int(text.size())));
    }
    m_showing = false;
    for (QWidget *field :
        {static_cast<QWidget *>(m_caption), static_cast<QWidget *>(m_credit), static_cast<QWidget *>(m_altText)})
        field->setEnabled(photo.has_value());
    QStringList warnings;
    if (photo && photo->needsAltText())
        warnings << tr("No alt text: describe the picture for readers who cannot see it.");
    if (photo && photo->needsCredit())
        warnings << tr("No credit: name the photographer or agency.");
    m_warning->setText(warnings.join(u'\n'));
    m_warning->setVisible(!warnings.isEmpty());
}

void PhotoPanel::saveField(ArticleDocument::PhotoText field, const QString &text)
{
    if (m_showing || !m_document)
        return;
    if (const std::optional<Photo> photo = currentPhoto())
        m_document->setPhotoText(photo->id, field, text);
}

void PhotoPanel::importFiles(const QStringList &paths, const QList<QUrl> &webAddresses)
{
    if (!m_document || (paths.isEmpty() && webAddresses.isEmpty()))
        return;
    m_waitingImports.append({paths, webAddresses});
    if (!m_job)
        startNextImport();
}

void PhotoPanel::startNextImport()
{
    if (m_waitingImports.isEmpty() || !m_document)
        return;
    const auto [paths, webAddresses] = m_waitingImports.takeFirst();
    ++m_importRun;
    m_job = std::make_unique<PhotoImportJob>(m_library->directory(), m_document->articleId());
    connect(m_job.get(), &PhotoImportJob::progress, this, [this](int done, int total) {
        m_importProgress->setRange(0, total);
        m_importProgress->setValue(done);
        m_importProgress->setFormat(tr("Adding photos: %1 of %2").arg(done).arg(total));
    });
    connect(m_job.get(), &PhotoImportJob::fileImported, this, [this](const PhotoImport::Result &result) {
        if (result.outcome == PhotoImport::Outcome::Failed)
            return;
        m_arrived << result.photo;
        if (!m_reloadTimer->isActive())
            m_reloadTimer->start();
    });
    connect(m_job.get(), &PhotoImportJob::finished, this, &PhotoPanel::importDone);
    m_importProgress->setRange(0, 0); // busy until the first file is counted
    m_importProgress->setFormat(tr("Adding photos…"));
    m_importRow->show();
    m_job->start(paths, webAddresses);
}

void PhotoPanel::cancelImport()
{
    m_waitingImports.clear();
    if (m_job)
        m_job->cancel();
}

void PhotoPanel::importDone(const QList<PhotoImport::Result> &results, bool cancelled)
{
    if (!m_job)
        return;
    const qint64 articleId = m_job->articleId();
    m_job->wait();
    m_reloadTimer->stop();
    adoptArrived(); // the last of them, while the job still says for which article
    m_job.reset();
    m_importRow->hide();

    QStringList problems;
    QString last;
    int imported = 0;
    for (const PhotoImport::Result &result : results) {
        if (result.outcome == PhotoImport::Outcome::Failed)
            problems << result.message;
        else {
            last = result.photo.id;
            imported += result.outcome == PhotoImport::Outcome::Imported;
            if (!result.message.isEmpty())
                problems << result.message;
        }
    }
    if (!last.isEmpty() && m_document && m_document->articleId() == articleId)
        selectPhoto(last);
    QString summary = tr("%n photo(s) added.", nullptr, imported);
    if (cancelled)
        summary = tr("Import stopped. %1").arg(summary);
    Q_EMIT message(problems.isEmpty() ? summary : summary + u'\n' + problems.join(u'\n'), !problems.isEmpty());
    Q_EMIT importFinished(problems);
    startNextImport();
}

void PhotoPanel::adoptArrived()
{
    // The library has these rows already (a duplicate the article no longer
    // lists comes back too); the document takes them in, one undo step per
    // import, so the autosave keeps them. Until then the autosaver leaves
    // rows it has never seen alone (ArticleDocument::knownPhotoIds()).
    // Photos for an article no longer open wait in the library for the next
    // time it opens.
    const QList<Photo> arrived = std::exchange(m_arrived, {});
    if (m_job && m_document && m_document->articleId() == m_job->articleId())
        m_document->adoptPhotos(arrived, m_importRun);
}

void PhotoPanel::importMime(const QMimeData *mime)
{
    QStringList paths;
    QList<QUrl> webAddresses;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
        else if (url.scheme() == u"http"_s || url.scheme() == u"https"_s)
            webAddresses << url; // a picture dragged from a browser: fetch the original, metadata and all
    }
    // Image data only (copied from an editor or a browser without an address).
    if (paths.isEmpty() && webAddresses.isEmpty() && mime->hasImage()) {
        static QTemporaryDir pasted;
        const QString path = pasted.filePath(u"pasted-%1.png"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        if (qvariant_cast<QImage>(mime->imageData()).save(path, "PNG"))
            paths << path;
    }
    importFiles(paths, webAddresses);
}

void PhotoPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void PhotoPanel::dropEvent(QDropEvent *event)
{
    event->acceptProposedAction();
    importMime(event->mimeData());
}

bool PhotoPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view && m_document) {
        // The photo's fields: Undo and Redo are the article's, not each
        // field's own history.
        if (event->type() == QEvent::ShortcutOverride) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
                return true;
        }
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
                key->matches(QKeySequence::Undo) ? m_document->undoStack()->undo() : m_document->undoStack()->redo();
                return true;
            }
        }
        if (event->type() == QEvent::FocusOut)
            m_document->closeTypingRun();
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste)) {
            importMime(QApplication::clipboard()->mimeData());
            return true;
        }
        if (key->matches(QKeySequence::Delete)) {
            removeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PhotoPanel::makeCurrentLead()
{
    const std::optional<Photo> photo = currentPhoto();
    if (photo && m_document)
        m_document->setLeadPhoto(photo->id);
}

void PhotoPanel::removeCurrent()
{
    const std::optional<Photo> photo = currentPhoto();
    if (!photo || !m_document)
        return;
    if (m_document->bodyShowsPhoto(photo->id)) {
        const auto answer = QMessageBox::warning(this, tr("Remove Photo"),
            tr("The body shows this photo. Removing it also takes it out of the body. Remove it?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    // The photo and its figures as one undo step (ArticleDocument::removePhoto).
    m_document->removePhoto(photo->id);
}

void PhotoPanel::cropCurrent()
{
    const std::optional<Photo> photo = currentPhoto();
    if (!photo || !m_document)
        return;
    QImageReader reader(QDir(m_library->directory()).filePath(photo->storedPath));
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(1200, 1200, Qt::KeepAspectRatio)); // enough to crop by eye, quick to load
    const QImage upright = reader.read();
    if (upright.isNull()) {
        Q_EMIT message(tr("The original of %1 cannot be read: %2").arg(photo->fileName, reader.errorString()), true);
        return;
    }
    CropDialog dialog(upright, photo->crop, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->setPhotoCrop(photo->id, dialog.crop());
}

} // namespace Byline
