#include "deskdock.h"

#include "desk/deskinboxmodel.h"
#include "deskdialogs.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTabBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {
constexpr DeskState tabStates[] = {
    DeskState::Filed, DeskState::Editing, DeskState::Returned, DeskState::Scheduled, DeskState::Published};
}

DeskDock::DeskDock(DeskWatcher *watcher, DeskInboxModel *model, QWidget *parent)
    : QDockWidget(tr("Desk"), parent)
    , m_watcher(watcher)
    , m_model(model)
{
    setObjectName(u"deskDock"_s);
    auto *box = new QWidget(this);

    m_target = new QComboBox(box);
    m_target->setObjectName(u"deskTarget"_s);
    m_target->setToolTip(tr("The site whose desk is shown"));
    m_target->hide();
    m_section = new QComboBox(box);
    m_section->setObjectName(u"deskSection"_s);
    m_reporter = new QComboBox(box);
    m_reporter->setObjectName(u"deskReporter"_s);
    m_status = new QLabel(box);
    m_status->setObjectName(u"deskStatus"_s);
    m_refreshButton = new QToolButton(box);
    m_refreshButton->setAutoRaise(true);

    m_tabs = new QTabBar(box);
    m_tabs->setObjectName(u"deskTabs"_s);
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    for (int tab = 0; tab < TabCount; ++tab)
        m_tabs->addTab(QString());

    m_view = new QTreeView(box);
    m_view->setObjectName(u"deskList"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(DeskInboxModel::HeadlineColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(DeskInboxModel::HeadlineColumn, 300);
    for (int column : {DeskInboxModel::ReporterColumn, DeskInboxModel::SectionColumn, DeskInboxModel::StateColumn,
             DeskInboxModel::LockColumn, DeskInboxModel::ModifiedColumn})
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_message = new QLabel(box);
    m_message->setObjectName(u"deskMessage"_s);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(16);
    m_pages = new QStackedWidget(box);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_message);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(4, 2, 4, 0);
    filters->addWidget(m_target);
    filters->addWidget(m_section);
    filters->addWidget(m_reporter);
    filters->addStretch(1);
    filters->addWidget(m_status);
    filters->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(filters);
    layout->addWidget(m_tabs);
    layout->addWidget(m_pages, 1);
    setWidget(box);

    createActions();

    connect(m_tabs, &QTabBar::currentChanged, this, &DeskDock::tabChanged);
    connect(
        m_section, &QComboBox::activated, this, [this] { m_model->setSection(m_section->currentData().toString()); });
    connect(m_reporter, &QComboBox::activated, this,
        [this] { m_model->setReporter(m_reporter->currentData().toLongLong()); });
    connect(m_target, &QComboBox::activated, this, [this] { Q_EMIT targetChosen(currentTarget()); });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const std::optional<DeskStory> story = m_model->story(index))
            Q_EMIT openRequested(*story);
    });
    connect(m_model, &DeskInboxModel::countsChanged, this, &DeskDock::updateTabs);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeskDock::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeskDock::updateActions);
    connect(m_watcher, &DeskWatcher::inboxChanged, this, [this] {
        m_model->setInbox(m_watcher->inbox());
        updateFilters();
        updateStatus();
    });
    connect(m_watcher, &DeskWatcher::statusChanged, this, &DeskDock::updateStatus);
    connect(m_watcher, &DeskWatcher::refreshed, this, &DeskDock::updateStatus);
    connect(m_watcher, &DeskWatcher::refreshingChanged, this, &DeskDock::updateStatus);

    m_model->setInbox(m_watcher->inbox());
    tabChanged(FiledTab);
    updateFilters();
    updateStatus();
}

void DeskDock::createActions()
{
    auto add = [this](const char *id, const QString &text, const QKeySequence &key, QWidget *on) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(id));
        action->setShortcut(key);
        // Single letters act only in the list; the rest anywhere in the dock.
        action->setShortcutContext(on == m_view ? Qt::WidgetShortcut : Qt::WidgetWithChildrenShortcut);
        on->addAction(action);
        return action;
    };
    m_open = add("desk.open", tr("&Open"), QKeySequence(Qt::Key_Return), m_view);
    m_open->setToolTip(tr("Open the story (Enter)"));
    connect(m_open, &QAction::triggered, this, [this] {
        if (const std::optional<DeskStory> story = currentStory())
            Q_EMIT openRequested(*story);
    });
    m_return = add("desk.return", tr("&Return…"), QKeySequence(Qt::Key_R), m_view);
    m_return->setToolTip(tr("Return the story to its reporter with a note (R)"));
    connect(m_return, &QAction::triggered, this, &DeskDock::returnCurrent);
    m_approve = add("desk.approve", tr("&Approve…"), QKeySequence(Qt::Key_A), m_view);
    m_approve->setToolTip(tr("Publish the story now or at a set time (A)"));
    connect(m_approve, &QAction::triggered, this, &DeskDock::approveCurrent);
    m_refresh = add("desk.refresh", tr("Re&fresh"), QKeySequence::Refresh, this);
    if (m_refresh->shortcut().isEmpty())
        m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(
        tr("Ask the site for the list now (%1)").arg(m_refresh->shortcut().toString(QKeySequence::NativeText)));
    connect(m_refresh, &QAction::triggered, m_watcher, &DeskWatcher::refresh);
    m_refreshButton->setDefaultAction(m_refresh);
    for (int tab = 0; tab < TabCount; ++tab) {
        QAction *action = add(QStringLiteral("desk.tab%1").arg(tab + 1).toLatin1().constData(), QString(),
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)), this);
        connect(action, &QAction::triggered, this, [this, tab] { setCurrentTab(Tab(tab)); });
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void DeskDock::setTargets(const QStringList &targets, const QString &current)
{
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    for (const QString &target : targets)
        m_target->addItem(target, target);
    m_target->setCurrentIndex(std::max(0, m_target->findData(current)));
    m_target->setVisible(targets.size() > 1);
    updateStatus();
}

QString DeskDock::currentTarget() const
{
    return m_target->currentData().toString();
}

void DeskDock::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return;
    m_zone = zone;
    m_model->setTimeZone(zone);
    updateStatus();
}

void DeskDock::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
    m_view->setFocus();
}

DeskDock::Tab DeskDock::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void DeskDock::tabChanged(int index)
{
    if (index == MineTab)
        m_model->setMine(true);
    else if (index >= 0 && index < MineTab)
        m_model->setState(tabStates[index]);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateActions();
}

void DeskDock::updateTabs()
{
    for (int tab = 0; tab < MineTab; ++tab) {
        const DeskState state = tabStates[tab];
        m_tabs->setTabText(
            tab, tr("%1 %2").arg(DeskInboxModel::stateName(state), QLocale().toString(m_model->count(state))));
    }
    m_tabs->setTabText(MineTab, tr("My stories %1").arg(QLocale().toString(m_model->mineCount())));
    m_tabs->setTabToolTip(PublishedTab, tr("Published in the last 24 hours"));
    m_tabs->setTabToolTip(MineTab, tr("The stories you filed: where each is and who holds it"));
}

void DeskDock::updateFilters()
{
    const QString section = m_section->currentData().toString();
    const qint64 reporter = m_reporter->currentData().toLongLong();
    m_section->clear();
    m_section->addItem(tr("All sections"), QString());
    for (const QString &name : m_model->sections())
        m_section->addItem(name, name);
    m_reporter->clear();
    m_reporter->addItem(tr("All reporters"), qint64(0));
    for (const DeskUser &user : m_model->reporters())
        m_reporter->addItem(user.name, user.id);
    // A filter whose section or reporter left the list shows everything again.
    const int sectionIndex = m_section->findData(section);
    m_section->setCurrentIndex(std::max(0, sectionIndex));
    m_model->setSection(sectionIndex > 0 ? section : QString());
    const int reporterIndex = m_reporter->findData(reporter);
    m_reporter->setCurrentIndex(std::max(0, reporterIndex));
    m_model->setReporter(reporterIndex > 0 ? reporter : 0);
}

void DeskDock::updateStatus()
{
    const QLocale locale;
    const QDateTime listTime = m_watcher->listTime();
    const QString time =
        listTime.isValid() ? locale.toString(listTime.toTimeZone(m_zone).time(), QLocale::ShortFormat) : QString();
    QString message;
    QString status;
    QString style;
    switch (m_watcher->status()) {
    case DeskWatcher::Status::Idle:
        if (m_target->count() == 0)
            message = tr("The desk shows the stories filed on a WordPress site with the Byline connector 2.0. "
                         "Add the site in Settings > Publishing Targets.");
        else if (listTime.isValid())
            status = tr("List of %1").arg(time);
        break;
    case DeskWatcher::Status::Current:
        status = tr("Updated %1").arg(time);
        break;
    case DeskWatcher::Status::Offline:
        // The list stays; the person sees how old it is.
        status = listTime.isValid() ? tr("Offline · list of %1").arg(time) : tr("Offline · no list yet");
        style = u"color: #a15c00; font-weight: bold"_s;
        break;
    case DeskWatcher::Status::Failed:
        status = tr("Not updated");
        style = u"color: #c0392b; font-weight: bold"_s;
        break;
    case DeskWatcher::Status::Unsupported:
        message = m_watcher->problem() + u"\n\n"_s
            + tr("Publishing to this site still works; the desk needs the connector on the site.");
        break;
    }
    if (m_watcher->isRefreshing())
        status = tr("Updating…");
    m_status->setText(status);
    m_status->setStyleSheet(style);
    m_status->setToolTip(m_watcher->problem());
    m_message->setText(message);
    m_pages->setCurrentWidget(message.isEmpty() ? static_cast<QWidget *>(m_view) : m_message);
    m_tabs->setEnabled(message.isEmpty());
    updateActions();
}

bool DeskDock::isShowingMessage() const
{
    return m_pages->currentWidget() == m_message;
}

std::optional<DeskStory> DeskDock::currentStory() const
{
    return m_model->story(m_view->currentIndex());
}

void DeskDock::updateActions()
{
    const std::optional<DeskStory> story = isShowingMessage() ? std::nullopt : currentStory();
    m_open->setEnabled(story.has_value());
    // The desk returns and approves filed stories, also one being edited.
    const bool filed = story && (story->status == u"pending"_s);
    m_return->setEnabled(filed);
    m_approve->setEnabled(filed);
    m_refresh->setEnabled(!m_watcher->target().isEmpty());
}

void DeskDock::returnCurrent()
{
    const std::optional<DeskStory> story = currentStory();
    if (!story || !m_return->isEnabled())
        return;
    ReturnDialog dialog(story->headline, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT returnRequested(*story, dialog.note());
}

void DeskDock::approveCurrent()
{
    const std::optional<DeskStory> story = currentStory();
    if (!story || !m_approve->isEnabled())
        return;
    ApproveDialog dialog(story->headline, story->embargo, m_zone, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT approveRequested(*story, dialog.scheduledAtUtc());
}

} // namespace Byline
