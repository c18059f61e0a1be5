#pragma once

#include "publishjob.h"
#include "publishqueuelock.h"
#include "publishrunner.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Byline {

// Runs the outbox of a library on a worker thread of its own (with its own
// library connection) until it is stopped: the due jobs in order, then a
// sleep until the next retry, a wake() or the network coming back. One
// process at a time runs a library's queue (PublishQueueLock); another
// process that wants to waits and watches the outbox. The window uses it
// through PublishService.
class PublishQueue : public QObject
{
    Q_OBJECT

public:
    PublishQueue(const QString &libraryDirectory, PublishRunner::Environment environment, QObject *parent = nullptr);
    ~PublishQueue() override;

    static QString lockFileName() { return PublishQueueLock::fileName(); }

    void start();
    // Stops after aborting the request in flight (the job resumes at the next start).
    void stop();
    bool isStarted() const;
    // Something changed in the outbox (a job queued or retried): look now.
    void wake();
    // Aborts the job's request if it is the one running; Outbox::cancel()
    // records the choice.
    void abortJob(qint64 jobId);
    // True while another process runs this library's queue.
    bool isLockedElsewhere() const;
    // Used from the next job on (the settings changed).
    void setEnvironment(PublishRunner::Environment environment);

Q_SIGNALS:
    // A job's state, message or progress changed (progress at most ten times a second).
    void jobChanged(const Byline::PublishJob &job);
    // Nothing is due; `open` jobs wait for a retry or the network.
    void idle(int open);
    void lockedElsewhereChanged(bool locked);

private:
    class Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace Byline
