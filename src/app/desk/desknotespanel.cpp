#include "desknotespanel.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Byline {

DeskNotesPanel::DeskNotesPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"deskNotes"_s);
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(u"deskNotesTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_list->setObjectName(u"deskNotesList"_s);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    // As tall as its notes, up to a few lines: the story stays the main thing.
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setMaximumHeight(110);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    hide();
}

QString DeskNotesPanel::kindName(DeskNoteKind kind)
{
    switch (kind) {
    case DeskNoteKind::Return:
        return tr("Returned");
    case DeskNoteKind::Approve:
        return tr("Approved");
    case DeskNoteKind::Comment:
        return tr("Note");
    }
    return {};
}

void DeskNotesPanel::setNotes(const QList<DeskNote> &notes)
{
    m_notes = notes;
    show();
}

void DeskNotesPanel::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return;
    m_zone = zone;
    show();
}

void DeskNotesPanel::show()
{
    m_list->clear();
    const QLocale locale;
    for (auto note = m_notes.crbegin(); note != m_notes.crend(); ++note) {
        // The text is the site's, made safe when read: shown as plain text.
        auto *item = new QListWidgetItem(
            tr("%1 · %2 · %3\n%4")
                .arg(kindName(note->kind), note->author.name,
                    locale.toString(note->time.toTimeZone(m_zone), QLocale::ShortFormat), note->text),
            m_list);
        if (note->kind == DeskNoteKind::Return)
            item->setForeground(QColor(0xa1, 0x3a, 0x00));
    }
    m_title->setText(tr("Desk notes (%1)").arg(locale.toString(m_notes.size())));
    setVisible(!m_notes.isEmpty());
}

} // namespace Byline
