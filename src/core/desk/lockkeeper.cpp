#include "lockkeeper.h"

#include "deskstore.h"
#include "library/library.h"

#include <QDeadlineTimer>
#include <QLocale>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Byline {

// Lives on the keeper's thread: the client is made, used and deleted there.
class LockKeeper::Worker : public QObject
{
public:
    explicit Worker(ClientFactory factory)
        : m_factory(std::move(factory))
    { }

    TargetOutcome lock(qint64 post, DeskLock *lock, std::optional<DeskLock> *holder)
    {
        QString error;
        DeskClient *desk = client(&error);
        if (!desk)
            return TargetOutcome::make(TargetOutcome::Hold, error);
        return desk->lock(post, false, lock, holder, progress());
    }

    TargetOutcome release(qint64 post)
    {
        QString error;
        DeskClient *desk = client(&error);
        if (!desk)
            return TargetOutcome::make(TargetOutcome::Hold, error);
        return desk->release(post, progress());
    }

    void dropClient() { m_client.reset(); }

    // Set when the keeper cannot wait any longer (it is being destroyed).
    std::atomic_bool stop {false};

private:
    DeskClient *client(QString *error)
    {
        if (!m_client)
            m_client = m_factory(error);
        return m_client.get();
    }
    TargetProgress progress() const
    {
        TargetProgress progress;
        progress.cancelled = &stop;
        return progress;
    }

    ClientFactory m_factory;
    std::unique_ptr<DeskClient> m_client;
};

LockKeeper::LockKeeper(Library &library, ClientFactory factory, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_thread(new QThread(this))
    , m_worker(new Worker(std::move(factory)))
{
    m_thread->setObjectName(u"LockKeeper"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    m_timer.setInterval(RefreshInterval);
    connect(&m_timer, &QTimer::timeout, this, &LockKeeper::refresh);
}

LockKeeper::~LockKeeper()
{
    m_timer.stop();
    Worker *worker = m_worker;
    if (m_articleId != 0) {
        const qint64 post = m_post;
        const qint64 articleId = m_articleId;
        m_articleId = 0;
        m_library.deskStore().setLock(articleId, false, {});
        // Nothing is reported back: the keeper is going.
        QMetaObject::invokeMethod(worker, [worker, post] { worker->release(post); }, Qt::QueuedConnection);
    }
    QMetaObject::invokeMethod(worker, [worker] { worker->dropClient(); }, Qt::QueuedConnection);
    m_thread->quit();
    // A slow site gets a few seconds; after that the call is cut short and
    // the lock expires by itself.
    if (!m_thread->wait(QDeadlineTimer(std::chrono::seconds(5)))) {
        worker->stop.store(true);
        m_thread->wait();
    }
}

bool LockKeeper::keep(qint64 articleId)
{
    const std::optional<DeskLink> link = m_library.deskStore().link(articleId);
    if (!link || !link->lockHeld)
        return false;
    if (m_articleId != 0 && m_articleId != articleId)
        release();
    m_articleId = articleId;
    m_post = link->post;
    m_timer.start();
    refresh();
    return true;
}

void LockKeeper::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void LockKeeper::refreshNow()
{
    refresh();
}

void LockKeeper::refresh()
{
    if (m_articleId == 0 || m_refreshing)
        return;
    m_refreshing = true;
    Worker *worker = m_worker;
    const qint64 post = m_post;
    const qint64 articleId = m_articleId;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, post, articleId] {
            DeskLock lock;
            std::optional<DeskLock> holder;
            const TargetOutcome outcome = worker->lock(post, &lock, &holder);
            // The keeper waits for its thread before it goes, so `this` is alive.
            QMetaObject::invokeMethod(
                this, [this, articleId, outcome, lock, holder] { refreshDone(articleId, outcome, lock, holder); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LockKeeper::refreshDone(
    qint64 articleId, const TargetOutcome &outcome, const DeskLock &lock, const std::optional<DeskLock> &holder)
{
    m_refreshing = false;
    if (articleId != m_articleId)
        return; // released or another story meanwhile
    if (outcome.ok()) {
        m_library.deskStore().setLock(articleId, true, lock.since);
        Q_EMIT refreshed(articleId, lock);
        return;
    }
    // Taken over, the post gone, or no longer ours to edit: read-only now.
    if (outcome.kind == TargetOutcome::Hold) {
        loseLock(articleId, holder, outcome.message);
        return;
    }
    Q_EMIT refreshFailed(articleId, outcome.message);
}

void LockKeeper::loseLock(qint64 articleId, const std::optional<DeskLock> &holder, const QString &message)
{
    m_timer.stop();
    m_articleId = 0;
    const QString when = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    const QString name = holder ? tr("Kept when %1 took the story over (%2)").arg(holder->user.name, when)
                                : tr("Kept when the story could no longer be edited on the site (%1)").arg(when);
    // What was typed stays, as a revision the person can go back to.
    const int kept = m_library.revisionStore().addRevision(articleId, name);
    m_library.deskStore().setLock(articleId, false, {}, holder);
    Q_EMIT lost(articleId, holder, message, std::max(kept, 0));
}

void LockKeeper::release()
{
    if (m_articleId == 0)
        return;
    m_timer.stop();
    const qint64 articleId = m_articleId;
    const qint64 post = m_post;
    m_articleId = 0;
    m_library.deskStore().setLock(articleId, false, {});
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, post, articleId] {
            worker->release(post);
            QMetaObject::invokeMethod(this, [this, articleId] { Q_EMIT released(articleId); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace Byline
