#include "publishjobmodel.h"

#include "library/library.h"
#include "outbox.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

bool isSending(PublishState state)
{
    return state == PublishState::UploadingPhotos || state == PublishState::SendingArticle;
}

// What a row shows; a job equal in all of these needs no repaint.
bool sameShown(const PublishJob &a, const PublishJob &b)
{
    return a.id == b.id && a.state == b.state && a.bytesDone == b.bytesDone && a.bytesTotal == b.bytesTotal
        && a.message == b.message && a.serverText == b.serverText && a.httpStatus == b.httpStatus
        && a.updated == b.updated && a.remoteUrl == b.remoteUrl && a.attempts == b.attempts
        && a.nextAttempt == b.nextAttempt && a.headline == b.headline && a.overwrite == b.overwrite
        && a.conflict.remoteModified == b.conflict.remoteModified && a.scheduledAt == b.scheduledAt;
}

QString dataSize(qint64 bytes)
{
    // "4.8 MB", as newsrooms and browsers say it (not "MiB").
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

PublishJobModel::PublishJobModel(Library *library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
    reload();
}

void PublishJobModel::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_timeZone)
        return;
    m_timeZone = zone;
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, ActionColumn), index(rowCount() - 1, ActionColumn));
}

void PublishJobModel::reload()
{
    QList<PublishJob> fresh;
    if (m_library && m_library->isOpen())
        fresh = Outbox(*m_library).jobs(true);

    bool sameJobs = fresh.size() == m_jobs.size();
    for (qsizetype row = 0; sameJobs && row < fresh.size(); ++row)
        sameJobs = fresh.at(row).id == m_jobs.at(row).id;
    if (!sameJobs) {
        QList<PublishJob> newlyHeld;
        for (const PublishJob &job : std::as_const(fresh)) {
            const std::optional<PublishJob> before = jobById(job.id);
            if (job.state == PublishState::Held && before && before->state != PublishState::Held)
                newlyHeld.append(job);
        }
        beginResetModel();
        m_jobs = std::move(fresh);
        endResetModel();
        for (const PublishJob &job : std::as_const(newlyHeld))
            Q_EMIT held(job);
        return;
    }
    for (qsizetype row = 0; row < fresh.size(); ++row) {
        if (!sameShown(fresh.at(row), m_jobs.at(row)))
            replaceRow(int(row), fresh.at(row));
    }
}

void PublishJobModel::replaceRow(int row, const PublishJob &job)
{
    const PublishJob before = m_jobs.at(row);
    m_jobs[row] = job;
    // A progress tick repaints the progress cell only.
    const bool progressOnly = before.state == job.state && before.message == job.message
        && before.remoteUrl == job.remoteUrl && before.attempts == job.attempts;
    if (progressOnly)
        Q_EMIT dataChanged(index(row, ProgressColumn), index(row, ProgressColumn));
    else
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (job.state == PublishState::Held && before.state != PublishState::Held)
        Q_EMIT held(job);
}

void PublishJobModel::applyChange(const PublishJob &job)
{
    PublishJob shown = job;
    // The runner's copy was read before the attempt; the outbox stamped the change just now.
    shown.updated = QDateTime::currentDateTimeUtc();
    const QModelIndex existing = indexOfJob(job.id);
    if (existing.isValid()) {
        if (shown.headline.isEmpty())
            shown.headline = m_jobs.at(existing.row()).headline;
        if (!shown.created.isValid())
            shown.created = m_jobs.at(existing.row()).created;
        replaceRow(existing.row(), shown);
        return;
    }
    // A job queued elsewhere (the command line, another window's dialog):
    // in its place among the newest-first rows.
    if (shown.headline.isEmpty() && m_library && m_library->isOpen()) {
        if (const std::optional<PublishJob> stored = Outbox(*m_library).job(job.id))
            shown.headline = stored->headline;
    }
    int row = 0;
    while (row < m_jobs.size() && m_jobs.at(row).id > job.id)
        ++row;
    beginInsertRows({}, row, row);
    m_jobs.insert(row, shown);
    endInsertRows();
    if (shown.state == PublishState::Held)
        Q_EMIT held(shown);
}

void PublishJobModel::refreshJob(qint64 jobId)
{
    if (!m_library || !m_library->isOpen())
        return;
    const std::optional<PublishJob> stored = Outbox(*m_library).job(jobId);
    if (!stored)
        return;
    const QModelIndex existing = indexOfJob(jobId);
    if (existing.isValid())
        replaceRow(existing.row(), *stored);
    else
        applyChange(*stored);
}

int PublishJobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int PublishJobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PublishJobModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const PublishJob &job = m_jobs.at(index.row());
    const QLocale locale;
    switch (role) {
    case JobIdRole:
        return job.id;
    case StateRole:
        return int(job.state);
    case ActionRole:
        return int(job.action);
    case BytesDoneRole:
        return job.bytesDone;
    case BytesTotalRole:
        return job.bytesTotal;
    case ProgressRole:
        if (job.state == PublishState::Done)
            return 100;
        if (isSending(job.state) && job.bytesTotal > 0)
            return int(std::clamp<qint64>(job.bytesDone * 100 / job.bytesTotal, 0, 100));
        return -1;
    case RemoteUrlRole:
        return job.remoteUrl;
    case HasConflictRole:
        return !job.conflict.isNull();
    case ArticleIdRole:
        return job.articleId;
    case Qt::FontRole:
        if (job.state == PublishState::Held && index.column() == StateColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines {job.message, job.serverWords()};
        if (job.state == PublishState::Waiting && job.nextAttempt.isValid())
            lines << tr("Next attempt at %1.")
                         .arg(locale.toString(job.nextAttempt.toLocalTime().time(), QLocale::LongFormat));
        if (!job.remoteUrl.isEmpty())
            lines << job.remoteUrl.toDisplayString();
        lines.removeAll(QString());
        return lines.join(u'\n');
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case HeadlineColumn:
        return job.headline.isEmpty() ? tr("(no headline)") : job.headline;
    case TargetColumn:
        return job.target;
    case ActionColumn:
        if (job.action == PublishAction::Schedule && job.scheduledAt.isValid()) {
            const QDateTime local = job.scheduledAt.toTimeZone(m_timeZone);
            return tr("Schedule for %1 %2")
                .arg(locale.toString(local, QLocale::ShortFormat), m_timeZone.abbreviation(local));
        }
        if (job.action == PublishAction::Approve && job.scheduledAt.isValid()) {
            const QDateTime local = job.scheduledAt.toTimeZone(m_timeZone);
            return tr("Approve for %1 %2")
                .arg(locale.toString(local, QLocale::ShortFormat), m_timeZone.abbreviation(local));
        }
        return PublishNames::actionDisplayName(job.action);
    case StateColumn:
        return PublishNames::stateDisplayName(job.state);
    case ProgressColumn:
        if (job.bytesTotal <= 0)
            return QString();
        if (job.state == PublishState::Done)
            return dataSize(job.bytesTotal);
        return tr("%1 of %2").arg(dataSize(job.bytesDone), dataSize(job.bytesTotal));
    case MessageColumn:
        return job.message;
    case UpdatedColumn: {
        if (!job.updated.isValid())
            return QString();
        // Today's jobs by the time alone: the column stays narrow.
        const QDateTime local = job.updated.toLocalTime();
        return local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                    : locale.toString(local, QLocale::ShortFormat);
    }
    }
    return {};
}

QVariant PublishJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HeadlineColumn:
        return tr("Story");
    case TargetColumn:
        return tr("Target");
    case ActionColumn:
        return tr("Action");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case MessageColumn:
        return tr("Message");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

std::optional<PublishJob> PublishJobModel::job(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_jobs.size())
        return std::nullopt;
    return m_jobs.at(index.row());
}

std::optional<PublishJob> PublishJobModel::jobById(qint64 jobId) const
{
    for (const PublishJob &job : m_jobs) {
        if (job.id == jobId)
            return job;
    }
    return std::nullopt;
}

QModelIndex PublishJobModel::indexOfJob(qint64 jobId, int column) const
{
    for (qsizetype row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).id == jobId)
            return index(int(row), column);
    }
    return {};
}

int PublishJobModel::countInState(PublishState state) const
{
    return int(
        std::count_if(m_jobs.cbegin(), m_jobs.cend(), [state](const PublishJob &job) { return job.state == state; }));
}

} // namespace Byline
