#include "publishcli.h"

#include "publish/publishservice.h"
#include "publish/sitetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <csignal>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Byline::Cli::PublishCli {

namespace {

std::atomic_bool interrupted {false};
std::atomic<PublishService *> interruptible {nullptr};
static_assert(std::atomic_bool::is_always_lock_free, "the signal handler needs a lock-free flag");
static_assert(std::atomic<PublishService *>::is_always_lock_free, "the signal handler needs a lock-free pointer");

void onInterrupt(int)
{
    if (interrupted.exchange(true))
        std::_Exit(130);
    // Only sets the service's own lock-free flag.
    if (PublishService *service = interruptible.load())
        service->interrupt();
}

} // namespace

InterruptGuard::InterruptGuard(PublishService *service)
{
    interrupted = false;
    interruptible = service;
    m_int = std::signal(SIGINT, onInterrupt);
    m_term = std::signal(SIGTERM, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    if (m_int != SIG_ERR)
        std::signal(SIGINT, m_int);
    if (m_term != SIG_ERR)
        std::signal(SIGTERM, m_term);
    interruptible = nullptr;
}

const std::atomic_bool *InterruptGuard::flag()
{
    return &interrupted;
}

ProgressPrinter::ProgressPrinter(Context &context)
    : m_context(context)
{
    m_sinceBytes.start();
}

void ProgressPrinter::operator()(const PublishJob &job)
{
    if (!job.isOpen())
        return;
    // The same words for another wait are another wait: the time tells.
    const QString said = job.message + u'\n' + job.nextAttempt.toString(Qt::ISODateWithMs);
    QString &last = m_messages[job.id];
    if (said != last) {
        last = said;
        const QString text = job.state == PublishState::Waiting ? jobMessage(job) : job.message;
        if (!text.isEmpty())
            m_context.err << QCoreApplication::translate("Byline::Cli", "job %1: %2").arg(job.id).arg(text) << Qt::endl;
        m_sinceBytes.restart();
        return;
    }
    if (job.state == PublishState::UploadingPhotos && job.bytesTotal > 0 && m_sinceBytes.elapsed() >= 1000) {
        m_sinceBytes.restart();
        const QLocale locale;
        m_context.err << QCoreApplication::translate("Byline::Cli", "job %1: %2 of %3 sent (%4%)")
                             .arg(job.id)
                             .arg(locale.formattedDataSize(job.bytesDone), locale.formattedDataSize(job.bytesTotal))
                             .arg(job.bytesDone * 100 / job.bytesTotal)
                      << Qt::endl;
    }
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString prettyJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

std::optional<qint64> idFrom(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QString jobMessage(const PublishJob &job)
{
    const QString words = job.serverWords();
    if (words.isEmpty() || job.message.contains(SiteText::forPerson(job.serverText)))
        return job.message;
    return job.message + u'\n' + words;
}

void followService(PublishService &service, ProgressPrinter &progress, Context &context)
{
    QObject::connect(
        &service, &PublishService::jobChanged, &service, [&progress](const PublishJob &job) { progress(job); });
    QObject::connect(
        &service, &PublishService::lockedElsewhereChanged, &service, [&context, said = false](bool locked) mutable {
            if (!locked || said)
                return;
            said = true;
            context.err << QCoreApplication::translate("Byline::Cli",
                "Another Byline (the window, or another command) is running this library's publish queue; it "
                "sends the jobs, and this command follows them.")
                        << Qt::endl;
        });
}

QDateTime scheduleTime(const QString &text, const QString &timeZone)
{
    static const QRegularExpression spaceSeparator(u"^(\\d{4}-\\d{2}-\\d{2}) +(\\d)"_s);
    QString iso = text.trimmed();
    iso.replace(spaceSeparator, u"\\1T\\2"_s);
    QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::LocalTime) {
        const QTimeZone zone(timeZone.toUtf8());
        time = QDateTime(time.date(), time.time(), zone.isValid() ? zone : QTimeZone::systemTimeZone());
    }
    return time.toUTC();
}

std::optional<PublishJob> runJob(PublishService &service, qint64 jobId, Context &context)
{
    ProgressPrinter progress(context);
    followService(service, progress, context);
    InterruptGuard guard(&service);
    switch (service.drain(jobId)) {
    case PublishService::DrainEnd::Drained:
        break;
    case PublishService::DrainEnd::Interrupted:
        // Ctrl+C cancels the job.
        if (!service.cancel(jobId))
            context.err << service.errorString() << Qt::endl;
        break;
    case PublishService::DrainEnd::LockFailed:
        context.err << service.errorString() << Qt::endl;
        return std::nullopt;
    }
    std::optional<PublishJob> job = service.job(jobId);
    if (!job)
        context.err << service.errorString() << Qt::endl;
    return job;
}

void reportUnfinished(const PublishJob &job, Context &context)
{
    context.err << jobMessage(job) << Qt::endl;
    if (job.state == PublishState::Held)
        context.err << QCoreApplication::translate("Byline::Cli",
            "Job %1 waits in the queue: once the cause is fixed, \"byline queue retry %1\" sends it "
            "again; \"byline queue cancel %1\" drops it.")
                           .arg(job.id)
                    << Qt::endl;
}

} // namespace Byline::Cli::PublishCli
