#pragma once

#include "dispatcher.h"
#include "publish/publishjob.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QString>

#include <atomic>
#include <optional>

namespace Byline {
class PublishService;
}

// What the publishing commands (`targets`, `publish`, `queue`) share.
namespace Byline::Cli::PublishCli {

// Ctrl+C or SIGTERM while it lives: a drain of `service` is interrupted (the
// request in flight aborted) and flag() is set. A second one ends the
// process at once. The handlers found are put back after.
class InterruptGuard
{
public:
    explicit InterruptGuard(PublishService *service = nullptr);
    ~InterruptGuard();
    Q_DISABLE_COPY_MOVE(InterruptGuard)

    static const std::atomic_bool *flag();

private:
    using Handler = void (*)(int);
    Handler m_int;
    Handler m_term;
};

// Prints a job's progress on standard error: each new message (every wait
// before another try among them, with what failed and when the next try is,
// as the Publishing dock shows it), and the bytes of a photo upload at most
// once a second. Settled jobs are left to the command's own last words.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(Context &context);
    void operator()(const PublishJob &job);

private:
    Context &m_context;
    QHash<qint64, QString> m_messages;
    QElapsedTimer m_sinceBytes;
};

QString shown(const QString &path);
QString prettyJson(const QJsonArray &array);
// A positive number (an article or job id), or nullopt.
std::optional<qint64> idFrom(const QString &text);
// The job's message, with the server's own words (made safe, as the dock
// shows them) when the message does not already quote them.
QString jobMessage(const PublishJob &job);

// Progress on standard error, and a word when another process runs the queue.
void followService(PublishService &service, ProgressPrinter &progress, Context &context);
// A time from --at: ISO 8601, read in the publication's time zone unless it
// carries its own offset; invalid when unreadable.
QDateTime scheduleTime(const QString &text, const QString &timeZone);
// Runs the queue on this thread until the job is done, held or cancelled,
// its progress on standard error; Ctrl+C cancels it. The job as it ended, or
// nullopt with the reason printed.
std::optional<PublishJob> runJob(PublishService &service, qint64 jobId, Context &context);
// Why the job did not finish, and, when it waits for a person, what to do.
void reportUnfinished(const PublishJob &job, Context &context);

// `byline targets` (targetcommands.cpp).
int targetsCommand(Context &context);

} // namespace Byline::Cli::PublishCli
