#pragma once

#include "photoimport.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <memory>

class QThread;

namespace Byline {

// One import of photos into an article, run off the UI thread with its own
// library connection, so the window stays responsive through a hundred
// twelve-megapixel pictures. Pictures dragged from a browser arrive as web
// addresses and are downloaded first. Results come back one file at a time,
// in order; cancel() stops before the next file.
class PhotoImportJob : public QObject
{
    Q_OBJECT

public:
    // Downloads larger than this are refused (a photo, not a video or an archive).
    static constexpr qint64 MaxDownloadBytes = PhotoImport::MaxFileBytes;
    static constexpr int DownloadTimeoutMs = 30'000;

    PhotoImportJob(const QString &libraryDirectory, qint64 articleId, QObject *parent = nullptr);
    // Cancels and waits for the worker.
    ~PhotoImportJob() override;

    qint64 articleId() const { return m_articleId; }
    // Local files and folders, and http(s) addresses to download.
    void start(const QStringList &paths, const QList<QUrl> &webAddresses = {});
    void cancel();
    bool isRunning() const;
    // Blocks until the job is over (tests, closing the window).
    void wait();

Q_SIGNALS:
    void progress(int done, int total);
    void fileImported(const Byline::PhotoImport::Result &result);
    void finished(const QList<Byline::PhotoImport::Result> &results, bool cancelled);

private:
    void run(const QStringList &paths, const QList<QUrl> &webAddresses);

    QString m_directory;
    qint64 m_articleId;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace Byline

Q_DECLARE_METATYPE(Byline::PhotoImport::Result)
