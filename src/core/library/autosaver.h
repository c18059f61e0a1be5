#pragma once

#include "article/articledocument.h"
#include "library/library.h"

#include <QDateTime>
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
// connection, so the UI thread never waits for the disk. A failed write
// (disk full, read-only) is retried; the text stays in the editor meanwhile.
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
    void documentChanged();
    void saveNow();
    void finished(bool ok, quint64 serial, const QString &message, LibraryError kind);

    QThread m_thread;
    AutosaveWorker *m_worker = nullptr;
    QPointer<ArticleDocument> m_document;
    QTimer m_idleTimer;
    QTimer m_maxTimer;
    QTimer m_retryTimer;
    quint64 m_savedSerial = 0;
    bool m_inFlight = false;
    bool m_again = false;
    bool m_failing = false;
    QDateTime m_lastSaved;
    QString m_lastError;
};

} // namespace Byline
