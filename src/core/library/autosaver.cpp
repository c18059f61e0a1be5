#include "autosaver.h"

#include "article/articledocument.h"
#include "common/logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Byline {

// What one save writes, taken on the UI thread.
struct Autosaver::Snapshot
{
    Article article;
    std::optional<QList<Photo>> photos; // only when they changed
    QSet<QString> knownPhotoIds;
    quint64 serial = 0;
};

// Lives in the autosave thread with its own library connection.
class AutosaveWorker : public QObject
{
public:
    Library library;
    QString directory;

    // A library that was read-only or unreachable is tried again on each
    // retry, so saving resumes by itself when the problem goes away.
    bool save(const Article &article, const std::optional<QList<Photo>> &photos, const QSet<QString> &known)
    {
        if (!library.isOpen() && !library.open(directory))
            return false;
        const bool ok = photos ? library.saveArticleWithPhotos(article, *photos, &known)
                               : library.articleStore().saveArticle(article);
        if (ok)
            return true;
        if (library.errorKind() != LibraryError::DiskFull && library.errorKind() != LibraryError::Busy)
            library.close();
        return false;
    }
};

Autosaver::Autosaver(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"autosave"_s);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(IdleDelay);
    m_maxTimer.setSingleShot(true);
    m_maxTimer.setInterval(MaxDelay);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(RetryDelay);
    connect(&m_idleTimer, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(&m_maxTimer, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(&m_retryTimer, &QTimer::timeout, this, &Autosaver::saveNow);
}

Autosaver::~Autosaver()
{
    flush();
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
        m_worker = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

bool Autosaver::start(const QString &libraryDirectory, QString *error)
{
    if (!m_thread.isRunning())
        m_thread.start();
    if (!m_worker) {
        m_worker = new AutosaveWorker;
        m_worker->moveToThread(&m_thread);
    }
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(
        m_worker,
        [this, libraryDirectory, &ok, &message] {
            m_worker->directory = libraryDirectory;
            ok = m_worker->library.open(libraryDirectory);
            message = m_worker->library.errorString();
        },
        Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = message;
    return ok;
}

void Autosaver::setDocument(ArticleDocument *document)
{
    if (m_document == document)
        return;
    if (flush())
        removeDroppedFiles();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_failing = false;
    m_seenPhotos.clear();
    m_savedPhotos.clear();
    if (!document)
        return;
    m_savedSerial = document->changeSerial();
    m_savedPhotos = document->photos();
    for (const Photo &photo : std::as_const(m_savedPhotos))
        m_seenPhotos.insert(photo.id, photo);
    connect(document, &ArticleDocument::changed, this, &Autosaver::documentChanged);
}

bool Autosaver::hasUnsavedChanges() const
{
    return m_document && m_document->changeSerial() != m_savedSerial;
}

void Autosaver::documentChanged()
{
    m_idleTimer.start();
    if (!m_maxTimer.isActive())
        m_maxTimer.start();
}

Autosaver::Snapshot Autosaver::snapshot() const
{
    Snapshot snapshot;
    snapshot.article = m_document->article();
    snapshot.article.modified = QDateTime::currentDateTimeUtc();
    // QList compares shared data first: unchanged photos cost nothing here.
    if (m_document->photos() != m_savedPhotos) {
        snapshot.photos = m_document->photos();
        snapshot.knownPhotoIds = m_document->knownPhotoIds();
    }
    snapshot.serial = m_document->changeSerial();
    return snapshot;
}

void Autosaver::saveNow()
{
    m_idleTimer.stop();
    m_maxTimer.stop();
    if (!m_document || !m_worker || !hasUnsavedChanges())
        return;
    if (m_inFlight) {
        m_again = true; // one more save when this one lands, not a queue
        return;
    }
    const Snapshot taken = snapshot();
    remember(taken);
    m_inFlight = true;
    QMetaObject::invokeMethod(
        m_worker,
        [this, taken] {
            const bool ok = m_worker->save(taken.article, taken.photos, taken.knownPhotoIds);
            const QString message = ok ? QString() : m_worker->library.errorString();
            const LibraryError kind = ok ? LibraryError::None : m_worker->library.errorKind();
            QMetaObject::invokeMethod(
                this, [this, ok, taken, message, kind] { finished(ok, taken, message, kind); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void Autosaver::finished(bool ok, const Snapshot &written, const QString &message, LibraryError kind)
{
    m_inFlight = false;
    if (ok) {
        m_savedSerial = std::max(m_savedSerial, written.serial);
        if (written.photos)
            m_savedPhotos = *written.photos;
        m_lastSaved = QDateTime::currentDateTimeUtc();
        if (m_failing) {
            m_failing = false;
            qCInfo(lcLibrary) << "autosave works again";
            Q_EMIT recovered();
        }
        Q_EMIT saved(m_lastSaved);
    } else {
        qCWarning(lcLibrary).noquote() << "autosave failed:" << message;
        m_failing = true;
        m_lastError = message;
        Q_EMIT failed(message, kind);
        m_retryTimer.start();
    }
    if (m_again || (ok && hasUnsavedChanges())) {
        m_again = false;
        if (ok)
            m_idleTimer.start(0);
    }
}

bool Autosaver::flush()
{
    m_idleTimer.stop();
    m_maxTimer.stop();
    if (!m_worker)
        return true;
    // Let a write under way land first.
    QMetaObject::invokeMethod(m_worker, [] { }, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this);
    m_inFlight = false;
    if (!hasUnsavedChanges())
        return true;
    const Snapshot taken = snapshot();
    remember(taken);
    bool ok = false;
    QString message;
    LibraryError kind = LibraryError::None;
    QMetaObject::invokeMethod(
        m_worker,
        [this, &taken, &ok, &message, &kind] {
            ok = m_worker->save(taken.article, taken.photos, taken.knownPhotoIds);
            message = m_worker->library.errorString();
            kind = m_worker->library.errorKind();
        },
        Qt::BlockingQueuedConnection);
    finished(ok, taken, message, kind);
    return ok;
}

void Autosaver::remember(const Snapshot &taken)
{
    if (!taken.photos)
        return;
    for (const Photo &photo : *taken.photos)
        m_seenPhotos.insert(photo.id, photo);
}

void Autosaver::removeDroppedFiles()
{
    if (!m_document || !m_worker)
        return;
    QList<Photo> dropped;
    for (const Photo &photo : std::as_const(m_seenPhotos)) {
        if (m_document->photoIndex(photo.id) < 0)
            dropped << photo;
    }
    if (dropped.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [this, dropped] {
            if (m_worker->library.isOpen())
                m_worker->library.photoStore().removeUnusedPhotoFiles(dropped);
        },
        Qt::QueuedConnection);
}

} // namespace Byline
