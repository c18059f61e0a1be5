#pragma once

#include "desk/deskstory.h"
#include "desk/deskwatcher.h"

#include <QDockWidget>
#include <QTimeZone>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTabBar;
class QToolButton;
class QTreeView;

namespace Byline {

class DeskInboxModel;

// The "Desk" dock: the site's filed stories in tabs with counts (송고,
// 데스킹 중, 반려, 예약, 출고 and My stories), filters by section and reporter,
// and keyboard triage (Enter opens, R returns with a note, A approves,
// Ctrl+1…6 switch tabs, F5 refreshes). The list comes from a DeskWatcher;
// what a person does goes out as signals for the window to carry out.
class DeskDock : public QDockWidget
{
    Q_OBJECT

public:
    // The tabs in their order; Mine is the reporter's "My stories".
    enum Tab
    {
        FiledTab,
        EditingTab,
        ReturnedTab,
        ScheduledTab,
        PublishedTab,
        MineTab,
        TabCount
    };

    DeskDock(DeskWatcher *watcher, DeskInboxModel *model, QWidget *parent = nullptr);

    // The WordPress targets to choose from (the chooser shows with two or more).
    void setTargets(const QStringList &targets, const QString &current);
    QString currentTarget() const;
    void setTimeZone(const QTimeZone &zone);

    DeskInboxModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QTabBar *tabs() const { return m_tabs; }
    QComboBox *sectionFilter() const { return m_section; }
    QComboBox *reporterFilter() const { return m_reporter; }
    QComboBox *targetChooser() const { return m_target; }
    QLabel *statusLabel() const { return m_status; }
    // The page shown instead of the list: no target, or the site lacks the connector.
    QLabel *messageLabel() const { return m_message; }
    bool isShowingMessage() const;
    void setCurrentTab(Tab tab);
    Tab currentTab() const;
    std::optional<DeskStory> currentStory() const;

    QAction *openAction() const { return m_open; }
    QAction *returnAction() const { return m_return; }
    QAction *approveAction() const { return m_approve; }
    QAction *refreshAction() const { return m_refresh; }

    // Asks for the note (ReturnDialog) or the time (ApproveDialog) and then
    // sends the request; tests drive the dialogs through these too.
    void returnCurrent();
    void approveCurrent();

Q_SIGNALS:
    void openRequested(const Byline::DeskStory &story);
    void returnRequested(const Byline::DeskStory &story, const QString &note);
    // at: null for now, else UTC.
    void approveRequested(const Byline::DeskStory &story, const QDateTime &at);
    void targetChosen(const QString &target);

private:
    void createActions();
    void updateTabs();
    void updateFilters();
    void updateStatus();
    void updateActions();
    void tabChanged(int index);

    DeskWatcher *m_watcher;
    DeskInboxModel *m_model;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QComboBox *m_target = nullptr;
    QComboBox *m_section = nullptr;
    QComboBox *m_reporter = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QLabel *m_status = nullptr;
    QTabBar *m_tabs = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_open = nullptr;
    QAction *m_return = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace Byline
