#pragma once

#include "deskstory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace Byline {

// The desk's list for the Desk dock: one row per story of a DeskInbox that
// passes the filters (a tab's state, or "my stories"; a section; a
// reporter), in the inbox's order (newest first). Counts per state follow
// the section and reporter filters, so a tab says how many it would show.
class DeskInboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        HeadlineColumn,
        ReporterColumn,
        SectionColumn,
        StateColumn,
        LockColumn, // who holds it and since when
        ModifiedColumn,
        NotesColumn, // count and the last note
        ColumnCount
    };
    enum Role
    {
        PostRole = Qt::UserRole + 1, // qint64
        StateRole, // int(DeskState)
        LockHolderRole, // the holder's name, empty when free
        LastNoteRole, // the last note's text
        UuidRole,
    };

    explicit DeskInboxModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // A new list from the site (or the cache). Rows that stay keep their
    // place in the view only by post id: the list is replaced whole.
    void setInbox(const DeskInbox &inbox);
    const DeskInbox &inbox() const { return m_inbox; }

    // The account's own user: "my stories" are the ones it wrote.
    void setMe(const DeskUser &me);
    const DeskUser &me() const { return m_me; }

    // Filters. A state shows that tab; none shows every story. `mine` shows
    // the account's own stories in any state and ignores the state filter.
    void setState(std::optional<DeskState> state);
    void setMine(bool mine);
    bool isMine() const { return m_mine; }
    std::optional<DeskState> state() const { return m_state; }
    // Empty: every section.
    void setSection(const QString &section);
    // 0: every reporter.
    void setReporter(qint64 authorId);

    // Stories in that state passing the section and reporter filters.
    int count(DeskState state) const;
    // The account's own stories passing the section and reporter filters.
    int mineCount() const;
    // The sections and reporters of the whole list, for the filter menus.
    QStringList sections() const;
    QList<DeskUser> reporters() const;

    std::optional<DeskStory> story(const QModelIndex &index) const;
    std::optional<DeskStory> storyByPost(qint64 post) const;
    QModelIndex indexOfPost(qint64 post, int column = 0) const;

    // Times are shown in the publication's time zone.
    void setTimeZone(const QTimeZone &zone);

    // The name of a tab as the desk says it: 송고, 데스킹 중, 반려, 예약, 출고.
    static QString stateName(DeskState state);

Q_SIGNALS:
    // The counts per state may have changed (a new list, another filter).
    void countsChanged();

private:
    bool passesFilters(const DeskStory &story) const; // section and reporter
    bool shown(const DeskStory &story) const;
    void rebuild();
    QString timeText(const QDateTime &utc) const;

    DeskInbox m_inbox;
    QList<qsizetype> m_rows; // indexes into m_inbox.stories
    DeskUser m_me;
    std::optional<DeskState> m_state;
    bool m_mine = false;
    QString m_section;
    qint64 m_reporter = 0;
    QTimeZone m_timeZone = QTimeZone::systemTimeZone();
};

} // namespace Byline
