#pragma once

#include "article/photo.h"

#include <QString>

#include <functional>
#include <optional>

namespace Byline {

// How a CMS wants the pieces of the body it cannot take as plain profile
// HTML: photos (which must point at the CMS's own copy) and embeds. Each
// CMS backend adds its own; the text blocks are the same for all.
class CmsBodyMarkup
{
public:
    virtual ~CmsBodyMarkup() = default;

    // One photo figure; captionHtml is the caption in the publication's
    // caption style, already escaped. Empty leaves the photo out (it has no
    // copy on the CMS yet).
    virtual QString photo(const Photo &photo, const QString &captionHtml) const = 0;
    // An embedded page (http or https); by default a paragraph with a link.
    virtual QString embed(const QString &url) const;
};

// WordPress image blocks: <figure class="wp-block-image"><img src alt
// class="wp-image-ID"/><figcaption class="wp-element-caption">…; embeds as a
// bare URL line that WordPress turns into its own embed.
class WordPressBodyMarkup : public CmsBodyMarkup
{
public:
    struct Media
    {
        QString url; // of the uploaded copy
        qint64 id = 0; // the WordPress media id
    };
    // nullopt: the photo has not been uploaded.
    using MediaResolver = std::function<std::optional<Media>(const Photo &photo)>;

    explicit WordPressBodyMarkup(MediaResolver resolver);

    QString photo(const Photo &photo, const QString &captionHtml) const override;
    QString embed(const QString &url) const override;

private:
    MediaResolver m_resolver;
};

} // namespace Byline
