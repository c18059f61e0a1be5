#pragma once

#include "pagetemplate.h"
#include "templateurls.h"

#include <QList>
#include <QPair>

namespace Byline {

struct PageTemplate::Node
{
    enum Kind
    {
        Text,
        Escaped,
        Raw,
        Section,
        Inverted,
        Slot,
    };
    Kind kind = Text;
    QString text; // Text: the text; otherwise the name as written
    QStringList path; // the name split at dots; {"."} for the current item
    std::vector<Node> children;
    int line = 0; // of the tag, or of the text's first character
    int endLine = 0; // sections and slots: of {{/name}}
    // Text: where each piece joined into it starts (offset in text, line),
    // since comments and standalone lines between pieces are gone.
    QList<QPair<qsizetype, int>> lineMarks;
    // Escaped: the value starts an address (href="{{…}}"); set by
    // TemplateMarkup, which found it there. Rendering drops a value whose
    // scheme is not allowed there (javascript:, or the network in src).
    std::optional<UrlUse> urlStart;

    int lineAt(qsizetype offset) const;
};

// The slot named so among the template's top-level nodes; null without one.
const PageTemplate::Node *findSlot(const std::vector<PageTemplate::Node> &nodes, const QString &name);

} // namespace Byline
