#pragma once

#include "publish/publishjob.h"

#include <QDockWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace Byline {

class PublishJobModel;
class PublishService;

// The "Publishing" dock: one row per job of the outbox with its progress,
// state and message, and what a person can do about a job: retry it now,
// cancel it, open the published story, read the log of its attempts, and
// for a story someone changed on the site, compare both versions and choose.
// What a person does goes to the PublishService; the list follows the
// service's signals.
class PublishDock : public QDockWidget
{
    Q_OBJECT

public:
    PublishDock(PublishService *service, PublishJobModel *model, QWidget *parent = nullptr);
    ~PublishDock() override;

    // Another process runs this library's queue: show so and follow the
    // outbox by reading it every second or two.
    void setLockedElsewhere(bool locked);

    PublishJobModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    std::optional<PublishJob> currentJob() const;
    void selectJob(qint64 jobId);

    QAction *retryAction() const { return m_retry; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *openAction() const { return m_open; }
    QAction *logAction() const { return m_log; }
    QAction *compareAction() const { return m_compare; }

    // How a story's address is opened; the system browser by default (tests
    // put their own here).
    void setUrlOpener(std::function<bool(const QUrl &url)> opener);

    void retryCurrent();
    void cancelCurrent();
    void openCurrent();
    void showLog();
    void compareCurrent();

Q_SIGNALS:
    // Something to tell the person (error: it went wrong).
    void message(const QString &text, bool error);

private:
    void updateActions();
    void updateEmptyState();
    void activated(const QModelIndex &index);
    void showContextMenu(const QPoint &position);
    bool cancelJob(qint64 jobId);

    PublishService *m_service;
    PublishJobModel *m_model;
    QStackedWidget *m_pages = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_elsewhere = nullptr;
    QTimer *m_poll = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_open = nullptr;
    QAction *m_log = nullptr;
    QAction *m_compare = nullptr;
    std::function<bool(const QUrl &url)> m_urlOpener;
};

} // namespace Byline
