#include "cmsbodymarkup.h"

#include "common/htmlescape.h"

using namespace Qt::StringLiterals;

namespace Byline {

QString CmsBodyMarkup::embed(const QString &url) const
{
    return u"<p><a href=\""_s + HtmlEscape::attribute(url) + u"\">"_s + HtmlEscape::text(url) + u"</a></p>"_s;
}

WordPressBodyMarkup::WordPressBodyMarkup(MediaResolver resolver)
    : m_resolver(std::move(resolver))
{ }

QString WordPressBodyMarkup::photo(const Photo &photo, const QString &captionHtml) const
{
    const std::optional<Media> media = m_resolver ? m_resolver(photo) : std::nullopt;
    if (!media || media->url.isEmpty())
        return {};
    QString html = u"<figure class=\"wp-block-image\"><img src=\""_s + HtmlEscape::attribute(media->url)
        + u"\" alt=\""_s + HtmlEscape::attribute(photo.altText.trimmed()) + u"\""_s;
    if (media->id > 0)
        html += u" class=\"wp-image-"_s + QString::number(media->id) + u"\""_s;
    html += u"/>"_s;
    if (!captionHtml.isEmpty())
        html += u"<figcaption class=\"wp-element-caption\">"_s + captionHtml + u"</figcaption>"_s;
    return html + u"</figure>"_s;
}

QString WordPressBodyMarkup::embed(const QString &url) const
{
    // WordPress turns a URL alone on its line into its own embed (oEmbed).
    return u"<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\n"_s + HtmlEscape::text(url)
        + u"\n</div></figure>"_s;
}

} // namespace Byline
