#pragma once

#include "templateurls.h"

#include <QString>

// The rules TemplateMarkup checks a template's markup by: which elements and
// attributes a pack may have, how attribute values read, and how far an
// address is known while a template writes it.
namespace Byline::MarkupRules {

// Where a value ({{name}}) stands in an attribute value while it is checked.
inline constexpr char16_t Hole = 0xFFFC;

// Elements that run, frame, submit or load something, change where the
// page's addresses lead, or are parsed in ways the check does not follow
// (foreign content, text elements whose parsing depends on scripting).
bool isForbiddenElement(const QString &name);

enum class AttributeKind
{
    Plain,
    Handler, // on…
    Forbidden, // srcdoc, http-equiv
    Style,
    Link, // href, action, …
    Resource, // src, poster, …
    ResourceList, // srcset, ping, …
    Fixed, // must be written out: no values, no sections
};

// element and name in lower case.
AttributeKind attributeKind(const QString &element, const QString &name);

// An attribute value as the browser has it: character references decoded
// (&#106;avascript: is javascript:). Holes stay.
QString decodeReferences(const QString &text);

// How far an address is known while its value is written.
enum class Address
{
    Blank, // nothing yet: a value here makes the scheme
    Open, // the scheme may still change with what follows
    Settled, // scheme or path known: what follows cannot change them
    Mixed, // a value and text together could make a scheme
    Refused, // text that is not allowed
};

// written: the attribute value so far as the template has it, a value as
// Hole; valueFollows: a value is about to be added after it.
Address address(const QString &written, UrlUse use, bool valueFollows);

// An address or value cut to a line's length for a message.
QString shortened(const QString &text);

} // namespace Byline::MarkupRules
