#include "publishdock.h"

#include "common/settings.h"
#include "conflictdialog.h"
#include "publish/publishjobmodel.h"
#include "publish/publishservice.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// The columns as the person arranged them.
const Setting<QByteArray> headerSetting {"publishing/columns", {}};

bool isSending(PublishState state)
{
    return state == PublishState::UploadingPhotos || state == PublishState::SendingArticle;
}

// Held rows stand out (they wait for a person); a job on its way shows a
// progress bar with the bytes sent.
class JobDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto state = PublishState(index.data(PublishJobModel::StateRole).toInt());
        const int progress = index.data(PublishJobModel::ProgressRole).toInt();
        if (index.column() != PublishJobModel::ProgressColumn || !isSending(state) || progress < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget); // background and selection
        QStyleOptionProgressBar bar;
        bar.initFrom(widget);
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = progress;
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state |= QStyle::State_Horizontal;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // Room for the progress bar's text.
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
        return size;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (PublishState(index.data(PublishJobModel::StateRole).toInt()) == PublishState::Held) {
            // The notice bar's warning colours: a held job needs a person.
            option->backgroundBrush = QColor(0xfd, 0xf1, 0xd6);
            option->palette.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
        }
    }
};

// The log of a job's attempts, kept up to date while it is open.
class PublishLogDialog : public QDialog
{
public:
    PublishLogDialog(PublishService *service, PublishJobModel *model, qint64 jobId, QWidget *parent)
        : QDialog(parent)
        , m_service(service)
        , m_model(model)
        , m_jobId(jobId)
        , m_summary(new QLabel(this))
        , m_text(new QPlainTextEdit(this))
    {
        setObjectName(u"publishLogDialog"_s);
        setAttribute(Qt::WA_DeleteOnClose);
        m_summary->setWordWrap(true);
        m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_text->setObjectName(u"publishLog"_s);
        m_text->setReadOnly(true);
        m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        m_text->setAccessibleName(PublishDock::tr("Log of the attempts"));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_text, 1);
        layout->addWidget(buttons);
        connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex row = m_model->indexOfJob(m_jobId);
                if (row.isValid() && row.row() >= topLeft.row() && row.row() <= bottomRight.row()
                    && topLeft.column() == 0)
                    reload();
            });
        resize(640, 380);
        reload();
    }

    qint64 jobId() const { return m_jobId; }

    void reload()
    {
        const std::optional<PublishJob> job = m_model->jobById(m_jobId);
        if (!job)
            return;
        setWindowTitle(PublishDock::tr("Publishing Log: %1").arg(job->headline));
        QStringList summary {PublishDock::tr("%1 to %2: %3")
                .arg(PublishNames::actionDisplayName(job->action), job->target,
                    PublishNames::stateDisplayName(job->state))};
        if (!job->message.isEmpty())
            summary << job->message;
        summary << job->serverWords();
        summary.removeAll(QString());
        m_summary->setText(summary.join(u'\n'));

        const QLocale locale;
        QStringList lines;
        for (const PublishLogEntry &entry : m_service->log(m_jobId)) {
            lines << PublishDock::tr("%1  attempt %2  %3")
                         .arg(locale.toString(entry.time.toLocalTime(), QLocale::ShortFormat))
                         .arg(entry.attempt)
                         .arg(entry.text);
        }
        if (lines.isEmpty())
            lines << PublishDock::tr("No attempt yet.");
        m_text->setPlainText(lines.join(u'\n'));
    }

private:
    PublishService *m_service;
    PublishJobModel *m_model;
    qint64 m_jobId;
    QLabel *m_summary;
    QPlainTextEdit *m_text;
};

} // namespace

PublishDock::PublishDock(PublishService *service, PublishJobModel *model, QWidget *parent)
    : QDockWidget(tr("Publishing"), parent)
    , m_service(service)
    , m_model(model)
    , m_urlOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(u"publishDock"_s); // saveState() keys docks by object name

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The dock's own keys work while focus is in it: they never take a
    // letter away from the editor.
    auto action = [&](const char *id, const QString &text, const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(id));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tip + u" ("_s + key.toString(QKeySequence::NativeText) + u')');
        content->addAction(a);
        return a;
    };
    m_retry = action("publish.retry", tr("&Retry Now"), QKeySequence(Qt::CTRL | Qt::Key_R),
        tr("Send this job again now instead of waiting"));
    m_cancel = action("publish.cancel", tr("&Cancel Job"), QKeySequence(Qt::Key_Delete),
        tr("Stop this job; the site keeps what it already has"));
    m_open = action(
        "publish.open", tr("&Open in Browser"), QKeySequence(Qt::CTRL | Qt::Key_O), tr("Open the published story"));
    m_log =
        action("publish.log", tr("Show &Log"), QKeySequence(Qt::CTRL | Qt::Key_L), tr("What happened at each attempt"));
    m_compare = action("publish.compare", tr("Co&mpare…"), QKeySequence(Qt::CTRL | Qt::Key_D),
        tr("The story was changed on the site: compare both versions and choose"));
    connect(m_retry, &QAction::triggered, this, &PublishDock::retryCurrent);
    connect(m_cancel, &QAction::triggered, this, &PublishDock::cancelCurrent);
    connect(m_open, &QAction::triggered, this, &PublishDock::openCurrent);
    connect(m_log, &QAction::triggered, this, &PublishDock::showLog);
    connect(m_compare, &QAction::triggered, this, &PublishDock::compareCurrent);

    auto *toolBar = new QToolBar(content);
    toolBar->setObjectName(u"publishToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addActions({m_retry, m_cancel, m_open, m_log, m_compare});
    layout->addWidget(toolBar);
    m_elsewhere = new QLabel(
        tr("Another Byline (perhaps the command line) is publishing from this library; this list follows it."),
        content);
    m_elsewhere->setObjectName(u"publishElsewhere"_s);
    m_elsewhere->setWordWrap(true);
    m_elsewhere->setContentsMargins(6, 2, 6, 4);
    m_elsewhere->hide();
    layout->addWidget(m_elsewhere);

    m_view = new QTreeView(content);
    m_view->setObjectName(u"publishJobs"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new JobDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Publishing jobs"));
    QHeaderView *header = m_view->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(PublishJobModel::HeadlineColumn, 170);
    header->resizeSection(PublishJobModel::TargetColumn, 70);
    header->resizeSection(PublishJobModel::ActionColumn, 110);
    header->resizeSection(PublishJobModel::StateColumn, 115);
    header->resizeSection(PublishJobModel::ProgressColumn, 130);
    header->resizeSection(PublishJobModel::MessageColumn, 120);
    header->resizeSection(PublishJobModel::UpdatedColumn, 90);
    // The message matters more than the time in a narrow dock; the header's
    // menu brings the time back.
    header->setSectionHidden(PublishJobModel::UpdatedColumn, true);
    header->restoreState(headerSetting.value());
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &position) {
        QMenu menu(this);
        for (int column = 0; column < m_model->columnCount(); ++column) {
            QAction *toggle = menu.addAction(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
            toggle->setCheckable(true);
            toggle->setChecked(!header->isSectionHidden(column));
            // The story stays: a row without it means nothing.
            toggle->setEnabled(column != PublishJobModel::HeadlineColumn);
            connect(toggle, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
        }
        menu.exec(header->mapToGlobal(position));
    });

    m_empty = new QLabel(tr("Nothing is waiting to be published.\nStories you send with Article ▸ Publish… (%1) "
                            "are listed here until they reach the site.")
                             .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P).toString(QKeySequence::NativeText)),
        content);
    m_empty->setObjectName(u"publishEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // drawn in the quieter disabled colour

    m_pages = new QStackedWidget(content);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_view);
    layout->addWidget(m_pages, 1);
    setWidget(content);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PublishDock::updateActions);
    connect(m_view, &QTreeView::activated, this, &PublishDock::activated);
    connect(m_view, &QWidget::customContextMenuRequested, this, &PublishDock::showContextMenu);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PublishDock::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PublishDock::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PublishDock::updateEmptyState);
    // A reset (another process changed the outbox) keeps the row the person is on.
    auto keptJob = std::make_shared<qint64>(0);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this, keptJob] {
        const std::optional<PublishJob> job = currentJob();
        *keptJob = job ? job->id : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, keptJob] {
        updateEmptyState();
        if (*keptJob)
            selectJob(*keptJob);
    });

    m_poll = new QTimer(this);
    m_poll->setInterval(1500);
    connect(m_poll, &QTimer::timeout, m_model, &PublishJobModel::reload);

    // The list follows the service: a job's change row by row, new jobs
    // (and those they replaced) by reading the outbox again.
    connect(m_service, &PublishService::jobChanged, m_model, &PublishJobModel::applyChange);
    connect(m_service, &PublishService::jobsChanged, m_model, &PublishJobModel::reload);
    connect(m_service, &PublishService::lockedElsewhereChanged, this, &PublishDock::setLockedElsewhere);

    updateEmptyState();
}

PublishDock::~PublishDock()
{
    headerSetting.setValue(m_view->header()->saveState());
}

void PublishDock::setLockedElsewhere(bool locked)
{
    m_elsewhere->setVisible(locked);
    if (locked) {
        m_poll->start();
    } else {
        m_poll->stop();
        m_model->reload();
    }
}

void PublishDock::setUrlOpener(std::function<bool(const QUrl &url)> opener)
{
    m_urlOpener = std::move(opener);
}

std::optional<PublishJob> PublishDock::currentJob() const
{
    return m_model->job(m_view->currentIndex());
}

void PublishDock::selectJob(qint64 jobId)
{
    const QModelIndex index = m_model->indexOfJob(jobId);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void PublishDock::updateEmptyState()
{
    m_pages->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateActions();
}

void PublishDock::updateActions()
{
    const std::optional<PublishJob> job = currentJob();
    const PublishState state = job ? job->state : PublishState::Done;
    m_retry->setEnabled(
        job && (state == PublishState::Held || state == PublishState::Waiting || state == PublishState::Cancelled));
    m_cancel->setEnabled(job && !job->isFinal());
    m_open->setEnabled(job && state == PublishState::Done && !job->remoteUrl.isEmpty());
    m_log->setEnabled(job.has_value());
    m_compare->setEnabled(job && state == PublishState::Held && !job->conflict.isNull());
}

void PublishDock::activated(const QModelIndex &index)
{
    // Enter or a double click does the obvious thing for the row.
    if (m_view->currentIndex().row() != index.row())
        m_view->setCurrentIndex(index);
    if (m_compare->isEnabled())
        compareCurrent();
    else if (m_open->isEnabled())
        openCurrent();
    else
        showLog();
}

void PublishDock::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addActions({m_retry, m_cancel});
    menu.addSeparator();
    menu.addActions({m_open, m_log, m_compare});
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void PublishDock::retryCurrent()
{
    const std::optional<PublishJob> job = currentJob();
    if (!job || !m_retry->isEnabled())
        return;
    if (!m_service->retry(job->id))
        Q_EMIT message(m_service->errorString(), true);
}

bool PublishDock::cancelJob(qint64 jobId)
{
    if (m_service->cancel(jobId))
        return true;
    Q_EMIT message(m_service->errorString(), true);
    return false;
}

void PublishDock::cancelCurrent()
{
    const std::optional<PublishJob> job = currentJob();
    if (job && m_cancel->isEnabled())
        cancelJob(job->id);
}

void PublishDock::openCurrent()
{
    const std::optional<PublishJob> job = currentJob();
    if (!job || !m_open->isEnabled())
        return;
    if (!m_urlOpener(job->remoteUrl))
        Q_EMIT message(tr("Could not open %1 in a browser.").arg(job->remoteUrl.toDisplayString()), true);
}

void PublishDock::showLog()
{
    const std::optional<PublishJob> job = currentJob();
    if (!job)
        return;
    // One log window per job; asking again brings it forward.
    const QList<QDialog *> open = findChildren<QDialog *>(u"publishLogDialog"_s);
    for (QDialog *candidate : open) {
        auto *dialog = dynamic_cast<PublishLogDialog *>(candidate);
        if (dialog && dialog->jobId() == job->id) {
            dialog->reload();
            dialog->raise();
            dialog->activateWindow();
            return;
        }
    }
    auto *dialog = new PublishLogDialog(m_service, m_model, job->id, this);
    dialog->show();
}

void PublishDock::compareCurrent()
{
    const std::optional<PublishJob> job = currentJob();
    if (!job || !m_compare->isEnabled())
        return;
    ConflictDialog dialog(*job, this);
    dialog.exec();
    switch (dialog.choice()) {
    case ConflictDialog::DecideLater:
        return;
    case ConflictDialog::ReplaceSiteVersion: {
        if (!m_service->overwrite(job->id)) {
            Q_EMIT message(m_service->errorString(), true);
            return;
        }
        Q_EMIT message(tr("Byline's version of “%1” is queued to replace the site's.").arg(job->headline), false);
        return;
    }
    case ConflictDialog::KeepSiteVersion:
        if (!cancelJob(job->id))
            return;
        Q_EMIT message(tr("The site's version of “%1” stays; the job was cancelled.").arg(job->headline), false);
        return;
    }
}

} // namespace Byline
