#include "deskstory.h"

using namespace Qt::StringLiterals;

namespace Byline {

DeskState DeskStory::state() const
{
    if (status == u"publish"_s)
        return DeskState::Published;
    if (status == u"future"_s)
        return DeskState::Scheduled;
    if (status == u"pending"_s)
        return lock ? DeskState::Editing : DeskState::Filed;
    if (status == u"draft"_s && returned)
        return DeskState::Returned;
    return DeskState::Draft;
}

QString deskNoteKindKey(DeskNoteKind kind)
{
    switch (kind) {
    case DeskNoteKind::Return:
        return u"return"_s;
    case DeskNoteKind::Approve:
        return u"approve"_s;
    case DeskNoteKind::Comment:
        break;
    }
    return u"comment"_s;
}

DeskNoteKind deskNoteKindFromKey(const QString &key)
{
    if (key == u"return"_s)
        return DeskNoteKind::Return;
    if (key == u"approve"_s)
        return DeskNoteKind::Approve;
    return DeskNoteKind::Comment;
}

QString deskStateKey(DeskState state)
{
    switch (state) {
    case DeskState::Filed:
        return u"filed"_s;
    case DeskState::Editing:
        return u"editing"_s;
    case DeskState::Returned:
        return u"returned"_s;
    case DeskState::Scheduled:
        return u"scheduled"_s;
    case DeskState::Published:
        return u"published"_s;
    case DeskState::Draft:
        break;
    }
    return u"draft"_s;
}

std::optional<DeskState> deskStateFromKey(const QString &key)
{
    for (DeskState state : {DeskState::Filed, DeskState::Editing, DeskState::Returned, DeskState::Scheduled,
             DeskState::Published, DeskState::Draft}) {
        if (deskStateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

} // namespace Byline
