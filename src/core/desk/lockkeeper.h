#pragma once

#include "deskclient.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace Byline {

class Library;

// Keeps the lock of a story opened from the desk while it is open: refreshes
// it every minute on a worker thread of its own (a slow site never blocks the
// window), lets it go on close, and when a refresh finds that someone took the
// story over (or the post is gone) keeps the current text as a named revision
// and says the story is now read-only, and who holds it. A lock left by a
// crash is not refreshed any more and expires through WordPress's own window
// (150 s), so another desk can take it.
class LockKeeper : public QObject
{
    Q_OBJECT

public:
    // Makes the keeper's client, called on its worker thread (a client is used
    // from one thread only).
    using ClientFactory = std::function<std::unique_ptr<DeskClient>(QString *error)>;
    static constexpr std::chrono::milliseconds RefreshInterval {60'000};

    // `library` is the caller's (this thread's) connection: the revision and
    // the lock state are written there. It must outlive the keeper.
    LockKeeper(Library &library, ClientFactory factory, QObject *parent = nullptr);
    // Lets go of a lock still held, waiting a few seconds at most.
    ~LockKeeper() override;

    // Starts keeping the lock of the article's post (its desk link says which,
    // and that this Byline holds it), refreshing it at once: a story opened in
    // an earlier session may have lost it meanwhile. False when the article
    // was not opened from a desk with its lock.
    bool keep(qint64 articleId);
    // Lets go of the lock (the story is closed): released() follows.
    void release();
    qint64 articleId() const { return m_articleId; }
    bool isKeeping() const { return m_articleId != 0; }

    void setInterval(std::chrono::milliseconds interval);
    // Refreshes now rather than at the next tick (the computer woke up).
    void refreshNow();

Q_SIGNALS:
    void refreshed(qint64 articleId, const Byline::DeskLock &lock);
    // The story is read-only now: `holder` took it over (nullopt: the post is
    // gone); the text was kept as revision `keptRevision` (0 if it could not be).
    void lost(
        qint64 articleId, const std::optional<Byline::DeskLock> &holder, const QString &message, int keptRevision);
    // A refresh could not reach the site: the lock stays ours until
    // WordPress's window passes; the keeper tries again at the next tick.
    void refreshFailed(qint64 articleId, const QString &message);
    void released(qint64 articleId);

private:
    class Worker;
    void refresh();
    void refreshDone(
        qint64 articleId, const TargetOutcome &outcome, const DeskLock &lock, const std::optional<DeskLock> &holder);
    void loseLock(qint64 articleId, const std::optional<DeskLock> &holder, const QString &message);

    Library &m_library;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    QTimer m_timer;
    qint64 m_articleId = 0;
    qint64 m_post = 0;
    bool m_refreshing = false;
};

} // namespace Byline
