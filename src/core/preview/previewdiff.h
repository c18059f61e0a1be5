#pragma once

#include "render/articlerenderer.h"

#include <QJsonObject>
#include <QString>

namespace Byline {

// What a preview page needs to become the newly rendered one: either a
// reload (the first time, or when the page around the slots changed), or a
// patch naming only the slots and body blocks that changed, so a keystroke
// in one paragraph of a 50,000-word story sends that paragraph.
struct PreviewChange
{
    bool reload = false;
    QString page; // reload: the whole page
    // Patch: {"slots": {name: innerHTML}, "body": {"start": i, "remove": n,
    // "insert": [html...]}}; empty when nothing changed.
    QJsonObject patch;
    int focusBlock = -1; // first body block the edit touched, for following it

    bool isEmpty() const { return !reload && patch.isEmpty(); }
};

// Remembers what one preview page shows and diffs the next render against it.
class PreviewDiff
{
public:
    PreviewChange update(const RenderedParts &parts);
    // The page is being loaded from scratch: the next update reloads.
    void reset() { m_shown = false; }

private:
    RenderedParts m_last;
    QStringList m_lastComparable; // body blocks without their index marker
    bool m_shown = false;
};

} // namespace Byline
