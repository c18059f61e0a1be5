#pragma once

#include <QString>
#include <QStringView>

namespace Byline {

// What an address on an article page may lead to. A template pack may link
// anywhere on the web, but the page itself may load only the pictures
// Byline gives it (docs/templates.md, "Security").
enum class UrlUse
{
    Link, // href, cite, action: http:, https:, mailto:, tel: or relative
    Resource, // src, poster, url() in CSS: data:image/, Byline's byline-…: schemes or relative, never the network
};

namespace TemplateUrls {

// The address as a browser reads it: leading and trailing spaces and
// control characters dropped, tabs and line breaks removed anywhere.
QString normalized(QStringView url);
// The scheme in lower case ("javascript" for " Java\tScript:x"), empty for a
// relative address.
QString scheme(QStringView url);
// Whether an address starts with two slashes, which leads to another host.
bool isNetworkPath(QStringView url);
bool isAllowed(QStringView url, UrlUse use);

} // namespace TemplateUrls
} // namespace Byline
