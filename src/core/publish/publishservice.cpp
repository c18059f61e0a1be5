#include "publishservice.h"

#include "common/settingsnotifier.h"
#include "embargo.h"
#include "library/library.h"
#include "outbox.h"
#include "publishqueue.h"
#include "publishqueuelock.h"
#include "publishrunner.h"

#include <QDir>
#include <QSet>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Byline {

PublishService::PublishService(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_source([](QString *problem) { return PublishEnvironment::fromSettings(problem); })
{
    // A publication or template pack saved in Settings is used from the next
    // job on, by the window's running queue and the next drain alike.
    connect(SettingsNotifier::instance(), &SettingsNotifier::changed, this, [this](const QString &key) {
        if (key == Publication::settingsKey() && m_environment)
            reloadSettings();
    });
}

PublishService::~PublishService()
{
    stop();
}

void PublishService::setEnvironmentSource(EnvironmentSource source)
{
    m_source = std::move(source);
    m_environment.reset();
}

const PublishEnvironment &PublishService::environment()
{
    if (!m_environment)
        m_environment = m_source(&m_environmentProblem);
    return *m_environment;
}

QString PublishService::environmentProblem()
{
    environment();
    return m_environmentProblem;
}

void PublishService::reloadSettings()
{
    m_environment = m_source(&m_environmentProblem);
    if (m_queue)
        m_queue->setEnvironment(*m_environment);
}

void PublishService::start()
{
    if (m_queue)
        return;
    m_queue = std::make_unique<PublishQueue>(m_library.directory(), environment());
    connect(m_queue.get(), &PublishQueue::jobChanged, this, &PublishService::jobChanged);
    connect(m_queue.get(), &PublishQueue::lockedElsewhereChanged, this, &PublishService::setLockedElsewhere);
    connect(m_queue.get(), &PublishQueue::idle, this, [this](int open) {
        if (open == 0)
            Q_EMIT drained();
    });
    m_queue->start();
}

void PublishService::stop()
{
    if (!m_queue)
        return;
    m_queue->stop();
    m_queue.reset();
}

bool PublishService::isRunning() const
{
    return m_queue && m_queue->isStarted();
}

bool PublishService::isLockedElsewhere() const
{
    return m_queue ? m_queue->isLockedElsewhere() : m_lockedElsewhere;
}

void PublishService::setLockedElsewhere(bool locked)
{
    if (m_lockedElsewhere == locked)
        return;
    m_lockedElsewhere = locked;
    Q_EMIT lockedElsewhereChanged(locked);
}

std::optional<PublishJob> PublishService::enqueue(
    qint64 articleId, const QString &target, PublishAction action, const QDateTime &scheduledAt, const QString &note)
{
    m_error.clear();
    Outbox outbox(m_library);
    outbox.setTimeZone(Embargo::zone(environment().publication.timeZone));
    const std::optional<PublishJob> job = outbox.enqueue(articleId, target, action, scheduledAt, note);
    if (!job) {
        m_error = outbox.errorString();
        return std::nullopt;
    }
    // The new job, and any older one of the same story it replaced.
    Q_EMIT jobsChanged();
    if (m_queue)
        m_queue->wake();
    return job;
}

bool PublishService::retry(qint64 jobId)
{
    return requeue(jobId, false);
}

bool PublishService::overwrite(qint64 jobId)
{
    return requeue(jobId, true);
}

bool PublishService::requeue(qint64 jobId, bool overwrite)
{
    m_error.clear();
    Outbox outbox(m_library);
    if (!outbox.retry(jobId, overwrite)) {
        m_error = outbox.errorString();
        return false;
    }
    jobStored(jobId);
    if (m_queue)
        m_queue->wake();
    return true;
}

bool PublishService::cancel(qint64 jobId)
{
    m_error.clear();
    // The choice is recorded first, so the runner finds it when its request ends.
    Outbox outbox(m_library);
    if (!outbox.cancel(jobId)) {
        m_error = outbox.errorString();
        return false;
    }
    if (m_queue)
        m_queue->abortJob(jobId);
    jobStored(jobId);
    return true;
}

void PublishService::jobStored(qint64 jobId)
{
    if (const std::optional<PublishJob> stored = Outbox(m_library).job(jobId))
        Q_EMIT jobChanged(*stored);
}

std::optional<PublishJob> PublishService::job(qint64 jobId) const
{
    return Outbox(m_library).job(jobId);
}

QList<PublishJob> PublishService::jobs(bool all) const
{
    return Outbox(m_library).jobs(all);
}

QList<PublishLogEntry> PublishService::log(qint64 jobId) const
{
    return Outbox(m_library).log(jobId);
}

QString PublishService::errorString() const
{
    return m_error.isEmpty() ? m_library.errorString() : m_error;
}

void PublishService::interrupt()
{
    m_interrupted = true;
}

// In short steps, so an interrupt is heard at once.
void PublishService::sleepUntil(const QDateTime &time)
{
    while (!m_interrupted) {
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(time);
        if (ms <= 0)
            return;
        QThread::msleep(quint64(std::min<qint64>(ms, 100)));
    }
}

PublishService::DrainEnd PublishService::drain(qint64 onlyJob)
{
    m_error.clear();
    Outbox outbox(m_library);
    PublishRunner runner(m_library, environment());
    PublishQueueLock lock(m_library.directory());
    const auto changed = [this](const PublishJob &job) { Q_EMIT jobChanged(job); };
    QSet<qint64> open; // the jobs this drain follows, while they are open
    if (onlyJob)
        open.insert(onlyJob);
    bool ranOnce = false;
    qint64 stopped = 0; // a job the interrupt caught, to put back in the queue
    DrainEnd end = DrainEnd::Drained;
    for (;;) {
        if (m_interrupted) {
            end = DrainEnd::Interrupted;
            break;
        }
        if (!onlyJob) {
            for (const PublishJob &job : outbox.jobs(false)) {
                if (job.isOpen())
                    open.insert(job.id);
            }
        }
        for (const qint64 id : QSet<qint64>(open)) {
            const std::optional<PublishJob> job = outbox.job(id);
            if (job && job->isOpen()) {
                // Following another process, or the one job after each turn:
                // what the outbox says now.
                if (m_lockedElsewhere || (onlyJob && ranOnce))
                    Q_EMIT jobChanged(*job);
                continue;
            }
            open.remove(id);
            if (job)
                Q_EMIT jobSettled(*job);
        }
        if (open.isEmpty())
            break;

        const QDateTime now = QDateTime::currentDateTimeUtc();
        switch (lock.acquire()) {
        case PublishQueueLock::Ours:
            setLockedElsewhere(false);
            if (onlyJob) {
                const std::optional<PublishJob> job = outbox.job(onlyJob);
                if (job && job->state == PublishState::Waiting && job->nextAttempt > now)
                    sleepUntil(job->nextAttempt);
                else
                    runner.run(onlyJob, &m_interrupted, changed);
            } else if (const std::optional<PublishJob> due = outbox.nextDue(now)) {
                const std::optional<PublishJob> ended = runner.run(due->id, &m_interrupted, changed);
                if (m_interrupted && ended && ended->state == PublishState::Cancelled)
                    stopped = due->id;
            } else {
                const QDateTime next = outbox.nextWakeUp();
                sleepUntil(next.isValid() ? next : now.addMSecs(500));
            }
            break;
        case PublishQueueLock::Elsewhere:
            setLockedElsewhere(true);
            sleepUntil(now.addMSecs(500));
            break;
        case PublishQueueLock::Failed:
            m_error = lock.failure();
            m_interrupted = false;
            return DrainEnd::LockFailed;
        }
        ranOnce = true;
    }
    if (end == DrainEnd::Interrupted) {
        // Stopping the queue is not cancelling the job it was sending: it
        // goes back to the queue and resumes at the next run.
        if (stopped)
            outbox.retry(stopped);
    } else {
        Q_EMIT drained();
    }
    m_interrupted = false;
    return end;
}

PublishService::TargetCheck PublishService::testTarget(
    const TargetAccount &account, const PublishEnvironment &environment, const TargetProgress &progress)
{
    if (const QString problem = account.problem(); !problem.isEmpty())
        return {false, problem};
    QString password;
    if (account.needsPassword()) {
        QString error;
        const std::optional<QString> stored =
            environment.password ? environment.password(account, &error) : std::nullopt;
        if (!stored)
            return {false, error.isEmpty() ? tr("There is no password for %1.").arg(account.description()) : error};
        password = *stored;
    }
    QString error;
    const std::unique_ptr<PublishTarget> target = PublishTarget::create(account, password, &error);
    if (!target)
        return {false, error};
    target->setRetryPolicy(environment.policy);
    TargetCapabilities can;
    const TargetOutcome outcome = target->signIn(&can, progress);
    if (!outcome.ok()) {
        QString text = outcome.message;
        // The site's words, already made safe to show (SiteText).
        if (!outcome.serverText.isEmpty() && !text.contains(outcome.serverText))
            text += u'\n' + tr("The site says: %1").arg(outcome.serverText);
        return {false, text};
    }

    QStringList lines;
    if (account.kind == TargetAccount::folderKind()) {
        lines << tr("The target %1 writes each article into %2.")
                     .arg(account.name, QDir::toNativeSeparators(account.path));
    } else {
        const QString url = account.url.toString();
        const QString site = can.siteName.isEmpty() ? url : u"%1 (%2)"_s.arg(can.siteName, url);
        QString who = can.displayName.isEmpty() || can.displayName == can.userName
            ? can.userName
            : u"%1 (%2)"_s.arg(can.displayName, can.userName);
        if (!can.roles.isEmpty())
            who += u"; "_s + can.roles.join(u", "_s);
        lines << tr("Signed in to %1 as %2.").arg(site, who);
    }
    auto right = [](const QString &line) { return u"  "_s + line; };
    auto yesNo = [](bool yes) { return yes ? tr("yes") : tr("no"); };
    lines << right(tr("Upload photos: %1").arg(yesNo(can.uploadFiles)))
          << right(tr("Submit for review: %1").arg(yesNo(can.editPosts)))
          << right(tr("Publish and schedule: %1").arg(yesNo(can.publishPosts)))
          << right(tr("Update published stories: %1").arg(yesNo(can.editPublishedPosts)));
    if (account.kind == TargetAccount::wordPressKind()) {
        lines << right(can.exactlyOnce ? tr("The Byline connector is installed: a retry never makes a second post.")
                                       : tr("The Byline connector is not installed: Byline avoids duplicates when "
                                            "it hears the site's answer; see docs/wordpress.md."));
    }
    for (const QString &note : outcome.notes)
        lines << note;
    return {true, lines.join(u'\n')};
}

} // namespace Byline
