#include "publishcommands.h"

#include "commands.h"
#include "library/library.h"
#include "publish/publishservice.h"
#include "publish/targetaccount.h"
#include "publishcli.h"
#include "render/publication.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// `byline publish` and `byline queue`, over the PublishService the window uses.
namespace Byline::Cli {

using namespace PublishCli;

namespace {

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

int publishCommand(Context &context)
{
    const Publication publication = Publication::fromSettings();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli",
        "Sends an article to a publishing target and waits until it is there. The article is queued as the "
        "window's Publish… does it (its current text, saved as a revision), the job runs with its "
        "progress on standard error, and on success the post's id on the site and its address are printed "
        "(a folder target has no id: only the address). When the site refuses, or the account may not take "
        "the action, it exits with 1 and the reason, and the job stays in the queue (see byline queue).\n\n"
        "STATUS: draft (a CMS draft), pending (submit for review), publish (publish now), future (schedule "
        "at --at) or unpublish (take a published story back).\n"
        "--at takes an ISO 8601 date and time such as 2025-06-02T09:00; without an offset it is read in the "
        "publication's time zone (%1), with Z or +09:00 as given. It must be in the future.\n\n"
        "While the Byline window runs this library's queue, the job is left to it and this command follows it "
        "until it ends. Ctrl+C cancels the job.")
            .arg(publication.timeZone));
    parser.addPositionalArgument(
        u"ID"_s, QCoreApplication::translate("Byline::Cli", "The article's id, as \"byline list\" shows it"));
    const QCommandLineOption targetOption(u"target"_s,
        QCoreApplication::translate("Byline::Cli", "The target to publish to (default: %1)")
            .arg(TargetAccounts::defaultTarget()),
        QCoreApplication::translate("Byline::Cli", "NAME"));
    const QCommandLineOption statusOption(u"status"_s,
        QCoreApplication::translate("Byline::Cli", "draft, pending, publish, future or unpublish (required)"),
        QCoreApplication::translate("Byline::Cli", "STATUS"));
    const QCommandLineOption atOption(u"at"_s,
        QCoreApplication::translate("Byline::Cli", "future: when the story goes live (ISO 8601)"),
        QCoreApplication::translate("Byline::Cli", "TIME"));
    parser.addOptions({targetOption, statusOption, atOption});
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;

    auto usage = [&context](const QString &message) {
        context.err << u"byline publish: "_s << message << Qt::endl;
        return int(UsageError);
    };
    const QStringList positional = parser.positionalArguments();
    const std::optional<qint64> articleId = idFrom(positional.value(0));
    if (positional.size() != 1 || !articleId)
        return usage(
            QCoreApplication::translate("Byline::Cli", "give one article id (a number, as \"byline list\" shows)."));
    if (!parser.isSet(statusOption))
        return usage(QCoreApplication::translate(
            "Byline::Cli", "choose --status draft, pending, publish, future or unpublish."));
    std::optional<PublishAction> action = PublishNames::actionFromKey(parser.value(statusOption).toLower());
    if (action && isDeskAction(*action)) // byline desk return|approve
        action.reset();
    if (!action)
        return usage(QCoreApplication::translate(
            "Byline::Cli", "unknown status \"%1\"; use draft, pending, publish, future or unpublish.")
                .arg(parser.value(statusOption)));
    QDateTime at;
    if (*action == PublishAction::Schedule) {
        if (!parser.isSet(atOption))
            return usage(QCoreApplication::translate(
                "Byline::Cli", "--status future needs --at, the date and time the story goes live."));
        at = scheduleTime(parser.value(atOption), publication.timeZone);
        if (!at.isValid())
            return usage(QCoreApplication::translate("Byline::Cli",
                "cannot read the time \"%1\"; write it as ISO 8601, such as 2025-06-02T09:00 or "
                "2025-06-02T09:00+09:00.")
                    .arg(parser.value(atOption)));
        if (at <= QDateTime::currentDateTimeUtc())
            return usage(QCoreApplication::translate(
                "Byline::Cli", "the time %1 has passed; a scheduled story needs a time in the future.")
                    .arg(parser.value(atOption)));
    } else if (parser.isSet(atOption)) {
        return usage(QCoreApplication::translate("Byline::Cli", "--at goes with --status future."));
    }

    const QString targetName =
        parser.isSet(targetOption) ? parser.value(targetOption) : TargetAccounts::defaultTarget();
    const std::optional<TargetAccount> account = TargetAccounts::find(targetName);
    if (!account) {
        context.err << QCoreApplication::translate(
            "Byline::Cli", "There is no target called %1; \"byline targets list\" shows them.")
                           .arg(targetName)
                    << Qt::endl;
        return Failure;
    }
    if (const QString problem = account->problem(); !problem.isEmpty()) {
        context.err << problem << Qt::endl;
        return Failure;
    }

    Library library;
    if (!openLibrary(library, context))
        return Failure;
    if (!library.articleStore().article(*articleId)) {
        context.err << QCoreApplication::translate("Byline::Cli", "There is no article %1 in the library %2.")
                           .arg(*articleId)
                           .arg(shown(library.directory()))
                    << Qt::endl;
        return Failure;
    }
    PublishService service(library);
    const std::optional<PublishJob> queued = service.enqueue(*articleId, account->name, *action, at);
    if (!queued) {
        context.err << service.errorString() << Qt::endl;
        return Failure;
    }
    const qint64 jobId = queued->id;
    context.err << QCoreApplication::translate("Byline::Cli", "job %1: queued: %2 on %3.")
                       .arg(jobId)
                       .arg(PublishNames::actionDisplayName(*action), account->description())
                << Qt::endl;
    if (const QString problem = service.environmentProblem(); !problem.isEmpty())
        context.err << problem << Qt::endl;

    const std::optional<PublishJob> job = runJob(service, jobId, context);
    if (!job)
        return Failure;
    if (job->state == PublishState::Done) {
        if (job->remoteId)
            context.out << job->remoteId << u' ';
        context.out << job->remoteUrl.toString() << Qt::endl;
        return Success;
    }
    reportUnfinished(*job, context);
    return Failure;
}

// The queue as a table: one line per job, columns aligned, then its times,
// last message and address indented below it.
void printJobs(const QList<PublishJob> &jobs, Context &context)
{
    auto attempts = [](const PublishJob &job) {
        return QCoreApplication::translate("Byline::Cli", "%n attempt(s)", nullptr, job.attempts);
    };
    qsizetype idWidth = 0, stateWidth = 0, targetWidth = 0, actionWidth = 0, attemptsWidth = 0;
    for (const PublishJob &job : jobs) {
        idWidth = std::max(idWidth, QString::number(job.id).size());
        stateWidth = std::max(stateWidth, PublishNames::stateKey(job.state).size());
        targetWidth = std::max(targetWidth, job.target.size());
        actionWidth = std::max(actionWidth, PublishNames::actionKey(job.action).size());
        attemptsWidth = std::max(attemptsWidth, attempts(job).size());
    }
    // Scheduled times as the newsroom reads them: in the publication's zone.
    const QTimeZone zone(Publication::fromSettings().timeZone.toUtf8());
    const QString indent(idWidth + 2, u' ');
    for (const PublishJob &job : jobs) {
        context.out << QString::number(job.id).rightJustified(idWidth) << u"  "_s
                    << PublishNames::stateKey(job.state).leftJustified(stateWidth) << u"  "_s
                    << job.target.leftJustified(targetWidth) << u"  "_s
                    << PublishNames::actionKey(job.action).leftJustified(actionWidth) << u"  "_s
                    << attempts(job).leftJustified(attemptsWidth) << u"  "_s << job.headline << u'\n';
        if (job.action == PublishAction::Schedule && job.scheduledAt.isValid())
            context.out << indent
                        << QCoreApplication::translate("Byline::Cli", "goes live at %1")
                               .arg(job.scheduledAt.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
                                       .toString(u"yyyy-MM-dd HH:mm t"_s))
                        << u'\n';
        if (job.state == PublishState::Waiting && job.nextAttempt.isValid())
            context.out
                << indent
                << QCoreApplication::translate("Byline::Cli", "next attempt at %1").arg(localTime(job.nextAttempt))
                << u'\n';
        if (!job.message.isEmpty())
            context.out << indent << QString(jobMessage(job)).replace(u'\n', u'\n' + indent) << u'\n';
        if (!job.remoteUrl.isEmpty() && !job.message.contains(job.remoteUrl.toString()))
            context.out << indent << job.remoteUrl.toString() << u'\n';
    }
}

// One line per settled job: "ID done URL", "ID held MESSAGE" or "ID cancelled MESSAGE".
void printOutcome(const PublishJob &job, Context &context)
{
    context.out << job.id << u' ' << PublishNames::stateKey(job.state) << u' '
                << (job.state == PublishState::Done && !job.remoteUrl.isEmpty()
                           ? job.remoteUrl.toString()
                           : QString(jobMessage(job)).replace(u'\n', u' '))
                << Qt::endl;
}

int runQueue(Library &library, Context &context)
{
    PublishService service(library);
    if (const QString problem = service.environmentProblem(); !problem.isEmpty())
        context.err << problem << Qt::endl;
    ProgressPrinter progress(context);
    followService(service, progress, context);
    bool held = false;
    QObject::connect(&service, &PublishService::jobSettled, &service, [&held, &context](const PublishJob &job) {
        printOutcome(job, context);
        held = held || job.state == PublishState::Held;
    });
    InterruptGuard guard(&service);
    switch (service.drain()) {
    case PublishService::DrainEnd::Drained:
        return held ? Failure : Success;
    case PublishService::DrainEnd::Interrupted:
        context.err << QCoreApplication::translate(
            "Byline::Cli", "Stopped. The jobs not sent yet stay in the queue; \"byline queue run\" resumes them.")
                    << Qt::endl;
        return Failure;
    case PublishService::DrainEnd::LockFailed:
        context.err << service.errorString() << Qt::endl;
        return Failure;
    }
    return Failure;
}

int queueCommand(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli",
        "Shows and runs the library's publish queue, the same one the window's Publishing dock shows.\n\n"
        "  list            Every job, newest first: id, state, target, action, attempts, headline, then its "
        "last message and the story's address on the site.\n"
        "  run             Sends every job that is due and waits for those that retry, until none is open. "
        "Prints one line per job as it ends: \"ID done URL\", \"ID held WHY\" or \"ID cancelled WHY\". Exits with 1 "
        "if a job was held. While the Byline window runs the queue, this follows it instead.\n"
        "  retry JOB       Queues a held, waiting or cancelled job again (--overwrite: replace an edit made on the "
        "site since Byline last sent the story).\n"
        "  cancel JOB      Cancels a job that is not done."));
    parser.addPositionalArgument(u"ACTION"_s, QCoreApplication::translate("Byline::Cli", "list, run, retry or cancel"),
        u"list|run|retry|cancel"_s);
    parser.addPositionalArgument(u"JOB"_s,
        QCoreApplication::translate("Byline::Cli", "retry, cancel: the job's id, as \"byline queue list\" shows it"),
        u"[JOB]"_s);
    const QCommandLineOption jsonOption(
        u"json"_s, QCoreApplication::translate("Byline::Cli", "list: print JSON instead of a table"));
    const QCommandLineOption overwriteOption(u"overwrite"_s,
        QCoreApplication::translate("Byline::Cli", "retry: replace the story on the site even if it was edited there"));
    parser.addOptions({jsonOption, overwriteOption});
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    auto usage = [&context](const QString &message) {
        context.err << u"byline queue: "_s << message << Qt::endl;
        return int(UsageError);
    };
    if (action != u"list"_s && action != u"run"_s && action != u"retry"_s && action != u"cancel"_s)
        return usage(
            QCoreApplication::translate("Byline::Cli", "choose list, run, retry or cancel (see byline queue --help)."));
    if (action != u"list"_s && parser.isSet(jsonOption))
        return usage(QCoreApplication::translate("Byline::Cli", "--json goes with list."));
    if (action != u"retry"_s && parser.isSet(overwriteOption))
        return usage(QCoreApplication::translate("Byline::Cli", "--overwrite goes with retry."));
    const bool needsJob = action == u"retry"_s || action == u"cancel"_s;
    std::optional<qint64> jobId;
    if (needsJob) {
        jobId = idFrom(positional.value(1));
        if (positional.size() != 2 || !jobId)
            return usage(QCoreApplication::translate(
                "Byline::Cli", "give one job id (a number, as \"byline queue list\" shows)."));
    } else if (positional.size() != 1) {
        return usage(QCoreApplication::translate("Byline::Cli", "%1 takes no job id.").arg(action));
    }

    Library library;
    if (!openLibrary(library, context))
        return Failure;
    if (action == u"run"_s)
        return runQueue(library, context);
    PublishService service(library);
    if (action == u"list"_s) {
        const QList<PublishJob> jobs = service.jobs(true);
        if (parser.isSet(jsonOption)) {
            QJsonArray array;
            for (const PublishJob &job : jobs)
                array.append(job.toJson());
            context.out << prettyJson(array) << Qt::flush;
            return Success;
        }
        if (jobs.isEmpty())
            context.out << QCoreApplication::translate("Byline::Cli", "The publish queue is empty.") << u'\n';
        printJobs(jobs, context);
        context.out.flush();
        return Success;
    }
    // The usual slips answered here, without the library's warning.
    const std::optional<PublishJob> job = service.job(*jobId);
    if (!job) {
        context.err
            << QCoreApplication::translate("Byline::Cli", "There is no job %1 in the publish queue.").arg(*jobId)
            << Qt::endl;
        return Failure;
    }
    if (job->state == PublishState::Done) {
        context.err << QCoreApplication::translate("Byline::Cli",
            "Job %1 is done: its story is on the site. Publish the article again to send a newer "
            "version, or with --status unpublish to take it back.")
                           .arg(*jobId)
                    << Qt::endl;
        return Failure;
    }
    const bool ok = action == u"cancel"_s ? service.cancel(*jobId)
        : parser.isSet(overwriteOption)   ? service.overwrite(*jobId)
                                          : service.retry(*jobId);
    if (!ok) {
        context.err << service.errorString() << Qt::endl;
        return Failure;
    }
    context.err << (action == u"retry"_s
            ? QCoreApplication::translate(
                  "Byline::Cli", "Job %1 is queued again; \"byline queue run\" sends it, as does the Byline window.")
            : QCoreApplication::translate("Byline::Cli", "Job %1 is cancelled."))
                       .arg(*jobId)
                << Qt::endl;
    return Success;
}

} // namespace

void addPublishCommands(Dispatcher &dispatcher)
{
    dispatcher.add({u"targets"_s, QT_TRANSLATE_NOOP("Byline::Cli", "Add, list, remove or test publishing targets"),
        false, targetsCommand});
    dispatcher.add({u"publish"_s,
        QT_TRANSLATE_NOOP("Byline::Cli", "Send an article to a target (draft, review, publish, schedule) and wait"),
        false, publishCommand});
    dispatcher.add({u"queue"_s, QT_TRANSLATE_NOOP("Byline::Cli", "List, run, retry or cancel the publish queue's jobs"),
        false, queueCommand});
}

} // namespace Byline::Cli
