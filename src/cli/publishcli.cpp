#include "publishcli.h"

#include "publish/publishservice.h"
#include "publish/sitetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QLocale>

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

} // namespace Byline::Cli::PublishCli
