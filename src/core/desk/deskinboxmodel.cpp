#include "deskinboxmodel.h"

#include <QCollator>
#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {
constexpr qsizetype noteShownLength = 80; // the list shows the start of a long note
}

DeskInboxModel::DeskInboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString DeskInboxModel::stateName(DeskState state)
{
    switch (state) {
    case DeskState::Filed:
        return tr("Filed");
    case DeskState::Editing:
        return tr("In editing");
    case DeskState::Returned:
        return tr("Returned");
    case DeskState::Scheduled:
        return tr("Scheduled");
    case DeskState::Published:
        return tr("Published");
    case DeskState::Draft:
        return tr("Draft");
    }
    return {};
}

int DeskInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeskInboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeskInboxModel::timeText(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(m_timeZone);
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(m_timeZone);
    const QLocale locale;
    // Today's times need no date; a desk reads "10:02" at a glance.
    if (local.date() == now.date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QVariant DeskInboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DeskStory &story = m_inbox.stories.at(m_rows.at(index.row()));
    switch (role) {
    case PostRole:
        return story.post;
    case StateRole:
        return int(story.state());
    case LockHolderRole:
        return story.lock ? story.lock->user.name : QString();
    case LastNoteRole:
        return story.lastNote ? story.lastNote->text : QString();
    case UuidRole:
        return story.uuid;
    case Qt::ToolTipRole:
        if (index.column() == NotesColumn && story.lastNote)
            return tr("%1, %2:\n%3")
                .arg(story.lastNote->author.name, timeText(story.lastNote->time), story.lastNote->text);
        if (index.column() == LockColumn && story.lock)
            return tr("%1 is editing since %2").arg(story.lock->user.name, timeText(story.lock->since));
        if (index.column() == HeadlineColumn && story.embargo.isValid())
            return tr("Embargoed until %1").arg(timeText(story.embargo));
        return {};
    case Qt::FontRole:
        if (index.column() == HeadlineColumn && story.state() == DeskState::Filed) {
            QFont font;
            font.setBold(true); // waiting for the desk
            return font;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case HeadlineColumn:
        return story.headline.isEmpty() ? tr("(no headline)") : story.headline;
    case ReporterColumn:
        return story.author.name;
    case SectionColumn:
        return story.section;
    case StateColumn:
        if (story.state() == DeskState::Scheduled && story.scheduled.isValid())
            return tr("%1 %2").arg(stateName(DeskState::Scheduled), timeText(story.scheduled));
        return stateName(story.state());
    case LockColumn:
        if (!story.lock)
            return {};
        return tr("%1 · since %2").arg(story.lock->user.name, timeText(story.lock->since));
    case ModifiedColumn:
        return timeText(story.modified);
    case NotesColumn: {
        if (story.notes == 0)
            return {};
        if (!story.lastNote)
            return QLocale().toString(story.notes);
        QString text = story.lastNote->text;
        if (text.size() > noteShownLength)
            text = text.left(noteShownLength - 1) + u'…';
        return tr("%1 · %2").arg(QLocale().toString(story.notes), text);
    }
    default:
        return {};
    }
}

QVariant DeskInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HeadlineColumn:
        return tr("Headline");
    case ReporterColumn:
        return tr("Reporter");
    case SectionColumn:
        return tr("Section");
    case StateColumn:
        return tr("State");
    case LockColumn:
        return tr("Being edited by");
    case ModifiedColumn:
        return tr("Modified");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

void DeskInboxModel::setInbox(const DeskInbox &inbox)
{
    m_inbox = inbox;
    rebuild();
}

void DeskInboxModel::setMe(const DeskUser &me)
{
    if (me == m_me)
        return;
    m_me = me;
    rebuild();
}

void DeskInboxModel::setState(std::optional<DeskState> state)
{
    if (state == m_state && !m_mine)
        return;
    m_state = state;
    m_mine = false;
    rebuild();
}

void DeskInboxModel::setMine(bool mine)
{
    if (mine == m_mine)
        return;
    m_mine = mine;
    rebuild();
}

void DeskInboxModel::setSection(const QString &section)
{
    if (section == m_section)
        return;
    m_section = section;
    rebuild();
}

void DeskInboxModel::setReporter(qint64 authorId)
{
    if (authorId == m_reporter)
        return;
    m_reporter = authorId;
    rebuild();
}

void DeskInboxModel::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_timeZone)
        return;
    m_timeZone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool DeskInboxModel::passesFilters(const DeskStory &story) const
{
    return (m_section.isEmpty() || story.section == m_section) && (m_reporter == 0 || story.author.id == m_reporter);
}

bool DeskInboxModel::shown(const DeskStory &story) const
{
    if (!passesFilters(story))
        return false;
    if (m_mine)
        return m_me.id != 0 && story.author.id == m_me.id;
    // The reporter's own drafts belong to My stories, not to a desk tab.
    if (!m_state)
        return story.state() != DeskState::Draft;
    return story.state() == *m_state;
}

void DeskInboxModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (qsizetype i = 0; i < m_inbox.stories.size(); ++i) {
        if (shown(m_inbox.stories.at(i)))
            m_rows.append(i);
    }
    endResetModel();
    Q_EMIT countsChanged();
}

int DeskInboxModel::count(DeskState state) const
{
    int n = 0;
    for (const DeskStory &story : m_inbox.stories)
        n += passesFilters(story) && story.state() == state;
    return n;
}

int DeskInboxModel::mineCount() const
{
    if (m_me.id == 0)
        return 0;
    int n = 0;
    for (const DeskStory &story : m_inbox.stories)
        n += passesFilters(story) && story.author.id == m_me.id;
    return n;
}

QStringList DeskInboxModel::sections() const
{
    QStringList sections;
    for (const DeskStory &story : m_inbox.stories) {
        if (!story.section.isEmpty() && !sections.contains(story.section))
            sections.append(story.section);
    }
    QCollator order;
    std::sort(sections.begin(), sections.end(), order);
    return sections;
}

QList<DeskUser> DeskInboxModel::reporters() const
{
    QList<DeskUser> reporters;
    QSet<qint64> seen;
    for (const DeskStory &story : m_inbox.stories) {
        if (story.author.id != 0 && !seen.contains(story.author.id)) {
            seen.insert(story.author.id);
            reporters.append(story.author);
        }
    }
    QCollator order;
    std::sort(reporters.begin(), reporters.end(),
        [&order](const DeskUser &a, const DeskUser &b) { return order.compare(a.name, b.name) < 0; });
    return reporters;
}

std::optional<DeskStory> DeskInboxModel::story(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return std::nullopt;
    return m_inbox.stories.at(m_rows.at(index.row()));
}

std::optional<DeskStory> DeskInboxModel::storyByPost(qint64 post) const
{
    for (const DeskStory &story : m_inbox.stories) {
        if (story.post == post)
            return story;
    }
    return std::nullopt;
}

QModelIndex DeskInboxModel::indexOfPost(qint64 post, int column) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_inbox.stories.at(m_rows.at(row)).post == post)
            return index(int(row), column);
    }
    return {};
}

} // namespace Byline
