#pragma once

#include <QString>
#include <QStringView>

namespace Byline::SiteText {

// Text a site sent (its error message, a header, a user's display name) as
// it may reach a person: on a terminal, in the window, in the publishing
// log. Terminal escape sequences, other C0 and C1 controls and the bidi
// controls are taken out (a hostile site could otherwise rewrite the
// terminal, or turn what follows around), line breaks and runs of white
// space become one space, and the text is cut at a character boundary to at
// most `maxLength` characters, the ellipsis included. Only as much of the
// input is read as the result needs.
QString forPerson(QStringView text, qsizetype maxLength = 200);

} // namespace Byline::SiteText
