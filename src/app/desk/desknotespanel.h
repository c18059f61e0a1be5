#pragma once

#include "desk/deskstory.h"

#include <QFrame>
#include <QList>
#include <QTimeZone>

class QLabel;
class QListWidget;

namespace Byline {

// The desk's notes on the open story (반려 notes first of all), above the
// editor: who wrote each, when, and what. Hidden when the story has none.
class DeskNotesPanel : public QFrame
{
    Q_OBJECT

public:
    explicit DeskNotesPanel(QWidget *parent = nullptr);

    // Oldest first, as the site keeps them; the newest is shown on top.
    void setNotes(const QList<DeskNote> &notes);
    const QList<DeskNote> &notes() const { return m_notes; }
    void setTimeZone(const QTimeZone &zone);
    QListWidget *list() const { return m_list; }

    static QString kindName(DeskNoteKind kind);

private:
    void show();

    QList<DeskNote> m_notes;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QLabel *m_title;
    QListWidget *m_list;
};

} // namespace Byline
