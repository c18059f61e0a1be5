#pragma once

#include "publishenvironment.h"
#include "publishjob.h"
#include "publishtarget.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Byline {

class Library;
class PublishQueue;

// Publishing as the window, the Publishing dock and the command line use it:
// queue a story, retry, cancel or overwrite a job, run the queue, test a
// target. It owns what they used to do each for themselves: the runner's
// environment (from the settings, PublishEnvironment::fromSettings), waking
// the queue and telling the views what changed. Outbox writes go through the
// caller's Library; sending happens either on a queue thread of its own
// (start(), the window) or on the calling thread (drain(), the command line).
class PublishService : public QObject
{
    Q_OBJECT

public:
    explicit PublishService(Library &library, QObject *parent = nullptr);
    ~PublishService() override;

    // Where the runner's environment comes from (tests give their own
    // accounts and passwords); PublishEnvironment::fromSettings by default.
    using EnvironmentSource = std::function<PublishEnvironment(QString *problem)>;
    void setEnvironmentSource(EnvironmentSource source);
    // Built on first use; environmentProblem() says what was wrong with the
    // settings (a template pack that cannot be used), empty when nothing.
    const PublishEnvironment &environment();
    QString environmentProblem();

    // The queue on a worker thread of its own, until stop() (the window).
    void start();
    // Aborts the request in flight; its job resumes at the next start.
    void stop();
    bool isRunning() const;
    // Another process runs this library's queue: this one follows it.
    bool isLockedElsewhere() const;

    // Queues the article as it is now (a named revision and a snapshot; an
    // older open job of the same story and target is replaced). Desk actions
    // (Return, Approve, Note) carry `note`. Refused with errorString() before
    // anything is queued: going live before the embargo (said in the
    // publication's time zone), a return without a note (Outbox::enqueue).
    std::optional<PublishJob> enqueue(qint64 articleId, const QString &target, PublishAction action,
        const QDateTime &scheduledAt = {}, const QString &note = {});
    // A held, waiting or cancelled job again, now.
    bool retry(qint64 jobId);
    // The person's choice in a conflict: send Byline's version over the site's edit.
    bool overwrite(qint64 jobId);
    // Recorded first, then the job's request in flight is aborted.
    bool cancel(qint64 jobId);
    std::optional<PublishJob> job(qint64 jobId) const;
    QList<PublishJob> jobs(bool all = true) const;
    QList<PublishLogEntry> log(qint64 jobId) const;
    // Why the last call failed (translated): the library's words, or the lock file's.
    QString errorString() const;

    enum class DrainEnd
    {
        Drained, // nothing the drain followed is open
        Interrupted, // interrupt() was called
        LockFailed, // the queue's lock file cannot be made (errorString())
    };
    // Runs the queue on the calling thread until no job is open (`byline
    // queue run`), or with a job id, until that job is done, held or
    // cancelled (`byline publish`). Waits out retries; while another process
    // runs the queue, follows it. Reports through the signals: jobChanged
    // (progress), jobSettled (a followed job ended), lockedElsewhereChanged,
    // drained. Interrupted, a job the stop caught mid-way stays queued.
    DrainEnd drain(qint64 onlyJob = 0);
    // Ends a drain soon and aborts its request in flight. Safe from another
    // thread and from a signal handler (it only sets a lock-free flag).
    void interrupt();

    // What signing in to a target found, in one wording for Settings >
    // Publishing Targets > Test and `byline targets test`.
    struct TargetCheck
    {
        bool ok = false;
        QString text; // lines for a person: who is signed in and what the account may do, or why not
    };
    // Blocking: the keychain and the site may both take a while (the window
    // calls it on a worker thread). `progress` hears reads asked again in
    // place and can cancel.
    static TargetCheck testTarget(
        const TargetAccount &account, const PublishEnvironment &environment, const TargetProgress &progress = {});

public Q_SLOTS:
    // The settings changed (publication, template pack): the environment is
    // built again and used from the next job on.
    void reloadSettings();

Q_SIGNALS:
    // A job's state, message or progress changed.
    void jobChanged(const Byline::PublishJob &job);
    // Jobs were added or replaced (an enqueue): read them all again.
    void jobsChanged();
    // A job a drain followed is done, held or cancelled.
    void jobSettled(const Byline::PublishJob &job);
    void lockedElsewhereChanged(bool locked);
    // Nothing is open any more.
    void drained();

private:
    void setLockedElsewhere(bool locked);
    void sleepUntil(const QDateTime &time);
    void jobStored(qint64 jobId);
    // retry() and overwrite(): the job back in the queue, woken.
    bool requeue(qint64 jobId, bool overwrite);

    Library &m_library;
    EnvironmentSource m_source;
    std::optional<PublishEnvironment> m_environment;
    QString m_environmentProblem;
    std::unique_ptr<PublishQueue> m_queue;
    QString m_error;
    bool m_lockedElsewhere = false;
    std::atomic_bool m_interrupted {false};
    static_assert(std::atomic_bool::is_always_lock_free, "interrupt() is called from signal handlers");
};

} // namespace Byline
