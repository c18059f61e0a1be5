#pragma once

#include "pagetemplate_p.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace Byline {

// The HTML a page template produces, checked when it is parsed: not its
// source, where {{! comments }} and sections can split what a browser then
// reads whole (<scr{{!x}}ipt>), but the markup every rendering can give.
//
// The template is read as an HTML tokenizer reads it, with its comments gone
// and every Mustache tag a cut in the text. A value ({{name}}) may only stand
// where nothing it holds can change the markup (text, a quoted attribute
// value; an address only whole or after its scheme), and a section must end
// where it started (both in text, both between one tag's attributes, …), so
// rendering it zero, one or many times reads the same. Then every element and
// attribute is checked: no scripts, frames, forms, event handlers,
// <meta http-equiv>, javascript: or network addresses where the page loads
// them, and CSS in <style> and style="" as StyleSheetCheck checks the pack's
// style sheets.
class TemplateMarkup
{
    Q_DECLARE_TR_FUNCTIONS(Byline::TemplateMarkup)

public:
    // Marks each value that starts an address (Node::urlStart). nullopt when
    // every page the template can render may be shown.
    static std::optional<PageTemplate::Error> check(std::vector<PageTemplate::Node> &nodes);
};

} // namespace Byline
