#include "publishqueue.h"

#include "common/logging.h"
#include "library/library.h"
#include "outbox.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QNetworkInformation>
#include <QThread>
#include <QWaitCondition>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Byline {

class PublishQueue::Worker : public QThread
{
public:
    Worker(PublishQueue *queue, const QString &directory, PublishRunner::Environment environment)
        : m_queue(queue)
        , m_directory(directory)
        , m_environment(std::move(environment))
    { }

    void wake()
    {
        QMutexLocker locker(&m_mutex);
        m_woken = true;
        m_condition.wakeAll();
    }

    void stop()
    {
        m_stopping = true;
        m_cancelCurrent = true;
        wake();
        wait();
    }

    void abortJob(qint64 jobId)
    {
        if (m_currentJob.load() == jobId)
            m_cancelCurrent = true;
    }

    void setEnvironment(PublishRunner::Environment environment)
    {
        QMutexLocker locker(&m_mutex);
        m_nextEnvironment = std::move(environment);
    }

    std::atomic_bool lockedElsewhere {false};

protected:
    void run() override
    {
        Library library;
        if (!library.open(m_directory)) {
            qCWarning(lcPublish) << "publish queue:" << library.errorString();
            return;
        }
        Outbox outbox(library);
        PublishRunner runner(library, takeEnvironment().value_or(m_environment));
        PublishQueueLock lock(m_directory);
        QElapsedTimer sinceProgress;
        sinceProgress.start();

        while (!m_stopping) {
            // A lock file that cannot be made looks the same to a person:
            // this window does not send, and follows the outbox.
            if (lock.acquire() != PublishQueueLock::Ours) {
                setLockedElsewhere(true);
                sleepUntil(QDateTime::currentDateTimeUtc().addMSecs(1000));
                continue;
            }
            setLockedElsewhere(false);
            const std::optional<PublishJob> due = outbox.nextDue(QDateTime::currentDateTimeUtc());
            if (!due) {
                if (const int open = outbox.openJobCount(); open != m_lastIdle) {
                    m_lastIdle = open;
                    Q_EMIT m_queue->idle(open);
                }
                const QDateTime next = outbox.nextWakeUp();
                // Another process (byline publish, queue retry) may add jobs
                // without waking this one: look again every few seconds.
                const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(3);
                sleepUntil(next.isValid() && next < soon ? next : soon);
                continue;
            }
            m_lastIdle = -1;
            if (std::optional<PublishRunner::Environment> changed = takeEnvironment())
                runner.setEnvironment(std::move(*changed));
            m_cancelCurrent = false;
            m_currentJob = due->id;
            runner.run(due->id, &m_cancelCurrent, [&](const PublishJob &job) {
                const bool progressOnly =
                    job.state == PublishState::UploadingPhotos && job.bytesDone > 0 && job.bytesDone < job.bytesTotal;
                if (progressOnly && sinceProgress.elapsed() < 100)
                    return;
                sinceProgress.restart();
                Q_EMIT m_queue->jobChanged(job);
            });
            m_currentJob = 0;
        }
    }

private:
    std::optional<PublishRunner::Environment> takeEnvironment()
    {
        QMutexLocker locker(&m_mutex);
        return std::exchange(m_nextEnvironment, std::nullopt);
    }

    void setLockedElsewhere(bool locked)
    {
        if (lockedElsewhere.exchange(locked) != locked)
            Q_EMIT m_queue->lockedElsewhereChanged(locked);
    }

    void sleepUntil(const QDateTime &time)
    {
        QMutexLocker locker(&m_mutex);
        while (!m_woken && !m_stopping) {
            const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(time);
            if (ms <= 0)
                break;
            m_condition.wait(&m_mutex, QDeadlineTimer(std::min<qint64>(ms, 60000)));
        }
        m_woken = false;
    }

    PublishQueue *m_queue;
    QString m_directory;
    PublishRunner::Environment m_environment;
    std::optional<PublishRunner::Environment> m_nextEnvironment; // under m_mutex
    QMutex m_mutex;
    QWaitCondition m_condition;
    bool m_woken = false;
    int m_lastIdle = -1;
    std::atomic_bool m_stopping {false};
    std::atomic_bool m_cancelCurrent {false};
    std::atomic<qint64> m_currentJob {0};
};

PublishQueue::PublishQueue(const QString &libraryDirectory, PublishRunner::Environment environment, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>(this, libraryDirectory, std::move(environment)))
{
    // Without a backend there is no "offline": every job would spend its
    // attempts against a network that is not there. Loaded once per process,
    // on the thread that owns the queue.
    if (!QNetworkInformation::instance())
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    // The network coming back is worth a look at the waiting jobs.
    if (QNetworkInformation *network = QNetworkInformation::instance()) {
        connect(network, &QNetworkInformation::reachabilityChanged, this, [this](auto reachability) {
            if (reachability != QNetworkInformation::Reachability::Disconnected)
                wake();
        });
    }
}

PublishQueue::~PublishQueue()
{
    stop();
}

void PublishQueue::start()
{
    if (!m_worker->isRunning())
        m_worker->start();
}

void PublishQueue::stop()
{
    if (m_worker->isRunning())
        m_worker->stop();
}

bool PublishQueue::isStarted() const
{
    return m_worker->isRunning();
}

void PublishQueue::wake()
{
    m_worker->wake();
}

void PublishQueue::abortJob(qint64 jobId)
{
    m_worker->abortJob(jobId);
}

bool PublishQueue::isLockedElsewhere() const
{
    return m_worker->lockedElsewhere;
}

void PublishQueue::setEnvironment(PublishRunner::Environment environment)
{
    m_worker->setEnvironment(std::move(environment));
}

} // namespace Byline
