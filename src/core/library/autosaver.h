#pragma once

#include "article/articledocument.h"
#include "library/library.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace Byline {

class AutosaveWorker;

// Every edit reaches the library within a second, with no Save pressed: a
// save starts 300 ms after typing pauses and at most 800 ms after the first
// unsaved change. The article is serialized on the UI thread (incrementally,
// see BodySerializer) and written by a worker thread with its own database
// connection, so the UI thread never waits for the disk. The article and its
// photos (ArticleDocument::photos()) are written in one transaction, the
// photos only when they changed since the last save. A failed write (disk
// full, read-only) is retried; the text stays in the editor meanwhile.
//
// Photo imports add rows from another thread before the document takes the
// photos in (PhotoPanel adopts them in batches). So a save removes only the
// rows of photos the document once had (knownPhotoIds()), never one it has
// not seen yet; the removal happens inside the save's write lock, so no
// import can slip between what is read and what is removed.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int IdleDelay = 300;
    static constexpr int MaxDelay = 800;
    static constexpr int RetryDelay = 2000;

    explicit Autosaver(QObject *parent = nullptr);
    ~Autosaver() override;

    bool start(const QString &libraryDirectory, QString *error = nullptr);
    // Saves what the previous document still had unsaved, then follows this one.
    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const { return m_document; }
    // Saves now and waits for the write (closing, switching articles).
    bool flush();

    bool hasUnsavedChanges() const;
    bool isFailing() const { return m_failing; }
    QDateTime lastSaved() const { return m_lastSaved; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void saved(const QDateTime &when);
    void failed(const QString &message, Byline::LibraryError kind);
    void recovered();

private:
    struct Snapshot;
    void documentChanged();
    Snapshot snapshot() const;
    void remember(const Snapshot &taken);
    void saveNow();
    void finished(bool ok, const Snapshot &written, const QString &message, LibraryError kind);
    // Originals of photos the closed document removed, once no Undo can
    // bring them back (and no other row uses them).
    void removeDroppedFiles();

    QThread m_thread;
    AutosaveWorker *m_worker = nullptr;
    QPointer<ArticleDocument> m_document;
    QTimer m_idleTimer;
    QTimer m_maxTimer;
    QTimer m_retryTimer;
    quint64 m_savedSerial = 0;
    QList<Photo> m_savedPhotos; // as the library has them, for this document
    QHash<QString, Photo> m_seenPhotos; // every photo this document had, by id
    bool m_inFlight = false;
    bool m_again = false;
    bool m_failing = false;
    QDateTime m_lastSaved;
    QString m_lastError;
};

} // namespace Byline
