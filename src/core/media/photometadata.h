#pragma once

#include "article/photo.h"

#include <QCoreApplication>
#include <QImageReader>
#include <optional>

namespace Byline {

// Reads and writes photo metadata with exiv2. Reading prefers XMP (always
// UTF-8) and falls back to IPTC, decoding IPTC by its CharacterSet record
// (ESC % G = UTF-8) or, without one, as UTF-8 when valid, else EUC-KR/CP949
// (Korean wire photos), else Latin-1 with a warning.
class PhotoMetadataIO
{
    Q_DECLARE_TR_FUNCTIONS(Byline::PhotoMetadataIO)

public:
    static std::optional<PhotoMetadata> read(const QString &path, QString *error);
    // The same from a picture already in memory; `name` is for messages.
    static std::optional<PhotoMetadata> read(const QByteArray &bytes, const QString &name, QString *error);

    // Why a picture that Qt's reader refused cannot be read, in the
    // person's words: where exiv2 finds its structure broken, else what the
    // reader's error says. Never "Unknown error".
    static QString whyUnreadable(const QByteArray &bytes, QImageReader::ImageReaderError readerError);

    // What a published copy carries: caption, credit, creator and copyright,
    // in IPTC (UTF-8, with its CharacterSet record) and XMP.
    struct Published
    {
        QString caption;
        QString credit;
        QString creator;
        QString copyright;
    };

    // Rewrites the file's metadata to exactly `published`: GPS, serial
    // numbers, owner names, maker notes and all other EXIF/IPTC/XMP go;
    // no EXIF is written at all (the pixels are already upright, so there is
    // no orientation to keep). Empty fields are left out.
    static bool writePublished(const QString &path, const Published &published, QString *error);
};

} // namespace Byline
