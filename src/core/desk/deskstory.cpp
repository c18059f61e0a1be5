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

} // namespace Byline
