#pragma once

#include "article/photo.h"
#include "photometadata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

namespace Byline {

// Web copies of a photo, made at preview and publish time: upright, crop and
// rotation applied, longest side at most maxLongSide, sRGB, JPEG, private
// metadata removed and caption, credit and copyright written back.
class Rendition
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Rendition)

public:
    struct Options
    {
        int maxLongSide = 1600; // the publication's maximum
        int quality = 85; // JPEG quality, 1-100
    };

    QByteArray jpeg;
    QSize size;

    static std::optional<Rendition> make(const QString &originalPath, const PhotoCrop &crop,
        const PhotoMetadataIO::Published &metadata, const Options &options, QString *error);
};

} // namespace Byline
