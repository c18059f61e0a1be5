#pragma once

#include "publishjob.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace Byline {

class Library;

// The outbox's jobs for the publishing dock, newest first. It reads the
// outbox through the GUI thread's Library and takes the queue's
// jobChanged() updates row by row, so a progress tick repaints one cell and
// the selection stays put.
class PublishJobModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        HeadlineColumn,
        TargetColumn,
        ActionColumn,
        StateColumn,
        ProgressColumn,
        MessageColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        JobIdRole = Qt::UserRole + 1,
        StateRole, // int(PublishState)
        ActionRole, // int(PublishAction)
        BytesDoneRole,
        BytesTotalRole,
        ProgressRole, // percent while sending; -1 when there is nothing to show
        RemoteUrlRole, // QUrl; empty until the target has the story
        HasConflictRole, // the site's copy changed: both versions can be compared
        ArticleIdRole,
    };

    explicit PublishJobModel(Library *library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Reads the outbox again. Rows whose job is unchanged stay as they are;
    // only a different set of jobs resets the model.
    void reload();
    // A job as the queue reports it (PublishQueue::jobChanged): its row is
    // updated in place, or added when the job is new to the model.
    void applyChange(const Byline::PublishJob &job);
    // Reads one job again from the outbox (after a person's retry or cancel).
    void refreshJob(qint64 jobId);

    std::optional<PublishJob> job(const QModelIndex &index) const;
    std::optional<PublishJob> jobById(qint64 jobId) const;
    QModelIndex indexOfJob(qint64 jobId, int column = 0) const;
    int countInState(PublishState state) const;

    // Scheduled times are shown in the publication's time zone.
    void setTimeZone(const QTimeZone &zone);

Q_SIGNALS:
    // A job has just come to need a person (it was not held before).
    void held(const Byline::PublishJob &job);

private:
    void replaceRow(int row, const PublishJob &job);

    Library *m_library;
    QList<PublishJob> m_jobs;
    QTimeZone m_timeZone = QTimeZone::systemTimeZone();
};

} // namespace Byline
